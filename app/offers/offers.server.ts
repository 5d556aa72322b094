import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import { recordAudit } from "~/audit/audit.server";
import { canEditOffer, canReadOffer, isNetworkAdmin, type Viewer } from "~/auth/permissions";
import { db } from "~/db.server";
import { byGermanName, inGermanOrder } from "~/i18n/german-order";
import { summedCount } from "~/kept-counts.server";
import { inIdOrder } from "~/kept-order.server";
import { meetingTakesProposals } from "~/meetings/agenda.server";
import { acceptsProposals } from "~/meetings/state-machines";
import { organisationChoices } from "~/organisations/organisations.server";
import { pageWithin } from "~/paging";
import type { Database, OfferStatus } from "../../db/schema";
import { isExpired, todayIn } from "./dates";
import { hasNarrowingFilters, PAGE_SIZE, type OfferFilters } from "./filters";
import type { OfferInput } from "./schemas";
import { eventDatesOf, translationsOf } from "./schemas";
import { buildOfferMatch } from "./search";

// Reading and writing offers. Every function takes the network id and puts it in the WHERE.

type OfferEb = ExpressionBuilder<Database, "offers" | "organisations">;
/** The offer index (FTS5, not in db/schema.ts: its shadow tables are SQLite's own). */
type SearchDatabase = Database & { offers_fts: { rowid: number } };

// ── One offer ────────────────────────────────────────────────────────────────

/** An offer of this network with everything its page shows, or undefined. Seven queries. */
export async function findOffer(networkId: number, offerId: number) {
  const offer = await db
    .selectFrom("offers")
    .innerJoin("organisations", "organisations.id", "offers.organisation_id")
    .select([
      "offers.id", "offers.organisation_id", "offers.title", "offers.summary", "offers.body", "offers.category", "offers.place",
      "offers.online", "offers.valid_from", "offers.valid_to", "offers.contact", "offers.status", "offers.version",
      "offers.created_at", "offers.updated_at", "offers.published_at",
      "organisations.name as organisation_name", "organisations.kind as organisation_kind",
      "organisations.contact_email as organisation_email", "organisations.contact_phone as organisation_phone",
      "organisations.website as organisation_website",
    ])
    .where("offers.network_id", "=", networkId)
    .where("offers.id", "=", offerId)
    .executeTakeFirst();
  if (!offer) return undefined;
  const [topics, targets, languages, groups, translations, eventDates] = await Promise.all([
    db.selectFrom("offer_topics").select("topic").where("offer_id", "=", offerId).execute(),
    db.selectFrom("offer_targets").select("target").where("offer_id", "=", offerId).execute(),
    db.selectFrom("offer_languages").select("language").where("offer_id", "=", offerId).execute(),
    db
      .selectFrom("offer_groups")
      .innerJoin("groups", "groups.id", "offer_groups.group_id")
      .select(["groups.id", "groups.slug", "groups.name"])
      .where("offer_groups.offer_id", "=", offerId)
      .where("groups.network_id", "=", networkId)
      .execute()
      .then(inGermanOrder),
    db.selectFrom("offer_translations").select(["language", "title", "summary"]).where("offer_id", "=", offerId).orderBy("language").execute(),
    db
      .selectFrom("offer_event_dates")
      .select(["starts_at", "ends_at"])
      .where("offer_id", "=", offerId)
      .where("network_id", "=", networkId)
      .orderBy("starts_at")
      .execute(),
  ]);
  return {
    ...offer,
    topics: topics.map((t) => t.topic),
    targets: targets.map((t) => t.target),
    languages: languages.map((l) => l.language),
    groups,
    translations,
    eventDates,
  };
}

export type OfferDetails = NonNullable<Awaited<ReturnType<typeof findOffer>>>;

/** The offer if this reader may see it; otherwise undefined (→ 404, existence does not leak). */
export async function findReadableOffer(networkId: number, offerId: number, viewer: Viewer | null) {
  const offer = await findOffer(networkId, offerId);
  return offer && canReadOffer(viewer, offer) ? offer : undefined;
}

const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/g;

/** For anonymous readers: people's e-mail addresses removed from the free contact text. */
export function publicContactText(contact: string | null): string | null {
  if (!contact) return null;
  const cleaned = contact.replace(EMAIL, "").replace(/\s{2,}/g, " ").replace(/[\s,;:–-]+$/, "").trim();
  return cleaned || null;
}

// ── The board ────────────────────────────────────────────────────────────────

