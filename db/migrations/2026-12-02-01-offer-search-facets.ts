import { sql, type Kysely } from "kysely";

// The offer search had to look up every offer whose text matched (17,000 of 50,000 for
// "Beratung*" in a large city, in every network) to apply the board's filters, and ranked
// all of them. The full-text index now also carries each offer's filter values as tokens of
// a `facets` column (network, category, organisation kind, topics, target groups,
// languages), so FTS5 intersects the search words with the filters itself and only the
// offers that pass are looked up and ranked. The SQL filters stay the authority; the facets
// only narrow what reaches them. Token format: app/offers/search.ts (facetToken).
// Frozen in time: Kysely<any>, no app imports.

const textColumns = "title, summary, body, organisation, translations";

function facetsOf(offerId: string): string {
  // kind prefix + value without underscores: one unicode61 token per value ("topicarbeit").
  const tokens = (table: string, column: string, prefix: string) =>
    `coalesce((select ' ' || group_concat('${prefix}' || replace(${column}, '_', ''), ' ') from ${table} where offer_id = ${offerId}), '')`;
  return `(select 'net' || o.network_id || ' category' || replace(o.category, '_', '')
      || ' orgkind' || replace(org.kind, '_', '')
      || ${tokens("offer_topics", "topic", "topic")} || ${tokens("offer_targets", "target", "target")}
      || ${tokens("offer_languages", "language", "language")}
    from offers o join organisations org on org.id = o.organisation_id where o.id = ${offerId})`;
}

const organisationOf = (ref: string) => `coalesce((select name from organisations where id = ${ref}.organisation_id), '')`;
const translationsOf = (id: string) =>
  `coalesce((select group_concat(title || ' ' || summary, ' ') from offer_translations where offer_id = ${id}), '')`;

const oldTriggers = ["offers_fts_ai", "offers_fts_au", "offers_fts_ad", "offers_fts_tr_insert", "offers_fts_tr_update", "offers_fts_tr_delete", "offers_fts_org_au"];
const facetTables = ["offer_topics", "offer_targets", "offer_languages"] as const;
const facetTriggers = facetTables.flatMap((table) => [`offers_fts_${table}_insert`, `offers_fts_${table}_delete`]);

export async function up(db: Kysely<any>): Promise<void> {
  for (const trigger of oldTriggers) await sql.raw(`drop trigger ${trigger}`).execute(db);
  await sql`drop table offers_fts`.execute(db);
  await sql.raw(`create virtual table offers_fts using fts5(${textColumns}, facets, tokenize = 'unicode61 remove_diacritics 2')`).execute(db);

  const insertRow = `insert into offers_fts (rowid, ${textColumns}, facets)
      values (new.id, new.title, new.summary, new.body, ${organisationOf("new")}, ${translationsOf("new.id")}, ${facetsOf("new.id")});`;
  const refreshFacets = (offerId: string) => `update offers_fts set facets = ${facetsOf(offerId)} where rowid = ${offerId};`;
  const triggers: [string, string][] = [
    ["offers_fts_ai", `after insert on offers begin ${insertRow} end`],
    ["offers_fts_au", `after update on offers begin delete from offers_fts where rowid = old.id; ${insertRow} end`],
    ["offers_fts_ad", `after delete on offers begin delete from offers_fts where rowid = old.id; end`],
    ...(["insert", "update", "delete"] as const).map((event): [string, string] => {
      const ref = event === "delete" ? "old" : "new";
      return [`offers_fts_tr_${event}`, `after ${event} on offer_translations begin
        update offers_fts set translations = ${translationsOf(`${ref}.offer_id`)} where rowid = ${ref}.offer_id; end`];
    }),
    ...facetTables.flatMap((table) =>
      (["insert", "delete"] as const).map((event): [string, string] => {
        const ref = event === "delete" ? "old" : "new";
        return [`offers_fts_${table}_${event}`, `after ${event} on ${table} begin ${refreshFacets(`${ref}.offer_id`)} end`];
      }),
    ),
    ["offers_fts_org_au", `after update of name, kind on organisations begin
      update offers_fts set organisation = new.name, facets = ${facetsOf("offers_fts.rowid")}
      where rowid in (select id from offers where organisation_id = new.id); end`],
  ];
  for (const [name, body] of triggers) await sql.raw(`create trigger ${name} ${body}`).execute(db);

  await sql.raw(`insert into offers_fts (rowid, ${textColumns}, facets)
      select id, title, summary, body, ${organisationOf("offers")}, ${translationsOf("offers.id")}, ${facetsOf("offers.id")} from offers`).execute(db);

  // The search's filters read from this index instead of the offer rows (covering): an offer
  // row carries its body text, so thousands of row lookups per search read the whole table.
  await db.schema
    .createIndex("offers_search_idx")
    .on("offers")
    .columns(["id", "network_id", "status", "valid_to", "category", "published_at", "valid_from", "organisation_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("offers_search_idx").execute();
  for (const trigger of [...oldTriggers, ...facetTriggers]) await sql.raw(`drop trigger ${trigger}`).execute(db);
  await sql`drop table offers_fts`.execute(db);
  await sql.raw(`create virtual table offers_fts using fts5(${textColumns}, tokenize = 'unicode61 remove_diacritics 2')`).execute(db);
  const insertRow = `insert into offers_fts (rowid, ${textColumns})
      values (new.id, new.title, new.summary, new.body, ${organisationOf("new")}, ${translationsOf("new.id")});`;
  await sql.raw(`create trigger offers_fts_ai after insert on offers begin ${insertRow} end`).execute(db);
  await sql.raw(`create trigger offers_fts_au after update on offers begin delete from offers_fts where rowid = old.id; ${insertRow} end`).execute(db);
  await sql.raw(`create trigger offers_fts_ad after delete on offers begin delete from offers_fts where rowid = old.id; end`).execute(db);
  for (const [event, ref] of [["insert", "new"], ["update", "new"], ["delete", "old"]] as const) {
    await sql.raw(`create trigger offers_fts_tr_${event} after ${event} on offer_translations begin
        update offers_fts set translations = ${translationsOf(`${ref}.offer_id`)} where rowid = ${ref}.offer_id; end`).execute(db);
  }
  await sql.raw(`create trigger offers_fts_org_au after update of name on organisations begin
      update offers_fts set organisation = new.name where rowid in (select id from offers where organisation_id = new.id); end`).execute(db);
  await sql.raw(`insert into offers_fts (rowid, ${textColumns})
      select id, title, summary, body, ${organisationOf("offers")}, ${translationsOf("offers.id")} from offers`).execute(db);
}
