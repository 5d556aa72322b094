import type { Kysely } from "kysely";
import { createDatabase, migrateToLatest } from "../db/sqlite";
import type { Database } from "../db/schema";
import { readEnv } from "./env.server";

// One connection per process. In development the module is re-evaluated on every
// rebuild, so the connection is kept on globalThis there.
declare global {
  // eslint-disable-next-line no-var
  var __netzwerkstattDb: Kysely<Database> | undefined;
}

async function open(): Promise<Kysely<Database>> {
  const { db } = createDatabase(readEnv().DATABASE_PATH);
  await migrateToLatest(db);
  return db;
}

async function singleton(): Promise<Kysely<Database>> {
  if (process.env.NODE_ENV !== "development") return open();
  globalThis.__netzwerkstattDb ??= await open();
  return globalThis.__netzwerkstattDb;
}

export const db: Kysely<Database> = await singleton();

/** Closes the connection at shutdown; SQLite then folds the write-ahead log into the file. */
export async function closeDatabase(): Promise<void> {
  await db.destroy();
}

/**
 * At server start: fills a new database as SEED says and refreshes the planner's statistics.
 * The seeds are loaded only here, not by the tests that import this module.
 */
export async function prepareDatabaseAtStart(): Promise<void> {
  const { prepareDatabase } = await import("../seeds/prepare");
  await prepareDatabase(db, readEnv());
}
