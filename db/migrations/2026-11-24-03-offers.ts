import { sql, type Kysely } from "kysely";

// The offer board: offers with their topics, target groups, languages, groups and
// translations, a full-text index (SQLite FTS5) kept in step by triggers, and the link from
// an agenda item to the offer it presents. Frozen in time: Kysely<any>, no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema
    .createTable("offers")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("network_id", "integer", (c) => c.notNull().references("networks.id").onDelete("cascade"))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("category", "text", (c) =>
      c.notNull().check(sql`category in ('counselling','course','project','event','job_fair','other')`),
    )
    .addColumn("place", "text")
    .addColumn("online", "integer", (c) => c.notNull().defaultTo(0))
    // local dates (YYYY-MM-DD, Europe/Berlin); null = open
    .addColumn("valid_from", "text")
    .addColumn("valid_to", "text")
    .addColumn("contact", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft").check(sql`status in ('draft','published','archived')`))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("published_at", "text")
    .execute();
  // The board: a network's published offers by end date or publication date.
  await db.schema.createIndex("offers_board_idx").on("offers").columns(["network_id", "status", "valid_to"]).execute();
  await db.schema.createIndex("offers_published_idx").on("offers").columns(["network_id", "status", "published_at"]).execute();
  await db.schema.createIndex("offers_organisation_idx").on("offers").column("organisation_id").execute();

  for (const [table, column] of [
    ["offer_topics", "topic"],
    ["offer_targets", "target"],
    ["offer_languages", "language"],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn("offer_id", "integer", (c) => c.notNull().references("offers.id").onDelete("cascade"))
      .addColumn(column, "text", (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ["offer_id", column])
      .execute();
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).columns([column, "offer_id"]).execute();
  }

  await db.schema
    .createTable("offer_groups")
    .addColumn("offer_id", "integer", (c) => c.notNull().references("offers.id").onDelete("cascade"))
    .addColumn("group_id", "integer", (c) => c.notNull().references("groups.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("offer_groups_pk", ["offer_id", "group_id"])
    .execute();
  await db.schema.createIndex("offer_groups_group_idx").on("offer_groups").columns(["group_id", "offer_id"]).execute();

  await db.schema
    .createTable("offer_translations")
    .addColumn("offer_id", "integer", (c) => c.notNull().references("offers.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("offer_translations_pk", ["offer_id", "language"])
    .execute();

  await db.schema
    .alterTable("agenda_items")
    .addColumn("offer_id", "integer", (c) => c.references("offers.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("agenda_items_offer_idx").on("agenda_items").column("offer_id").execute();

  // ── Full-text index (SQLite FTS5; rowid = offers.id) ──────────────────────────
  await sql`create virtual table offers_fts using fts5(
    title, summary, body, organisation, translations,
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);

  const organisationOf = (ref: string) => `coalesce((select name from organisations where id = ${ref}.organisation_id), '')`;
  const translationsOf = (id: string) =>
    `coalesce((select group_concat(title || ' ' || summary, ' ') from offer_translations where offer_id = ${id}), '')`;
  const insertRow = `insert into offers_fts (rowid, title, summary, body, organisation, translations)
      values (new.id, new.title, new.summary, new.body, ${organisationOf("new")}, ${translationsOf("new.id")});`;

  await sql.raw(`create trigger offers_fts_ai after insert on offers begin ${insertRow} end`).execute(db);
  await sql.raw(`create trigger offers_fts_au after update on offers begin
      delete from offers_fts where rowid = old.id; ${insertRow} end`).execute(db);
  await sql.raw(`create trigger offers_fts_ad after delete on offers begin
      delete from offers_fts where rowid = old.id; end`).execute(db);
  for (const [event, ref] of [["insert", "new"], ["update", "new"], ["delete", "old"]] as const) {
    await sql.raw(`create trigger offers_fts_tr_${event} after ${event} on offer_translations begin
        update offers_fts set translations = ${translationsOf(`${ref}.offer_id`)} where rowid = ${ref}.offer_id; end`).execute(db);
  }
  await sql.raw(`create trigger offers_fts_org_au after update of name on organisations begin
      update offers_fts set organisation = new.name
      where rowid in (select id from offers where organisation_id = new.id); end`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const trigger of [
    "offers_fts_ai", "offers_fts_au", "offers_fts_ad", "offers_fts_tr_insert", "offers_fts_tr_update", "offers_fts_tr_delete", "offers_fts_org_au",
  ]) {
    await sql.raw(`drop trigger if exists ${trigger}`).execute(db);
  }
  await sql`drop table if exists offers_fts`.execute(db);
  await db.schema.dropIndex("agenda_items_offer_idx").ifExists().execute();
  await db.schema.alterTable("agenda_items").dropColumn("offer_id").execute();
  for (const table of ["offer_translations", "offer_groups", "offer_languages", "offer_targets", "offer_topics", "offers"]) {
    await db.schema.dropTable(table).execute();
  }
}
