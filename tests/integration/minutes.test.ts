import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { AgendaItemStatus, MeetingStatus } from "../../db/schema";
import { action as minutesAction, loader as minutesLoader } from "~/routes/n.$network.meetings.$meetingId_.minutes";
import { loader as printLoader } from "~/routes/n.$network.meetings.$meetingId_.print";
import { loader as meetingLoader } from "~/routes/n.$network.meetings.$meetingId";
import { args, getRequest, postRequest, run } from "../requests";
import { affiliatedOrganisationId, networkId as networkIdOf } from "../lookups";

// Meetings and items are made here with kysely, in a group of their own, so that the
// demo data's meetings do not interfere.

const MODERATOR = "arbeit@halle.example";
const MEMBER = "beratung@halle.example";
const OTHER_MEMBER = "mso@halle.example"; // in the network, not in the test group
const DAY = 86_400_000;

let networkId: number;
let groupId: number;

beforeAll(async () => {
  networkId = await networkIdOf("halle");
  groupId = (
    await db
      .insertInto("groups")
      .values({ network_id: networkId, kind: "specialist", slug: "fg-protokoll-test", name: "FG Protokoll-Test" })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto("group_memberships")
    .values([
      { network_id: networkId, group_id: groupId, organisation_id: await affiliatedOrganisationId(MODERATOR, networkId), tier: "preparation" },
      { network_id: networkId, group_id: groupId, organisation_id: await affiliatedOrganisationId(MEMBER, networkId), tier: "member" },
    ])
    .execute();
});

async function createMeeting(opts: { startsInDays: number; status?: MeetingStatus; network?: number; group?: number; title?: string }) {
  const starts = new Date(Date.now() + opts.startsInDays * DAY);
  const startsAt = starts.toISOString();
  const { id } = await db
    .insertInto("meetings")
    .values({
      network_id: opts.network ?? networkId,
      kind: "regular",
      title: opts.title ?? "Quartalssitzung",
      starts_at: startsAt,
      ends_at: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
      proposal_deadline: new Date(starts.getTime() - 14 * DAY).toISOString(),
      status: opts.status ?? "invited",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("meeting_hosts")
    .values({ meeting_id: id, group_id: opts.group ?? groupId, network_id: opts.network ?? networkId, starts_at: startsAt })
    .execute();
  return id;
}

async function addItem(meetingId: number, title: string, status: AgendaItemStatus = "accepted", position = 1, network = networkId) {
  const { id } = await db
    .insertInto("agenda_items")
    .values({ network_id: network, meeting_id: meetingId, title, kind: "discussion", status, position, planned_minutes: 20 })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

const item = (id: number) =>
  db.selectFrom("agenda_items").select(["minutes_text", "outcome", "decision", "version"]).where("id", "=", id).executeTakeFirstOrThrow();
const meetingStatus = async (id: number) => (await db.selectFrom("meetings").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;

function editor(meetingId: number | string, as: string) {
  return run(async () =>
    minutesLoader(args(await getRequest(`/n/halle/meetings/${meetingId}/minutes`, { as }), { network: "halle", meetingId: String(meetingId) })),
  );
}

function post(meetingId: number | string, fields: Record<string, string>, as = MODERATOR) {
  return run(async () =>
    minutesAction(args(await postRequest(`/n/halle/meetings/${meetingId}/minutes`, fields, { as }), { network: "halle", meetingId: String(meetingId) })),
  );
}

function meetingPage(meetingId: number, as: string) {
  return run(async () => meetingLoader(args(await getRequest(`/n/halle/meetings/${meetingId}`, { as }), { network: "halle", meetingId: String(meetingId) })));
}

function printView(meetingId: number | string, as: string) {
  return run(async () =>
    printLoader(args(await getRequest(`/n/halle/meetings/${meetingId}/print`, { as }), { network: "halle", meetingId: String(meetingId) })),
  );
}

/** The minutes form as the editor renders it, with some texts changed. */
async function minutesForm(meetingId: number, changes: Record<number, { minutesText?: string; outcome?: string; decision?: string }>) {
  const loaded = await editor(meetingId, MODERATOR);
  expect(loaded.status).toBe(200);
  const fields: Record<string, string> = { intent: "saveMinutes" };
  loaded.data.items.forEach((i: { id: number; version: number; original: string; minutesText: string; outcome: string; decision: string }, n: number) => {
    const change = changes[i.id] ?? {};
    fields[`items[${n}].id`] = String(i.id);
    fields[`items[${n}].version`] = String(i.version);
    fields[`items[${n}].original`] = i.original;
    fields[`items[${n}].minutesText`] = change.minutesText ?? i.minutesText;
    fields[`items[${n}].outcome`] = change.outcome ?? i.outcome;
    fields[`items[${n}].decision`] = change.decision ?? i.decision;
  });
  return fields;
}

describe("minutes editor", () => {
  it("lets a moderator write minutes; the first save marks the meeting held", async () => {
    const meetingId = await createMeeting({ startsInDays: -1, status: "invited" });
    const first = await addItem(meetingId, "Bericht aus dem Jobcenter", "accepted", 1);
    const second = await addItem(meetingId, "Sprachkurse im Herbst", "accepted", 2);
    await addItem(meetingId, "Abgelehnter Vorschlag", "declined", 3);

    const loaded = await editor(meetingId, MODERATOR);
    expect(loaded.status).toBe(200);
    expect(loaded.data.lock).toBeNull();
    expect(loaded.data.items.map((i: { id: number }) => i.id)).toEqual([first, second]);

    const fields = await minutesForm(meetingId, { [first]: { minutesText: "Zeile eins\r\nZeile zwei", outcome: "Zur Kenntnis genommen", decision: "Keiner" } });
    const saved = await post(meetingId, fields);
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`/n/halle/meetings/${meetingId}/minutes?done=saved`);
    expect(await item(first)).toEqual({ minutes_text: "Zeile eins\nZeile zwei", outcome: "Zur Kenntnis genommen", decision: "Keiner", version: 2 });
    // Unchanged items are not written (their version stays).
    expect((await item(second)).version).toBe(1);
    expect(await meetingStatus(meetingId)).toBe("held");
    const audit = await db.selectFrom("audit_events").select("action").where("subject_type", "=", "meeting").where("subject_id", "=", String(meetingId)).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["meeting.held", "meeting.minutes_saved"]));
  });

  it("answers 403 to a member who does not moderate, in loader and action, and changes nothing", async () => {
    const meetingId = await createMeeting({ startsInDays: -1, status: "held" });
    const itemId = await addItem(meetingId, "TOP");
    expect((await editor(meetingId, MEMBER)).status).toBe(403);
    expect((await editor(meetingId, OTHER_MEMBER)).status).toBe(403);
    const attempt = await post(
      meetingId,
      { intent: "saveMinutes", "items[0].id": String(itemId), "items[0].version": "1", "items[0].minutesText": "Eingeschleust" },
      MEMBER,
    );
    expect(attempt.status).toBe(403);
    expect(await post(meetingId, { intent: "publishMinutes" }, MEMBER)).toMatchObject({ status: 403 });
    expect(await post(meetingId, { intent: "addActionItem", actionTitle: "x" }, MEMBER)).toMatchObject({ status: 403 });
    expect((await item(itemId)).minutes_text).toBe("");
    expect(await meetingStatus(meetingId)).toBe("held");
  });

  it("answers 404 for another network's meeting and for an item of another meeting, writing nothing", async () => {
    const vogtland = (await db.selectFrom("networks").select("id").where("slug", "=", "vogtland").executeTakeFirstOrThrow()).id;
    const vogtlandGroup = (await db.selectFrom("groups").select("id").where("network_id", "=", vogtland).executeTakeFirstOrThrow()).id;
    const foreignMeeting = await createMeeting({ startsInDays: -1, status: "held", network: vogtland, group: vogtlandGroup });
    const foreignItem = await addItem(foreignMeeting, "Vogtland-TOP", "accepted", 1, vogtland);

    for (const id of [String(foreignMeeting), "999999", "abc"]) {
      expect((await editor(id, "admin@halle.example")).status, id).toBe(404);
      expect((await post(id, { intent: "publishMinutes" }, "admin@halle.example")).status, id).toBe(404);
    }

    const meetingId = await createMeeting({ startsInDays: -1, status: "invited" });
    const own = await addItem(meetingId, "Eigener TOP");
    const otherMeeting = await createMeeting({ startsInDays: -3, status: "held" });
    const otherItem = await addItem(otherMeeting, "TOP einer anderen Sitzung");
    for (const stranger of [foreignItem, otherItem]) {
      const result = await post(meetingId, {
        intent: "saveMinutes",
        "items[0].id": String(own),
        "items[0].version": "1",
        "items[0].minutesText": "eigener Text",
        "items[1].id": String(stranger),
        "items[1].version": "1",
        "items[1].minutesText": "fremder Text",
      });
      expect(result.status).toBe(404);
    }
    expect((await item(own)).minutes_text).toBe("");
    expect((await item(foreignItem)).minutes_text).toBe("");
    expect((await item(otherItem)).minutes_text).toBe("");
    expect(await meetingStatus(meetingId)).toBe("invited");

    expect((await post(meetingId, { intent: "addActionItem", actionTitle: "x", actionAgendaItem: String(otherItem) })).status).toBe(404);
    const foreignAction = await db
      .insertInto("action_items")
      .values({ network_id: networkId, meeting_id: otherMeeting, title: "Fremde Aufgabe" })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect((await post(meetingId, { intent: "removeActionItem", actionItemId: String(foreignAction.id) })).status).toBe(404);
    expect(await db.selectFrom("action_items").select("id").where("id", "=", foreignAction.id).executeTakeFirst()).toBeDefined();
  });

  it("refuses a stale version with 409, keeps the text and shows what is stored", async () => {
    const meetingId = await createMeeting({ startsInDays: -1, status: "held" });
    const itemId = await addItem(meetingId, "Arbeitsmarktintegration");
    const mine = await minutesForm(meetingId, { [itemId]: { minutesText: "Mein Entwurf\nmit zwei Zeilen", outcome: "mein Ergebnis" } });
    const theirs = await minutesForm(meetingId, { [itemId]: { minutesText: "Text der Kollegin" } });
    expect((await post(meetingId, theirs)).status).toBe(302);

    const refused = await post(meetingId, mine);
    expect(refused.status).toBe(409);
    expect(refused.data.formError).toMatch(/inzwischen geändert/);
    expect(refused.data.repopulateFields.items[0]).toMatchObject({ id: String(itemId), minutesText: "Mein Entwurf\nmit zwei Zeilen", outcome: "mein Ergebnis", version: "2" });
    expect(refused.data.conflicts).toEqual([expect.objectContaining({ id: itemId, minutesText: "Text der Kollegin" })]);
    expect(refused.data.fieldErrors).toEqual({ "items[0].minutesText": "minutes.conflictField" });
    expect(await item(itemId)).toMatchObject({ minutes_text: "Text der Kollegin", outcome: "", version: 2 });

    // Having seen the stored text, the person saves again from the refused form: accepted.
    const again: Record<string, string> = { intent: "saveMinutes" };
    for (const [key, value] of Object.entries(refused.data.repopulateFields.items[0] as Record<string, string>)) again[`items[0].${key}`] = value;
    expect((await post(meetingId, again)).status).toBe(302);
    expect(await item(itemId)).toMatchObject({ minutes_text: "Mein Entwurf\nmit zwei Zeilen", version: 3 });
  });

  it("keeps someone else's newer text in an item this person left alone", async () => {
    const meetingId = await createMeeting({ startsInDays: -1, status: "held" });
    const a = await addItem(meetingId, "TOP A", "accepted", 1);
    const b = await addItem(meetingId, "TOP B", "accepted", 2);
    const mine = await minutesForm(meetingId, { [b]: { minutesText: "meins zu B" } });
    const theirs = await minutesForm(meetingId, { [a]: { minutesText: "ihres zu A" } });
    expect((await post(meetingId, theirs)).status).toBe(302);
    expect((await post(meetingId, mine)).status).toBe(302);
    expect((await item(a)).minutes_text).toBe("ihres zu A");
    expect((await item(b)).minutes_text).toBe("meins zu B");
  });

  it("returns field errors with the typed text for invalid input", async () => {
    const meetingId = await createMeeting({ startsInDays: -1, status: "held" });
    const itemId = await addItem(meetingId, "TOP");
    const result = await post(meetingId, {
      intent: "saveMinutes",
      "items[0].id": String(itemId),
      "items[0].version": "1",
      "items[0].minutesText": "x".repeat(20_001),
      "items[0].outcome": "bleibt erhalten",
    });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors["items[0].minutesText"]).toBe("validation.tooLong");
    expect(result.data.repopulateFields.items[0].outcome).toBe("bleibt erhalten");
    expect((await item(itemId)).version).toBe(1);
  });

  it("shows a clear message instead of the form before the meeting and after publishing", async () => {
    const future = await createMeeting({ startsInDays: 10, status: "invited" });
    const itemId = await addItem(future, "Künftiger TOP");
    const loaded = await editor(future, MODERATOR);
    expect(loaded.status).toBe(200);
    expect(loaded.data.lock).toBe("notYet");
    const refused = await post(future, { intent: "saveMinutes", "items[0].id": String(itemId), "items[0].version": "1", "items[0].minutesText": "zu früh" });
    expect(refused.status).toBe(409);
    expect(refused.data.formError).toMatch(/sobald die Sitzung begonnen hat/);
    expect((await item(itemId)).minutes_text).toBe("");
    expect(await meetingStatus(future)).toBe("invited");

    const published = await createMeeting({ startsInDays: -5, status: "minutes_published" });
    expect((await editor(published, MODERATOR)).data.lock).toBe("published");
    expect((await post(published, { intent: "addActionItem", actionTitle: "zu spät" })).status).toBe(409);
  });
});

describe("action items", () => {
  it("are added, marked done, reopened and removed by moderators", async () => {
    const meetingId = await createMeeting({ startsInDays: -1, status: "planned" });
    const itemId = await addItem(meetingId, "Jobmesse");
    const added = await post(meetingId, {
      intent: "addActionItem",
      actionTitle: "Stände für die Jobmesse anfragen",
      actionOwner: "Jobcenter Halle",
      actionDue: "2027-03-31",
      actionAgendaItem: String(itemId),
    });
    expect(added.status).toBe(302);
    // Recording anything after the start means the meeting took place.
    expect(await meetingStatus(meetingId)).toBe("held");

    const list = async () => (await editor(meetingId, MODERATOR)).data.actionItems;
    const [action] = await list();
    expect(action).toMatchObject({ title: "Stände für die Jobmesse anfragen", owner: "Jobcenter Halle", dueDate: "2027-03-31", status: "open", agendaItemTitle: "Jobmesse" });

    expect((await post(meetingId, { intent: "completeActionItem", actionItemId: String(action.id) })).status).toBe(302);
    expect((await list())[0].status).toBe("done");
    expect((await post(meetingId, { intent: "reopenActionItem", actionItemId: String(action.id) })).status).toBe(302);
    expect((await list())[0].status).toBe("open");
    expect((await post(meetingId, { intent: "removeActionItem", actionItemId: String(action.id) })).status).toBe(302);
    expect(await list()).toEqual([]);
  });

  it("refuses an impossible date with a field error", async () => {
    const meetingId = await createMeeting({ startsInDays: -1, status: "held" });
    const result = await post(meetingId, { intent: "addActionItem", actionTitle: "Bericht", actionDue: "2027-02-30" });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors.actionDue).toBe("minutes.invalidDate");
    expect(result.data.repopulateFields.actionTitle).toBe("Bericht");
  });
});

