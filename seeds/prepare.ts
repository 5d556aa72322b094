import type { Kysely } from "kysely";
import type { Env } from "../app/env.server";
import { migrateToLatest, refreshPlannerStatistics } from "../db/sqlite";
import type { Database } from "../db/schema";
import { seedAdminOnly, seedDemo } from "./seed";

/** Brings a database to the current schema, fills it per SEED if it is new, refreshes the planner's statistics. */
export async function prepareDatabase(db: Kysely<Database>, env: Env): Promise<void> {
  await migrateToLatest(db);
  await fill(db, env);
  // The query planner's statistics, once the rows are there.
  await refreshPlannerStatistics(db);
}

async function fill(db: Kysely<Database>, env: Env): Promise<void> {
  if (env.SEED === "demo") {
    await seedDemo(db);
    return;
  }
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) {
    const anyone = await db.selectFrom("users").select("id").executeTakeFirst();
    if (!anyone) throw new Error("SEED=none needs ADMIN_EMAIL and ADMIN_PASSWORD (at least 10 characters) for the first administrator.");
    return;
  }
  await seedAdminOnly(db, {
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
    networkSlug: env.NETWORK_SLUG,
    networkName: env.NETWORK_NAME,
  });
}
