import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { action as packageAction, loader as packageLoader } from "~/routes/n.$network.work-packages.$packageId";
import { action as editAction } from "~/routes/n.$network.work-packages.$packageId_.edit";
import { loader as dashboardLoader } from "~/routes/n.$network.work-packages.dashboard";
import { action as listAction, loader as listLoader } from "~/routes/n.$network.work-packages._index";
import { action as newAction, loader as newLoader } from "~/routes/n.$network.work-packages.new";
import { loader as groupLoader } from "~/routes/n.$network.groups.$slug";
import { loader as homeLoader } from "~/routes/n.$network._index";
import { args, getRequest, postRequest, run } from "../requests";
import { groupId as groupIdOf, networkId as networkIdOf, organisationId } from "../lookups";

const ARBEIT = "arbeit@halle.example"; // moderator FG Arbeit (Jobcenter, also a steering member organisation)
const DEUTSCH = "deutsch@halle.example"; // moderator FG Deutsch
const BERATUNG = "beratung@halle.example"; // member of FG Arbeit and FG Deutsch
const MSO = "mso@halle.example"; // member
const STEERING = "steuerung@halle.example"; // steering lead
const VOGTLAND = "admin@vogtland.example";

const base = "/n/halle/work-packages";
const p = (id: number | string) => ({ network: "halle", packageId: String(id) });

