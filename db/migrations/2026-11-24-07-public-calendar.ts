import type { Kysely } from "kysely";

// A network may make its calendar public: its group feeds are then readable without a
// personal token or a session (calendar programs cannot sign in). Off by default.
// Frozen in time: Kysely<any>, no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("networks")
    .addColumn("public_calendar", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("networks").dropColumn("public_calendar").execute();
}
