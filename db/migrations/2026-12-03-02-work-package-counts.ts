import { sql, type Kysely } from "kysely";

// The number of work packages per network, origin group and status, kept by triggers: the
// steering dashboard, the inbox and the package lists count from these few rows instead of
// walking a large city's 5,000 packages on every request. Exact at every moment (the triggers
// run in the writing transaction), so there is nothing to expire. Frozen in time: Kysely<any>.
const add = (row: "new" | "old", delta: 1 | -1) =>
  `insert into work_package_counts (network_id, origin_group_id, status, count)
    values (${row}.network_id, ${row}.origin_group_id, ${row}.status, ${delta})
    on conflict (network_id, origin_group_id, status) do update set count = count + ${delta};`;
const changed = "old.status is not new.status or old.origin_group_id is not new.origin_group_id or old.network_id is not new.network_id";
const triggers: [string, string][] = [
  ["work_package_counts_ai", `after insert on work_packages begin ${add("new", 1)} end`],
  ["work_package_counts_ad", `after delete on work_packages begin ${add("old", -1)} end`],
  ["work_package_counts_au", `after update on work_packages when ${changed} begin ${add("old", -1)} ${add("new", 1)} end`],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("work_package_counts")
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("origin_group_id", "integer", (c) => c.notNull().references("groups.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addUniqueConstraint("work_package_counts_key", ["network_id", "origin_group_id", "status"])
    .execute();
  await sql`insert into work_package_counts (network_id, origin_group_id, status, count)
    select network_id, origin_group_id, status, count(*) from work_packages group by network_id, origin_group_id, status`.execute(db);
  for (const [name, body] of triggers) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of triggers) await sql.raw(`drop trigger ${name}`).execute(db);
  await db.schema.dropTable("work_package_counts").execute();
}
