import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { loadAgenda, requireMeetingContext } from "~/meetings/agenda.server";
import type { MeetingStatus } from "../../db/schema";
import { action as editorAction, loader as editorLoader } from "~/routes/n.$network.meetings.$meetingId_.agenda";
import { action as proposeAction, loader as proposeLoader } from "~/routes/n.$network.meetings.$meetingId_.propose";
import { args, getRequest, postRequest, run } from "../requests";
import { groupId, networkId, userId } from "../lookups";

// Agenda proposals and the agenda editor, against a copy of the seeded demo database.
// Meetings are created directly here, far in the future, so that the demo's own meetings
// (which lie within months of today) never stand between them.

const MEMBER = "beratung@halle.example"; // FG Arbeit and FG Deutsch
const MODERATOR = "arbeit@halle.example"; // moderates FG Arbeit
const OUTSIDER = "steuerung@halle.example"; // steering lead, not in FG Arbeit


let halle: number;
let vogtland: number;
let fgArbeit: number;

beforeAll(async () => {
  halle = await networkId("halle");
  vogtland = await networkId("vogtland");
  fgArbeit = await groupId("fg-arbeit", "halle");
});

async function createMeeting(opts: {
  startsAt: string;
  minutes?: number;
  deadline?: string;
  status?: MeetingStatus;
  networkId?: number;
  groupIds?: number[];
}) {
  const networkId = opts.networkId ?? halle;
  const endsAt = new Date(new Date(opts.startsAt).getTime() + (opts.minutes ?? 90) * 60_000).toISOString();
  const deadline = opts.deadline ?? new Date(new Date(opts.startsAt).getTime() - 14 * 86_400_000).toISOString();
  const { id } = await db
    .insertInto("meetings")
    .values({
      network_id: networkId,
      kind: "regular",
      title: `Testsitzung ${opts.startsAt}`,
      starts_at: opts.startsAt,
      ends_at: endsAt,
      proposal_deadline: deadline,
      status: opts.status ?? "planned",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const groupId of opts.groupIds ?? [fgArbeit]) {
    await db.insertInto("meeting_hosts").values({ meeting_id: id, group_id: groupId, network_id: networkId, starts_at: opts.startsAt }).execute();
  }
  return id;
}

const proposal = (overrides: Record<string, string> = {}) => ({
  title: "Neue Beratungsangebote für Geflüchtete",
  kind: "information",
  description: "Kurzer Bericht über die neuen Sprechzeiten.",
  desiredMinutes: "20",
  ...overrides,
});

async function propose(meetingId: number, as: string, fields: Record<string, string>) {
  const params = { network: "halle", meetingId: String(meetingId) };
  return run(async () => proposeAction(args(await postRequest(`/n/halle/meetings/${meetingId}/propose`, fields, { as }), params)));
}

async function edit(meetingId: number, as: string, fields: Record<string, string | number>, network = "halle") {
  const params = { network, meetingId: String(meetingId) };
  const body = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]));
  return run(async () => editorAction(args(await postRequest(`/n/${network}/meetings/${meetingId}/agenda`, body, { as }), params)));
}

async function openEditor(meetingId: number, as: string) {
  const params = { network: "halle", meetingId: String(meetingId) };
  return run(async () => editorLoader(args(await getRequest(`/n/halle/meetings/${meetingId}/agenda`, { as }), params)));
}

async function agendaFor(meetingId: number, as: string, now?: Date) {
  const ctx = await requireMeetingContext(await getRequest(`/n/halle/meetings/${meetingId}`, { as }), { network: "halle", meetingId: String(meetingId) });
  return loadAgenda(ctx.viewer.networkId, ctx.meeting, ctx.viewer, now);
}

