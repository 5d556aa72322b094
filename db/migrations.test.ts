import type SQLite from "better-sqlite3";
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { migrationProvider } from "./migrations";
import type { Database } from "./schema";
import { createDatabase, migrateToLatest } from "./sqlite";

async function registeredMigrations(): Promise<Record<string, Migration>> {
  return migrationProvider.getMigrations();
}

/** Everything that makes up the database: schema objects, every row, the migration table. */
function snapshot(sqlite: SQLite.Database) {
  const objects = sqlite.prepare("select type, name, sql from sqlite_master order by type, name").all() as { type: string; name: string }[];
  const rows: Record<string, string[]> = {};
  for (const { name } of objects.filter((o) => o.type === "table" && !/_fts_/.test(o.name) && o.name !== "sqlite_sequence")) {
    // Sorted as text: a WITHOUT ROWID table has no rowid to order by.
    rows[name] = sqlite.prepare(`select * from "${name}"`).all().map((row) => JSON.stringify(row)).sort();
  }
  return { objects, rows };
}

describe("migrations", () => {
  it("are all registered in db/migrations/index.ts, in the order of their dated names", async () => {
    const files = fs
      .readdirSync("db/migrations")
      .filter((f) => /^\d{4}-\d{2}-\d{2}-\d{2}-.+\.ts$/.test(f) && !f.endsWith(".test.ts"))
      .map((f) => f.replace(/\.ts$/, ""));
    expect(Object.keys(await registeredMigrations()).sort()).toEqual(files.sort());
  });

  it("run up from an empty database and down again to nothing", async () => {
    const { db, sqlite } = createDatabase(":memory:");
    await migrateToLatest(db);
    const migrator = new Migrator({ db, provider: migrationProvider });
    const executed = (await migrator.getMigrations()).filter((m) => m.executedAt);
    expect(executed.map((m) => m.name)).toEqual(Object.keys(await registeredMigrations()).sort());
    for (let i = 0; i < executed.length; i++) {
      const { error } = await migrator.migrateDown();
      expect(error).toBeUndefined();
    }
    const left = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'kysely_%' and name not like 'sqlite_%'").all();
    expect(left).toEqual([]);
    await db.destroy();
  });
});

describe("a failing migration", () => {
  // A migration that changes schema and data and then fails, offered only to this test.
  const failing: Migration = {
    async up(db: Kysely<any>) {
      await db.schema.createTable("half_done").addColumn("id", "integer", (c) => c.primaryKey()).execute();
      await db.schema.alterTable("networks").addColumn("half_done", "text").execute();
      await db.updateTable("networks").set({ name: "geändert" }).execute();
      await db.deleteFrom("organisations").execute();
      await sql`select * from no_such_table`.execute(db);
    },
  };

  async function providerWithFailing(): Promise<MigrationProvider> {
    const migrations = { ...(await registeredMigrations()), "9999-12-31-99-failing": failing };
    return { getMigrations: async () => migrations };
  }

  it("leaves schema, data and the migration table as they were, together with the migrations pending before it", async () => {
    const { db, sqlite } = createDatabase(":memory:");
    // One real migration stays pending, so the failure must also undo it.
    const names = Object.keys(await registeredMigrations()).sort();
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(names[names.length - 2]);
    expect(error).toBeUndefined();
    await (db as Kysely<any>).insertInto("networks").values({ slug: "musterstadt", name: "Netzwerk Musterstadt", city: "Musterstadt" }).execute();
    const networkId = sqlite.prepare("select id from networks").pluck().get();
    await (db as Kysely<any>).insertInto("organisations").values({ network_id: networkId, kind: "authority", name: "Stadtverwaltung" }).execute();
    const before = snapshot(sqlite);

    await expect(migrateToLatest(db, await providerWithFailing())).rejects.toThrow(/9999-12-31-99-failing/);

    expect(snapshot(sqlite)).toEqual(before);
    expect(sqlite.prepare("select name from kysely_migration order by name").pluck().all()).toEqual(names.slice(0, -1));
    // The database is usable and the real migrations still run afterwards.
    await migrateToLatest(db as Kysely<Database>);
    expect(sqlite.prepare("select count(*) from organisations").pluck().get()).toBe(1);
    await db.destroy();
  });
});