function exists(table: "offer_topics" | "offer_targets" | "offer_languages", column: "topic" | "target" | "language", value: string) {
  return (eb: OfferEb) =>
    eb.exists(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (eb.selectFrom(table as any) as any).select(sql`1`.as("one")).whereRef(`${table}.offer_id`, "=", "offers.id").where(`${table}.${column}`, "=", value),
    );
}

export interface BoardInput {
  networkId: number;
  filters: OfferFilters;
  /** null: anonymous reader of a public board */
  viewer: Viewer | null;
  now?: Date;
}

/** ORDER BY of the board's lists: newest first, or ending soonest with open-ended offers last. */
function boardOrder(sort: OfferFilters["sort"]) {
  return sort === "ending" ? [sql`offers.valid_to is null`, sql`offers.valid_to`, sql`offers.id desc`] : [sql`offers.published_at desc`, sql`offers.id desc`];
}

/** A search ranks at most this many matches in its first pass (50 pages of the board). */
const RANKED_IDS = 1000;

const boardColumns = [
  "offers.id", "offers.organisation_id", "offers.title", "offers.summary", "offers.category", "offers.place", "offers.online",
  "offers.valid_from", "offers.valid_to", "offers.status", "offers.published_at", "organisations.name as organisation_name",
] as const;

/**
 * The board's total when no filter narrows it, from the offers per status and end date that
 * triggers keep (offer_board_counts; '' is no end date): current offers are published and
 * open-ended or end today or later; the archive holds the expired ones and, for members, the
 * archived ones. The same conditions as listBoard's, each a range of the table's key (an OR
 * would walk all of a status's end dates).
 */
async function countedOffers(networkId: number, view: OfferFilters["view"], withArchived: boolean, today: string) {
  type Range = (eb: ExpressionBuilder<Database & { c: Database["offer_board_counts"] }, "c">) => Expression<SqlBool>;
  const sumOf = (range: Range) => summedCount(db.selectFrom("offer_board_counts as c").where("c.network_id", "=", networkId).where(range));
  if (view === "current") {
    return (await sumOf((eb) => eb.and([eb("c.status", "=", "published"), eb("c.valid_to", "=", "")]))) +
      (await sumOf((eb) => eb.and([eb("c.status", "=", "published"), eb("c.valid_to", ">=", today)])));
  }
  const expired = await sumOf((eb) => eb.and([eb("c.status", "=", "published"), eb("c.valid_to", ">", ""), eb("c.valid_to", "<", today)]));
  return withArchived ? expired + (await sumOf((eb) => eb("c.status", "=", "archived"))) : expired;
}

/**
 * One page of the board: count + page + translations + topics + event dates; with a search
 * text the page is read in two steps (the page's ids from the indexes, then their rows).
 */
