import SQLite from "better-sqlite3";
import { Kysely, Migrator, sql, SqliteAdapter, SqliteDialect, type CompiledQuery, type DialectAdapter, type MigrationProvider, type SqliteDatabase } from "kysely";
import fs from "node:fs";
import path from "node:path";
import { migrationProvider } from "./migrations";
import type { Database } from "./schema";

// Everything SQLite-specific about opening the database lives here, so that a
// PostgreSQL deployment replaces one module.

export function openSqlite(file: string): SQLite.Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // 32 MB of page cache instead of SQLite's 2 MB: the hot part of a large network's indexes
  // stays in memory instead of being read from the file on every request.
  sqlite.pragma("cache_size = -32000");
  return sqlite;
}

// kysely's SQLite adapter reports no transactional DDL, so its Migrator would run each
// statement on its own and a failing migration would leave a half-changed schema. SQLite
// does roll back DDL; declaring it makes the Migrator run all pending migrations of one call,
// and their rows in the migration table, in one transaction (docs/decisions/017-atomic-migrations.md).
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class AtomicMigrationsSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * Gives SQLite's query planner statistics (sqlite_stat1). Without them it guesses, and at a
 * large city's size it guessed wrong: it walked a whole network's memberships by network_id
 * where two narrow indexes served the person's own rows. The analysis reads every index in
 * full (a third of a second for a large city, once): a sample (analysis_limit) saw only the
 * first network's rows and took a network for 54 offers where the average is 1,000, so the
 * planner walked a network's offers instead of fetching 20 by id. Later starts run
 * `PRAGMA optimize`, which analyses again only the tables that grew or shrank a lot.
 */
export async function refreshPlannerStatistics(db: Kysely<Database>): Promise<void> {
  const analysed = await sql`select 1 from sqlite_schema where name = 'sqlite_stat1'`.execute(db);
  await (analysed.rows.length ? sql`pragma optimize = 0x10002` : sql`analyze`).execute(db);
}

export type QueryObserver = (query: CompiledQuery, durationMs: number) => void;

/**
 * Observers of every query the process runs (the performance guards count queries per
 * request with it). Without observers the cost is one empty loop per query.
 */
export const queryObservers = new Set<QueryObserver>();

/**
 * The connection as kysely sees it, with prepared statements kept per SQL text: kysely
 * prepares every query anew, which cost more than a millisecond per page. Safe because
 * better-sqlite3 runs each statement to its end before the next (nothing here streams), and
 * SQLite re-prepares a kept statement itself after a schema change.
 */
function keepingStatements(sqlite: SQLite.Database, limit = 500): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string) {
      let statement = statements.get(query);
      if (statement) {
        statements.delete(query);
      } else {
        statement = sqlite.prepare(query);
        if (statements.size >= limit) statements.delete(statements.keys().next().value!);
      }
      statements.set(query, statement);
      return statement;
    },
  };
}

export function createDatabase(file: string): { db: Kysely<Database>; sqlite: SQLite.Database } {
  const sqlite = openSqlite(file);
  const db = new Kysely<Database>({
    dialect: new AtomicMigrationsSqliteDialect({ database: keepingStatements(sqlite) }),
    log(event) {
      for (const observe of queryObservers) observe(event.query, event.queryDurationMillis);
    },
  });
  return { db, sqlite };
}

/** Runs every pending migration, all or none. `provider` is for tests only. */
export async function migrateToLatest(db: Kysely<Database>, provider: MigrationProvider = migrationProvider): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ""} failed: ${String(error)}`);
  }
}

/**
 * A consistent copy of a live database through SQLite's online backup API: the app keeps
 * reading and writing while the copy is made.
 */
export async function backupDatabase(sourceFile: string, targetFile: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(targetFile)), { recursive: true });
  const source = new SQLite(sourceFile, { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    // All pages in one step: a step sees one snapshot, so writes by the running app
    // cannot make the copy start over again and again.
    await source.backup(targetFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  assertIntact(targetFile);
}

/** Replaces the database file of a stopped instance with a checked backup. */
export function restoreDatabase(backupFile: string, targetFile: string): void {
  assertIntact(backupFile);
  const staging = `${targetFile}.restoring`;
  fs.mkdirSync(path.dirname(path.resolve(targetFile)), { recursive: true });
  fs.copyFileSync(backupFile, staging);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(targetFile + suffix, { force: true });
  fs.renameSync(staging, targetFile);
}

function assertIntact(file: string): void {
  const copy = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} is damaged: ${String(result)}`);
  } finally {
    copy.close();
  }
}
