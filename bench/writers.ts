import SQLite from "better-sqlite3";
import type { DatasetFacts } from "./generate";

// Concurrent writers: each posts agenda proposals, offers and work-package comments in turn,
// as a signed-in person with a browser would (form posts with Origin and session cookie).
// Afterwards the rows in the database must match the successful posts one for one, and no
// answer may show a locked database.

type WriteKind = "proposal" | "offer" | "comment";
const kinds: WriteKind[] = ["proposal", "offer", "comment"];

export interface WriteResult {
  writers: number;
  posts: number;
  successes: Record<WriteKind, number>;
  /** rows added per kind, counted in the database before and after */
  stored: Record<WriteKind, number>;
  lost: number;
  errors: number;
  lockedAnswers: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function countRows(databaseFile: string, facts: DatasetFacts): Record<WriteKind, number> {
  const sqlite = new SQLite(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const count = (sql: string, ...params: unknown[]) => (sqlite.prepare(sql).get(...params) as { c: number }).c;
    return {
      proposal: count("select count(*) c from agenda_items where meeting_id = ?", facts.openMeetingId),
      offer: count("select count(*) c from offers where network_id = (select id from networks where slug = ?)", facts.networkSlug),
      comment: count("select count(*) c from work_package_comments where work_package_id = ?", facts.commentableWorkPackageId),
    };
  } finally {
    sqlite.close();
  }
}

function form(kind: WriteKind, writer: { organisationId: number }, n: number): URLSearchParams {
  const label = `Last ${n}`;
  if (kind === "proposal") return new URLSearchParams({ title: `TOP ${label}`, kind: "discussion", description: "Vorschlag aus dem Lasttest", desiredMinutes: "10" });
  if (kind === "comment") return new URLSearchParams({ intent: "comment", body: `Kommentar ${label}` });
  return new URLSearchParams({
    intent: "publish", organisationId: String(writer.organisationId), title: `Angebot ${label}`, summary: "Ein Angebot aus dem Lasttest",
    body: "", category: "course", topics: "deutsch", languages: "de",
  });
}

export async function runWriters(options: {
  origin: string;
  databaseFile: string;
  facts: DatasetFacts;
  cookies: string[];
  durationSeconds: number;
}): Promise<WriteResult> {
  const { origin, facts } = options;
  const n = `/n/${facts.networkSlug}`;
  const paths: Record<WriteKind, string> = {
    proposal: `${n}/meetings/${facts.openMeetingId}/propose`,
    offer: `${n}/offers/new`,
    comment: `${n}/work-packages/${facts.commentableWorkPackageId}`,
  };
  const before = countRows(options.databaseFile, facts);
  const successes: Record<WriteKind, number> = { proposal: 0, offer: 0, comment: 0 };
  const latencies: number[] = [];
  let errors = 0;
  let lockedAnswers = 0;
  let counter = 0;
  const endAt = Date.now() + options.durationSeconds * 1000;

  async function writer(index: number) {
    const cookie = options.cookies[index];
    for (let turn = index; Date.now() < endAt; turn++) {
      const kind = kinds[turn % kinds.length];
      const started = performance.now();
      const response = await fetch(origin + paths[kind], {
        method: "POST",
        redirect: "manual",
        headers: { Origin: origin, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body: form(kind, facts.writers[index], ++counter),
      });
      latencies.push(performance.now() - started);
      // A stored write answers with the redirect to the page that shows it.
      if (response.status === 302 || response.status === 303) {
        successes[kind]++;
        await response.arrayBuffer();
        continue;
      }
      errors++;
      const text = await response.text();
      if (/database is locked|SQLITE_BUSY/i.test(text)) lockedAnswers++;
      if (errors <= 3) console.error(`write ${kind} answered ${response.status}: ${text.slice(0, 200)}`);
    }
  }

  const started = performance.now();
  await Promise.all(options.cookies.map((_, i) => writer(i)));
  const seconds = (performance.now() - started) / 1000;
  const after = countRows(options.databaseFile, facts);
  const stored = { proposal: after.proposal - before.proposal, offer: after.offer - before.offer, comment: after.comment - before.comment };
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] * 10) / 10;
  return {
    writers: options.cookies.length,
    posts: latencies.length,
    successes,
    stored,
    lost: kinds.reduce((sum, k) => sum + Math.abs(successes[k] - stored[k]), 0),
    errors,
    lockedAnswers,
    rps: Math.round(latencies.length / seconds),
    p50: at(50),
    p95: at(95),
    p99: at(99),
  };
}
