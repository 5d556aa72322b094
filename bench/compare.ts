import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readCases } from "./cases";
import { cacheDir, ensureDataset } from "./dataset";
import { load } from "./load";
import { signIn, startServer, type RunningServer } from "./server";

// Two builds of the app side by side on the same dataset, loaded in turns, so that both see
// the same machine: on a machine whose speed drifts by a third between runs, this is how a
// change of a few per cent shows. See the README's performance section.
//
//   node --import tsx bench/compare.ts --a /tmp/before --b /tmp/after [--only inbox,dashboard] [--rounds 3] [--duration 4]
//
// Each directory holds a `build/` and `public/` (copies made after `npm run build`) and a
// `node_modules` (a symlink to the working tree's). Both builds must accept the dataset's
// schema: an older build refuses a database with migrations it does not know.

const { values: args } = parseArgs({
  options: {
    a: { type: "string" },
    b: { type: "string" },
    only: { type: "string" },
    rounds: { type: "string", default: "3" },
    duration: { type: "string", default: "4" },
    connections: { type: "string", default: "10" },
  },
});
if (!args.a || !args.b) throw new Error("usage: bench/compare.ts --a <dir> --b <dir> [--only cases] [--rounds 3] [--duration 4]");

interface Side {
  label: string;
  server: RunningServer;
  cookies: Record<"moderator" | "steeringLead", string>;
}

async function startSide(label: string, dir: string, datasetFile: string, facts: Awaited<ReturnType<typeof ensureDataset>>["facts"]): Promise<Side> {
  const file = path.join(cacheDir, `compare-${label}.sqlite`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(datasetFile, file);
  const server = await startServer(file, path.resolve(dir));
  return {
    label,
    server,
    cookies: { moderator: await signIn(server, facts.moderatorEmail, facts.password), steeringLead: await signIn(server, facts.steeringLeadEmail, facts.password) },
  };
}

async function main() {
  const dataset = await ensureDataset(1);
  const sides = [await startSide("a", args.a!, dataset.file, dataset.facts), await startSide("b", args.b!, dataset.file, dataset.facts)];
  const only = args.only?.split(",");
  const cases = readCases(dataset.facts).filter((c) => c.kind !== "conditional" && (!only || only.some((o) => c.name.includes(o)) || c.name === "minimal-page"));
  const totals = new Map<string, { requests: number; cpuMs: number; p95: number[] }>();
  try {
    for (let round = 0; round < Number(args.rounds); round++) {
      for (const c of cases) {
        // Alternate who goes first, so that neither side always meets a warmer or cooler machine.
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          const cpuBefore = side.server.cpuMs();
          const result = await load({
            url: side.server.origin + c.path,
            headers: c.as ? { cookie: side.cookies[c.as] } : {},
            connections: Number(args.connections),
            durationSeconds: Number(args.duration),
            expectedStatus: c.expectedStatus,
          });
          const key = `${c.name}\u0000${side.label}`;
          const total = totals.get(key) ?? { requests: 0, cpuMs: 0, p95: [] };
          total.requests += result.requests;
          total.cpuMs += side.server.cpuMs() - cpuBefore;
          total.p95.push(result.p95);
          totals.set(key, total);
        }
      }
    }
  } finally {
    for (const side of sides) await side.server.stop();
  }
  process.stderr.write(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}\ncase                   cpu ms a  cpu ms b   b/a   p95 a (per round)   p95 b\n`);
  for (const c of cases) {
    const [a, b] = sides.map((side) => totals.get(`${c.name}\u0000${side.label}`)!);
    const cpu = (t: typeof a) => t.cpuMs / Math.max(1, t.requests);
    const report = { case: c.name, cpuMsA: round2(cpu(a)), cpuMsB: round2(cpu(b)), change: round2(cpu(b) / cpu(a)), p95A: a.p95, p95B: b.p95 };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.stderr.write(`${c.name.padEnd(22)} ${report.cpuMsA.toFixed(2).padStart(8)}  ${report.cpuMsB.toFixed(2).padStart(8)}  ${report.change.toFixed(2).padStart(5)}   ${a.p95.join(" ").padEnd(18)}  ${b.p95.join(" ")}\n`);
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

await main();
