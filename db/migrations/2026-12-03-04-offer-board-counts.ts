import { sql, type Kysely } from "kysely";

// The offer board counted its current offers (published, without an end date or ending today
// or later) on every request: 15,000 index entries in a large city. The offers per network,
// status and end date are now kept by triggers, and the board adds up the end dates from today
// on: a few hundred rows of this table, read along its primary key. '' stands for "no end
// date": the key cannot hold NULL, which ON CONFLICT would treat as distinct. Exact at every
// moment (the triggers run in the writing transaction). Frozen in time: Kysely<any>.
// Only while the network exists: when a network is deleted, its offers go with it (cascade)
// and a row written for it then would fail its foreign key.
const add = (row: "new" | "old", delta: 1 | -1) =>
  `insert into offer_board_counts (network_id, status, valid_to, count)
    select ${row}.network_id, ${row}.status, coalesce(${row}.valid_to, ''), ${delta}
    where exists (select 1 from networks where networks.id = ${row}.network_id)
    on conflict (network_id, status, valid_to) do update set count = count + ${delta};`;
const changed = "old.status is not new.status or old.valid_to is not new.valid_to or old.network_id is not new.network_id";
const triggers: [string, string][] = [
  ["offer_board_counts_ai", `after insert on offers begin ${add("new", 1)} end`],
  ["offer_board_counts_ad", `after delete on offers begin ${add("old", -1)} end`],
  ["offer_board_counts_au", `after update on offers when ${changed} begin ${add("old", -1)} ${add("new", 1)} end`],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("offer_board_counts")
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("valid_to", "text", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("offer_board_counts_key", ["network_id", "status", "valid_to"])
    .modifyEnd(sql`without rowid`)
    .execute();
  await sql`insert into offer_board_counts (network_id, status, valid_to, count)
    select network_id, status, coalesce(valid_to, ''), count(*) from offers group by network_id, status, coalesce(valid_to, '')`.execute(db);
  for (const [name, body] of triggers) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of triggers) await sql.raw(`drop trigger ${name}`).execute(db);
  await db.schema.dropTable("offer_board_counts").execute();
}
