import { XMLParser, XMLValidator } from "fast-xml-parser";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { formatDateTime } from "~/i18n/format";
import { todayIn } from "~/offers/dates";
import { loader as layoutLoader } from "~/routes/n.$network";
import { action as settingsAction, loader as settingsLoader } from "~/routes/n.$network.admin.settings";
import { action as offerAction, loader as offerLoader } from "~/routes/n.$network.offers.$offerId";
import { action as editAction, loader as editLoader } from "~/routes/n.$network.offers.$offerId_.edit";
import { loader as boardLoader } from "~/routes/n.$network.offers._index";
import { loader as atomLoader } from "~/routes/n.$network.offers.feed[.]atom";
import { loader as jsonLoader } from "~/routes/n.$network.offers.feed[.]json";
import { action as newAction } from "~/routes/n.$network.offers.new";
import { args, getRequest, postRequest, run } from "../requests";

// The offer board against a copy of the seeded demo database.

const MSO = "mso@halle.example"; // Deutsch-Syrischer Kulturverein (dsk-halle)
const BERATUNG = "beratung@halle.example"; // Beratungszentrum Migration Halle-Neustadt
const ADMIN = "admin@halle.example";
const VOGTLAND_ADMIN = "admin@vogtland.example";

let halle: number;
let dsk: number;
let bzm: number;
let bzmPublished: number;
let bzmDraft: number;
let vogtlandOrg: number;

