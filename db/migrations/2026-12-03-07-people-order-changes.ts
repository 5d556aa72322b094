import { sql, type Kysely } from "kysely";

// A change counter per network for the German name order of its people, kept by triggers:
// the admin's people list keeps the network's people sorted in memory and sorts again only
// when the counter moved (decision 021). A person's name is theirs across networks, so a
// rename raises the counter of each network they belong to. Writes only while the network
// exists, so that deleting a network is not stopped by its memberships' cascade.
// Frozen in time: Kysely<any>.
const bump = (networkIds: string) => `insert into people_order_changes (network_id, version)
    select network_id, 1 from (${networkIds}) as changed
    where exists (select 1 from networks where networks.id = changed.network_id)
    on conflict (network_id) do update set version = version + 1;`;
const triggers: [string, string][] = [
  ["people_order_members_ai", `after insert on network_members begin ${bump("select new.network_id as network_id")} end`],
  ["people_order_members_ad", `after delete on network_members begin ${bump("select old.network_id as network_id")} end`],
  [
    "people_order_members_au",
    `after update of network_id, user_id on network_members begin ${bump("select old.network_id as network_id union select new.network_id")} end`,
  ],
  ["people_order_users_au", `after update of name on users begin ${bump("select network_id from network_members where user_id = new.id")} end`],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("people_order_changes")
    .addColumn("network_id", "integer", (c) => c.notNull().unique().references("networks.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [name, body] of triggers) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of triggers) await sql.raw(`drop trigger ${name}`).execute(db);
  await db.schema.dropTable("people_order_changes").execute();
}
