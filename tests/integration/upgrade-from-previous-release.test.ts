import SQLite from "better-sqlite3";
import { Migrator } from "kysely";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { migrationProvider } from "../../db/migrations";
import { createDatabase } from "../../db/sqlite";

// An installation of the previous release is upgraded by starting the new one on its file.
// This builds such a file: the schema exactly as the previous release left it, filled with
// the demo data (every column the old schema has), then lets the app open it, which runs
// every later migration, today's and tomorrow's alike.
const PREVIOUS_RELEASE = "2026-11-24-07-public-calendar";

type Row = Record<string, unknown>;

/** Tables with data of their own, in the order they were created (FTS tables fill through triggers). */
function dataTables(sqlite: SQLite.Database, schema = "main"): string[] {
  return sqlite
    .prepare(`select name from ${schema}.sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by rowid`)
    .pluck()
    .all()
    .filter((name) => !/_fts(_|$)/.test(name as string)) as string[];
}

function columnsOf(sqlite: SQLite.Database, table: string, schema = "main"): string[] {
  return (sqlite.prepare(`pragma ${schema}.table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

/** Copies the demo data into the previous release's schema, column by column where both have it. */
function fillFromDemo(sqlite: SQLite.Database, demoFile: string) {
  sqlite.pragma("foreign_keys = OFF");
  sqlite.prepare("attach database ? as demo").run(demoFile);
  for (const table of dataTables(sqlite)) {
    const shared = columnsOf(sqlite, table).filter((c) => columnsOf(sqlite, table, "demo").includes(c));
    const list = shared.map((c) => `"${c}"`).join(", ");
    sqlite.exec(`insert into main."${table}" (${list}) select ${list} from demo."${table}" order by rowid`);
  }
  sqlite.exec("detach database demo");
  sqlite.pragma("foreign_keys = ON");
}

let before: { counts: Record<string, number>; rows: Record<string, Row[]> };
const recordsCompared = {
  networks: ["id", "slug", "name", "city", "public_offers", "public_calendar"],
  users: ["id", "email", "name", "password_hash"],
  groups: ["id", "network_id", "slug", "name", "kind"],
  meetings: ["id", "title", "starts_at", "ends_at", "status"],
  agenda_items: ["id", "meeting_id", "position", "title", "status"],
  offers: ["id", "organisation_id", "title", "status"],
  work_packages: ["id", "title", "status"],
} as const;

function capture(sqlite: SQLite.Database) {
  const counts = Object.fromEntries(dataTables(sqlite).map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get() as number]));
  const rows = Object.fromEntries(
    Object.entries(recordsCompared).map(([table, columns]) => [
      table,
      sqlite.prepare(`select ${columns.map((c) => `"${c}"`).join(", ")} from "${table}" order by id`).all() as Row[],
    ]),
  );
  return { counts, rows };
}

beforeAll(async () => {
  // The per-file copy of the seeded database serves as the source of the demo data; the app
  // is pointed at the old-schema file before any of its modules opens a connection.
  const demoFile = process.env.DATABASE_PATH!;
  const file = path.join(path.dirname(demoFile), `previous-release-${path.basename(demoFile)}`);
  fs.rmSync(file, { force: true });
  const { db, sqlite } = createDatabase(file);
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(PREVIOUS_RELEASE);
  expect(error).toBeUndefined();
  fillFromDemo(sqlite, demoFile);
  before = capture(sqlite);
  await db.destroy();
  process.env.DATABASE_PATH = file;
});

describe(`upgrading a database of the previous release (${PREVIOUS_RELEASE}) with data`, () => {
  it("starts from the old schema with the demo data in it", () => {
    expect(before.counts.users).toBeGreaterThan(5);
    expect(before.counts.meetings).toBeGreaterThan(5);
    expect(before.counts.offers).toBeGreaterThan(5);
    expect(before.rows.networks.map((n) => n.slug)).toEqual(expect.arrayContaining(["halle", "vogtland"]));
  });

  it("runs every later migration when the app opens it, and keeps every row", async () => {
    const { db } = await import("~/db.server");
    const pending = (await new Migrator({ db, provider: migrationProvider }).getMigrations()).filter((m) => !m.executedAt);
    expect(pending).toEqual([]);
    const sqlite = new SQLite(process.env.DATABASE_PATH!, { readonly: true });
    const after = capture(sqlite);
    sqlite.close();
    for (const [table, count] of Object.entries(before.counts)) expect(after.counts[table], table).toBe(count);
    expect(after.rows).toEqual(before.rows);
  });

  it("serves the app's pages and sign-in from the upgraded data", async () => {
    const { args, getRequest, postRequest, run } = await import("../requests");
    const { loader: groupLoader } = await import("~/routes/n.$network.groups.$slug");
    const { loader: meetingsLoader } = await import("~/routes/n.$network.meetings._index");
    const { loader: offersLoader } = await import("~/routes/n.$network.offers._index");
    const { loader: packagesLoader } = await import("~/routes/n.$network.work-packages._index");
    const { action: loginAction } = await import("~/routes/login");
    const as = "arbeit@halle.example";

    const group = await run(async () => groupLoader(args(await getRequest("/n/halle/groups/fg-arbeit", { as }), { network: "halle", slug: "fg-arbeit" })));
    expect(group.status).toBe(200);
    expect(group.data.group.name).toBe("FG Arbeit");
    for (const [pathname, loader] of [
      ["/n/halle/meetings", meetingsLoader],
      ["/n/halle/offers", offersLoader],
      ["/n/halle/work-packages", packagesLoader],
    ] as const) {
      const page = await run(async () => loader(args(await getRequest(pathname, { as }), { network: "halle" })));
      expect(page.status, pathname).toBe(200);
    }
    const search = await run(async () => offersLoader(args(await getRequest("/n/halle/offers?q=Deutsch", { as }), { network: "halle" })));
    // The full-text index was filled by the old schema's triggers and is still searchable.
    expect(search.data.board.total).toBeGreaterThan(0);

    const signedIn = await run(async () => loginAction(args(await postRequest("/login", { email: as, password: "netzwerk-demo" }))));
    expect(signedIn.status).toBe(302);
  });
});