async function orgByName(name: string) {
  return (await db.selectFrom("organisations").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
}
async function offerByTitle(title: string) {
  return (await db.selectFrom("offers").select("id").where("title", "=", title).executeTakeFirstOrThrow()).id;
}
async function ftsIds(match: string): Promise<number[]> {
  const { rows } = await sql<{ rowid: number }>`select rowid from offers_fts where offers_fts match ${match}`.execute(db);
  return rows.map((r) => r.rowid);
}

function offerForm(organisationId: number, overrides: Record<string, string | string[]> = {}) {
  return {
    organisationId: String(organisationId),
    title: "Beratung für Familien",
    summary: "Kurzbeschreibung",
    body: "Text mit [Link](https://example.org)",
    category: "counselling",
    topics: ["familie"],
    targets: ["families"],
    languages: ["de", "ar"],
    validFrom: "",
    validTo: "",
    intent: "publish",
    ...overrides,
  };
}

beforeAll(async () => {
  halle = (await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow()).id;
  dsk = await orgByName("Deutsch-Syrischer Kulturverein Halle e.V.");
  bzm = await orgByName("Beratungszentrum Migration Halle-Neustadt e.V.");
  bzmPublished = await offerByTitle("Migrationsberatung in Halle-Neustadt");
  bzmDraft = await offerByTitle("Sozialberatung zum Bürgergeld");
  vogtlandOrg = (
    await db.selectFrom("organisations").innerJoin("networks", "networks.id", "organisations.network_id").select("organisations.id").where("networks.slug", "=", "vogtland").executeTakeFirstOrThrow()
  ).id;
});

describe("demo offers", () => {
  it("has at least 60 offers in Halle, with drafts, expired ones and translations", async () => {
    const offers = await db.selectFrom("offers").select(["status", "valid_to"]).where("network_id", "=", halle).execute();
    expect(offers.length).toBeGreaterThanOrEqual(60);
    expect(offers.some((o) => o.status === "draft")).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect(offers.some((o) => o.valid_to !== null && o.valid_to < today)).toBe(true);
    const languages = await db.selectFrom("offer_translations").select("language").distinct().execute();
    expect(languages.map((l) => l.language)).toEqual(expect.arrayContaining(["uk", "ar", "fa"]));
    const jobFairDates = await db
      .selectFrom("offer_event_dates")
      .innerJoin("offers", "offers.id", "offer_event_dates.offer_id")
      .select("offers.title")
      .where("offer_event_dates.network_id", "=", halle)
      .where((eb) => eb.or([eb("offers.title", "like", "Bewerbertag%"), eb("offers.title", "like", "Stellenbörse%")]))
      .execute();
    expect(jobFairDates.length).toBeGreaterThanOrEqual(4);
  });
});

describe("posting and editing rights", () => {
  it("a member posts an offer for their own organisation", async () => {
    const result = await run(async () => newAction(args(await postRequest("/n/halle/offers/new", offerForm(dsk, { title: "Eigenes Angebot MSO" }), { as: MSO }), { network: "halle" })));
    expect(result.status).toBe(302);
    const id = await offerByTitle("Eigenes Angebot MSO");
    expect(result.location).toBe(`/n/halle/offers/${id}?saved=1`);
    const stored = await db.selectFrom("offers").select(["organisation_id", "status", "published_at"]).where("id", "=", id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ organisation_id: dsk, status: "published" });
    expect(stored.published_at).not.toBeNull();
  });

  it("posting for another organisation answers 403 and stores nothing", async () => {
    const before = await db.selectFrom("offers").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const result = await run(async () => newAction(args(await postRequest("/n/halle/offers/new", offerForm(bzm, { title: "Fremdes Angebot" }), { as: MSO }), { network: "halle" })));
    expect(result.status).toBe(403);
    const foreignNetwork = await run(async () => newAction(args(await postRequest("/n/halle/offers/new", offerForm(vogtlandOrg), { as: ADMIN }), { network: "halle" })));
    expect(foreignNetwork.status).toBe(403);
    const after = await db.selectFrom("offers").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("editing another organisation's offer answers 403; admins may", async () => {
    const params = { network: "halle", offerId: String(bzmPublished) };
    expect((await run(async () => editLoader(args(await getRequest(`/n/halle/offers/${bzmPublished}/edit`, { as: MSO }), params)))).status).toBe(403);
    const post = await run(async () => editAction(args(await postRequest(`/n/halle/offers/${bzmPublished}/edit`, offerForm(bzm, { version: "1" }), { as: MSO }), params)));
    expect(post.status).toBe(403);
    const status = await run(async () => offerAction(args(await postRequest(`/n/halle/offers/${bzmPublished}`, { intent: "archive", version: "1" }, { as: MSO }), params)));
    expect(status.status).toBe(403);
    expect((await run(async () => editLoader(args(await getRequest(`/n/halle/offers/${bzmPublished}/edit`, { as: BERATUNG }), params)))).status).toBe(200);
    expect((await run(async () => editLoader(args(await getRequest(`/n/halle/offers/${bzmPublished}/edit`, { as: ADMIN }), params)))).status).toBe(200);
    // another network's admin: 404, the offer does not exist for them
    expect((await run(async () => editLoader(args(await getRequest(`/n/halle/offers/${bzmPublished}/edit`, { as: VOGTLAND_ADMIN }), params)))).status).toBe(404);
  });

  it("a stale version is a conflict, not an overwrite", async () => {
    const params = { network: "halle", offerId: String(bzmPublished) };
    const { version } = await db.selectFrom("offers").select("version").where("id", "=", bzmPublished).executeTakeFirstOrThrow();
    const saved = await run(async () => editAction(args(await postRequest(`/n/halle/offers/${bzmPublished}/edit`, offerForm(bzm, { title: "Migrationsberatung in Halle-Neustadt", version: String(version) }), { as: BERATUNG }), params)));
    expect(saved.status).toBe(302);
    const stale = await run(async () => editAction(args(await postRequest(`/n/halle/offers/${bzmPublished}/edit`, offerForm(bzm, { title: "Überschrieben?", version: String(version) }), { as: BERATUNG }), params)));
    expect(stale.status).toBe(422);
    expect((await db.selectFrom("offers").select("title").where("id", "=", bzmPublished).executeTakeFirstOrThrow()).title).toBe("Migrationsberatung in Halle-Neustadt");
  });

  it("rejects bad input with 422 and never a 500", async () => {
    const result = await run(async () =>
      newAction(args(await postRequest("/n/halle/offers/new", offerForm(dsk, { title: "", category: "spaceship", validFrom: "2027-02-30", topics: ["<script>"], groupIds: ["abc"] }), { as: MSO }), { network: "halle" })),
    );
    expect(result.status).toBe(422);
  });
});

describe("drafts", () => {
  it("are visible to their organisation and admins only", async () => {
    const params = { network: "halle", offerId: String(bzmDraft) };
    expect((await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${bzmDraft}`, { as: MSO }), params)))).status).toBe(404);
    expect((await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${bzmDraft}`, { as: BERATUNG }), params)))).status).toBe(200);
    expect((await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${bzmDraft}`, { as: ADMIN }), params)))).status).toBe(200);
  });

  it("never appear on the board", async () => {
    const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?q=Bürgergeld", { as: BERATUNG }), { network: "halle" })));
    expect(board.status).toBe(200);
    expect(board.data.board.offers.map((o: { id: number }) => o.id)).not.toContain(bzmDraft);
  });
});

describe("the board", () => {
  it("lists published current offers, 20 per page, and expired ones only in the archive", async () => {
    const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers", { as: MSO }), { network: "halle" })));
    expect(board.status).toBe(200);
    expect(board.data.board.offers).toHaveLength(20);
    expect(board.data.board.pageCount).toBeGreaterThan(1);
    const today = new Date().toISOString().slice(0, 10);
    for (const o of board.data.board.offers) {
      expect(o.status).toBe("published");
      expect(o.expired).toBe(false);
    }
    const archive = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?view=archive", { as: MSO }), { network: "halle" })));
    expect(archive.data.board.total).toBeGreaterThan(0);
    for (const o of archive.data.board.offers) expect(o.status === "archived" || (o.valid_to && o.valid_to < today)).toBeTruthy();
  });

  it("totals without filters are the kept counts per status and end date, after every kind of change", async () => {
    const halle = (await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow()).id;
    const today = todayIn(new Date());
    const totals = async () => {
      const board = async (query: string) => (await run(async () => boardLoader(args(await getRequest(`/n/halle/offers${query}`, { as: MSO }), { network: "halle" })))).data.board.total;
      return { current: await board(""), archive: await board("?view=archive") };
    };
    const counted = async () => {
      const count = async (where: string) => Number((await sql<{ n: number }>`select count(*) n from offers where network_id = ${halle} and ${sql.raw(where)}`.execute(db)).rows[0].n);
      return {
        current: await count(`status = 'published' and (valid_to is null or valid_to >= '${today}')`),
        archive: await count(`(status = 'published' and valid_to < '${today}') or status = 'archived'`),
      };
    };
    const kept = async () =>
      (await db.selectFrom("offer_board_counts").selectAll().where("count", "!=", 0).execute()).map((r) => `${r.network_id}/${r.status}/${r.valid_to}: ${r.count}`).sort();
    const actual = async () =>
      (await sql<{ key: string }>`select network_id || '/' || status || '/' || coalesce(valid_to, '') || ': ' || count(*) key from offers group by network_id, status, coalesce(valid_to, '')`.execute(db)).rows.map((r) => r.key).sort();
    expect(await totals()).toEqual(await counted());
    expect(await kept()).toEqual(await actual());

    // Writes past the app: an offer ends yesterday, loses its end date, is archived; a new one, a deletion.
    const some = (await db.selectFrom("offers").select("id").where("network_id", "=", halle).where("status", "=", "published").where("valid_to", "is", null).executeTakeFirstOrThrow()).id;
    const before = await totals();
    await db.updateTable("offers").set({ valid_to: "2020-01-01" }).where("id", "=", some).execute();
    expect((await totals()).current).toBe(before.current - 1);
    expect(await totals()).toEqual(await counted());
    await db.updateTable("offers").set({ valid_to: null, status: "archived" }).where("id", "=", some).execute();
    expect(await totals()).toEqual(await counted());
    const org = (await db.selectFrom("organisations").select("id").where("network_id", "=", halle).executeTakeFirstOrThrow()).id;
    const extra = await db
      .insertInto("offers")
      .values({ network_id: halle, organisation_id: org, title: "Zählprobe", summary: "s", body: "b", category: "course", status: "published", valid_to: "2099-12-31", published_at: new Date().toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect((await totals()).current).toBe(before.current);
    expect(await kept()).toEqual(await actual());
    await db.deleteFrom("offers").where("id", "=", extra.id).execute();
    await db.updateTable("offers").set({ status: "published" }).where("id", "=", some).execute();
    expect(await totals()).toEqual(before);
    expect(await kept()).toEqual(await actual());
  });

  it("finds Pflegekräfte without umlauts, ranked, and survives FTS syntax in the input", async () => {
    const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?q=pflegekrafte", { as: MSO }), { network: "halle" })));
    expect(board.data.board.offers.map((o: { title: string }) => o.title)).toContain("Anerkennung für Pflegekräfte aus dem Ausland");
    for (const q of ['"', "NEAR(a b)", "*", "pflege OR", "title:kurs", "-", "^x", "a AND (b"]) {
      const result = await run(async () => boardLoader(args(await getRequest(`/n/halle/offers?${new URLSearchParams({ q })}`, { as: MSO }), { network: "halle" })));
      expect(result.status, q).toBe(200);
    }
  });

  it("filters by topic, target, language, category and organisation kind; bad values give a note", async () => {
    const board = await run(async () =>
      boardLoader(args(await getRequest("/n/halle/offers?topic=deutsch&target=women&language=fa&category=course&org_kind=language_course_provider", { as: MSO }), { network: "halle" })),
    );
    expect(board.data.board.offers.map((o: { title: string }) => o.title)).toContain("Frauenintegrationskurs");
    const bad = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?topic=xyz&page=abc&from=morgen", { as: MSO }), { network: "halle" })));
    expect(bad.status).toBe(200);
    expect(bad.data.ignored.sort()).toEqual(["from", "page", "topic"]);
    const none = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?q=zzzzqqqq", { as: MSO }), { network: "halle" })));
    expect(none.data.board.total).toBe(0);
  });

  it("counts and pages a search with more matches than its first ranked pass (1,000)", async () => {
    const published = "2026-01-01T00:00:00.000Z";
    const rows = Array.from({ length: 1010 }, (_, i) => ({
      network_id: halle, organisation_id: dsk, title: `Massenprobe ${i}`, category: "event" as const, status: "published" as const,
      // Newest first within equal rank: the later the number, the newer.
      published_at: new Date(Date.parse(published) + i * 60_000).toISOString(),
    }));
    await db.insertInto("offers").values(rows).execute();
    const search = async (page: number) => {
      const board = await run(async () => boardLoader(args(await getRequest(`/n/halle/offers?q=Massenprobe&sort=newest&page=${page}`, { as: MSO }), { network: "halle" })));
      return board.data.board as { total: number; page: number; pageCount: number; offers: { title: string }[] };
    };
    const first = await search(1);
    expect(first.total).toBe(1010);
    expect(first.offers[0].title).toBe("Massenprobe 1009");
    const within = await search(50);
    expect(within.offers.map((o) => o.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Massenprobe ${1009 - 980 - i}`));
    const beyond = await search(51);
    expect(beyond.pageCount).toBe(51);
    expect(beyond.offers.map((o) => o.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Massenprobe ${9 - i}`));
    expect((await search(99)).page).toBe(51);
    await db.deleteFrom("offers").where("title", "like", "Massenprobe %").execute();
  });

  it("shows translations for ?lang= and falls back to German", async () => {
    const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?lang=ar&q=Frauenintegrationskurs", { as: MSO }), { network: "halle" })));
    const offer = board.data.board.offers.find((o: { title: string }) => o.title === "Frauenintegrationskurs");
    expect(offer.translation).toMatchObject({ language: "ar", title: "دورة اندماج للنساء" });
    const untranslated = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?lang=ar&q=Jugendintegrationskurs", { as: MSO }), { network: "halle" })));
    expect(untranslated.data.board.offers[0].translation).toBeNull();
  });
});

describe("full-text index", () => {
  it("insert, update and delete reach the index, translations and organisation names too", async () => {
    const { id } = await db
      .insertInto("offers")
      .values({ network_id: halle, organisation_id: dsk, title: "Schulung für Gärtnerinnen", summary: "Grünpflege", category: "course" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(await ftsIds('"gartnerinnen"*')).toContain(id);
    expect(await ftsIds('"kulturverein"*')).toContain(id); // organisation name

    await db.insertInto("offer_translations").values({ offer_id: id, language: "uk", title: "Навчання для садівниць", summary: "" }).execute();
    expect(await ftsIds('"садівниць"*')).toContain(id);

    await db.updateTable("offers").set({ title: "Schulung für Imkerinnen" }).where("id", "=", id).execute();
    expect(await ftsIds('"gartnerinnen"*')).not.toContain(id);
    expect(await ftsIds('"imkerinnen"*')).toContain(id);
    expect(await ftsIds('"садівниць"*')).toContain(id);

    await db.deleteFrom("offer_translations").where("offer_id", "=", id).execute();
    expect(await ftsIds('"садівниць"*')).not.toContain(id);

    await db.deleteFrom("offers").where("id", "=", id).execute();
    expect(await ftsIds('"imkerinnen"*')).not.toContain(id);
  });

  it("keeps an offer's filter values in its facets: network, category, topics, targets, languages, organisation kind", async () => {
    const { id } = await db
      .insertInto("offers")
      .values({ network_id: halle, organisation_id: dsk, title: "Facettenprobe", category: "job_fair", status: "published" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const facets = async () => {
      const { rows } = await sql<{ facets: string }>`select facets from offers_fts where rowid = ${id}`.execute(db);
      return rows[0].facets.split(" ").sort();
    };
    expect(await facets()).toEqual([`net${halle}`, "categoryjobfair", "orgkindmso"].sort());

    await db.insertInto("offer_topics").values([{ offer_id: id, topic: "arbeit" }, { offer_id: id, topic: "wohnen" }]).execute();
    await db.insertInto("offer_targets").values({ offer_id: id, target: "young_people" }).execute();
    await db.insertInto("offer_languages").values({ offer_id: id, language: "uk" }).execute();
    expect(await facets()).toEqual(expect.arrayContaining(["topicarbeit", "topicwohnen", "targetyoungpeople", "languageuk"]));

    await db.deleteFrom("offer_topics").where("offer_id", "=", id).where("topic", "=", "wohnen").execute();
    await db.updateTable("offers").set({ category: "course", status: "archived" }).where("id", "=", id).execute();
    await db.updateTable("organisations").set({ kind: "other" }).where("id", "=", dsk).execute();
    const changed = await facets();
    await db.updateTable("organisations").set({ kind: "mso" }).where("id", "=", dsk).execute();
    expect(changed).toEqual([`net${halle}`, "categorycourse", "languageuk", "orgkindother", "targetyoungpeople", "topicarbeit"].sort());
    await db.deleteFrom("offers").where("id", "=", id).execute();
  });

  it("a search with filters sees a changed topic at once", async () => {
    const search = async () => {
      const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?q=Facettenprobe&topic=wohnen&category=course", { as: MSO }), { network: "halle" })));
      return board.data.board.offers.map((o: { id: number }) => o.id);
    };
    const { id } = await db
      .insertInto("offers")
      .values({ network_id: halle, organisation_id: dsk, title: "Facettenprobe Kurs", category: "course", status: "published" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(await search()).toEqual([]);
    await db.insertInto("offer_topics").values({ offer_id: id, topic: "wohnen" }).execute();
    expect(await search()).toEqual([id]);
    await db.updateTable("offers").set({ category: "event" }).where("id", "=", id).execute();
    expect(await search()).toEqual([]);
    await db.deleteFrom("offers").where("id", "=", id).execute();
  });
});

describe("presenting an offer at a meeting", () => {
  it("creates an offer_presentation proposal linked to the offer in a group of the organisation", async () => {
    const fgArbeit = (await db.selectFrom("groups").select("id").where("slug", "=", "fg-arbeit").executeTakeFirstOrThrow()).id;
    const startsAt = "2099-03-01T09:00:00.000Z";
    const { id: meetingId } = await db
      .insertInto("meetings")
      .values({ network_id: halle, kind: "regular", title: "Ferne Sitzung", starts_at: startsAt, ends_at: "2099-03-01T11:00:00.000Z", proposal_deadline: "2099-02-15T23:00:00.000Z", status: "planned" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("meeting_hosts").values({ meeting_id: meetingId, group_id: fgArbeit, network_id: halle, starts_at: startsAt }).execute();
    // FG Arbeit's demo meetings may take proposals too; the loader names the next open one.
    const offerId = await offerByTitle("Lotsensprechstunde auf Arabisch");
    const params = { network: "halle", offerId: String(offerId) };
    const page = await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${offerId}`, { as: MSO }), params)));
    const target = page.data.targets.find((t: { groupId: number }) => t.groupId === fgArbeit);
    expect(target).toBeDefined();
    const result = await run(async () => offerAction(args(await postRequest(`/n/halle/offers/${offerId}`, { intent: "present", groupId: String(fgArbeit) }, { as: MSO }), params)));
    expect(result.status).toBe(302);
    const item = await db.selectFrom("agenda_items").selectAll().where("offer_id", "=", offerId).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ kind: "offer_presentation", status: "proposed", meeting_id: target.meetingId, proposed_by_organisation_id: dsk });
    const again = await run(async () => offerAction(args(await postRequest(`/n/halle/offers/${offerId}`, { intent: "present", groupId: String(fgArbeit) }, { as: MSO }), params)));
    expect(again.data).toEqual({ error: "offers.present.duplicate" });
    // not for another organisation's members
    const foreign = await run(async () => offerAction(args(await postRequest(`/n/halle/offers/${offerId}`, { intent: "present", groupId: String(fgArbeit) }, { as: BERATUNG }), params)));
    expect(foreign.status).toBe(403);
  });
});

