import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { nextMeetingDate, seriesDates } from "~/meetings/cadence-dates";
import { addLocalDays, utcToLocal } from "~/meetings/local-time";
import { loader as homeLoader } from "~/routes/n.$network._index";
import { loader as groupLoader } from "~/routes/n.$network.groups.$slug";
import { action as planAction, loader as planLoader } from "~/routes/n.$network.groups.$slug_.meetings.new";
import { action as editAction, loader as editLoader } from "~/routes/n.$network.meetings.$meetingId_.edit";
import { loader as meetingLoader } from "~/routes/n.$network.meetings.$meetingId";
import { loader as networkMeetingsLoader } from "~/routes/n.$network.meetings._index";
import { args, getRequest, postRequest, run } from "../requests";
import { groupId, networkId } from "../lookups";

const ARBEIT = "arbeit@halle.example";
const DEUTSCH = "deutsch@halle.example";
const BERATUNG = "beratung@halle.example";
const ADMIN = "admin@halle.example";
const VOGTLAND_ADMIN = "admin@vogtland.example";

async function meeting(id: number) {
  return db.selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function hostRows(id: number) {
  return db.selectFrom("meeting_hosts").select(["group_id", "starts_at"]).where("meeting_id", "=", id).orderBy(sql`rowid`).execute();
}

function fields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    intent: "save",
    title: "FG Arbeit: Arbeitsmarktintegration",
    kind: "regular",
    date: "2027-07-15",
    startTime: "10:00",
    endTime: "12:00",
    place: "Stadthaus Halle, Marktplatz 2, Festsaal",
    onlineUrl: "",
    description: "Quartalssitzung",
    deadlineDate: "",
    inviteTier: "member",
    ...overrides,
  };
}

const planPath = (slug: string) => `/n/halle/groups/${slug}/meetings/new`;
const editPath = (id: number | string) => `/n/halle/meetings/${id}/edit`;

async function plan(slug: string, overrides: Record<string, string | string[]> = {}, as = ARBEIT, network = "halle") {
  return run(async () => planAction(args(await postRequest(planPath(slug), fields(overrides), { as }), { network, slug })));
}

async function planned(slug: string, overrides: Record<string, string | string[]> = {}, as = ARBEIT) {
  const outcome = await plan(slug, overrides, as);
  expect(outcome.status, JSON.stringify(outcome.data)).toBe(302);
  const id = Number(outcome.location!.split("/").pop());
  expect(outcome.location).toBe(`/n/halle/meetings/${id}`);
  return id;
}

async function edit(id: number | string, body: Record<string, string | string[]>, as = ARBEIT) {
  return run(async () => editAction(args(await postRequest(editPath(id), body, { as }), { network: "halle", meetingId: String(id) })));
}

/** The editor's fields for a stored meeting, as the edit page's loader gives them. */
async function editValues(id: number, as = ARBEIT) {
  const page = await run(async () => editLoader(args(await getRequest(editPath(id), { as }), { network: "halle", meetingId: String(id) })));
  expect(page.status).toBe(200);
  const v = page.data.values;
  return {
    intent: "save", title: v.title, kind: v.kind, date: v.date, startTime: v.startTime, endTime: v.endTime, place: v.place,
    onlineUrl: v.onlineUrl, description: v.description, deadlineDate: v.deadlineDate, inviteTier: v.inviteTier, version: v.version,
  } as Record<string, string>;
}

async function groupPage(slug: string, as = BERATUNG) {
  const page = await run(async () => groupLoader(args(await getRequest(`/n/halle/groups/${slug}`, { as }), { network: "halle", slug })));
  expect(page.status).toBe(200);
  return page.data;
}

const today = () => utcToLocal(new Date()).date;

