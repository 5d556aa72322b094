import { sql, type Kysely } from "kysely";

// Work packages: escalation from the specialist groups to the steering group, with their
// timeline and comment thread; agenda items may point at the package they discuss; each
// network has a limit for how long a submitted package may wait. Frozen in time: Kysely<any>,
// no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema
    .alterTable("networks")
    .addColumn("work_package_wait_days", "integer", (c) => c.notNull().defaultTo(42))
    .execute();

  await db.schema
    .createTable("work_packages")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("origin_group_id", "integer", (c) => c.notNull().references("groups.id").onDelete("cascade"))
    .addColumn("origin_meeting_id", "integer", (c) => c.references("meetings.id").onDelete("set null"))
    .addColumn("origin_agenda_item_id", "integer", (c) => c.references("agenda_items.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("problem", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("request", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("responsible_organisation_id", "integer", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("due_date", "text")
    .addColumn("priority", "text", (c) => c.notNull().defaultTo("normal").check(sql`priority in ('low','normal','high')`))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("draft")
        .check(sql`status in ('draft','submitted','in_review','accepted','returned','declined','in_progress','done')`),
    )
    .addColumn("decision_rationale", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("decided_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "text")
    .addColumn("submitted_at", "text")
    .addColumn("result_summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  // The steering inbox: submitted packages of a network, oldest first.
  await db.schema.createIndex("work_packages_inbox_idx").on("work_packages").columns(["network_id", "status", "submitted_at"]).execute();
  // The origin group's page: its packages by status.
  await db.schema.createIndex("work_packages_group_idx").on("work_packages").columns(["origin_group_id", "status"]).execute();

  await db.schema
    .createTable("work_package_events")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("work_package_id", "integer", (c) => c.notNull().references("work_packages.id").onDelete("cascade"))
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("work_package_events_package_idx").on("work_package_events").columns(["work_package_id", "created_at"]).execute();

  await db.schema
    .createTable("work_package_comments")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("work_package_id", "integer", (c) => c.notNull().references("work_packages.id").onDelete("cascade"))
    .addColumn("author_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("work_package_comments_package_idx").on("work_package_comments").columns(["work_package_id", "created_at"]).execute();

  await db.schema
    .alterTable("agenda_items")
    .addColumn("work_package_id", "integer", (c) => c.references("work_packages.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("agenda_items_work_package_idx").on("agenda_items").column("work_package_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("agenda_items_work_package_idx").execute();
  await db.schema.alterTable("agenda_items").dropColumn("work_package_id").execute();
  for (const table of ["work_package_comments", "work_package_events", "work_packages"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable("networks").dropColumn("work_package_wait_days").execute();
}
