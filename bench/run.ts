import SQLite from "better-sqlite3";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readCases, type ReadCase, type Reader } from "./cases";
import { cacheDir, ensureDataset } from "./dataset";
import type { DatasetFacts } from "./generate";
import { load, type LoadResult } from "./load";
import { signIn, startServer } from "./server";
import { runWriters } from "./writers";

// npm run bench [-- --duration 10 --connections 10 --write-duration 30 --writers 50 --only feed
//                  --accept-encoding ""]
// One JSON object per case on stdout, a table on stderr. See the README's performance section.

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.BENCH_DURATION ?? "10" },
    connections: { type: "string", default: process.env.BENCH_CONNECTIONS ?? "10" },
    "write-duration": { type: "string", default: process.env.BENCH_WRITE_DURATION ?? "30" },
    writers: { type: "string", default: process.env.BENCH_WRITERS ?? "50" },
    only: { type: "string" },
    // What Chromium sends: the answers are measured compressed, as browsers get them.
    "accept-encoding": { type: "string", default: process.env.BENCH_ACCEPT_ENCODING ?? "gzip, deflate, br, zstd" },
  },
});
const durationSeconds = Number(args.duration);
const connections = Number(args.connections);
const writeSeconds = Number(args["write-duration"]);
const writerCount = Number(args.writers);
const acceptEncoding: Record<string, string> = args["accept-encoding"] ? { "accept-encoding": args["accept-encoding"] } : {};

const TARGET_P95_MS = 50;
const TARGET_RATIO = 0.4;
const TARGET_RSS_MB = 300;
const TARGET_COLD_START_MS = 2000;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Sessions for the writers straight in the database: 50 password checks would only measure argon2. */
function writerSessions(databaseFile: string, facts: DatasetFacts, count: number): string[] {
  const sqlite = new SQLite(databaseFile);
  try {
    const userId = sqlite.prepare("select id from users where email = ?").pluck();
    const insert = sqlite.prepare("insert into sessions (id, user_id, expires_at) values (?, ?, ?)");
    const expiresAt = Math.floor(Date.now() / 1000) + 30 * 86_400;
    return facts.writers.slice(0, count).map((writer) => {
      const id = randomBytes(20).toString("hex");
      insert.run(id, userId.get(writer.email), expiresAt);
      return `nws_session=${id}`;
    });
  } finally {
    sqlite.close();
  }
}

async function currentEtag(url: string): Promise<string> {
  const response = await fetch(url);
  await response.arrayBuffer();
  const etag = response.headers.get("etag");
  if (response.status !== 200 || !etag) throw new Error(`feed ${url} answered ${response.status} without ETag`);
  return etag;
}

interface CaseReport extends LoadResult {
  case: string;
  /** server CPU time per answer: what a page costs, also on a machine busy with other work */
  cpuMsPerRequest: number;
  /** the minimal page's req/s measured just before this case, which `ratio` divides by */
  minimalRps: number | null;
  ratio: number | null;
  meets: boolean | null;
}

function judge(kind: ReadCase["kind"], result: LoadResult, ratio: number | null): boolean | null {
  if (kind === "ceiling") return null;
  if (result.unexpected > 0 || ratio === null) return false;
  if (kind === "conditional") return ratio >= 1;
  return result.p95 < TARGET_P95_MS && ratio >= TARGET_RATIO;
}

