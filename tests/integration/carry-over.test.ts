import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { carryOverToNextMeeting } from "~/meetings/carry-over.server";
import { action as minutesAction } from "~/routes/n.$network.meetings.$meetingId_.minutes";
import type { AgendaItemStatus, MeetingStatus } from "../../db/schema";
import { args, postRequest, run } from "../requests";
import { affiliatedOrganisationId, networkId as networkIdOf } from "../lookups";

// Publishing minutes carries deferred items and open action items over to the group's next
// open meeting as proposals — once, however often it is triggered.

const MODERATOR = "arbeit@halle.example";
const DAY = 86_400_000;
let networkId: number;

async function createGroup(slug: string) {
  const { id } = await db
    .insertInto("groups")
    .values({ network_id: networkId, kind: "specialist", slug, name: `FG ${slug}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("group_memberships").values({ network_id: networkId, group_id: id, organisation_id: await affiliatedOrganisationId(MODERATOR, networkId), tier: "preparation" }).execute();
  return id;
}

async function createMeeting(groupId: number, startsInDays: number, status: MeetingStatus) {
  const starts = new Date(Date.now() + startsInDays * DAY);
  const { id } = await db
    .insertInto("meetings")
    .values({
      network_id: networkId,
      kind: "regular",
      title: `Sitzung in ${startsInDays} Tagen`,
      starts_at: starts.toISOString(),
      ends_at: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
      proposal_deadline: new Date(starts.getTime() - 14 * DAY).toISOString(),
      status,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("meeting_hosts").values({ meeting_id: id, group_id: groupId, network_id: networkId, starts_at: starts.toISOString() }).execute();
  return id;
}

async function addItem(meetingId: number, title: string, status: AgendaItemStatus) {
  return (
    await db
      .insertInto("agenda_items")
      .values({ network_id: networkId, meeting_id: meetingId, title, kind: "discussion", status })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

async function addAction(meetingId: number, title: string, status: "open" | "done" = "open") {
  return (
    await db
      .insertInto("action_items")
      .values({ network_id: networkId, meeting_id: meetingId, title, owner: "Jobcenter", due_date: "2027-05-31", status })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

const proposalsOf = (meetingId: number) =>
  db
    .selectFrom("agenda_items")
    .select(["id", "title", "status", "kind", "carried_from_item_id"])
    .where("meeting_id", "=", meetingId)
    .orderBy("id")
    .execute();

function publish(meetingId: number) {
  return run(async () =>
    minutesAction(
      args(await postRequest(`/n/halle/meetings/${meetingId}/minutes`, { intent: "publishMinutes" }, { as: MODERATOR }), {
        network: "halle",
        meetingId: String(meetingId),
      }),
    ),
  );
}

beforeAll(async () => {
  networkId = await networkIdOf("halle");
});

describe("publishing minutes carries over", () => {
  it("deferred items and open action items to the group's next planned meeting, exactly once", async () => {
    const groupId = await createGroup("fg-uebertrag");
    const held = await createMeeting(groupId, -3, "held");
    await addItem(held, "Besprochener Punkt", "accepted");
    const deferred = await addItem(held, "Vertagter Punkt", "deferred");
    const openAction = await addAction(held, "Offene Aufgabe");
    await addAction(held, "Erledigte Aufgabe", "done");
    const next = await createMeeting(groupId, 30, "planned");
    const later = await createMeeting(groupId, 120, "planned");

    const published = await publish(held);
    expect(published.status).toBe(302);
    expect(published.location).toBe(`/n/halle/meetings/${held}?minutes=published#protokoll`);
    const status = await db.selectFrom("meetings").select("status").where("id", "=", held).executeTakeFirstOrThrow();
    expect(status.status).toBe("minutes_published");

    const proposals = await proposalsOf(next);
    expect(proposals.map((p) => [p.title, p.status])).toEqual([
      ["Vertagter Punkt", "proposed"],
      ["Offene Aufgabe", "proposed"],
    ]);
    expect(proposals[0].carried_from_item_id).toBe(deferred);
    const action = await db.selectFrom("action_items").select("carried_to_item_id").where("id", "=", openAction).executeTakeFirstOrThrow();
    expect(action.carried_to_item_id).toBe(proposals[1].id);
    expect(await proposalsOf(later)).toEqual([]);

    const audit = await db
      .selectFrom("audit_events")
      .select(["action", "details"])
      .where("subject_type", "=", "meeting")
      .where("subject_id", "=", String(held))
      .where("action", "=", "meeting.minutes_published")
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toEqual({ carried: 2 });

    // Publishing again is refused; carrying over again adds nothing.
    const again = await publish(held);
    expect(again.status).toBe(409);
    expect(await carryOverToNextMeeting(db, { networkId, groupId })).toBe(0);
    expect(await proposalsOf(next)).toHaveLength(2);
  });

  it("waits for the next meeting when there is none yet", async () => {
    const groupId = await createGroup("fg-ohne-termin");
    const held = await createMeeting(groupId, -3, "held");
    await addAction(held, "Aufgabe ohne Folgetermin");
    expect((await publish(held)).status).toBe(302);

    // Planning the next meeting (whoever does it) calls carry-over; the action turns up then, once.
    const next = await createMeeting(groupId, 40, "planned");
    expect(await carryOverToNextMeeting(db, { networkId, groupId })).toBe(1);
    expect(await carryOverToNextMeeting(db, { networkId, groupId })).toBe(0);
    expect((await proposalsOf(next)).map((p) => p.title)).toEqual(["Aufgabe ohne Folgetermin"]);
  });

  it("does not carry a held meeting's open action items before its minutes are published", async () => {
    const groupId = await createGroup("fg-entwurf");
    const held = await createMeeting(groupId, -3, "held");
    await addAction(held, "Noch nicht veröffentlicht");
    const next = await createMeeting(groupId, 30, "planned");
    expect(await carryOverToNextMeeting(db, { networkId, groupId })).toBe(0);
    expect(await proposalsOf(next)).toEqual([]);
  });
});
