import { sql, type Kysely } from "kysely";

// Frozen in time: uses Kysely<any> and imports no app code.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema
    .createTable("networks")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("Europe/Berlin"))
    .addColumn("public_offers", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text")
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("de"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("expires_at", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("network_members")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('admin','member')`))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("network_members_unique", ["network_id", "user_id"])
    .execute();
  await db.schema.createIndex("network_members_user_idx").on("network_members").column("user_id").execute();

  await db.schema
    .createTable("organisations")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("short_name", "text")
    .addColumn("contact_email", "text")
    .addColumn("contact_phone", "text")
    .addColumn("address", "text")
    .addColumn("website", "text")
    .addColumn("languages", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("organisations_name_unique", ["network_id", "name"])
    .execute();
  await db.schema.createIndex("organisations_kind_idx").on("organisations").columns(["network_id", "kind", "name"]).execute();

  await db.schema
    .createTable("affiliations")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("position", "text")
    .addUniqueConstraint("affiliations_unique", ["user_id", "organisation_id"])
    .execute();
  await db.schema.createIndex("affiliations_org_idx").on("affiliations").column("organisation_id").execute();
  await db.schema.createIndex("affiliations_network_user_idx").on("affiliations").columns(["network_id", "user_id"]).execute();

  await db.schema
    .createTable("groups")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('steering','forum','specialist')`))
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("mandate", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("cadence", "text", (c) => c.notNull().defaultTo("quarterly"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("groups_slug_unique", ["network_id", "slug"])
    .execute();

  await db.schema
    .createTable("group_memberships")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("group_id", "integer", (c) => c.notNull().references("groups.id").onDelete("cascade"))
    .addColumn("organisation_id", "integer", (c) => c.references("organisations.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("tier", "text", (c) => c.notNull().check(sql`tier in ('preparation','member')`))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addCheckConstraint("group_memberships_one_subject", sql`(organisation_id is null) <> (user_id is null)`)
    .execute();
  await db.schema.createIndex("group_memberships_group_org_unique").unique().on("group_memberships").columns(["group_id", "organisation_id"]).where(sql.ref("organisation_id"), "is not", null).execute();
  await db.schema.createIndex("group_memberships_group_user_unique").unique().on("group_memberships").columns(["group_id", "user_id"]).where(sql.ref("user_id"), "is not", null).execute();
  await db.schema.createIndex("group_memberships_org_idx").on("group_memberships").column("organisation_id").execute();
  await db.schema.createIndex("group_memberships_user_idx").on("group_memberships").column("user_id").execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('admin','member')`))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("invited_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("invitations_network_idx").on("invitations").columns(["network_id", "created_at"]).execute();

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("succeeded", "integer", (c) => c.notNull())
    .addColumn("attempted_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_attempts_email_idx").on("login_attempts").columns(["email", "attempted_at"]).execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.references("networks.id").onDelete("cascade"))
    .addColumn("actor_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_type", "text")
    .addColumn("subject_id", "text")
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("audit_events_network_idx").on("audit_events").columns(["network_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_events", "login_attempts", "invitations", "group_memberships", "groups",
    "affiliations", "organisations", "network_members", "sessions", "users", "networks",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