describe("planning a meeting", () => {
  it("stores Berlin local times as UTC (summer and winter) with the default deadline at the end of its day", async () => {
    const summer = await planned("fg-arbeit", { date: "2027-07-15" });
    const s = await meeting(summer);
    expect(s.starts_at).toBe("2027-07-15T08:00:00.000Z");
    expect(s.ends_at).toBe("2027-07-15T10:00:00.000Z");
    expect(s.proposal_deadline).toBe("2027-07-01T21:59:59.000Z");
    expect(s).toMatchObject({ status: "planned", kind: "regular", sequence: 0, version: 1, time_zone: "Europe/Berlin", invite_tier: "member", online_url: null });

    const winter = await planned("fg-arbeit", { date: "14.01.2027", startTime: "9:30", endTime: "11:45" });
    const w = await meeting(winter);
    expect(w.starts_at).toBe("2027-01-14T08:30:00.000Z");
    expect(w.ends_at).toBe("2027-01-14T10:45:00.000Z");
    expect(w.proposal_deadline).toBe("2026-12-31T22:59:59.000Z");

    const hosts = await hostRows(summer);
    expect(hosts).toEqual([{ group_id: await groupId("fg-arbeit"), starts_at: s.starts_at }]);
    const audit = await db.selectFrom("audit_events").select(["action", "subject_id"]).where("action", "=", "meeting.created").where("subject_id", "=", String(summer)).execute();
    expect(audit).toHaveLength(1);
  });

  it("takes an explicit deadline, the preparation tier and an online-only meeting", async () => {
    const id = await planned("fg-arbeit", {
      date: "2027-09-16", place: "", onlineUrl: "https://meet.halle.example/fg-arbeit", deadlineDate: "2027-09-10", inviteTier: "preparation", kind: "preparation",
    });
    const m = await meeting(id);
    expect(m).toMatchObject({ place: null, online_url: "https://meet.halle.example/fg-arbeit", invite_tier: "preparation", kind: "preparation" });
    expect(m.proposal_deadline).toBe("2027-09-10T21:59:59.000Z");
  });

  it("prefills the form from the group's cadence after its last meeting", async () => {
    // A meeting far ahead becomes the group's last one: Thursday 26 June 2031, 14:00–16:30.
    await planned("fg-ehrenamt", { date: "2031-06-26", startTime: "14:00", endTime: "16:30", place: "Freiwilligenagentur" }, ADMIN);
    const page = await run(async () => planLoader(args(await getRequest(planPath("fg-ehrenamt"), { as: ADMIN }), { network: "halle", slug: "fg-ehrenamt" })));
    expect(page.status).toBe(200);
    const expected = nextMeetingDate("2031-06-26", "quarterly")!;
    expect(expected).toBe("2031-09-25");
    expect(page.data.values).toMatchObject({
      date: expected, startTime: "14:00", endTime: "16:30", place: "Freiwilligenagentur", deadlineDate: addLocalDays(expected, -14), kind: "regular", inviteTier: "member",
    });
    expect(page.data.lastDate).toBe("2031-06-26");
    expect(page.data.seriesDates).toHaveLength(4);
    expect(page.data.otherGroups.map((g: { name: string }) => g.name)).not.toContain("FG Ehrenamt und Migration");
    expect(page.data.otherGroups.length).toBe(6);
  });

  it("proposes a future date at 10:00–12:00 with the 14-day deadline for any group", async () => {
    const page = await run(async () => planLoader(args(await getRequest(planPath("fg-deutsch"), { as: DEUTSCH }), { network: "halle", slug: "fg-deutsch" })));
    expect(page.status).toBe(200);
    const values = page.data.values;
    expect(values.date > today()).toBe(true);
    expect(values.deadlineDate).toBe(addLocalDays(values.date, -14));
    if (page.data.lastDate === null) {
      expect(values).toMatchObject({ date: addLocalDays(today(), 28), startTime: "10:00", endTime: "12:00" });
    } else {
      expect(values.endTime > values.startTime).toBe(true);
    }
  });

  it("creates a series of four quarterly meetings in one go", async () => {
    const id = await planned("fg-arbeit", { date: "2028-03-09", createSeries: "on", title: "FG Arbeit 2028" });
    const first = await meeting(id);
    expect(first.series_id).not.toBeNull();
    const series = await db.selectFrom("meetings").selectAll().where("series_id", "=", first.series_id).orderBy("starts_at").execute();
    expect(series).toHaveLength(4);
    const dates = seriesDates("2028-03-09", "quarterly");
    expect(series.map((m) => utcToLocal(m.starts_at).date)).toEqual(dates);
    expect(series.map((m) => utcToLocal(m.starts_at).time)).toEqual(["10:00", "10:00", "10:00", "10:00"]);
    // 9 March is winter time, June summer time: the UTC hour differs, the local one does not.
    expect(series[0].starts_at).toBe("2028-03-09T09:00:00.000Z");
    expect(series[1].starts_at).toBe(`${dates[1]}T08:00:00.000Z`);
    for (const m of series) {
      expect(utcToLocal(m.proposal_deadline).date).toBe(addLocalDays(utcToLocal(m.starts_at).date, -14));
      expect(await hostRows(m.id)).toEqual([{ group_id: await groupId("fg-arbeit"), starts_at: m.starts_at }]);
    }
    const row = await db.selectFrom("meeting_series").selectAll().where("id", "=", first.series_id!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ group_id: await groupId("fg-arbeit"), cadence: "quarterly", network_id: await networkId("halle") });
  });
});