describe("event dates", () => {
  const eventForm = (organisationId: number, title: string, rows: Record<string, string>) => offerForm(organisationId, { title, ...rows });

  it("are stored in UTC from Berlin local time (winter and summer), shown in order, next one on the board", async () => {
    const result = await run(async () =>
      newAction(
        args(
          await postRequest(
            "/n/halle/offers/new",
            eventForm(dsk, "Kurs mit Terminen", {
              // out of order and with an empty row in between: both are fine
              event_0_date: "2030-07-15", event_0_start: "09:30", event_0_end: "12:00",
              event_1_date: "", event_1_start: "", event_1_end: "",
              event_2_date: "2030-01-14", event_2_start: "10:00", event_2_end: "14:00",
            }),
            { as: MSO },
          ),
          { network: "halle" },
        ),
      ),
    );
    expect(result.status).toBe(302);
    const id = await offerByTitle("Kurs mit Terminen");
    const stored = await db.selectFrom("offer_event_dates").select(["network_id", "starts_at", "ends_at"]).where("offer_id", "=", id).orderBy("starts_at").execute();
    expect(stored).toEqual([
      { network_id: halle, starts_at: "2030-01-14T09:00:00.000Z", ends_at: "2030-01-14T13:00:00.000Z" }, // CET = UTC+1
      { network_id: halle, starts_at: "2030-07-15T07:30:00.000Z", ends_at: "2030-07-15T10:00:00.000Z" }, // CEST = UTC+2
    ]);
    const params = { network: "halle", offerId: String(id) };
    const page = await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${id}`, { as: BERATUNG }), params)));
    expect(page.status).toBe(200);
    expect(page.data.offer.eventDates.map((e: { starts_at: string }) => formatDateTime(e.starts_at, "de"))).toEqual(["14.01.2030, 10:00 Uhr", "15.07.2030, 09:30 Uhr"]);
    const edit = await run(async () => editLoader(args(await getRequest(`/n/halle/offers/${id}/edit`, { as: MSO }), params)));
    expect(edit.data.values.eventDates).toEqual([
      { date: "2030-01-14", start: "10:00", end: "14:00" },
      { date: "2030-07-15", start: "09:30", end: "12:00" },
    ]);
    const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?q=Kurs%20mit%20Terminen", { as: BERATUNG }), { network: "halle" })));
    const card = board.data.board.offers.find((o: { id: number }) => o.id === id);
    expect(card.next_event).toBe("2030-01-14T09:00:00.000Z");
    // saving again without rows removes them
    const { version } = await db.selectFrom("offers").select("version").where("id", "=", id).executeTakeFirstOrThrow();
    const saved = await run(async () => editAction(args(await postRequest(`/n/halle/offers/${id}/edit`, eventForm(dsk, "Kurs mit Terminen", { version: String(version), event_0_date: "2030-02-01", event_0_start: "18:00", event_0_end: "20:00" }), { as: MSO }), params)));
    expect(saved.status).toBe(302);
    expect(await db.selectFrom("offer_event_dates").select("starts_at").where("offer_id", "=", id).execute()).toEqual([{ starts_at: "2030-02-01T17:00:00.000Z" }]);
  });

  it("a bad date or an end before the start answers 422 with field errors; input is kept, nothing stored", async () => {
    const before = await db.selectFrom("offers").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const result = await run(async () =>
      newAction(
        args(
          await postRequest(
            "/n/halle/offers/new",
            eventForm(dsk, "Kaputte Termine", {
              event_0_date: "2030-02-30", event_0_start: "10:00", event_0_end: "12:00",
              event_1_date: "2030-03-12", event_1_start: "14:00", event_1_end: "10:00",
              event_2_date: "2030-03-13", event_2_start: "25:00", event_2_end: "",
            }),
            { as: MSO },
          ),
          { network: "halle" },
        ),
      ),
    );
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toMatchObject({
      event_0_date: "offers.validation.date",
      event_1_end: "offers.validation.endBeforeStart",
      event_2_start: "offers.validation.time",
      event_2_end: "validation.required",
    });
    expect(result.data.repopulateFields).toMatchObject({ title: "Kaputte Termine", event_0_date: "2030-02-30", event_1_end: "10:00" });
    const after = await db.selectFrom("offers").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("event dates of another network are never shown", async () => {
    const vogtland = (await db.selectFrom("networks").select("id").where("slug", "=", "vogtland").executeTakeFirstOrThrow()).id;
    const posted = await run(async () =>
      newAction(args(await postRequest("/n/vogtland/offers/new", eventForm(vogtlandOrg, "Vogtland-Jobmesse", { event_0_date: "2030-05-05", event_0_start: "10:00", event_0_end: "12:00" }), { as: VOGTLAND_ADMIN }), { network: "vogtland" })),
    );
    expect(posted.status).toBe(302);
    const foreign = await offerByTitle("Vogtland-Jobmesse");
    expect((await db.selectFrom("offer_event_dates").select("network_id").where("offer_id", "=", foreign).executeTakeFirstOrThrow()).network_id).toBe(vogtland);
    // the foreign offer (and so its dates) does not exist in Halle
    expect((await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${foreign}`, { as: ADMIN }), { network: "halle", offerId: String(foreign) })))).status).toBe(404);
    // a row carrying another network's id is never shown on a Halle offer, page or board
    await db.insertInto("offer_event_dates").values({ offer_id: bzmPublished, network_id: vogtland, starts_at: "2030-06-01T08:00:00.000Z", ends_at: "2030-06-01T10:00:00.000Z" }).execute();
    const page = await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${bzmPublished}`, { as: ADMIN }), { network: "halle", offerId: String(bzmPublished) })));
    expect(page.status).toBe(200);
    expect(page.data.offer.eventDates).toEqual([]);
    const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?q=Migrationsberatung%20Neustadt", { as: ADMIN }), { network: "halle" })));
    const card = board.data.board.offers.find((o: { id: number }) => o.id === bzmPublished);
    expect(card).toBeDefined();
    expect(card.next_event).toBeNull();
    expect(JSON.stringify(board.data)).not.toContain("2030-05-05");
    expect(JSON.stringify(page.data)).not.toContain("2030-06-01");
  });
});

describe("public board", () => {
  it("off: anonymous visitors are sent to sign in; feeds do not exist", async () => {
    const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers"), { network: "halle" })));
    expect(board.status).toBe(302);
    expect(board.location).toContain("/login");
    const layout = await run(async () => layoutLoader(args(await getRequest("/n/halle/offers"), { network: "halle" })));
    expect(layout.status).toBe(302);
    expect((await run(async () => atomLoader(args(await getRequest("/n/halle/offers/feed.atom"), { network: "halle" })))).status).toBe(404);
  });

  it("only admins switch it", async () => {
    expect((await run(async () => settingsLoader(args(await getRequest("/n/halle/admin/settings", { as: MSO }), { network: "halle" })))).status).toBe(403);
    expect((await run(async () => settingsAction(args(await postRequest("/n/halle/admin/settings", { publicOffers: "1" }, { as: MSO }), { network: "halle" })))).status).toBe(403);
    const on = await run(async () => settingsAction(args(await postRequest("/n/halle/admin/settings", { publicOffers: "1" }, { as: ADMIN }), { network: "halle" })));
    expect(on.status).toBe(302);
  });

  it("on: anonymous visitors read published offers, never drafts, and no personal e-mail addresses", async () => {
    await db.updateTable("offers").set({ contact: "Frau Beispiel, frau.beispiel@bzm.example, Tel. 0345 1234" }).where("id", "=", bzmPublished).execute();
    const layout = await run(async () => layoutLoader(args(await getRequest("/n/halle/offers"), { network: "halle" })));
    expect(layout.status).toBe(200);
    const board = await run(async () => boardLoader(args(await getRequest("/n/halle/offers?q=Bürgergeld"), { network: "halle" })));
    expect(board.status).toBe(200);
    expect(board.data.isPublicView).toBe(true);
    expect(board.data.board.offers.map((o: { id: number }) => o.id)).not.toContain(bzmDraft);
    expect((await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${bzmDraft}`), { network: "halle", offerId: String(bzmDraft) })))).status).toBe(404);
    const page = await run(async () => offerLoader(args(await getRequest(`/n/halle/offers/${bzmPublished}`), { network: "halle", offerId: String(bzmPublished) })));
    expect(page.status).toBe(200);
    expect(JSON.stringify(page.data)).not.toContain("frau.beispiel@bzm.example");
    expect(page.data.offer.contact).toContain("Tel. 0345 1234");
    // other member pages stay closed
    const groups = await run(async () => layoutLoader(args(await getRequest("/n/halle/groups"), { network: "halle" })));
    expect(groups.status).toBe(302);
  });

  it("offers a valid Atom feed and a JSON Feed 1.1 without drafts", async () => {
    const atom = await run(async () => atomLoader(args(await getRequest("/n/halle/offers/feed.atom"), { network: "halle" })));
    expect(atom.status).toBe(200);
    expect(atom.headers.get("Content-Type")).toContain("application/atom+xml");
    expect(XMLValidator.validate(atom.data)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(atom.data);
    expect(parsed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const entries = Array.isArray(parsed.feed.entry) ? parsed.feed.entry : [parsed.feed.entry];
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^http:\/\/localhost:3000\/n\/halle\/offers\/\d+$/);
      expect(entry.title["#text"] ?? entry.title).toBeTruthy();
      expect(entry.updated).toBeTruthy();
    }
    expect(atom.data).not.toContain("Sozialberatung zum Bürgergeld");

    const json = await run(async () => jsonLoader(args(await getRequest("/n/halle/offers/feed.json"), { network: "halle" })));
    expect(json.status).toBe(200);
    const feed = typeof json.data === "string" ? JSON.parse(json.data) : json.data;
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBeTruthy();
    expect(feed.items.length).toBe(entries.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(item.content_html ?? item.content_text).toBeDefined();
    }
    expect(feed.items.map((i: { title: string }) => i.title)).not.toContain("Sozialberatung zum Bürgergeld");
  });
});