async function item(id: number) {
  return db.selectFrom("agenda_items").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function itemsOf(meetingId: number) {
  return db.selectFrom("agenda_items").selectAll().where("meeting_id", "=", meetingId).orderBy("id").execute();
}

async function eventsOf(itemId: number) {
  return db.selectFrom("agenda_item_events").selectAll().where("agenda_item_id", "=", itemId).orderBy("id").execute();
}

/** Stores a proposal through the action and returns its row. */
async function proposed(meetingId: number, overrides: Record<string, string> = {}, as = MEMBER) {
  const result = await propose(meetingId, as, proposal(overrides));
  expect(result.status, JSON.stringify(result.data)).toBe(302);
  const rows = await itemsOf(meetingId);
  return rows[rows.length - 1];
}

describe("proposing an agenda item", () => {
  it("a member of a host group proposes: row with proposer and organisation, history event, redirect with confirmation", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-03-10T09:00:00.000Z" });
    const page = await run(async () =>
      proposeLoader(args(await getRequest(`/n/halle/meetings/${meetingId}/propose`, { as: MEMBER }), { network: "halle", meetingId: String(meetingId) })),
    );
    expect(page.status).toBe(200);
    expect(page.data.open).toBe(true);

    const result = await propose(meetingId, MEMBER, proposal());
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/n/halle/meetings/${meetingId}?proposed=1`);

    const [row] = await itemsOf(meetingId);
    expect(row).toMatchObject({
      network_id: halle,
      title: "Neue Beratungsangebote für Geflüchtete",
      kind: "information",
      description: "Kurzer Bericht über die neuen Sprechzeiten.",
      planned_minutes: 20,
      status: "proposed",
      proposed_by_user_id: await userId(MEMBER),
    });
    // The proposer's organisation is one that belongs to FG Arbeit.
    const inGroup = await db
      .selectFrom("group_memberships")
      .select("id")
      .where("group_id", "=", fgArbeit)
      .where("organisation_id", "=", row.proposed_by_organisation_id)
      .executeTakeFirst();
    expect(inGroup).toBeDefined();

    const events = await eventsOf(row.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ from_status: null, to_status: "proposed", actor_user_id: await userId(MEMBER) });

    // The proposer sees their own proposal with its status on the meeting page.
    const agenda = await agendaFor(meetingId, MEMBER);
    expect(agenda.ownProposals).toEqual([expect.objectContaining({ id: row.id, status: "proposed" })]);
    expect(agenda.canPropose).toBe(true);
  });

  it("someone outside the host groups gets 403 on page and action, and nothing is stored", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-03-11T09:00:00.000Z" });
    const page = await run(async () =>
      proposeLoader(args(await getRequest(`/n/halle/meetings/${meetingId}/propose`, { as: OUTSIDER }), { network: "halle", meetingId: String(meetingId) })),
    );
    expect(page.status).toBe(403);
    const result = await propose(meetingId, OUTSIDER, proposal());
    expect(result.status).toBe(403);
    expect(await itemsOf(meetingId)).toHaveLength(0);
  });

  it("another network's admin gets 404", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-03-12T09:00:00.000Z" });
    const result = await run(async () =>
      proposeAction(
        args(await postRequest(`/n/vogtland/meetings/${meetingId}/propose`, proposal(), { as: "admin@vogtland.example" }), {
          network: "vogtland",
          meetingId: String(meetingId),
        }),
      ),
    );
    expect(result.status).toBe(404);
    expect(await itemsOf(meetingId)).toHaveLength(0);
  });

  it("after the deadline the page says so and the action refuses with a German message, storing nothing", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-03-13T09:00:00.000Z", deadline: "2024-01-01T09:00:00.000Z" });
    const page = await run(async () =>
      proposeLoader(args(await getRequest(`/n/halle/meetings/${meetingId}/propose`, { as: MEMBER }), { network: "halle", meetingId: String(meetingId) })),
    );
    expect(page.data.open).toBe(false);
    expect(page.data.closedReason).toBe("deadline");

    const result = await propose(meetingId, MEMBER, proposal());
    expect(result.status).toBe(409);
    expect(result.data.formError).toContain("Frist für Vorschläge ist am 01.01.2024, 10:00 Uhr abgelaufen");
    expect(result.data.repopulateFields.title).toBe("Neue Beratungsangebote für Geflüchtete");
    expect(await itemsOf(meetingId)).toHaveLength(0);
    expect((await agendaFor(meetingId, MEMBER)).canPropose).toBe(false);
  });

  it("a meeting that has taken place takes no proposals", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-03-14T09:00:00.000Z", status: "held" });
    const result = await propose(meetingId, MEMBER, proposal());
    expect(result.status).toBe(409);
    expect(result.data.formError).toContain("nimmt keine Vorschläge mehr an");
    expect(await itemsOf(meetingId)).toHaveLength(0);
  });

  it("bad input answers 422 with one message per field and keeps what was typed", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-03-15T09:00:00.000Z" });
    const result = await propose(meetingId, MEMBER, { title: "  ", kind: "geheim", description: "Mein Text bleibt.", desiredMinutes: "3" });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({
      title: "validation.required",
      kind: "validation.invalidChoice",
      desiredMinutes: "agenda.validation.minutes",
    });
    expect(result.data.repopulateFields).toMatchObject({ description: "Mein Text bleibt.", desiredMinutes: "3" });
    expect(await itemsOf(meetingId)).toHaveLength(0);
  });

  it("a network admin may propose too", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-03-16T09:00:00.000Z" });
    const row = await proposed(meetingId, {}, "admin@halle.example");
    expect(row.proposed_by_user_id).toBe(await userId("admin@halle.example"));
  });
});

describe("agenda editor", () => {
  it("is closed to members who do not moderate a host group (403 on loader and action)", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-04-01T09:00:00.000Z" });
    const row = await proposed(meetingId);
    expect((await openEditor(meetingId, MEMBER)).status).toBe(403);
    const result = await edit(meetingId, MEMBER, { intent: "accept", itemId: row.id, version: row.version });
    expect(result.status).toBe(403);
    expect((await item(row.id)).status).toBe("proposed");
    // The moderator of another group (FG Deutsch) does not moderate this one either.
    expect((await openEditor(meetingId, "deutsch@halle.example")).status).toBe(403);
  });

  it("shows open proposals with kind, proposer organisation, desired minutes and description", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-04-02T09:00:00.000Z" });
    const row = await proposed(meetingId);
    const page = await openEditor(meetingId, MODERATOR);
    expect(page.status).toBe(200);
    const organisation = await db.selectFrom("organisations").select("name").where("id", "=", row.proposed_by_organisation_id).executeTakeFirstOrThrow();
    expect(page.data.proposals).toEqual([
      expect.objectContaining({
        id: row.id,
        title: row.title,
        kind: "information",
        plannedMinutes: 20,
        description: row.description,
        proposerOrganisation: organisation.name,
        version: 1,
      }),
    ]);
    expect(page.data.editable).toBe(true);
    const moderatorView = await agendaFor(meetingId, MODERATOR);
    expect(moderatorView.openProposalCount).toBe(1);
  });

  it("accepts a proposal: status, position, history with actor", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-04-03T09:00:00.000Z" });
    const row = await proposed(meetingId);
    const result = await edit(meetingId, MODERATOR, { intent: "accept", itemId: row.id, version: row.version });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/n/halle/meetings/${meetingId}/agenda?done=accepted`);
    const after = await item(row.id);
    expect(after).toMatchObject({ status: "accepted", position: 1, version: 2 });
    const events = await eventsOf(row.id);
    expect(events[events.length - 1]).toMatchObject({ from_status: "proposed", to_status: "accepted", actor_user_id: await userId(MODERATOR) });
  });

  it("declines only with a reason, which the proposer then sees", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-04-04T09:00:00.000Z" });
    const row = await proposed(meetingId);
    const empty = await edit(meetingId, MODERATOR, { intent: "decline", itemId: row.id, version: row.version, reason: "   " });
    expect(empty.status).toBe(422);
    expect(empty.data.fieldErrors.reason).toBe("validation.required");
    expect((await item(row.id)).status).toBe("proposed");

    const reason = "Thema wird in der Steuerungsgruppe behandelt.";
    const result = await edit(meetingId, MODERATOR, { intent: "decline", itemId: row.id, version: row.version, reason });
    expect(result.status).toBe(302);
    expect(await item(row.id)).toMatchObject({ status: "declined", decline_reason: reason });
    const events = await eventsOf(row.id);
    expect(events[events.length - 1]).toMatchObject({ from_status: "proposed", to_status: "declined", note: reason });

    const agenda = await agendaFor(meetingId, MEMBER);
    expect(agenda.ownProposals).toEqual([expect.objectContaining({ id: row.id, status: "declined", declineReason: reason })]);
  });

  it("defers a proposal to the group's next meeting, where it turns up as a proposal", async () => {
    const meetingId = await createMeeting({ startsAt: "2036-01-10T09:00:00.000Z" });
    const nextId = await createMeeting({ startsAt: "2036-04-10T08:00:00.000Z" });
    const row = await proposed(meetingId, { title: "Vertagtes Thema" });
    const result = await edit(meetingId, MODERATOR, { intent: "defer", itemId: row.id, version: row.version });
    expect(result.status).toBe(302);
    expect((await item(row.id)).status).toBe("deferred");
    const carried = (await itemsOf(nextId)).filter((i) => i.carried_from_item_id === row.id);
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({ status: "proposed", title: "Vertagtes Thema", proposed_by_user_id: await userId(MEMBER) });
    // Nothing was copied into the meeting the item was deferred from.
    expect((await itemsOf(meetingId)).filter((i) => i.carried_from_item_id === row.id)).toHaveLength(0);
  });

  it("orders the agenda with up and down, computes start times and warns about an overrun", async () => {
    // 10:00–11:30 Berlin time (CET).
    const meetingId = await createMeeting({ startsAt: "2035-05-07T08:00:00.000Z", minutes: 90 });
    const a = await proposed(meetingId, { title: "A", desiredMinutes: "30" });
    const b = await proposed(meetingId, { title: "B", desiredMinutes: "45" });
    const c = await proposed(meetingId, { title: "C", desiredMinutes: "60" });
    for (const row of [a, b, c]) {
      expect((await edit(meetingId, MODERATOR, { intent: "accept", itemId: row.id, version: row.version })).status).toBe(302);
    }
    const positions = async () => (await itemsOf(meetingId)).sort((x, y) => x.position - y.position).map((i) => [i.title, i.position]);
    expect(await positions()).toEqual([["A", 1], ["B", 2], ["C", 3]]);

    const cNow = await item(c.id);
    expect((await edit(meetingId, MODERATOR, { intent: "moveUp", itemId: c.id, version: cNow.version })).status).toBe(302);
    expect(await positions()).toEqual([["A", 1], ["C", 2], ["B", 3]]);
    const aNow = await item(a.id);
    expect((await edit(meetingId, MODERATOR, { intent: "moveDown", itemId: a.id, version: aNow.version })).status).toBe(302);
    expect(await positions()).toEqual([["C", 1], ["A", 2], ["B", 3]]);
    // Up on the first item changes nothing.
    const cFirst = await item(c.id);
    expect((await edit(meetingId, MODERATOR, { intent: "moveUp", itemId: c.id, version: cFirst.version })).status).toBe(302);
    expect(await positions()).toEqual([["C", 1], ["A", 2], ["B", 3]]);

    const page = await openEditor(meetingId, MODERATOR);
    expect(page.data.agenda.items.map((i: { title: string; startTime: string }) => [i.title, i.startTime])).toEqual([
      ["C", "10:00"],
      ["A", "11:00"],
      ["B", "11:30"],
    ]);
    expect(page.data.agenda.totalMinutes).toBe(135);
    expect(page.data.agenda.overrunMinutes).toBe(45);
    expect(page.data.overrunWarning).toBe("Die Tagesordnung überschreitet das Sitzungsende um 45 Minuten.");

    // Taking an item off the agenda renumbers the rest 1..n.
    const aAgain = await item(a.id);
    expect((await edit(meetingId, MODERATOR, { intent: "reopen", itemId: a.id, version: aAgain.version })).status).toBe(302);
    expect((await itemsOf(meetingId)).filter((i) => i.status === "accepted").map((i) => [i.title, i.position]).sort()).toEqual([["B", 2], ["C", 1]]);

    // On the meeting page: the draft for moderators, nothing for members until it is published.
    const moderatorView = await agendaFor(meetingId, MODERATOR);
    expect(moderatorView.items.map((i) => [i.number, i.startTime, i.title])).toEqual([[1, "10:00", "C"], [2, "11:00", "B"]]);
    const memberDraft = await agendaFor(meetingId, MEMBER);
    expect(memberDraft.visible).toBe(false);
    expect(memberDraft.items).toEqual([]);
    await db.updateTable("meetings").set({ status: "invited" }).where("id", "=", meetingId).execute();
    const memberView = await agendaFor(meetingId, MEMBER);
    expect(memberView.items.map((i) => i.title)).toEqual(["C", "B"]);
    expect(memberView.openProposalCount).toBeNull();
  });

  it("sets planned minutes and a presenter from the host groups; refuses a presenter from elsewhere", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-05-08T08:00:00.000Z" });
    const row = await proposed(meetingId);
    await edit(meetingId, MODERATOR, { intent: "accept", itemId: row.id, version: row.version });
    const page = await openEditor(meetingId, MODERATOR);
    const person = page.data.presenterOptions.people.find((p: { label: string }) => p.label.startsWith("Yasmin Haddad"));
    expect(person).toBeDefined();
    const organisation = page.data.presenterOptions.organisations[0];
    expect(page.data.presenterOptions.people.some((p: { label: string }) => p.label.startsWith("Dr. Thomas Berger"))).toBe(false);

    let current = await item(row.id);
    const byPerson = await edit(meetingId, MODERATOR, { intent: "update", itemId: row.id, version: current.version, plannedMinutes: "25", presenter: person.value });
    expect(byPerson.status).toBe(302);
    current = await item(row.id);
    expect(current).toMatchObject({ planned_minutes: 25, presenter_user_id: await userId(MEMBER), presenter_organisation_id: null });

    const byOrganisation = await edit(meetingId, MODERATOR, { intent: "update", itemId: row.id, version: current.version, plannedMinutes: "25", presenter: organisation.value });
    expect(byOrganisation.status).toBe(302);
    current = await item(row.id);
    expect(current.presenter_user_id).toBeNull();
    expect(`org:${current.presenter_organisation_id}`).toBe(organisation.value);

    const outsider = await edit(meetingId, MODERATOR, {
      intent: "update",
      itemId: row.id,
      version: current.version,
      plannedMinutes: "25",
      presenter: `user:${await userId(OUTSIDER)}`,
    });
    expect(outsider.status).toBe(422);
    expect(outsider.data.fieldErrors.presenter).toBe("agenda.error.presenter");

    const badMinutes = await edit(meetingId, MODERATOR, { intent: "update", itemId: row.id, version: current.version, plannedMinutes: "500", presenter: "" });
    expect(badMinutes.status).toBe(422);
    expect(badMinutes.data.fieldErrors.plannedMinutes).toBe("agenda.validation.minutes");
    expect(await item(row.id)).toMatchObject({ planned_minutes: 25, version: current.version });

    const shown = await agendaFor(meetingId, MODERATOR);
    expect(shown.items[0].presenterName).toBeTruthy();
  });

  it("answers 404 for an item of another meeting or another network, and changes nothing", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-06-01T08:00:00.000Z" });
    const otherId = await createMeeting({ startsAt: "2035-06-02T08:00:00.000Z" });
    const foreign = await proposed(otherId);
    const vogtlandMeeting = await createMeeting({ startsAt: "2035-06-03T08:00:00.000Z", networkId: vogtland, groupIds: [] });
    const { id: vogtlandItem } = await db
      .insertInto("agenda_items")
      .values({ network_id: vogtland, meeting_id: vogtlandMeeting, title: "Vogtland", kind: "report" })
      .returning("id")
      .executeTakeFirstOrThrow();

    for (const itemId of [foreign.id, vogtlandItem]) {
      const attempts: Record<string, string | number>[] = [
        { intent: "accept", itemId, version: 1 },
        { intent: "decline", itemId, version: 1, reason: "Nein" },
        { intent: "update", itemId, version: 1, plannedMinutes: "30", presenter: "" },
        { intent: "moveUp", itemId, version: 1 },
      ];
      for (const fields of attempts) {
        const result = await edit(meetingId, MODERATOR, fields);
        expect(result.status, `${fields.intent} ${itemId}`).toBe(404);
      }
    }
    expect(await item(foreign.id)).toMatchObject({ status: "proposed", version: 1, planned_minutes: 20 });
    expect(await item(vogtlandItem)).toMatchObject({ status: "proposed", version: 1 });

    // The Vogtland meeting itself is not reachable from Halle.
    const result = await run(async () =>
      editorLoader(args(await getRequest(`/n/halle/meetings/${vogtlandMeeting}/agenda`, { as: "admin@halle.example" }), { network: "halle", meetingId: String(vogtlandMeeting) })),
    );
    expect(result.status).toBe(404);
  });

  it("refuses a save made on a stale version with 409, keeping the input and showing what is stored", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-06-10T08:00:00.000Z" });
    const row = await proposed(meetingId);
    await edit(meetingId, MODERATOR, { intent: "accept", itemId: row.id, version: 1 });
    // Moderator one saves on version 2; moderator two still holds version 2 and saves afterwards.
    expect((await edit(meetingId, MODERATOR, { intent: "update", itemId: row.id, version: 2, plannedMinutes: "40", presenter: "" })).status).toBe(302);
    const stale = await edit(meetingId, "admin@halle.example", {
      intent: "update",
      itemId: row.id,
      version: 2,
      plannedMinutes: "10",
      presenter: "",
      __rvfInternalFormId: `item-${row.id}`,
    });
    expect(stale.status).toBe(409);
    expect(stale.data.formError).toContain("inzwischen geändert");
    expect(stale.data.formError).toContain("40 Minuten");
    expect(stale.data.repopulateFields).toMatchObject({ plannedMinutes: "10" });
    expect(stale.data.formId).toBe(`item-${row.id}`);
    expect(stale.data.conflict).toMatchObject({ itemId: row.id, version: 3, current: { plannedMinutes: 40, status: "accepted" } });
    expect(await item(row.id)).toMatchObject({ planned_minutes: 40, version: 3 });

    // Status changes carry the version too.
    const staleAccept = await edit(meetingId, MODERATOR, { intent: "defer", itemId: row.id, version: 1 });
    expect(staleAccept.status).toBe(409);
    expect((await item(row.id)).status).toBe("accepted");
  });

  it("refuses an illegal transition with 409 and a clear message (declining a deferred item)", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-07-01T08:00:00.000Z" });
    const row = await proposed(meetingId);
    await edit(meetingId, MODERATOR, { intent: "defer", itemId: row.id, version: 1 });
    const deferred = await item(row.id);
    expect(deferred.status).toBe("deferred");
    const eventsBefore = (await eventsOf(row.id)).length;
    const result = await edit(meetingId, MODERATOR, { intent: "decline", itemId: row.id, version: deferred.version, reason: "Doch nicht" });
    expect(result.status).toBe(409);
    expect(result.data.formError).toBe(`„${row.title}“ ist vertagt und kann nicht auf „abgelehnt“ gesetzt werden.`);
    expect(await item(row.id)).toMatchObject({ status: "deferred", decline_reason: null, version: deferred.version });
    expect(await eventsOf(row.id)).toHaveLength(eventsBefore);
    // Moving an item that is not on the agenda is refused as well.
    const move = await edit(meetingId, MODERATOR, { intent: "moveUp", itemId: row.id, version: deferred.version });
    expect(move.status).toBe(409);
  });

  it("changes nothing once the meeting has taken place", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-07-02T08:00:00.000Z" });
    const row = await proposed(meetingId);
    await db.updateTable("meetings").set({ status: "held" }).where("id", "=", meetingId).execute();
    const page = await openEditor(meetingId, MODERATOR);
    expect(page.data.editable).toBe(false);
    const result = await edit(meetingId, MODERATOR, { intent: "accept", itemId: row.id, version: 1 });
    expect(result.status).toBe(409);
    expect(result.data.formError).toContain("stattgefunden");
    expect((await item(row.id)).status).toBe("proposed");
  });

  it("rejects malformed button posts with 400", async () => {
    const meetingId = await createMeeting({ startsAt: "2035-07-03T08:00:00.000Z" });
    expect((await edit(meetingId, MODERATOR, { intent: "accept", itemId: "abc", version: 1 })).status).toBe(400);
    expect((await edit(meetingId, MODERATOR, { intent: "explode", itemId: 1, version: 1 })).status).toBe(400);
  });
});