describe("joint sessions", () => {
  it("are hosted by several groups, shown on each group page and once on the home page, and editable by every host's moderator", async () => {
    const deutsch = await groupId("fg-deutsch");
    const arbeit = await groupId("fg-arbeit");
    const tomorrow = addLocalDays(today(), 1);
    const id = await planned("fg-arbeit", {
      title: "Gemeinsames Arbeitstreffen Arbeit und Sprache", date: tomorrow, startTime: "09:00", endTime: "11:00", jointGroupIds: [String(deutsch)],
    });
    const m = await meeting(id);
    expect(m.kind).toBe("joint");
    expect((await hostRows(id)).map((h) => h.group_id)).toEqual([arbeit, deutsch]);

    for (const slug of ["fg-arbeit", "fg-deutsch"]) {
      const page = await groupPage(slug);
      const listed = [page.meetings.next, ...page.meetings.upcoming].filter(Boolean).map((x: { id: number }) => x.id);
      expect(listed, slug).toContain(id);
    }

    const home = await run(async () => homeLoader(args(await getRequest("/n/halle", { as: BERATUNG }), { network: "halle" })));
    const ids = home.data.nextMeetings.map((x: { id: number }) => x.id);
    expect(ids.filter((x: number) => x === id)).toHaveLength(1);
    expect(ids.length).toBeLessThanOrEqual(5);
    const joint = home.data.nextMeetings.find((x: { id: number }) => x.id === id);
    expect(joint.hosts.map((h: { slug: string }) => h.slug).sort()).toEqual(["fg-arbeit", "fg-deutsch"]);

    // The FG Deutsch moderator may edit it, and a move keeps both host rows in step.
    const values = await editValues(id, DEUTSCH);
    const saved = await edit(id, { ...values, startTime: "09:30" }, DEUTSCH);
    expect(saved.status, JSON.stringify(saved.data)).toBe(302);
    const moved = await meeting(id);
    expect(moved.kind).toBe("joint");
    expect((await hostRows(id)).map((h) => h.starts_at)).toEqual([moved.starts_at, moved.starts_at]);

    const meetingPage = await run(async () => meetingLoader(args(await getRequest(`/n/halle/meetings/${id}`, { as: DEUTSCH }), { network: "halle", meetingId: String(id) })));
    expect(meetingPage.data.canModerate).toBe(true);
  });

  it("refuses a group of another network or the own group as co-host", async () => {
    const vogtlandGroup = (await db.selectFrom("groups").innerJoin("networks", "networks.id", "groups.network_id").select("groups.id").where("networks.slug", "=", "vogtland").executeTakeFirstOrThrow()).id;
    for (const ids of [[String(vogtlandGroup)], [String(await groupId("fg-arbeit"))], ["abc"]]) {
      const outcome = await plan("fg-arbeit", { jointGroupIds: ids });
      expect(outcome.status, ids.join()).toBe(422);
      expect(outcome.data.fieldErrors.jointGroupIds).toBe("validation.invalidChoice");
    }
    const noGroups = await plan("fg-arbeit", { kind: "joint" });
    expect(noGroups.status).toBe(422);
    expect(noGroups.data.fieldErrors.kind).toBe("meeting.validation.jointNeedsGroups");
  });
});

