import { sql, type Kysely } from "kysely";

// Found by the large-city benchmark (README, performance section): indexes the pages' queries
// were missing (EXPLAIN QUERY PLAN), and a change counter per group for calendar feeds, kept
// by triggers, so a personal feed's ETag is read from an index instead of aggregating every
// meeting and agenda item of the person's groups. Frozen in time: Kysely<any>, no app imports.
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

  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
  await db.schema
    .createTable("calendar_group_changes")
    .addColumn("group_id", "integer", (c) => c.notNull().unique().references("groups.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("changed_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await sql`insert into calendar_group_changes (group_id) select id from groups`.execute(db);

  // Everything a feed shows of a group: its meetings, their agenda items, its host rows, its name.
  const bump = (groupIds: string) => `insert into calendar_group_changes (group_id, version, changed_at)
      select group_id, 1, strftime('%Y-%m-%dT%H:%M:%fZ','now') from (${groupIds}) where true
      on conflict (group_id) do update set version = version + 1, changed_at = excluded.changed_at;`;
  const hostsOf = (meetingId: string) => `select group_id from meeting_hosts where meeting_id = ${meetingId}`;
  const triggers: [string, string][] = [
    ["calendar_meetings_au", `after update on meetings begin ${bump(hostsOf("new.id"))} end`],
    ["calendar_meeting_hosts_ai", `after insert on meeting_hosts begin ${bump("select new.group_id as group_id")} end`],
    ["calendar_meeting_hosts_ad", `after delete on meeting_hosts begin ${bump("select old.group_id as group_id")} end`],
    ["calendar_meeting_hosts_au", `after update on meeting_hosts begin ${bump("select old.group_id as group_id union select new.group_id")} end`],
    ["calendar_agenda_items_ai", `after insert on agenda_items begin ${bump(hostsOf("new.meeting_id"))} end`],
    ["calendar_agenda_items_ad", `after delete on agenda_items begin ${bump(hostsOf("old.meeting_id"))} end`],
    ["calendar_agenda_items_au", `after update on agenda_items begin ${bump(`${hostsOf("old.meeting_id")} union ${hostsOf("new.meeting_id")}`)} end`],
    ["calendar_groups_au", `after update of name on groups begin ${bump("select new.id as group_id")} end`],
  ];
  for (const [name, body] of triggers) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const trigger of [
    "calendar_meetings_au", "calendar_meeting_hosts_ai", "calendar_meeting_hosts_ad", "calendar_meeting_hosts_au",
    "calendar_agenda_items_ai", "calendar_agenda_items_ad", "calendar_agenda_items_au", "calendar_groups_au",
  ]) {
    await sql.raw(`drop trigger ${trigger}`).execute(db);
  }
  await db.schema.dropTable("calendar_group_changes").execute();
  for (const index of [
    "work_packages_network_status_group_idx", "work_packages_network_updated_idx", "agenda_items_network_status_idx", "group_memberships_network_tier_idx", "group_memberships_network_group_idx",
  ]) {
    await db.schema.dropIndex(index).execute();
  }
}