export async function listBoard({ networkId, filters, viewer, now = new Date() }: BoardInput) {
  const today = todayIn(now);
  const match = buildOfferMatch(filters.q, {
    net: networkId,
    category: filters.category,
    orgkind: filters.orgKind,
    topic: filters.topic,
    target: filters.target,
    language: filters.language,
  });

  // The count reads only offers (and the full-text index): joining the organisations there
  // would make SQLite leave the covering board index and visit every matching row.
  let base = db.selectFrom("offers").where("offers.network_id", "=", networkId);
  if (match) {
    // The index's matches drive the query (CROSS JOIN fixes SQLite's join order). Its facets
    // already narrowed them to the filters, which are checked again on the few that remain,
    // from the covering search index instead of the wide offer rows.
    base = (db as unknown as Kysely<SearchDatabase>)
      .selectFrom("offers_fts")
      .crossJoin("offers")
      .whereRef("offers_fts.rowid", "=", "offers.id")
      .where(sql<SqlBool>`offers_fts match ${match}`)
      .where("offers.network_id", "=", networkId) as unknown as typeof base;
  }
  // validity "open"/"dated" splits the current offers into the two disjoint index ranges
  // (no end date / ending today or later) for counting; see boardPage.
  const filtered = (validity: "open" | "dated" | "either") => base.where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filters.view === "current") {
      conditions.push(eb("offers.status", "=", "published"));
      const open = eb("offers.valid_to", "is", null);
      const dated = eb("offers.valid_to", ">=", today);
      conditions.push(validity === "open" ? open : validity === "dated" ? dated : eb.or([open, dated]));
    } else {
      const expired = eb.and([eb("offers.status", "=", "published"), eb("offers.valid_to", "<", today)]);
      conditions.push(viewer ? eb.or([expired, eb("offers.status", "=", "archived")]) : expired);
    }
    if (filters.category) conditions.push(eb("offers.category", "=", filters.category as "other"));
    if (filters.orgKind) {
      const ofKind = eb.selectFrom("organisations").select("organisations.id").where("organisations.network_id", "=", networkId).where("organisations.kind", "=", filters.orgKind);
      conditions.push(eb("offers.organisation_id", "in", ofKind));
    }
    if (filters.from) conditions.push(eb.or([eb("offers.valid_to", "is", null), eb("offers.valid_to", ">=", filters.from)]));
    if (filters.to) conditions.push(eb.or([eb("offers.valid_from", "is", null), eb("offers.valid_from", "<=", filters.to)]));
    if (filters.topic) conditions.push(exists("offer_topics", "topic", filters.topic)(eb as unknown as OfferEb));
    if (filters.target) conditions.push(exists("offer_targets", "target", filters.target)(eb as unknown as OfferEb));
    if (filters.language) conditions.push(exists("offer_languages", "language", filters.language)(eb as unknown as OfferEb));
    return eb.and(conditions);
  });
  const query = filtered("either");

  const countOf = async (q: typeof query) => Number((await q.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow()).total);

  /**
   * Without a search text: the count (kept by triggers when nothing narrows the board, else
   * from the board index), then 20 rows along the publication (or end date) index.
   */
  async function boardPage() {
    // Current offers are counted in two ranges of the board index and added: with the OR
    // SQLite collected the rowids of both ranges (15,000 in a large city) to remove
    // duplicates that cannot exist.
    const total = !hasNarrowingFilters(filters)
      ? await countedOffers(networkId, filters.view, viewer !== null, today)
      : filters.view === "current"
        ? (await countOf(filtered("open"))) + (await countOf(filtered("dated")))
        : await countOf(query);
    const { page, pageCount, offset } = pageWithin(filters.page, total, PAGE_SIZE);
    let ordered = query.innerJoin("organisations", "organisations.id", "offers.organisation_id").select(boardColumns);
    for (const order of boardOrder(filters.sort)) ordered = ordered.orderBy(order);
    return { total, page, pageCount, rows: await ordered.limit(PAGE_SIZE).offset(offset).execute() };
  }

  /**
   * With one: the ids of the matches that pass the filters in rank order (bm25 only for
   * those), up to RANKED_IDS in one pass that also counts them when there are fewer; then
   * the page's rows. Only a search with more matches asks for its count and far pages apart.
   */
  async function searchPage() {
    let ranked = query.select(["offers.id", sql<number>`bm25(offers_fts, 10.0, 5.0, 1.0, 3.0, 4.0, 0.0)`.as("rank")]);
    if (filters.sort === "relevance") ranked = ranked.orderBy(sql`rank`);
    for (const order of boardOrder(filters.sort)) ranked = ranked.orderBy(order);
    const first = (await ranked.limit(RANKED_IDS).execute()).map((r) => r.id);
    const complete = first.length < RANKED_IDS;
    const total = complete ? first.length : await countOf(query);
    const { page, pageCount, offset: start } = pageWithin(filters.page, total, PAGE_SIZE);
    const ids = complete || start + PAGE_SIZE <= first.length
      ? first.slice(start, start + PAGE_SIZE)
      : (await ranked.limit(PAGE_SIZE).offset(start).execute()).map((r) => r.id);
    if (ids.length === 0) return { total, page, pageCount, rows: [] };
    const found = await db
      .selectFrom("offers")
      .innerJoin("organisations", "organisations.id", "offers.organisation_id")
      .select(boardColumns)
      .where("offers.network_id", "=", networkId)
      .where("offers.id", "in", ids)
      .execute();
    return { total, page, pageCount, rows: inIdOrder(ids, found, (row) => row.id) };
  }

  const { total, page, pageCount, rows } = await (match ? searchPage() : boardPage());
  const ids = rows.map((r) => r.id);

  const [translations, topics, nextEvents] = ids.length
    ? await Promise.all([
        filters.lang
          ? db.selectFrom("offer_translations").select(["offer_id", "title", "summary"]).where("offer_id", "in", ids).where("language", "=", filters.lang).execute()
          : Promise.resolve([]),
        db.selectFrom("offer_topics").select(["offer_id", "topic"]).where("offer_id", "in", ids).execute(),
        // The next (or running) event date per offer on this page.
        db
          .selectFrom("offer_event_dates")
          .select(["offer_id", (eb) => eb.fn.min("starts_at").as("starts_at")])
          .where("offer_id", "in", ids)
          .where("network_id", "=", networkId)
          .where("ends_at", ">", now.toISOString())
          .groupBy("offer_id")
          .execute(),
      ])
    : [[], [], []];

  return {
    total: Number(total),
    page,
    pageCount,
    offers: rows.map((r) => {
      const translation = translations.find((t) => t.offer_id === r.id);
      return {
        ...r,
        expired: isExpired(r.valid_to, today),
        topics: topics.filter((t) => t.offer_id === r.id).map((t) => t.topic),
        next_event: nextEvents.find((e) => e.offer_id === r.id)?.starts_at ?? null,
        translation: translation && filters.lang ? { language: filters.lang, title: translation.title, summary: translation.summary } : null,
      };
    }),
  };
}

