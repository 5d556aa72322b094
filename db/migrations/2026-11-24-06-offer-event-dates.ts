import type { Kysely } from "kysely";

// Optional event dates of an offer (a job fair on one day, a course with several sessions):
// stored in UTC (ISO 8601), entered as local Berlin date + times. Frozen in time: Kysely<any>,
// no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("offer_event_dates")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("offer_id", "integer", (c) => c.notNull().references("offers.id").onDelete("cascade"))
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .execute();
  // The offer page lists an offer's dates in order; the board asks for the next one per offer.
  await db.schema.createIndex("offer_event_dates_offer_idx").on("offer_event_dates").columns(["offer_id", "starts_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("offer_event_dates").execute();
}
