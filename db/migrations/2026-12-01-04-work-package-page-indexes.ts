import type { Kysely } from "kysely";

// Indexes for the steering dashboard and a group's package section (EXPLAIN QUERY PLAN on the
// large-city benchmark): without them the overdue list, the median's decided packages and a
// group's latest packages read every package row of the network or group. Frozen in time:
// Kysely<any>, no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  // The overdue list and its count: accepted and in-progress packages by due date (covering).
  await db.schema.createIndex("work_packages_network_status_due_idx").on("work_packages").columns(["network_id", "status", "due_date"]).execute();
  // The median days to decision over the last twelve months (covering).
  await db.schema.createIndex("work_packages_network_decided_idx").on("work_packages").columns(["network_id", "decided_at", "submitted_at"]).execute();
  // A group's most recently changed packages, one page read in order.
  await db.schema.createIndex("work_packages_group_updated_idx").on("work_packages").columns(["origin_group_id", "updated_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ["work_packages_group_updated_idx", "work_packages_network_decided_idx", "work_packages_network_status_due_idx"]) {
    await db.schema.dropIndex(index).execute();
  }
}