const stored = (id: number) => db.selectFrom("work_packages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const events = (id: number) => db.selectFrom("work_package_events").select(["action", "from_status", "to_status", "note"]).where("work_package_id", "=", id).orderBy("id").execute();
const outbox = (kind: string, subjectPart: string) =>
  db.selectFrom("outbox_messages").select(["to_email", "subject", "body_text"]).where("kind", "=", kind).where("subject", "like", `%${subjectPart}%`).execute();

function post(id: number, fields: Record<string, string>, as: string) {
  return run(async () => packageAction(args(await postRequest(`${base}/${id}`, fields, { as }), p(id))));
}
function view(id: number | string, as: string, network = "halle") {
  return run(async () => packageLoader(args(await getRequest(`/n/${network}/work-packages/${id}`, { as }), { network, packageId: String(id) })));
}

const TITLE = "Testpaket: Fahrtkosten zu Vorstellungsgesprächen";
let fgArbeit: number;
let pkgId: number;
let steeringMeetingId: number;
let jobcenter: number;

beforeAll(async () => {
  fgArbeit = await groupIdOf("fg-arbeit");
  jobcenter = await organisationId("Jobcenter Halle (Saale)");
});

describe("work packages: create, submit, review, decide", () => {
  it("members of FG Arbeit cannot open the editor; other groups' moderators neither; foreign groups 404", async () => {
    for (const as of [BERATUNG, DEUTSCH]) {
      const outcome = await run(async () => newLoader(args(await getRequest(`${base}/new?group=fg-arbeit`, { as }), { network: "halle" })));
      expect(outcome.status, as).toBe(403);
    }
    const unknown = await run(async () => newLoader(args(await getRequest(`${base}/new?group=gibt-es-nicht`, { as: ARBEIT }), { network: "halle" })));
    expect(unknown.status).toBe(404);
    const posted = await run(async () =>
      newAction(args(await postRequest(`${base}/new`, { groupId: String(fgArbeit), title: "x", problem: "y", request: "z" }, { as: DEUTSCH }), { network: "halle" })),
    );
    expect(posted.status).toBe(403);
  });

  it("the FG Arbeit moderator creates a draft; the timeline records it", async () => {
    const outcome = await run(async () =>
      newAction(
        args(
          await postRequest(`${base}/new`, { groupId: String(fgArbeit), title: TITLE, problem: "Bewerbende können Fahrten nicht vorstrecken.", request: "Kostenübernahme klären.", priority: "high" }, { as: ARBEIT }),
          { network: "halle" },
        ),
      ),
    );
    expect(outcome.status).toBe(302);
    pkgId = Number(outcome.location!.match(/work-packages\/(\d+)/)![1]);
    const row = await stored(pkgId);
    expect(row).toMatchObject({ status: "draft", origin_group_id: fgArbeit, title: TITLE, priority: "high", version: 1 });
    expect(await events(pkgId)).toEqual([{ action: "create", from_status: null, to_status: "draft", note: "" }]);
  });

  it("a draft is hidden from people who do not moderate the group (404)", async () => {
    expect((await view(pkgId, BERATUNG)).status).toBe(404);
    expect((await view(pkgId, ARBEIT)).status).toBe(200);
  });

  it("deutsch@ cannot submit FG Arbeit's package (403), nothing changes", async () => {
    const outcome = await post(pkgId, { intent: "submit" }, DEUTSCH);
    expect(outcome.status).toBe(404); // a draft of another group is not even visible
    expect((await stored(pkgId)).status).toBe("draft");
  });

  it("submit: status submitted, steering members told by e-mail and on their home page", async () => {
    const outcome = await post(pkgId, { intent: "submit", version: "1" }, ARBEIT);
    expect(outcome.status).toBe(302);
    const row = await stored(pkgId);
    expect(row.status).toBe("submitted");
    expect(row.submitted_at).toBeTruthy();
    const mails = await outbox("work_package.submitted", TITLE);
    const to = mails.map((m) => m.to_email);
    expect(to).toContain(STEERING);
    expect(to).not.toContain(BERATUNG);
    expect(new Set(to).size).toBe(to.length);
    expect(mails[0].body_text).toContain(`/n/halle/work-packages/${pkgId}`);
    const home = await run(async () => homeLoader(args(await getRequest("/n/halle", { as: STEERING }), { network: "halle" })));
    expect(home.data.workPackageNotice.count).toBeGreaterThan(0);
    const memberHome = await run(async () => homeLoader(args(await getRequest("/n/halle", { as: BERATUNG }), { network: "halle" })));
    expect(memberHome.data.workPackageNotice).toBeNull();
  });

  it("deutsch@ cannot resubmit / edit FG Arbeit's package (403)", async () => {
    expect((await post(pkgId, { intent: "submit" }, DEUTSCH)).status).toBe(403);
    const edit = await run(async () => editAction(args(await postRequest(`${base}/${pkgId}/edit`, { version: "2", title: "x", problem: "y", request: "z" }, { as: DEUTSCH }), p(pkgId))));
    expect(edit.status).toBe(403);
  });

  it("every network member reads the package (transparency); members cannot decide (403)", async () => {
    expect((await view(pkgId, MSO)).status).toBe(200);
    for (const as of [BERATUNG, MSO]) {
      const outcome = await post(pkgId, { intent: "decide", decision: "accept", rationale: "ok", responsibleOrganisationId: String(jobcenter), dueDate: "2030-01-01" }, as);
      expect(outcome.status, as).toBe(403);
      const put = await post(pkgId, { intent: "putOnAgenda", meetingId: "1" }, as);
      expect(put.status, as).toBe(403);
    }
    expect((await stored(pkgId)).status).toBe("submitted");
  });

  it("the steering inbox lists submitted packages oldest first, flags long waits", async () => {
    const outcome = await run(async () => listLoader(args(await getRequest(base, { as: STEERING }), { network: "halle" })));
    expect(outcome.status).toBe(200);
    const rows = outcome.data.inbox.rows as { id: number; submitted_at: string; waitingTooLong: boolean; ageDays: number }[];
    expect(rows.map((r) => r.submitted_at)).toEqual([...rows.map((r) => r.submitted_at)].sort());
    expect(rows.some((r) => r.waitingTooLong && r.ageDays > 42)).toBe(true);
    expect(rows.at(-1)!.id).toBe(pkgId);
    expect(outcome.data.meetings.length).toBeGreaterThan(0);
    // The meetings to put a package on: the steering group's own ahead whose agenda is open, soonest first.
    const now = new Date().toISOString();
    const expected = await db
      .selectFrom("meetings as m")
      .select("m.id")
      .where("m.network_id", "=", await networkIdOf("halle"))
      .where("m.status", "in", ["planned", "invited"])
      .where("m.starts_at", ">", now)
      .where("m.id", "in", db.selectFrom("meeting_hosts as h").innerJoin("groups as g", "g.id", "h.group_id").select("h.meeting_id").where("g.kind", "=", "steering"))
      .orderBy("m.starts_at")
      .execute();
    expect(outcome.data.meetings.map((m: { id: number }) => m.id)).toEqual(expected.map((m) => m.id).slice(0, 20));
    steeringMeetingId = outcome.data.meetings[0].id;
    const member = await run(async () => listLoader(args(await getRequest(base, { as: MSO }), { network: "halle" })));
    expect(member.data.inbox).toBeNull();
    expect(member.data.all.rows.some((x: { status: string }) => x.status === "draft")).toBe(false);
  });

  it("put on the agenda: a linked agenda item in the steering meeting, status in_review", async () => {
    const foreign = await post(pkgId, { intent: "putOnAgenda", meetingId: "999999" }, STEERING);
    expect(foreign.status).toBe(404);
    const fromList = (pkg: string) =>
      run(async () => listAction(args(await postRequest(base, { intent: "putOnAgenda", package: pkg, meetingId: String(steeringMeetingId) }, { as: STEERING }), { network: "halle" })));
    // The inbox's button names the package and the version it was shown in.
    expect((await fromList(`${pkgId}:1`)).status).toBe(409);
    for (const malformed of ["", "abc", ":2", "999999:1"]) expect((await fromList(malformed)).status, malformed).toBe(404);
    expect((await stored(pkgId)).status).toBe("submitted");
    const outcome = await run(async () =>
      listAction(args(await postRequest(base, { intent: "putOnAgenda", package: `${pkgId}:2`, meetingId: String(steeringMeetingId) }, { as: STEERING }), { network: "halle" })),
    );
    expect(outcome.status).toBe(302);
    expect((await stored(pkgId)).status).toBe("in_review");
    const item = await db.selectFrom("agenda_items").select(["meeting_id", "status", "title"]).where("work_package_id", "=", pkgId).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ meeting_id: steeringMeetingId, status: "accepted", title: `Arbeitspaket: ${TITLE}` });
    // A second time is an illegal transition (in_review → in_review): 409, nothing added.
    const again = await post(pkgId, { intent: "putOnAgenda", meetingId: String(steeringMeetingId) }, STEERING);
    expect(again.status).toBe(409);
    expect(await db.selectFrom("agenda_items").select("id").where("work_package_id", "=", pkgId).execute()).toHaveLength(1);
  });

  it("a stale version is a conflict (409) that keeps the text", async () => {
    const outcome = await post(pkgId, { intent: "decide", version: "1", decision: "return", rationale: "Welche Beträge?" }, STEERING);
    expect(outcome.status).toBe(409);
    expect(JSON.stringify(outcome.data)).toContain("Welche Beträge?");
    expect((await stored(pkgId)).status).toBe("in_review");
  });

  it("return with questions: origin moderators get an e-mail; the steering lead cannot submit (403)", async () => {
    const v = (await stored(pkgId)).version;
    const outcome = await post(pkgId, { intent: "decide", version: String(v), decision: "return", rationale: "Welche Beträge fallen pro Monat an?" }, STEERING);
    expect(outcome.status).toBe(302);
    const row = await stored(pkgId);
    expect(row).toMatchObject({ status: "returned", decision_rationale: "Welche Beträge fallen pro Monat an?" });
    const mails = await outbox("work_package.decided", TITLE);
    expect(mails.map((m) => m.to_email)).toContain(ARBEIT);
    expect(mails.map((m) => m.to_email)).not.toContain(DEUTSCH);
    expect(mails[0].body_text).toContain("Welche Beträge fallen pro Monat an?");
    expect((await post(pkgId, { intent: "submit" }, STEERING)).status).toBe(403);
    expect((await post(pkgId, { intent: "start" }, STEERING)).status).toBe(409);
  });

  it("the origin moderator edits (stale version → 409 with the text kept) and resubmits", async () => {
    const fields = { title: TITLE, problem: "Bewerbende können Fahrten nicht vorstrecken.", request: "Kostenübernahme klären: etwa 40 € pro Monat und Person.", priority: "high" };
    const stale = await run(async () => editAction(args(await postRequest(`${base}/${pkgId}/edit`, { ...fields, version: "1" }, { as: ARBEIT }), p(pkgId))));
    expect(stale.status).toBe(409);
    expect(JSON.stringify(stale.data)).toContain("etwa 40 €");
    const v = (await stored(pkgId)).version;
    const ok = await run(async () => editAction(args(await postRequest(`${base}/${pkgId}/edit`, { ...fields, version: String(v) }, { as: ARBEIT }), p(pkgId))));
    expect(ok.status).toBe(302);
    expect((await stored(pkgId)).request).toContain("etwa 40 €");
    expect((await post(pkgId, { intent: "submit" }, ARBEIT)).status).toBe(302);
    expect((await stored(pkgId)).status).toBe("submitted");
  });

  it("accept needs a responsible organisation and a due date (422), then accepted → in_progress → done", async () => {
    const missing = await post(pkgId, { intent: "decide", decision: "accept", rationale: "Gut begründet." }, STEERING);
    expect(missing.status).toBe(422);
    const vogtlandOrg = await db.selectFrom("organisations").innerJoin("networks", "networks.id", "organisations.network_id").select("organisations.id").where("networks.slug", "=", "vogtland").executeTakeFirstOrThrow();
    const foreignOrg = await post(pkgId, { intent: "decide", decision: "accept", rationale: "Gut.", responsibleOrganisationId: String(vogtlandOrg.id), dueDate: "2030-06-30" }, STEERING);
    expect(foreignOrg.status).toBe(422);
    expect((await stored(pkgId)).status).toBe("submitted");
    const ok = await post(pkgId, { intent: "decide", decision: "accept", rationale: "Das Jobcenter übernimmt die Fahrtkosten.", responsibleOrganisationId: String(jobcenter), dueDate: "2030-06-30" }, STEERING);
    expect(ok.status).toBe(302);
    expect(await stored(pkgId)).toMatchObject({ status: "accepted", responsible_organisation_id: jobcenter, due_date: "2030-06-30" });
    expect((await outbox("work_package.decided", TITLE)).length).toBeGreaterThan(1);
    expect((await post(pkgId, { intent: "decide", decision: "decline", rationale: "Doch nicht." }, STEERING)).status).toBe(409);
    expect((await post(pkgId, { intent: "start" }, STEERING)).status).toBe(302);
    expect((await post(pkgId, { intent: "complete", resultSummary: "" }, STEERING)).status).toBe(422);
    expect((await post(pkgId, { intent: "complete", resultSummary: "Regelung gilt ab Januar." }, STEERING)).status).toBe(302);
    expect((await stored(pkgId)).status).toBe("done");
  });

  it("comments: origin moderators and steering only; every change and comment is in the timeline", async () => {
    expect((await post(pkgId, { intent: "comment", body: "Danke!" }, ARBEIT)).status).toBe(302);
    expect((await post(pkgId, { intent: "comment", body: "Ich auch" }, MSO)).status).toBe(403);
    expect((await post(pkgId, { intent: "comment", body: "Ich auch" }, DEUTSCH)).status).toBe(403);
    expect((await events(pkgId)).map((e) => e.action)).toEqual(["create", "submit", "put_on_agenda", "return", "edit", "submit", "accept", "start", "complete"]);
    const page = await view(pkgId, MSO);
    const timeline = page.data.timeline as { action: string; actorName: string; note: string }[];
    expect(timeline.map((e) => e.action)).toEqual(["create", "submit", "put_on_agenda", "return", "edit", "submit", "accept", "start", "complete", "comment"]);
    expect(timeline.at(-1)).toMatchObject({ actorName: "Katrin Vogel", note: "Danke!" });
    expect(page.data.canComment).toBe(false);
    expect(page.data.actions).toEqual([]);
  });

  it("the origin group's page shows its packages with the steering group's answers", async () => {
    const outcome = await run(async () => groupLoader(args(await getRequest("/n/halle/groups/fg-arbeit", { as: MSO }), { network: "halle", slug: "fg-arbeit" })));
    const mine = outcome.data.workPackages.packages.find((x: { id: number }) => x.id === pkgId);
    // The answer column shows the result once there is one (the rationale before).
    expect(mine).toMatchObject({ status: "done", answer: "Regelung gilt ab Januar." });
    expect(outcome.data.workPackages.packages.some((x: { overdue: boolean }) => x.overdue)).toBe(true);
    expect(outcome.data.workPackages.canCreate).toBe(false);
  });

  it("the list filtered to one group shows its packages only, in pages, without the inbox; unknown groups 404", async () => {
    const list = (query: string, as: string, network = "halle") =>
      run(async () => listLoader(args(await getRequest(`/n/${network}/work-packages${query}`, { as }), { network })));
    const filtered = await list("?group=fg-arbeit", STEERING);
    expect(filtered.status).toBe(200);
    expect(filtered.data.group).toEqual({ slug: "fg-arbeit", name: "FG Arbeit" });
    expect(filtered.data.inbox).toBeNull();
    expect(filtered.data.all.rows.length).toBeGreaterThan(0);
    expect(filtered.data.all.rows.every((r: { group_slug: string }) => r.group_slug === "fg-arbeit")).toBe(true);
    const stored = await db.selectFrom("work_packages").select((eb) => eb.fn.countAll<number>().as("n")).where("origin_group_id", "=", fgArbeit).where("status", "!=", "draft").executeTakeFirstOrThrow();
    expect(filtered.data.all.total).toBe(Number(stored.n));
    const stale = await list("?group=fg-arbeit&page=99", STEERING);
    expect(stale.data.all.page).toBe(stale.data.all.pageCount);
    expect(stale.data.all.rows.length).toBeGreaterThan(0);
    expect((await list("?group=gibt-es-nicht", STEERING)).status).toBe(404);
    // Another network's groups are unknown here, and a slug both networks use names each its own.
    expect((await list("?group=fg-sprache", STEERING)).status).toBe(404);
    expect((await list("?group=fg-deutsch", VOGTLAND, "vogtland")).status).toBe(404);
    const vogtland = await list("?group=fg-arbeit", VOGTLAND, "vogtland");
    expect(vogtland.status).toBe(200);
    expect(vogtland.data.all.rows.map((r: { id: number }) => r.id)).not.toContain(pkgId);
  });
});