export type BoardData = Awaited<ReturnType<typeof listBoard>>;

// ── Writing ──────────────────────────────────────────────────────────────────

/** Organisations the person may post for: their own; admins any of the network. */
export async function postingOrganisations(viewer: Viewer) {
  if (isNetworkAdmin(viewer)) return organisationChoices(viewer.networkId);
  if (viewer.organisationIds.length === 0) return [];
  const own = await db.selectFrom("organisations").select(["id", "name"]).where("network_id", "=", viewer.networkId).where("id", "in", viewer.organisationIds).execute();
  return inGermanOrder(own);
}

export async function networkGroups(networkId: number) {
  return inGermanOrder(await db.selectFrom("groups").select(["id", "name"]).where("network_id", "=", networkId).execute());
}

export type SaveOfferOutcome =
  | { ok: true; id: number }
  | { ok: false; reason: "organisation" | "groups" | "conflict" };

/** Creates (offerId null) or updates an offer with its lists and translations, in one transaction. */
export async function saveOffer(viewer: Viewer, offerId: number | null, input: OfferInput, now = new Date()): Promise<SaveOfferOutcome> {
  if (!canEditOffer(viewer, { organisation_id: input.organisationId })) return { ok: false, reason: "organisation" };
  const organisation = await db
    .selectFrom("organisations")
    .select("id")
    .where("network_id", "=", viewer.networkId)
    .where("id", "=", input.organisationId)
    .executeTakeFirst();
  if (!organisation) return { ok: false, reason: "organisation" };
  if (input.groupIds.length) {
    const found = await db.selectFrom("groups").select("id").where("network_id", "=", viewer.networkId).where("id", "in", input.groupIds).execute();
    if (found.length !== input.groupIds.length) return { ok: false, reason: "groups" };
  }
  const stamp = now.toISOString();
  const status: OfferStatus = input.intent === "publish" ? "published" : "draft";
  const columns = {
    organisation_id: input.organisationId,
    title: input.title,
    summary: input.summary,
    body: input.body,
    category: input.category,
    place: input.place ?? null,
    online: input.online ? 1 : 0,
    valid_from: input.validFrom ?? null,
    valid_to: input.validTo ?? null,
    contact: input.contact ?? null,
    status,
  };
  return db.transaction().execute(async (trx): Promise<SaveOfferOutcome> => {
    let id: number;
    if (offerId === null) {
      id = (
        await trx
          .insertInto("offers")
          .values({ ...columns, network_id: viewer.networkId, created_by: viewer.userId, published_at: status === "published" ? stamp : null })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    } else {
      const updated = await trx
        .updateTable("offers")
        .set((eb) => ({
          ...columns,
          updated_at: stamp,
          version: eb("version", "+", 1),
          published_at: status === "published" ? eb.fn.coalesce("published_at", eb.val(stamp)) : eb.ref("published_at"),
        }))
        .where("network_id", "=", viewer.networkId)
        .where("id", "=", offerId)
        .where("version", "=", input.version ?? -1)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return { ok: false, reason: "conflict" };
      id = offerId;
      for (const table of ["offer_topics", "offer_targets", "offer_languages", "offer_groups", "offer_translations", "offer_event_dates"] as const) {
        await trx.deleteFrom(table).where("offer_id", "=", id).execute();
      }
    }
    if (input.topics.length) await trx.insertInto("offer_topics").values(input.topics.map((topic) => ({ offer_id: id, topic }))).execute();
    if (input.targets.length) await trx.insertInto("offer_targets").values(input.targets.map((target) => ({ offer_id: id, target }))).execute();
    if (input.languages.length) await trx.insertInto("offer_languages").values(input.languages.map((language) => ({ offer_id: id, language }))).execute();
    if (input.groupIds.length) await trx.insertInto("offer_groups").values(input.groupIds.map((group_id) => ({ offer_id: id, group_id }))).execute();
    const eventDates = eventDatesOf(input);
    if (eventDates.length) {
      await trx
        .insertInto("offer_event_dates")
        .values(eventDates.map((e) => ({ offer_id: id, network_id: viewer.networkId, starts_at: e.startsAt, ends_at: e.endsAt })))
        .execute();
    }
    const translations = translationsOf(input);
    if (translations.length) {
      await trx.insertInto("offer_translations").values(translations.map((t) => ({ offer_id: id, ...t }))).execute();
    }
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: offerId === null ? "offer.created" : "offer.updated",
        subject: { type: "offer", id },
        details: { title: input.title, status },
      },
      trx,
    );
    return { ok: true, id };
  });
}