describe("who may plan and edit", () => {
  it("answers 403 to a member who does not moderate (loader and action)", async () => {
    const id = await planned("fg-arbeit", { date: "2027-10-14" });
    const newPage = await run(async () => planLoader(args(await getRequest(planPath("fg-arbeit"), { as: BERATUNG }), { network: "halle", slug: "fg-arbeit" })));
    expect(newPage.status).toBe(403);
    expect((await plan("fg-arbeit", {}, BERATUNG)).status).toBe(403);
    const editPage = await run(async () => editLoader(args(await getRequest(editPath(id), { as: BERATUNG }), { network: "halle", meetingId: String(id) })));
    expect(editPage.status).toBe(403);
    const values = await editValues(id);
    expect((await edit(id, values, BERATUNG)).status).toBe(403);
    expect((await edit(id, { intent: "cancel", reason: "x", version: values.version }, BERATUNG)).status).toBe(403);
    // FG Deutsch's moderator does not moderate FG Arbeit's own meetings.
    expect((await edit(id, values, DEUTSCH)).status).toBe(403);
    expect((await plan("fg-arbeit", {}, DEUTSCH)).status).toBe(403);
    expect((await meeting(id)).version).toBe(1);
  });

  it("lets the network admin plan for any group", async () => {
    await planned("steuerungsgruppe", { date: "2027-11-11" }, ADMIN);
  });

  it("answers 404 to another network's admin, for unknown groups and for foreign or unknown meeting ids", async () => {
    const id = await planned("fg-arbeit", { date: "2027-10-21" });
    const loaderOutcome = await run(async () => planLoader(args(await getRequest(planPath("fg-arbeit"), { as: VOGTLAND_ADMIN }), { network: "halle", slug: "fg-arbeit" })));
    expect(loaderOutcome.status).toBe(404);
    expect((await plan("fg-arbeit", {}, VOGTLAND_ADMIN)).status).toBe(404);
    const editOutcome = await run(async () => editLoader(args(await getRequest(editPath(id), { as: VOGTLAND_ADMIN }), { network: "halle", meetingId: String(id) })));
    expect(editOutcome.status).toBe(404);
    expect((await edit(id, fields({ version: "1" }), VOGTLAND_ADMIN)).status).toBe(404);

    const unknown = await run(async () => planLoader(args(await getRequest(planPath("gibt-es-nicht"), { as: ADMIN }), { network: "halle", slug: "gibt-es-nicht" })));
    expect(unknown.status).toBe(404);

    // A meeting of the Vogtland network is not reachable through Halle's URLs.
    const vogtland = await networkId("vogtland");
    const foreign = await db
      .insertInto("meetings")
      .values({
        network_id: vogtland, kind: "regular", title: "Vogtland-Sitzung", starts_at: "2027-05-05T08:00:00.000Z", ends_at: "2027-05-05T10:00:00.000Z",
        proposal_deadline: "2027-04-21T21:59:59.000Z", place: "Plauen",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const meetingId of [String(foreign.id), "999999", "abc", "-1"]) {
      const page = await run(async () => editLoader(args(await getRequest(editPath(meetingId), { as: ADMIN }), { network: "halle", meetingId })));
      expect(page.status, meetingId).toBe(404);
      const post = await run(async () =>
        editAction(args(await postRequest(editPath(meetingId), { intent: "cancel", reason: "x", version: "1" }, { as: ADMIN }), { network: "halle", meetingId })),
      );
      expect(post.status, meetingId).toBe(404);
    }
    expect((await meeting(foreign.id)).status).toBe("planned");
  });
});

describe("validation", () => {
  it("answers 422 with one message per field and the input kept", async () => {
    const before = await db.selectFrom("meetings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const endBeforeStart = await plan("fg-arbeit", { startTime: "12:00", endTime: "10:00", title: "Meine Sitzung" });
    expect(endBeforeStart.status).toBe(422);
    expect(endBeforeStart.data.fieldErrors).toEqual({ endTime: "meeting.validation.endAfterStart" });
    expect(endBeforeStart.data.repopulateFields).toMatchObject({ title: "Meine Sitzung", startTime: "12:00", endTime: "10:00", place: fields().place });

    const missingDate = await plan("fg-arbeit", { date: "" });
    expect(missingDate.status).toBe(422);
    expect(missingDate.data.fieldErrors.date).toBe("validation.required");

    const badUrl = await plan("fg-arbeit", { onlineUrl: "meet.halle.example/raum" });
    expect(badUrl.status).toBe(422);
    expect(badUrl.data.fieldErrors.onlineUrl).toBe("validation.url");
    expect(badUrl.data.repopulateFields.onlineUrl).toBe("meet.halle.example/raum");

    const nowhere = await plan("fg-arbeit", { place: "", onlineUrl: "" });
    expect(nowhere.data.fieldErrors.place).toBe("meeting.validation.placeOrOnline");

    const lateDeadline = await plan("fg-arbeit", { deadlineDate: "2027-07-16" });
    expect(lateDeadline.data.fieldErrors.deadlineDate).toBe("meeting.validation.deadlineAfterMeeting");

    const after = await db.selectFrom("meetings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("validates the editor the same way (422, input kept, nothing stored)", async () => {
    const id = await planned("fg-arbeit", { date: "2027-12-09" });
    const values = await editValues(id);
    const outcome = await edit(id, { ...values, endTime: "09:00", title: "Geänderter Titel" });
    expect(outcome.status).toBe(422);
    expect(outcome.data.fieldErrors.endTime).toBe("meeting.validation.endAfterStart");
    expect(outcome.data.repopulateFields.title).toBe("Geänderter Titel");
    expect((await meeting(id)).title).toBe(fields().title);
  });
});

describe("editing, moving, cancelling", () => {
  it("keeps the id and raises the sequence when the meeting moves, not when only the title changes", async () => {
    const id = await planned("fg-arbeit", { date: "2028-01-13" });
    const values = await editValues(id);
    expect(values).toMatchObject({ date: "2028-01-13", startTime: "10:00", endTime: "12:00", deadlineDate: "2027-12-30", version: "1" });

    const retitled = await edit(id, { ...values, title: "Neuer Titel", description: "Mit Gästen" });
    expect(retitled.status).toBe(302);
    expect(retitled.location).toBe(`/n/halle/meetings/${id}`);
    expect(await meeting(id)).toMatchObject({ title: "Neuer Titel", description: "Mit Gästen", sequence: 0, version: 2 });

    const moved = await edit(id, { ...(await editValues(id)), date: "2028-01-20", startTime: "13:00", endTime: "15:00" });
    expect(moved.status).toBe(302);
    const m = await meeting(id);
    expect(m).toMatchObject({ id, sequence: 1, version: 3, starts_at: "2028-01-20T12:00:00.000Z", ends_at: "2028-01-20T14:00:00.000Z" });
    expect(await hostRows(id)).toEqual([{ group_id: await groupId("fg-arbeit"), starts_at: "2028-01-20T12:00:00.000Z" }]);

    const newPlace = await edit(id, { ...(await editValues(id)), place: "Jobcenter Halle, Raum 1.12" });
    expect(newPlace.status).toBe(302);
    expect((await meeting(id)).sequence).toBe(2);

    const actions = await db.selectFrom("audit_events").select("action").where("subject_type", "=", "meeting").where("subject_id", "=", String(id)).orderBy("id").execute();
    expect(actions.map((a) => a.action)).toEqual(["meeting.created", "meeting.updated", "meeting.moved", "meeting.moved"]);
  });

  it("refuses a save based on an old version with 409, keeping the input and showing what is stored", async () => {
    const id = await planned("fg-arbeit", { date: "2028-02-10" });
    const stale = await editValues(id);
    expect((await edit(id, { ...(await editValues(id)), title: "Fassung A" })).status).toBe(302);

    const conflict = await edit(id, { ...stale, title: "Fassung B", place: "Anderer Ort" });
    expect(conflict.status).toBe(409);
    expect(conflict.data.formError).toMatch(/inzwischen geändert/);
    expect(conflict.data.repopulateFields).toMatchObject({ title: "Fassung B", place: "Anderer Ort" });
    expect(conflict.data.stored).toMatchObject({ title: "Fassung A", version: "2" });
    expect(await meeting(id)).toMatchObject({ title: "Fassung A", version: 2, place: fields().place });

    const missingVersion = await edit(id, { ...stale, version: "" });
    expect(missingVersion.status).toBe(409);
  });

  it("cancels only with a reason; the meeting stays visible as cancelled with a raised sequence", async () => {
    const id = await planned("fg-arbeit", { date: "2028-04-13", title: "Wird abgesagt" });
    const { version } = await editValues(id);

    const noReason = await edit(id, { intent: "cancel", reason: "   ", version });
    expect(noReason.status).toBe(422);
    expect(noReason.data.fieldErrors.reason).toBe("validation.required");
    expect((await meeting(id)).status).toBe("planned");

    const cancelled = await edit(id, { intent: "cancel", reason: "Der Saal ist nicht verfügbar.", version });
    expect(cancelled.status).toBe(302);
    expect(await meeting(id)).toMatchObject({ status: "cancelled", cancel_reason: "Der Saal ist nicht verfügbar.", sequence: 1, version: 2 });

    const page = await groupPage("fg-arbeit");
    const listed = page.meetings.upcoming.find((m: { id: number }) => m.id === id);
    expect(listed).toMatchObject({ status: "cancelled", cancel_reason: "Der Saal ist nicht verfügbar." });
    expect(page.meetings.next?.id).not.toBe(id);
    const meetingPage = await run(async () => meetingLoader(args(await getRequest(`/n/halle/meetings/${id}`, { as: BERATUNG }), { network: "halle", meetingId: String(id) })));
    expect(meetingPage.status).toBe(200);
    expect(meetingPage.data.meeting.status).toBe("cancelled");

    // Cancelling a cancelled meeting is an illegal transition: 409, nothing changes.
    const again = await edit(id, { intent: "cancel", reason: "Nochmal", version: "2" });
    expect(again.status).toBe(409);
    expect(again.data.formError).toMatch(/nicht möglich/);
    expect(await meeting(id)).toMatchObject({ cancel_reason: "Der Saal ist nicht verfügbar.", sequence: 1, version: 2 });

    // A cancelled meeting is no longer edited.
    const editAfter = await edit(id, { ...fields(), version: "2" });
    expect(editAfter.status).toBe(409);
    const audit = await db.selectFrom("audit_events").select("action").where("action", "=", "meeting.cancelled").where("subject_id", "=", String(id)).execute();
    expect(audit).toHaveLength(1);
  });

  it("refuses a cancellation based on an old version", async () => {
    const id = await planned("fg-arbeit", { date: "2028-05-11" });
    expect((await edit(id, { ...(await editValues(id)), title: "Geändert" })).status).toBe(302);
    const stale = await edit(id, { intent: "cancel", reason: "Krankheit", version: "1" });
    expect(stale.status).toBe(409);
    expect(stale.data.repopulateFields).toEqual({ reason: "Krankheit" });
    expect((await meeting(id)).status).toBe("planned");
  });

  it("marks a meeting as held once it has begun, and only once", async () => {
    const past = await planned("fg-arbeit", { date: addLocalDays(today(), -3) });
    const held = await edit(past, { intent: "held" });
    expect(held.status).toBe(302);
    expect(await meeting(past)).toMatchObject({ status: "held", sequence: 0, version: 2 });
    const twice = await edit(past, { intent: "held" });
    expect(twice.status).toBe(409);

    const future = await planned("fg-arbeit", { date: "2028-06-15" });
    const early = await edit(future, { intent: "held" });
    expect(early.status).toBe(409);
    expect((await meeting(future)).status).toBe("planned");

    const pastPage = await groupPage("fg-arbeit");
    expect(pastPage.meetings.past.find((m: { id: number }) => m.id === past)).toMatchObject({ status: "held" });
  });

  it("answers 400 to an unknown intent", async () => {
    const id = await planned("fg-arbeit", { date: "2028-07-13" });
    expect((await edit(id, { intent: "delete" })).status).toBe(400);
  });
});

describe("meeting lists", () => {
  it("group page: next meeting, upcoming and past, plus the planning button for moderators only", async () => {
    const moderatorView = await groupPage("fg-arbeit", ARBEIT);
    expect(moderatorView.canPlan).toBe(true);
    const memberView = await groupPage("fg-arbeit", BERATUNG);
    expect(memberView.canPlan).toBe(false);
    const { next, upcoming, past } = memberView.meetings;
    const now = new Date().toISOString();
    expect(next.status).not.toBe("cancelled");
    expect(next.starts_at >= now).toBe(true);
    const starts = upcoming.map((m: { starts_at: string }) => m.starts_at);
    expect(starts).toEqual([...starts].sort());
    expect(past.every((m: { starts_at: string }) => m.starts_at < now)).toBe(true);
  });

  it("the network's list shows upcoming meetings of every group, none of another network", async () => {
    const id = await planned("fg-deutsch", { date: "2027-08-19", title: "FG Deutsch im August" }, DEUTSCH);
    const page = await run(async () => networkMeetingsLoader(args(await getRequest("/n/halle/meetings", { as: BERATUNG }), { network: "halle" })));
    expect(page.status).toBe(200);
    expect(page.data.page).toBe(1);
    expect(page.data.meetings.length).toBeLessThanOrEqual(50);
    const halle = await networkId("halle");
    const ids = page.data.meetings.map((m: { id: number }) => m.id);
    const stored = await db.selectFrom("meetings").select(["id", "network_id"]).where("id", "in", ids).execute();
    expect(stored.every((m) => m.network_id === halle)).toBe(true);
    const upcoming = await db.selectFrom("meetings").select("id").where("network_id", "=", halle).where("starts_at", ">=", new Date().toISOString()).execute();
    expect(page.data.total).toBe(upcoming.length);
    expect(page.data.pageCount).toBe(Math.max(1, Math.ceil(upcoming.length / 50)));
    if (page.data.pageCount === 1) expect(ids).toContain(id);
    const bogus = await run(async () => networkMeetingsLoader(args(await getRequest("/n/halle/meetings?page=%27", { as: BERATUNG }), { network: "halle" })));
    expect(bogus.data.page).toBe(1);
    // A page beyond the last shows the last.
    const beyond = await run(async () => networkMeetingsLoader(args(await getRequest("/n/halle/meetings?page=99", { as: BERATUNG }), { network: "halle" })));
    expect(beyond.data.page).toBe(page.data.pageCount);
    expect(beyond.data.meetings.length).toBeGreaterThan(0);
  });

  it("the network's list pages 50 meetings at a time, soonest first, without gaps or repeats", async () => {
    const halle = await networkId("halle");
    const group = await db.selectFrom("groups").select("id").where("network_id", "=", halle).where("slug", "=", "fg-deutsch").executeTakeFirstOrThrow();
    const added = await db
      .insertInto("meetings")
      .values(Array.from({ length: 60 }, (_, i) => ({ network_id: halle, kind: "regular" as const, title: `Paging ${i}`, starts_at: `2031-01-${String((i % 28) + 1).padStart(2, "0")}T09:00:00.000Z`, ends_at: `2031-01-${String((i % 28) + 1).padStart(2, "0")}T10:00:00.000Z`, time_zone: "Europe/Berlin", proposal_deadline: "2030-12-20T09:00:00.000Z" })))
      .returning(["id", "starts_at"])
      .execute();
    await db.insertInto("meeting_hosts").values(added.map((m) => ({ meeting_id: m.id, group_id: group.id, network_id: halle, starts_at: m.starts_at }))).execute();
    try {
      const list = async (query: string) => (await run(async () => networkMeetingsLoader(args(await getRequest(`/n/halle/meetings${query}`, { as: BERATUNG }), { network: "halle" })))).data;
      const first = await list("");
      expect(first.pageCount).toBe(Math.ceil(first.total / 50));
      const seen: { id: number; starts_at: string }[] = [];
      for (let n = 1; n <= first.pageCount; n++) seen.push(...(await list(`?page=${n}`)).meetings);
      expect(seen).toHaveLength(first.total);
      expect(new Set(seen.map((m) => m.id)).size).toBe(first.total);
      expect(seen.map((m) => m.starts_at)).toEqual([...seen.map((m) => m.starts_at)].sort());
      expect(seen.map((m) => m.id)).toEqual(expect.arrayContaining(added.map((m) => m.id)));
    } finally {
      await db.deleteFrom("meetings").where("id", "in", added.map((m) => m.id)).execute();
    }
  });
});