describe("reading minutes", () => {
  async function heldMeetingWithMinutes() {
    const meetingId = await createMeeting({ startsInDays: -2, status: "held" });
    const itemId = await addItem(meetingId, "Anerkennung ausländischer Abschlüsse");
    await db
      .updateTable("agenda_items")
      .set({ minutes_text: "<script>alert(1)</script>\nZweite Zeile", outcome: "Arbeitsgruppe gebildet", decision: "Einstimmig" })
      .where("id", "=", itemId)
      .execute();
    await db.insertInto("action_items").values({ network_id: networkId, meeting_id: meetingId, title: "Leitfaden entwerfen", owner: "IQ Netzwerk", due_date: "2027-04-30" }).execute();
    return meetingId;
  }

  it("hides draft minutes from members and shows them to moderators as a draft", async () => {
    const meetingId = await heldMeetingWithMinutes();
    for (const as of [MEMBER, OTHER_MEMBER]) {
      const page = await meetingPage(meetingId, as);
      expect(page.status).toBe(200);
      expect(page.data.minutes, as).toBeNull();
    }
    const moderator = await meetingPage(meetingId, MODERATOR);
    expect(moderator.data.minutes.draft).toBe(true);
    expect(moderator.data.minutesLinks).toEqual({ canEdit: true, canPrint: true });
  });

  it("lets every network member read published minutes, text as stored", async () => {
    const meetingId = await heldMeetingWithMinutes();
    expect((await post(meetingId, { intent: "publishMinutes" })).status).toBe(302);
    for (const as of [MEMBER, OTHER_MEMBER, MODERATOR]) {
      const page = await meetingPage(meetingId, as);
      expect(page.data.minutes.draft, as).toBe(false);
      expect(page.data.minutes.items[0]).toMatchObject({
        minutesText: "<script>alert(1)</script>\nZweite Zeile",
        outcome: "Arbeitsgruppe gebildet",
        decision: "Einstimmig",
      });
      expect(page.data.minutes.actionItems[0]).toMatchObject({ title: "Leitfaden entwerfen", owner: "IQ Netzwerk", dueDate: "2027-04-30" });
    }
    expect((await meetingPage(meetingId, OTHER_MEMBER)).data.minutesLinks).toEqual({ canEdit: false, canPrint: true });
  });

  it("refuses to publish anything but a held meeting (409)", async () => {
    const planned = await createMeeting({ startsInDays: -1, status: "invited" });
    const refused = await post(planned, { intent: "publishMinutes" });
    expect(refused.status).toBe(409);
    expect(refused.data.formError).toMatch(/stattgefundenen Sitzung/);
    expect(await meetingStatus(planned)).toBe("invited");
    const cancelled = await createMeeting({ startsInDays: -1, status: "cancelled" });
    expect((await post(cancelled, { intent: "publishMinutes" })).status).toBe(409);
    expect(await meetingStatus(cancelled)).toBe("cancelled");
  });
});