/** Publish, archive or withdraw to draft; refuses when someone else changed the offer meanwhile. */
export async function changeOfferStatus(viewer: Viewer, offerId: number, to: OfferStatus, version: number, now = new Date()) {
  return db.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    const updated = await trx
      .updateTable("offers")
      .set((eb) => ({
        status: to,
        updated_at: stamp,
        version: eb("version", "+", 1),
        published_at: to === "published" ? eb.fn.coalesce("published_at", eb.val(stamp)) : eb.ref("published_at"),
      }))
      .where("network_id", "=", viewer.networkId)
      .where("id", "=", offerId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action: to === "archived" ? "offer.archived" : to === "published" ? "offer.published" : "offer.updated", subject: { type: "offer", id: offerId }, details: { status: to } },
      trx,
    );
    return true;
  });
}

// ── Groups ───────────────────────────────────────────────────────────────────

/**
 * "New offers since the last meeting" on a group page: published, current offers naming the
 * group, published after the start of the group's last past meeting (all, if it never met).
 */
export async function groupNewOffers(input: { networkId: number; groupId: number; now?: Date; limit?: number }) {
  const now = input.now ?? new Date();
  const last = await db
    .selectFrom("meeting_hosts")
    .innerJoin("meetings", "meetings.id", "meeting_hosts.meeting_id")
    .select("meeting_hosts.starts_at")
    .where("meeting_hosts.network_id", "=", input.networkId)
    .where("meeting_hosts.group_id", "=", input.groupId)
    .where("meeting_hosts.starts_at", "<", now.toISOString())
    .where("meetings.status", "!=", "cancelled")
    .orderBy("meeting_hosts.starts_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const today = todayIn(now);
  // The newest offers drive (CROSS JOIN fixes the order): the publication index yields them
  // newest first and each is checked against the group; from the group's side SQLite would
  // read and sort all of its offers, a thousand in a large city.
  let query = db
    .selectFrom("offers")
    .crossJoin("offer_groups")
    .whereRef("offer_groups.offer_id", "=", "offers.id")
    .innerJoin("organisations", "organisations.id", "offers.organisation_id")
    .select(["offers.id", "offers.title", "offers.summary", "offers.published_at", "organisations.name as organisation_name"])
    .where("offer_groups.group_id", "=", input.groupId)
    .where("offers.network_id", "=", input.networkId)
    .where("offers.status", "=", "published")
    .where((eb) => eb.or([eb("offers.valid_to", "is", null), eb("offers.valid_to", ">=", today)]));
  if (last) query = query.where("offers.published_at", ">", last.starts_at);
  const offers = await query.orderBy("offers.published_at", "desc").limit(input.limit ?? 10).execute();
  return { since: last?.starts_at ?? null, offers };
}

// ── Presenting at a meeting ──────────────────────────────────────────────────

/**
 * Where the offer's organisation can present it: for each group the organisation belongs to,
 * the next meeting that still takes agenda proposals. Two queries.
 */
export async function presentationTargets(networkId: number, organisationId: number, now = new Date()) {
  const groups = await db
    .selectFrom("group_memberships")
    .innerJoin("groups", "groups.id", "group_memberships.group_id")
    .select(["groups.id", "groups.name"])
    .distinct()
    .where("group_memberships.network_id", "=", networkId)
    .where("group_memberships.organisation_id", "=", organisationId)
    .execute();
  if (groups.length === 0) return [];
  const meetings = await db
    .selectFrom("meeting_hosts")
    .innerJoin("meetings", "meetings.id", "meeting_hosts.meeting_id")
    .select(["meeting_hosts.group_id", "meetings.id", "meetings.title", "meetings.starts_at", "meetings.status", "meetings.proposal_deadline"])
    .where("meeting_hosts.network_id", "=", networkId)
    .where("meeting_hosts.group_id", "in", groups.map((g) => g.id))
    .where("meeting_hosts.starts_at", ">", now.toISOString())
    .where("meetings.status", "in", ["planned", "invited"])
    .orderBy("meeting_hosts.starts_at")
    .execute();
  return groups
    .flatMap((group) => {
      const meeting = meetings.find((m) => m.group_id === group.id && acceptsProposals(m, now));
      return meeting ? [{ groupId: group.id, groupName: group.name, meetingId: meeting.id, meetingTitle: meeting.title, startsAt: meeting.starts_at }] : [];
    })
    .sort((a, b) => byGermanName.compare(a.groupName, b.groupName));
}

export type PresentOutcome = { ok: true; meetingId: number } | { ok: false; reason: "closed" | "duplicate" };

/** Proposes the offer as an agenda item (kind offer_presentation) for the group's next open meeting. */
export async function presentOffer(viewer: Viewer, offer: Pick<OfferDetails, "id" | "title" | "summary" | "organisation_id">, groupId: number, now = new Date()): Promise<PresentOutcome> {
  const target = (await presentationTargets(viewer.networkId, offer.organisation_id, now)).find((t) => t.groupId === groupId);
  if (!target) return { ok: false, reason: "closed" };
  return db.transaction().execute(async (trx): Promise<PresentOutcome> => {
    if (!(await meetingTakesProposals(trx, viewer.networkId, target.meetingId, now))) return { ok: false, reason: "closed" };
    const already = await trx
      .selectFrom("agenda_items")
      .select("id")
      .where("network_id", "=", viewer.networkId)
      .where("meeting_id", "=", target.meetingId)
      .where("offer_id", "=", offer.id)
      .where("status", "in", ["proposed", "accepted"])
      .executeTakeFirst();
    if (already) return { ok: false, reason: "duplicate" };
    const { id } = await trx
      .insertInto("agenda_items")
      .values({
        network_id: viewer.networkId,
        meeting_id: target.meetingId,
        title: `Angebot vorstellen: ${offer.title}`.slice(0, 200),
        description: offer.summary,
        kind: "offer_presentation",
        planned_minutes: 10,
        status: "proposed",
        presenter_organisation_id: offer.organisation_id,
        proposed_by_user_id: viewer.userId,
        proposed_by_organisation_id: offer.organisation_id,
        offer_id: offer.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("agenda_item_events")
      .values({ network_id: viewer.networkId, agenda_item_id: id, actor_user_id: viewer.userId, from_status: null, to_status: "proposed" })
      .execute();
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action: "offer.presented", subject: { type: "offer", id: offer.id }, details: { meetingId: target.meetingId, agendaItemId: id } },
      trx,
    );
    return { ok: true, meetingId: target.meetingId };
  });
}

// ── Public board and feeds ───────────────────────────────────────────────────

export async function setPublicOffers(viewer: Viewer, on: boolean) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("networks").set({ public_offers: on ? 1 : 0 }).where("id", "=", viewer.networkId).execute();
    await recordAudit({ networkId: viewer.networkId, actorUserId: viewer.userId, action: "network.public_offers_changed", details: { on } }, trx);
  });
}

/** The newest published, current offers for the feeds (one query). */
export async function feedOffers(networkId: number, now = new Date(), limit = 50) {
  const today = todayIn(now);
  return db
    .selectFrom("offers")
    .innerJoin("organisations", "organisations.id", "offers.organisation_id")
    .select([
      "offers.id", "offers.title", "offers.summary", "offers.body", "offers.category", "offers.valid_from", "offers.valid_to",
      "offers.published_at", "offers.updated_at", "organisations.name as organisation_name",
    ])
    .where("offers.network_id", "=", networkId)
    .where("offers.status", "=", "published")
    .where((eb) => eb.or([eb("offers.valid_to", "is", null), eb("offers.valid_to", ">=", today)]))
    .orderBy("offers.published_at", "desc")
    .orderBy("offers.id", "desc")
    .limit(limit)
    .execute();
}
