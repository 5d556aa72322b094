import { sql, type Kysely } from "kysely";

// Meetings, their host groups, agenda items with their history, answers to invitations,
// action items and the e-mail outbox. Frozen in time: Kysely<any>, no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema
    .createTable("meeting_series")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("group_id", "integer", (c) => c.notNull().references("groups.id").onDelete("cascade"))
    .addColumn("cadence", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("series_id", "integer", (c) => c.references("meeting_series.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('regular','joint','preparation')`))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("Europe/Berlin"))
    .addColumn("place", "text")
    .addColumn("online_url", "text")
    .addColumn("proposal_deadline", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("planned").check(sql`status in ('planned','invited','held','minutes_published','cancelled')`),
    )
    .addColumn("cancel_reason", "text")
    .addColumn("invite_tier", "text", (c) => c.notNull().defaultTo("member").check(sql`invite_tier in ('member','preparation')`))
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("meetings_network_start_idx").on("meetings").columns(["network_id", "starts_at"]).execute();

  await db.schema
    .createTable("meeting_hosts")
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("group_id", "integer", (c) => c.notNull().references("groups.id").onDelete("cascade"))
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("meeting_hosts_pk", ["meeting_id", "group_id"])
    .execute();
  // The group page and the personal calendar read a group's meetings in time order.
  await db.schema.createIndex("meeting_hosts_group_start_idx").on("meeting_hosts").columns(["group_id", "starts_at"]).execute();

  await db.schema
    .createTable("agenda_items")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('information','discussion','decision','offer_presentation','report')`),
    )
    .addColumn("planned_minutes", "integer", (c) => c.notNull().defaultTo(15))
    .addColumn("presenter_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("presenter_organisation_id", "integer", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("proposed").check(sql`status in ('proposed','accepted','declined','deferred')`),
    )
    .addColumn("decline_reason", "text")
    .addColumn("proposed_by_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("proposed_by_organisation_id", "integer", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("carried_from_item_id", "integer", (c) => c.references("agenda_items.id").onDelete("set null"))
    .addColumn("minutes_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("outcome", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("decision", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("agenda_items_meeting_idx").on("agenda_items").columns(["meeting_id", "status", "position"]).execute();
  await db.schema.createIndex("agenda_items_carried_idx").on("agenda_items").column("carried_from_item_id").execute();

  await db.schema
    .createTable("agenda_item_events")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("agenda_item_id", "integer", (c) => c.notNull().references("agenda_items.id").onDelete("cascade"))
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("agenda_item_events_item_idx").on("agenda_item_events").column("agenda_item_id").execute();

  await db.schema
    .createTable("meeting_attendance")
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("response", "text", (c) => c.notNull().defaultTo("pending").check(sql`response in ('pending','attending','declined')`))
    .addColumn("attended", "integer")
    .addColumn("invited_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("responded_at", "text")
    .addPrimaryKeyConstraint("meeting_attendance_pk", ["meeting_id", "user_id"])
    .execute();
  await db.schema.createIndex("meeting_attendance_user_idx").on("meeting_attendance").columns(["user_id", "response"]).execute();

  await db.schema
    .createTable("action_items")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("agenda_item_id", "integer", (c) => c.references("agenda_items.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("owner", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("due_date", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open").check(sql`status in ('open','done')`))
    .addColumn("carried_to_item_id", "integer", (c) => c.references("agenda_items.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("action_items_meeting_idx").on("action_items").column("meeting_id").execute();

  await db.schema
    .createTable("outbox_messages")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.references("networks.id").onDelete("cascade"))
    .addColumn("to_email", "text", (c) => c.notNull())
    .addColumn("to_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("ics", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending").check(sql`status in ('pending','sent','failed')`))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("sent_at", "text")
    .execute();
  await db.schema.createIndex("outbox_messages_status_idx").on("outbox_messages").columns(["status", "id"]).execute();
  await db.schema.createIndex("outbox_messages_network_idx").on("outbox_messages").columns(["network_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["outbox_messages", "action_items", "meeting_attendance", "agenda_item_events", "agenda_items", "meeting_hosts", "meetings", "meeting_series"]) {
    await db.schema.dropTable(table).execute();
  }
}
