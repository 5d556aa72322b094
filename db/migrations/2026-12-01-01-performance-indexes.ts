import type { Kysely } from "kysely";

// Indexes found missing by the large-city benchmark (EXPLAIN QUERY PLAN of the pages' queries;
// README, performance section). Frozen in time: Kysely<any>, no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  // A group's members (group page) and the member counts per group and tier (groups
  // directory): the unique indexes on group_memberships are partial and cannot serve them.
  await db.schema.createIndex("group_memberships_network_group_idx").on("group_memberships").columns(["network_id", "group_id", "tier"]).execute();
  // The preparation tier of every group (groups directory).
  await db.schema.createIndex("group_memberships_network_tier_idx").on("group_memberships").columns(["network_id", "tier", "group_id"]).execute();
  // Proposals still to decide (home page of moderators): few rows among all agenda items.
  await db.schema.createIndex("agenda_items_network_status_idx").on("agenda_items").columns(["network_id", "status", "meeting_id"]).execute();
  // The list of all work packages, most recently changed first, and its count (covering).
  await db.schema.createIndex("work_packages_network_updated_idx").on("work_packages").columns(["network_id", "updated_at"]).execute();
  await db.schema.createIndex("work_packages_network_status_group_idx").on("work_packages").columns(["network_id", "status", "origin_group_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    "work_packages_network_status_group_idx", "work_packages_network_updated_idx", "agenda_items_network_status_idx", "group_memberships_network_tier_idx", "group_memberships_network_group_idx",
  ]) {
    await db.schema.dropIndex(index).execute();
  }
}
