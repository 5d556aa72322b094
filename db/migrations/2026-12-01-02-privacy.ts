import { sql, type Kysely } from "kysely";

// Privacy (GDPR): the network's legal pages, the organisation a deleted person's comments
// stay attributed to, and indexes for the audit log's filters, the data export and erasure.
// Frozen in time: Kysely<any>, no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema
    .createTable("legal_pages")
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('privacy','imprint')`))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("legal_pages_pk", ["network_id", "kind"])
    .execute();

  await db.schema
    .alterTable("work_package_comments")
    .addColumn("author_organisation_id", "integer", (c) => c.references("organisations.id").onDelete("set null"))
    .execute();

  // Audit log: one network's events by action and time; a person's events by time (their
  // sign-ins carry no network); events about a record (the export lists those about a person).
  await db.schema.createIndex("audit_events_network_action_idx").on("audit_events").columns(["network_id", "action", "created_at"]).execute();
  await db.schema.createIndex("audit_events_actor_idx").on("audit_events").columns(["actor_user_id", "created_at"]).execute();
  await db.schema.createIndex("audit_events_subject_idx").on("audit_events").columns(["subject_type", "subject_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_events_subject_idx").execute();
  await db.schema.dropIndex("audit_events_actor_idx").execute();
  await db.schema.dropIndex("audit_events_network_action_idx").execute();
  await db.schema.alterTable("work_package_comments").dropColumn("author_organisation_id").execute();
  await db.schema.dropTable("legal_pages").execute();
}
