import { sql, type Kysely } from "kysely";

// A change counter per network for the order of its organisation directory, kept by
// triggers: the directory keeps the network's organisations sorted by German name in memory
// and sorts again only when the counter moved (decision 021). Frozen in time: Kysely<any>.
const bump = (row: "new" | "old") => `insert into organisation_order_changes (network_id, version) values (${row}.network_id, 1)
    on conflict (network_id) do update set version = version + 1;`;
const triggers: [string, string][] = [
  ["organisation_order_ai", `after insert on organisations begin ${bump("new")} end`],
  ["organisation_order_ad", `after delete on organisations begin ${bump("old")} end`],
  ["organisation_order_au", `after update of name, kind, network_id on organisations begin ${bump("old")} ${bump("new")} end`],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organisation_order_changes")
    .addColumn("network_id", "integer", (c) => c.notNull().unique().references("networks.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [name, body] of triggers) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of triggers) await sql.raw(`drop trigger ${name}`).execute(db);
  await db.schema.dropTable("organisation_order_changes").execute();
}