describe("work packages: across networks and ids", () => {
  it("404 for foreign networks, unknown and malformed ids", async () => {
    expect((await view(pkgId, VOGTLAND, "vogtland")).status).toBe(404);
    expect((await view(pkgId, VOGTLAND)).status).toBe(404);
    expect((await view(999999, STEERING)).status).toBe(404);
    expect((await view("abc", STEERING)).status).toBe(404);
    const foreignPost = await run(async () =>
      packageAction(args(await postRequest(`/n/vogtland/work-packages/${pkgId}`, { intent: "comment", body: "x" }, { as: VOGTLAND }), { network: "vogtland", packageId: String(pkgId) })),
    );
    expect(foreignPost.status).toBe(404);
    const vogtlandItem = await db.selectFrom("agenda_items").innerJoin("networks", "networks.id", "agenda_items.network_id").select("agenda_items.id").where("networks.slug", "=", "vogtland").executeTakeFirst();
    if (vogtlandItem) {
      const fromItem = await run(async () => newLoader(args(await getRequest(`${base}/new?item=${vogtlandItem.id}`, { as: ARBEIT }), { network: "halle" })));
      expect(fromItem.status).toBe(404);
    }
  });

  it("creates from an agenda item of FG Arbeit's minutes with title and problem prefilled; deutsch@ gets 403", async () => {
    const networkId = await networkIdOf("halle");
    const item = await db
      .selectFrom("agenda_items as a")
      .innerJoin("meeting_hosts as h", "h.meeting_id", "a.meeting_id")
      .select(["a.id", "a.title"])
      .where("a.network_id", "=", networkId)
      .where("h.group_id", "=", fgArbeit)
      .where("a.status", "=", "accepted")
      .where("a.minutes_text", "!=", "")
      .executeTakeFirstOrThrow();
    const outcome = await run(async () => newLoader(args(await getRequest(`${base}/new?item=${item.id}`, { as: ARBEIT }), { network: "halle" })));
    expect(outcome.status).toBe(200);
    expect(outcome.data.defaults.title).toBe(item.title);
    expect(outcome.data.defaults.problem.length).toBeGreaterThan(0);
    expect(outcome.data.group.id).toBe(fgArbeit);
    const created = await run(async () =>
      newAction(args(await postRequest(`${base}/new`, { agendaItemId: String(item.id), title: item.title, problem: "p", request: "r" }, { as: ARBEIT }), { network: "halle" })),
    );
    expect(created.status).toBe(302);
    const id = Number(created.location!.match(/(\d+)\?/)![1]);
    expect(await stored(id)).toMatchObject({ origin_agenda_item_id: item.id, origin_group_id: fgArbeit });
    const refused = await run(async () => newLoader(args(await getRequest(`${base}/new?item=${item.id}`, { as: DEUTSCH }), { network: "halle" })));
    expect(refused.status).toBe(403);
  });

  it("the dashboard: steering only; counts, median and the two seeded overdue packages", async () => {
    expect((await run(async () => dashboardLoader(args(await getRequest(`${base}/dashboard`, { as: BERATUNG }), { network: "halle" })))).status).toBe(403);
    const outcome = await run(async () => dashboardLoader(args(await getRequest(`${base}/dashboard`, { as: STEERING }), { network: "halle" })));
    expect(outcome.status).toBe(200);
    for (const s of ["submitted", "in_review", "accepted", "returned", "declined", "in_progress", "done"]) expect(outcome.data.byStatus[s], s).toBeGreaterThan(0);
    expect(outcome.data.medianDays).toBeGreaterThan(0);
    expect(outcome.data.overdue.length).toBeGreaterThanOrEqual(2);
    expect(outcome.data.byGroup.map((g: { slug: string }) => g.slug)).toEqual(expect.arrayContaining(["fg-arbeit", "fg-deutsch"]));
    const names = outcome.data.byGroup.map((g: { name: string }) => g.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("de").compare));
    // Each group's counts are the packages it sent (drafts excluded); their sums are the totals by status.
    const halle = await networkIdOf("halle");
    const sent = await db.selectFrom("work_packages").select(["origin_group_id", "status"]).where("network_id", "=", halle).where("status", "!=", "draft").execute();
    const arbeit = outcome.data.byGroup.find((g: { id: number }) => g.id === fgArbeit);
    expect(arbeit.total).toBe(sent.filter((p) => p.origin_group_id === fgArbeit).length);
    expect(arbeit.byStatus.submitted ?? 0).toBe(sent.filter((p) => p.origin_group_id === fgArbeit && p.status === "submitted").length);
    const summed: Record<string, number> = {};
    for (const g of outcome.data.byGroup) for (const [status, count] of Object.entries(g.byStatus as Record<string, number>)) summed[status] = (summed[status] ?? 0) + count;
    expect(summed).toEqual(outcome.data.byStatus);
    expect(outcome.data.byGroup.reduce((sum: number, g: { total: number }) => sum + g.total, 0)).toBe(sent.length);
  });

  it("the dashboard pages its overdue list, longest overdue first, 25 at a time", async () => {
    const halle = await networkIdOf("halle");
    const due = (i: number) => `2020-01-${String(i + 1).padStart(2, "0")}`;
    const added = await db
      .insertInto("work_packages")
      .values(Array.from({ length: 28 }, (_, i) => ({ network_id: halle, origin_group_id: fgArbeit, title: `Überfällig ${i}`, problem: "p", request: "r", status: "accepted" as const, due_date: due(i), created_by: null })))
      .returning("id")
      .execute();
    const page = async (n?: number) =>
      (await run(async () => dashboardLoader(args(await getRequest(`${base}/dashboard${n ? `?overdue=${n}` : ""}`, { as: STEERING }), { network: "halle" })))).data;
    const [first, second, beyond] = [await page(), await page(2), await page(9)];
    expect(first.overdue).toHaveLength(25);
    expect(first.overduePages).toEqual({ page: 1, pageCount: Math.ceil(first.overdueTotal / 25) });
    expect(first.overdue.slice(0, 3).map((p: { title: string }) => p.title)).toEqual(["Überfällig 0", "Überfällig 1", "Überfällig 2"]);
    expect(second.overduePages.page).toBe(2);
    // A stale link beyond the last page shows the last page, not an empty list.
    expect(beyond.overduePages.page).toBe(first.overduePages.pageCount);
    expect(beyond.overdue.length).toBeGreaterThan(0);
    const both = [...first.overdue, ...second.overdue].map((p: { id: number }) => p.id);
    expect(new Set(both).size).toBe(both.length);
    expect(both).toEqual(expect.arrayContaining(added.map((a) => a.id)));
    expect(second.overdue.map((p: { due_date: string }) => p.due_date)).toEqual([...second.overdue.map((p: { due_date: string }) => p.due_date)].sort());
    await db.deleteFrom("work_packages").where("id", "in", added.map((a) => a.id)).execute();
  });

  it("the kept counts per group and status match the packages after every kind of change", async () => {
    // After the app's changes above, and after writes past the app: a status change, a move to
    // another group, a new package and a deletion.
    const actual = async () => {
      const rows = await db
        .selectFrom("work_packages")
        .select(["network_id", "origin_group_id", "status", (eb) => eb.fn.countAll<number>().as("count")])
        .groupBy(["network_id", "origin_group_id", "status"])
        .execute();
      return rows.map((r) => `${r.network_id}/${r.origin_group_id}/${r.status}: ${r.count}`).sort();
    };
    const kept = async () =>
      (await db.selectFrom("work_package_counts").selectAll().where("count", "!=", 0).execute()).map((r) => `${r.network_id}/${r.origin_group_id}/${r.status}: ${r.count}`).sort();
    expect(await kept()).toEqual(await actual());

    const fgDeutsch = await groupIdOf("fg-deutsch");
    await db.updateTable("work_packages").set({ status: "in_progress" }).where("id", "=", pkgId).execute();
    await db.updateTable("work_packages").set({ origin_group_id: fgDeutsch }).where("id", "=", pkgId).execute();
    const extra = await db
      .insertInto("work_packages")
      .values({ network_id: await networkIdOf("halle"), origin_group_id: fgArbeit, title: "Zählprobe", problem: "p", request: "r", created_by: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(await kept()).toEqual(await actual());
    await db.deleteFrom("work_packages").where("id", "=", extra.id).execute();
    await db.updateTable("work_packages").set({ origin_group_id: fgArbeit, status: "done" }).where("id", "=", pkgId).execute();
    expect(await kept()).toEqual(await actual());

    // The lists' totals are the kept counts: the steering lead sees every package but drafts.
    const list = await run(async () => listLoader(args(await getRequest(base, { as: STEERING }), { network: "halle" })));
    const visible = await db.selectFrom("work_packages").select((eb) => eb.fn.countAll<number>().as("n")).where("network_id", "=", await networkIdOf("halle")).where("status", "!=", "draft").executeTakeFirstOrThrow();
    expect(list.data.all.total).toBe(Number(visible.n));
    const submitted = await db.selectFrom("work_packages").select((eb) => eb.fn.countAll<number>().as("n")).where("network_id", "=", await networkIdOf("halle")).where("status", "=", "submitted").executeTakeFirstOrThrow();
    expect(list.data.inbox.total).toBe(Number(submitted.n));
  });
});
