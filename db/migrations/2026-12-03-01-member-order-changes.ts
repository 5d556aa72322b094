import { sql, type Kysely } from "kysely";

// A change counter per group for the order of its member list, kept by triggers: the group
// page keeps a group's memberships sorted by German name in memory and sorts again only when
// the counter moved (decision 021). The order changes with the memberships themselves and with
// the names of the organisations and people in them. Frozen in time: Kysely<any>, no app imports.
const triggers: [string, string][] = [
  ["member_order_memberships_ai", "after insert on group_memberships", "select new.group_id as group_id"],
  ["member_order_memberships_ad", "after delete on group_memberships", "select old.group_id as group_id"],
  ["member_order_memberships_au", "after update on group_memberships", "select old.group_id as group_id union select new.group_id"],
  ["member_order_organisations_au", "after update of name on organisations", "select group_id from group_memberships where organisation_id = new.id"],
  ["member_order_users_au", "after update of name on users", "select group_id from group_memberships where user_id = new.id"],
].map(([name, event, groupIds]) => [
  name,
  `${event} begin
    insert into member_order_changes (group_id, version) select group_id, 1 from (${groupIds}) where true
    on conflict (group_id) do update set version = version + 1;
  end`,
]);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("member_order_changes")
    .addColumn("group_id", "integer", (c) => c.notNull().unique().references("groups.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [name, body] of triggers) await sql.raw(`create trigger ${name} ${body}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name] of triggers) await sql.raw(`drop trigger ${name}`).execute(db);
  await db.schema.dropTable("member_order_changes").execute();
}
