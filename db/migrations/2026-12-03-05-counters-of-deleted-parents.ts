import { sql, type Kysely } from "kysely";

// The counter tables of decisions 012, 021 and 022 reference their group or network, and the
// triggers on memberships, meeting hosts, packages and organisations wrote to them on every delete. When a
// group or network itself was deleted, its memberships and packages went with it (cascade),
// and their triggers then wrote a counter row for the parent being deleted: a foreign-key
// error that made the group or network impossible to delete. The triggers now write only
// while the parent exists; the counter rows of a deleted parent go with it (cascade).
// Frozen in time: Kysely<any>, no app imports; `down` restores the earlier definitions.

const groupExists = (id: string) => `exists (select 1 from groups where groups.id = ${id})`;
const networkExists = (id: string) => `exists (select 1 from networks where networks.id = ${id})`;

const memberOrder = (event: string, groupIds: string, guarded: boolean) => `${event} begin
    insert into member_order_changes (group_id, version) select group_id, 1 from (${groupIds}) as changed
    where ${guarded ? groupExists("changed.group_id") : "true"}
    on conflict (group_id) do update set version = version + 1;
  end`;
const packageCount = (row: "new" | "old", delta: 1 | -1, guarded: boolean) =>
  `insert into work_package_counts (network_id, origin_group_id, status, count)
    select ${row}.network_id, ${row}.origin_group_id, ${row}.status, ${delta}
    where ${guarded ? `${groupExists(`${row}.origin_group_id`)} and ${networkExists(`${row}.network_id`)}` : "true"}
    on conflict (network_id, origin_group_id, status) do update set count = count + ${delta};`;
const organisationOrder = (row: "new" | "old", guarded: boolean) =>
  `insert into organisation_order_changes (network_id, version) select ${row}.network_id, 1
    where ${guarded ? networkExists(`${row}.network_id`) : "true"}
    on conflict (network_id) do update set version = version + 1;`;
const calendarBump = (groupIds: string, guarded: boolean) => `insert into calendar_group_changes (group_id, version, changed_at)
      select group_id, 1, strftime('%Y-%m-%dT%H:%M:%fZ','now') from (${groupIds}) as changed
      where ${guarded ? groupExists("changed.group_id") : "true"}
      on conflict (group_id) do update set version = version + 1, changed_at = excluded.changed_at;`;
const hostsOf = (meetingId: string) => `select group_id from meeting_hosts where meeting_id = ${meetingId}`;
const packageChanged = "old.status is not new.status or old.origin_group_id is not new.origin_group_id or old.network_id is not new.network_id";

const triggers = (guarded: boolean): [string, string][] => [
  ["calendar_meetings_au", `after update on meetings begin ${calendarBump(hostsOf("new.id"), guarded)} end`],
  ["calendar_meeting_hosts_ai", `after insert on meeting_hosts begin ${calendarBump("select new.group_id as group_id", guarded)} end`],
  ["calendar_meeting_hosts_ad", `after delete on meeting_hosts begin ${calendarBump("select old.group_id as group_id", guarded)} end`],
  ["calendar_meeting_hosts_au", `after update on meeting_hosts begin ${calendarBump("select old.group_id as group_id union select new.group_id", guarded)} end`],
  ["calendar_agenda_items_ai", `after insert on agenda_items begin ${calendarBump(hostsOf("new.meeting_id"), guarded)} end`],
  ["calendar_agenda_items_ad", `after delete on agenda_items begin ${calendarBump(hostsOf("old.meeting_id"), guarded)} end`],
  ["calendar_agenda_items_au", `after update on agenda_items begin ${calendarBump(`${hostsOf("old.meeting_id")} union ${hostsOf("new.meeting_id")}`, guarded)} end`],
  ["member_order_memberships_ai", memberOrder("after insert on group_memberships", "select new.group_id as group_id", guarded)],
  ["member_order_memberships_ad", memberOrder("after delete on group_memberships", "select old.group_id as group_id", guarded)],
  ["member_order_memberships_au", memberOrder("after update on group_memberships", "select old.group_id as group_id union select new.group_id", guarded)],
  ["work_package_counts_ai", `after insert on work_packages begin ${packageCount("new", 1, guarded)} end`],
  ["work_package_counts_ad", `after delete on work_packages begin ${packageCount("old", -1, guarded)} end`],
  ["work_package_counts_au", `after update on work_packages when ${packageChanged} begin ${packageCount("old", -1, guarded)} ${packageCount("new", 1, guarded)} end`],
  ["organisation_order_ai", `after insert on organisations begin ${organisationOrder("new", guarded)} end`],
  ["organisation_order_ad", `after delete on organisations begin ${organisationOrder("old", guarded)} end`],
  ["organisation_order_au", `after update of name, kind, network_id on organisations begin ${organisationOrder("old", guarded)} ${organisationOrder("new", guarded)} end`],
];

async function replaceTriggers(db: Kysely<any>, guarded: boolean): Promise<void> {
  for (const [name, body] of triggers(guarded)) {
    await sql.raw(`drop trigger ${name}`).execute(db);
    await sql.raw(`create trigger ${name} ${body}`).execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await replaceTriggers(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceTriggers(db, false);
}