describe("print view", () => {
  it("shows agenda with start times and published minutes to members", async () => {
    const meetingId = await createMeeting({ startsInDays: -2, status: "held" });
    await addItem(meetingId, "Begrüßung", "accepted", 1);
    await addItem(meetingId, "Bericht", "accepted", 2);
    await addItem(meetingId, "Nicht angenommen", "proposed", 3);
    await post(meetingId, { intent: "publishMinutes" });

    const view = await printView(meetingId, OTHER_MEMBER);
    expect(view.status).toBe(200);
    expect(view.data.agenda.map((i: { title: string }) => i.title)).toEqual(["Begrüßung", "Bericht"]);
    const meeting = await db.selectFrom("meetings").select("starts_at").where("id", "=", meetingId).executeTakeFirstOrThrow();
    expect(view.data.agenda[0].startsAt).toBe(new Date(meeting.starts_at).toISOString());
    expect(new Date(view.data.agenda[1].startsAt).getTime() - new Date(meeting.starts_at).getTime()).toBe(20 * 60_000);
    expect(view.data.minutes.draft).toBe(false);
  });

  it("shows an invited meeting's agenda to members, but not its draft minutes", async () => {
    const meetingId = await createMeeting({ startsInDays: 3, status: "invited" });
    await addItem(meetingId, "Ausblick");
    const view = await printView(meetingId, MEMBER);
    expect(view.status).toBe(200);
    expect(view.data.minutes).toBeNull();
  });

  it("keeps an unpublished agenda to moderators and another network's meeting hidden", async () => {
    const planned = await createMeeting({ startsInDays: 20, status: "planned" });
    expect((await printView(planned, MEMBER)).status).toBe(403);
    expect((await printView(planned, MODERATOR)).status).toBe(200);
    expect((await printView(planned, "admin@vogtland.example")).status).toBe(404);
    expect((await printView("999999", MEMBER)).status).toBe(404);
  });
});