async function main() {
  const t0 = performance.now();
  log(`load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} on ${os.cpus().length} cores`);
  const dataset = await ensureDataset(1);
  log(`dataset ${path.relative(process.cwd(), dataset.file)} ${dataset.built ? `built in ${Math.round(performance.now() - t0)} ms` : "from cache"}`);
  // Each run works on a copy: the writers change it.
  const runFile = path.join(cacheDir, "run.sqlite");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(runFile + suffix, { force: true });
  fs.copyFileSync(dataset.file, runFile);
  const writerCookies = writerSessions(runFile, dataset.facts, writerCount);

  const server = await startServer(runFile);
  const reports: CaseReport[] = [];
  try {
    const cookies: Record<Exclude<Reader, null>, string> = {
      moderator: await signIn(server, dataset.facts.moderatorEmail, dataset.facts.password),
      steeringLead: await signIn(server, dataset.facts.steeringLeadEmail, dataset.facts.password),
    };
    const cases = readCases(dataset.facts);
    const minimalPage = cases.find((c) => c.name === "minimal-page")!;
    const loadMinimalPage = (seconds: number) => load({ url: server.origin + minimalPage.path, headers: { ...acceptEncoding }, connections, durationSeconds: seconds, expectedStatus: 200 });
    for (const c of cases) {
      if (args.only && !c.name.includes(args.only) && c.name !== "minimal-page") continue;
      const url = server.origin + c.path;
      const headers: Record<string, string> = { ...acceptEncoding };
      if (c.as) headers.cookie = cookies[c.as];
      if (c.kind === "conditional") headers["if-none-match"] = await currentEtag(url);
      // A second of the case first, unmeasured, so that its code is compiled by V8 before it
      // counts (the first minimal page measured otherwise ran a tenth slower than later ones).
      await load({ url, headers, connections, durationSeconds: 1, expectedStatus: c.expectedStatus });
      // Each case is compared with the minimal page measured just before it (for half as
      // long): this machine's speed drifts by up to a third within a run, and a ratio against
      // one measurement at the start measured that drift as much as the page.
      const minimalRps = c.kind === "page" || c.kind === "conditional" ? (await loadMinimalPage(Math.max(2, durationSeconds / 2))).rps : null;
      const cpuBefore = server.cpuMs();
      const result = await load({ url, headers, connections, durationSeconds, expectedStatus: c.expectedStatus });
      const cpuMsPerRequest = Math.round(((server.cpuMs() - cpuBefore) / Math.max(1, result.requests)) * 100) / 100;
      const ratio = c.name === "minimal-page" ? 1 : minimalRps ? Math.round((result.rps / minimalRps) * 100) / 100 : null;
      const report: CaseReport = { case: c.name, ...result, cpuMsPerRequest, minimalRps, ratio, meets: judge(c.kind, result, ratio) };
      reports.push(report);
      process.stdout.write(`${JSON.stringify(report)}\n`);
    }

    if (!args.only || "writers".includes(args.only)) {
      const writes = await runWriters({ origin: server.origin, databaseFile: runFile, facts: dataset.facts, cookies: writerCookies, durationSeconds: writeSeconds });
      const meets = writes.errors === 0 && writes.lost === 0 && writes.lockedAnswers === 0;
      process.stdout.write(`${JSON.stringify({ case: "writers", ...writes, meets })}\n`);
      log(`\nwriters: ${writes.writers} for ${writeSeconds} s, ${writes.posts} posts (${writes.rps}/s, p95 ${writes.p95} ms), ` +
        `errors ${writes.errors}, lost ${writes.lost}, "database is locked" ${writes.lockedAnswers} ${meets ? "ok" : "MISS"}`);
    }
  } finally {
    const peakRssMb = Math.round(server.peakRssMb());
    const coldStartMs = Math.round(server.coldStartMs);
    await server.stop();
    // The machine's load: other work on the same cores lowers every figure of the run.
    const loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
    process.stdout.write(`${JSON.stringify({ case: "server", peakRssMb, coldStartMs, loadAverage, cpus: os.cpus().length, meets: peakRssMb < TARGET_RSS_MB && coldStartMs < TARGET_COLD_START_MS })}\n`);
    printTable(reports);
    log(`server: peak RSS ${peakRssMb} MB (target < ${TARGET_RSS_MB}), cold start ${coldStartMs} ms (target < ${TARGET_COLD_START_MS}); load average ${loadAverage.join(" ")} on ${os.cpus().length} cores`);
  }
}

function printTable(reports: CaseReport[]) {
  const header = ["case", "req/s", "p50", "p95", "p99", "non-2xx", "cpu ms", "minimal req/s", "ratio", "target"];
  const rows = reports.map((r) => [
    r.case, String(r.rps), String(r.p50), String(r.p95), String(r.p99), String(r.non2xx), r.cpuMsPerRequest.toFixed(2),
    r.minimalRps === null ? "–" : String(r.minimalRps), r.ratio === null ? "–" : r.ratio.toFixed(2),
    r.meets === null ? "" : r.meets ? "ok" : "MISS",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  log(`\n${line(header)}`);
  for (const row of rows) log(line(row));
  log(`(${connections} connections, ${durationSeconds} s per case, Accept-Encoding "${args["accept-encoding"]}"; latencies in ms; cpu ms = server CPU per answer; ratio = req/s ÷ the minimal page's req/s measured just before the case)`);
}

await main();
