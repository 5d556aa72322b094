import { sql, type Kysely } from "kysely";

// The groups directory counted a network's memberships per group and tier on every request:
// 7,500 index entries in a large city (0.7 ms). The counts are kept by triggers on
// group_memberships, exact at every moment (decision 022), and written only while the group
// exists (migration 2026-12-03-05: a group's deletion cascades to its memberships).
// Frozen in time: Kysely<any>, no app imports.
const add = (row: "new" | "old", delta: 1 | -1) =>
  `insert into group_member_counts (network_id, group_id, tier, count)
    select ${row}.network_id, ${row}.group_id, ${row}.tier, ${delta}
    where exists (select 1 from groups where groups.id = ${row}.group_id)
    on conflict (network_id, group_id, tier) do update set count = count + ${delta};`;
const changed = "old.tier is not new.tier or old.group_id is not new.group_id or old.network_id is not new.network_id";
const triggers: [string, string][] = [
  ["group_member_counts_ai", `after insert on group_memberships begin ${add("new", 1)} end`],
  ["group_member_counts_ad", `after delete on group_memberships begin ${add("old", -1)} end`],
  ["group_member_counts_au", `after update on group_memberships when ${changed} begin ${add("old", -1)} ${add("new", 1)} end`],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("group_member_counts")
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("group_id", "integer", (c) => c.notNull().references("groups.id").onDelete("cascade"))
    .addColumn("tier", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("group_member_counts_key", ["network_id", "group_id", "tier"])
    .modifyEnd(sql`without rowid`)
    .execute();
  await sql`insert into group_member_counts (network_id, group_id, tier, count)
    select network_id, group_id, tier, count(*) from group_memberships group by network_id, group_id, tier`.execute(db);
  for (const [name, body] of triggers) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of triggers) await sql.raw(`drop trigger ${name}`).execute(db);
  await db.schema.dropTable("group_member_counts").execute();
}
