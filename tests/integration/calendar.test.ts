import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { feedWindowStart } from "~/calendar/feeds.server";
import { meetingUid } from "~/calendar/events";
import { formatDateTime } from "~/i18n/format";
import { loader as personalFeed } from "~/routes/calendar.$file";
import { loader as groupFeed } from "~/routes/n.$network.groups.$slug_.calendar[.ics]";
import { loader as meetingFile } from "~/routes/n.$network.meetings.$meetingId[.ics]";
import { action as editAction, loader as editLoader } from "~/routes/n.$network.meetings.$meetingId_.edit";
import { action as inviteAction } from "~/routes/n.$network.meetings.$meetingId_.invite";
import { action as calendarAction, loader as calendarLoader } from "~/routes/profile_.calendar";
import { parseIcs } from "../ical";
import { groupId, networkId, userId } from "../lookups";
import { args, getRequest, ORIGIN, postRequest, run } from "../requests";

const ARBEIT = "arbeit@halle.example"; // moderates FG Arbeit
const BERATUNG = "beratung@halle.example"; // FG Arbeit + FG Deutsch
const MSO = "mso@halle.example";
const VOGTLAND_ADMIN = "admin@vogtland.example";
const BRANDT = "michael.brandt@halle.example"; // both networks

async function createToken(as: string): Promise<string> {
  const result = await run(async () => calendarAction(args(await postRequest("/profile/calendar", { intent: "create" }, { as }))));
  expect(result.status).toBe(200);
  const match = /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(result.data.feedUrl);
  expect(match).not.toBeNull();
  expect(result.data.webcalUrl).toBe(result.data.feedUrl.replace("http://", "webcal://"));
  return match![1];
}

async function personal(token: string, headers: Record<string, string> = {}) {
  const file = `${token}.ics`;
  return run(async () => personalFeed(args(await getRequest(`/calendar/${file}`, { headers }), { file })));
}

async function group(slug: string, opts: { token?: string; as?: string; network?: string; headers?: Record<string, string> } = {}) {
  const network = opts.network ?? "halle";
  const query = opts.token ? `?token=${opts.token}` : "";
  return run(async () =>
    groupFeed(args(await getRequest(`/n/${network}/groups/${slug}/calendar.ics${query}`, { as: opts.as, headers: opts.headers }), { network, slug })),
  );
}

async function meetingIcs(id: number, as: string, network = "halle") {
  return run(async () => meetingFile(args(await getRequest(`/n/${network}/meetings/${id}.ics`, { as }), { network, meetingId: String(id) })));
}

/** Meetings of these groups of a network since the feed window, each once, straight from the tables. */
async function expectedMeetingIds(groupIds: number[]) {
  const rows = await db
    .selectFrom("meeting_hosts")
    .select("meeting_id")
    .distinct()
    .where("group_id", "in", groupIds)
    .where("starts_at", ">=", feedWindowStart())
    .execute();
  return rows.map((r) => r.meeting_id).sort((a, b) => a - b);
}

/** Every event of a file: start equals what the meeting page shows (formatDateTime of the stored UTC time). */
async function expectStartsAsOnMeetingPage(text: string) {
  const parsed = parseIcs(text);
  const ids = parsed.events.map((e) => Number(/^meeting-(\d+)@/.exec(e.uid)![1]));
  const stored = ids.length
    ? await db.selectFrom("meetings").select(["id", "starts_at"]).where("id", "in", ids).execute()
    : [];
  const startOf = new Map(stored.map((m) => [m.id, m.starts_at]));
  parsed.events.forEach((event, i) => {
    expect(event.startZone).toBe("Europe/Berlin");
    expect(formatDateTime(event.start, "de")).toBe(formatDateTime(startOf.get(ids[i])!, "de"));
  });
  return { parsed, ids };
}

let halle: number;
let vogtland: number;

beforeAll(async () => {
  halle = await networkId("halle");
  vogtland = await networkId("vogtland");
});

describe("the personal feed", () => {
  it("holds every meeting of the person's groups once — the joint FG Arbeit + FG Deutsch session too", async () => {
    const token = await createToken(BERATUNG);
    const result = await personal(token);
    expect(result.status).toBe(200);
    expect(result.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(result.headers.get("ETag")).toMatch(/^".+"$/);
    expect(result.headers.get("Last-Modified")).toMatch(/GMT$/);
    expect(result.data).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");

    const { parsed, ids } = await expectStartsAsOnMeetingPage(result.data);
    expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
    const expected = await expectedMeetingIds([await groupId("fg-arbeit"), await groupId("fg-deutsch")]);
    expect([...ids].sort((a, b) => a - b)).toEqual(expected);

    const joint = await db
      .selectFrom("meetings")
      .select(["id"])
      .where("network_id", "=", halle)
      .where("kind", "=", "joint")
      .where("starts_at", ">=", feedWindowStart())
      .execute();
    expect(joint.length).toBeGreaterThan(0);
    for (const j of joint) {
      const events = parsed.events.filter((e) => e.uid === meetingUid(j.id, ORIGIN));
      expect(events).toHaveLength(1);
      expect(events[0].categories).toEqual(expect.arrayContaining(["FG Arbeit", "FG Deutsch"]));
    }
  });

  it("covers all networks of a person, and another person's feed never shows another network's meetings", async () => {
    const token = await createToken(BRANDT);
    const { parsed } = await expectStartsAsOnMeetingPage((await personal(token)).data);
    const networks = new Set(parsed.events.map((e) => /\/n\/([^/]+)\/meetings\//.exec(e.url!)![1]));
    const brandtNetworks = await db
      .selectFrom("network_members")
      .innerJoin("networks", "networks.id", "network_members.network_id")
      .select("networks.slug")
      .where("network_members.user_id", "=", await userId(BRANDT))
      .where("network_members.active", "=", 1)
      .execute();
    for (const n of networks) expect(brandtNetworks.map((b) => b.slug)).toContain(n);

    const beratung = parseIcs((await personal(await createToken(BERATUNG))).data);
    const vogtlandIds = new Set((await db.selectFrom("meetings").select("id").where("network_id", "=", vogtland).execute()).map((m) => meetingUid(m.id, ORIGIN)));
    expect(vogtlandIds.size).toBeGreaterThan(0);
    expect(beratung.events.filter((e) => vogtlandIds.has(e.uid))).toEqual([]);
  });

  it("answers 404 to unknown, malformed and revoked tokens; a new token revokes the old one", async () => {
    expect((await personal("A".repeat(43))).status).toBe(404);
    expect((await run(async () => personalFeed(args(await getRequest("/calendar/x"), { file: "x" }))))).toMatchObject({ status: 404 });
    const first = await createToken(MSO);
    expect((await personal(first)).status).toBe(200);
    const second = await createToken(MSO);
    expect((await personal(first)).status).toBe(404);
    expect((await personal(second)).status).toBe(200);

    const page = await run(async () => calendarLoader(args(await getRequest("/profile/calendar", { as: MSO }))));
    expect(page.data.active).not.toBeNull();
    const revoked = await run(async () => calendarAction(args(await postRequest("/profile/calendar", { intent: "revoke" }, { as: MSO }))));
    expect(revoked).toMatchObject({ status: 302, location: "/profile/calendar?revoked=1" });
    expect((await personal(second)).status).toBe(404);
    const after = await run(async () => calendarLoader(args(await getRequest("/profile/calendar", { as: MSO }))));
    expect(after.data.active).toBeNull();
    const stored = await db.selectFrom("calendar_tokens").select("token_hash").where("user_id", "=", await userId(MSO)).execute();
    expect(stored.every((s) => s.token_hash !== second && /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
  });

  it("answers 304 to a matching If-None-Match and changes the ETag when a meeting changes", async () => {
    const token = await createToken(ARBEIT);
    const first = await personal(token);
    const etag = first.headers.get("ETag")!;
    const again = await personal(token, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.data).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);

    const target = parseIcs(first.data).events[0];
    const id = Number(/^meeting-(\d+)@/.exec(target.uid)![1]);
    await db.updateTable("meetings").set({ place: "Neuer Raum", updated_at: new Date().toISOString() }).where("id", "=", id).execute();
    const changed = await personal(token, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    expect(parseIcs(changed.data).events.find((e) => e.uid === target.uid)!.location).toBe("Neuer Raum");
  });

  it("changes the personal ETag when an agenda item or a group's name changes (the change counters' triggers)", async () => {
    const token = await createToken(ARBEIT);
    const etagNow = async () => (await personal(token)).headers.get("ETag");
    const before = await etagNow();
    const target = parseIcs((await personal(token)).data).events[0];
    const meetingId = Number(/^meeting-(\d+)@/.exec(target.uid)![1]);
    const item = await db.selectFrom("agenda_items").select("id").where("meeting_id", "=", meetingId).executeTakeFirst();
    expect(item).toBeDefined();
    await db.updateTable("agenda_items").set({ updated_at: new Date().toISOString() }).where("id", "=", item!.id).execute();
    const afterItem = await etagNow();
    expect(afterItem).not.toBe(before);
    const host = await db.selectFrom("meeting_hosts").select("group_id").where("meeting_id", "=", meetingId).executeTakeFirstOrThrow();
    // Writing the name (here: the same one, so later tests see the demo names) counts as a change.
    const group = await db.selectFrom("groups").select("name").where("id", "=", host.group_id).executeTakeFirstOrThrow();
    await db.updateTable("groups").set({ name: group.name }).where("id", "=", host.group_id).execute();
    expect(await etagNow()).not.toBe(afterItem);
  });
});

describe("the group feed", () => {
  it("answers 404 without a token or session, with a revoked token and with another network's member's token", async () => {
    expect((await group("fg-arbeit")).status).toBe(404);
    expect((await group("fg-arbeit", { token: "B".repeat(43) })).status).toBe(404);
    const vogtlandToken = await createToken(VOGTLAND_ADMIN);
    expect((await group("fg-arbeit", { token: vogtlandToken })).status).toBe(404);
    expect((await group("fg-arbeit", { as: VOGTLAND_ADMIN })).status).toBe(404);
    expect((await group("no-such-group", { as: BERATUNG })).status).toBe(404);
  });

  it("holds the group's meetings incl. joint sessions for a member's token or session", async () => {
    const token = await createToken(BERATUNG);
    const byToken = await group("fg-deutsch", { token });
    expect(byToken.status).toBe(200);
    expect(byToken.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const { ids, parsed } = await expectStartsAsOnMeetingPage(byToken.data);
    expect([...ids].sort((a, b) => a - b)).toEqual(await expectedMeetingIds([await groupId("fg-deutsch")]));
    expect(parsed.events.some((e) => e.categories.includes("FG Arbeit"))).toBe(true); // the joint session

    // a member of the network whose organisation is not in the group may read it too
    const bySession = await group("fg-deutsch", { as: MSO });
    expect(bySession.status).toBe(200);
    const etag = bySession.headers.get("ETag")!;
    expect((await group("fg-deutsch", { as: MSO, headers: { "If-None-Match": etag } })).status).toBe(304);

    // another network's group feed with a Halle token: 404
    expect((await group("fg-arbeit", { token, network: "vogtland" })).status).toBe(404);
  });
});

describe("the .ics of one meeting", () => {
  async function hallePlanned() {
    return db
      .selectFrom("meetings")
      .innerJoin("meeting_hosts", "meeting_hosts.meeting_id", "meetings.id")
      .select(["meetings.id"])
      .where("meetings.network_id", "=", halle)
      .where("meeting_hosts.group_id", "=", await groupId("fg-arbeit"))
      .where("meetings.status", "in", ["planned", "invited"])
      .where("meetings.starts_at", ">", new Date().toISOString())
      .orderBy("meetings.starts_at")
      .executeTakeFirstOrThrow();
  }

  it("is a download for members of its network only", async () => {
    const { id } = await hallePlanned();
    const ok = await meetingIcs(id, MSO);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Disposition")).toContain("attachment");
    const { parsed } = await expectStartsAsOnMeetingPage(ok.data);
    expect(parsed.events.map((e) => e.uid)).toEqual([meetingUid(id, ORIGIN)]);
    expect((await meetingIcs(id, VOGTLAND_ADMIN)).status).toBe(404);
    expect((await meetingIcs(id, VOGTLAND_ADMIN, "vogtland")).status).toBe(404);
    expect((await meetingIcs(999999, MSO)).status).toBe(404);
  });

  it("keeps its UID and raises SEQUENCE on a move and on a cancellation", async () => {
    const { id } = await hallePlanned();
    const before = parseIcs((await meetingIcs(id, ARBEIT)).data).events[0];

    const editPath = `/n/halle/meetings/${id}/edit`;
    const page = await run(async () => editLoader(args(await getRequest(editPath, { as: ARBEIT }), { network: "halle", meetingId: String(id) })));
    const v = page.data.values;
    const save = await run(async () =>
      editAction(
        args(
          await postRequest(
            editPath,
            {
              intent: "save", title: v.title, kind: v.kind, date: v.date, startTime: "14:00", endTime: "16:00", place: v.place,
              onlineUrl: v.onlineUrl, description: v.description, deadlineDate: v.deadlineDate, inviteTier: v.inviteTier, version: v.version,
            },
            { as: ARBEIT },
          ),
          { network: "halle", meetingId: String(id) },
        ),
      ),
    );
    expect(save.status, JSON.stringify(save.data)).toBe(302);
    const moved = parseIcs((await meetingIcs(id, ARBEIT)).data).events[0];
    expect(moved.uid).toBe(before.uid);
    expect(moved.sequence).toBe(before.sequence + 1);
    expect(moved.startLocal).toMatchObject({ hour: 14, minute: 0 });

    const version = String(Number(v.version) + 1);
    const cancel = await run(async () =>
      editAction(args(await postRequest(editPath, { intent: "cancel", reason: "Raum fehlt", version }, { as: ARBEIT }), { network: "halle", meetingId: String(id) })),
    );
    expect(cancel.status, JSON.stringify(cancel.data)).toBe(302);
    const cancelled = parseIcs((await meetingIcs(id, ARBEIT)).data).events[0];
    expect(cancelled).toMatchObject({ uid: before.uid, sequence: before.sequence + 2, status: "CANCELLED" });

    // the cancelled meeting stays in the group feed as CANCELLED
    const feed = parseIcs((await group("fg-arbeit", { as: ARBEIT })).data);
    expect(feed.events.find((e) => e.uid === before.uid)?.status).toBe("CANCELLED");
  });
});

describe("the .ics in invitation, move and cancellation e-mails", () => {
  it("is personal (ATTENDEE = the recipient), REQUEST on invitation and move, CANCEL on cancellation", async () => {
    const startsAt = "2030-10-31T09:00:00.000Z"; // Thursday 10:00 in Berlin (CET)
    const { id } = await db
      .insertInto("meetings")
      .values({
        network_id: halle, kind: "joint", title: "Kalendertest gemeinsam", starts_at: startsAt, ends_at: "2030-10-31T11:00:00.000Z",
        place: "Stadthaus", proposal_deadline: "2030-10-17T21:59:59.000Z",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const slug of ["fg-arbeit", "fg-deutsch"]) {
      await db.insertInto("meeting_hosts").values({ meeting_id: id, group_id: await groupId(slug), network_id: halle, starts_at: startsAt }).execute();
    }
    await db
      .insertInto("agenda_items")
      .values({ network_id: halle, meeting_id: id, position: 1, title: "Sprachkurse für Pflegekräfte", kind: "discussion", planned_minutes: 30, status: "accepted" })
      .execute();
    const path = (suffix: string) => `/n/halle/meetings/${id}/${suffix}`;
    const invited = await run(async () =>
      inviteAction(args(await postRequest(path("invite"), { tier: "member", version: "1" }, { as: ARBEIT }), { network: "halle", meetingId: String(id) })),
    );
    expect(invited.status).toBe(302);

    const messages = async (kind: string) =>
      db
        .selectFrom("outbox_messages")
        .innerJoin("meeting_attendance", (j) => j.onRef("meeting_attendance.user_id", "=", "outbox_messages.to_user_id").on("meeting_attendance.meeting_id", "=", id))
        .select(["outbox_messages.to_email", "outbox_messages.ics"])
        .where("outbox_messages.kind", "=", kind)
        .where("outbox_messages.subject", "like", "%Kalendertest gemeinsam%")
        .execute();

    const invitations = await messages("meeting.invitation");
    expect(invitations.length).toBeGreaterThan(3);
    for (const m of invitations) {
      const parsed = parseIcs(m.ics!);
      expect(parsed.method).toBe("REQUEST");
      const [event] = parsed.events;
      expect(event).toMatchObject({ uid: meetingUid(id, ORIGIN), sequence: 0, status: "CONFIRMED", organizerName: "FG Arbeit, FG Deutsch" });
      expect(event.attendees.map((a) => a.toLowerCase())).toEqual([`mailto:${m.to_email.toLowerCase()}`]);
      expect(event.description).toContain("1. 10:00 Uhr Sprachkurse für Pflegekräfte");
      expect(formatDateTime(event.start, "de")).toBe("31.10.2030, 10:00 Uhr");
    }

    const editPath = path("edit");
    const page = await run(async () => editLoader(args(await getRequest(editPath, { as: ARBEIT }), { network: "halle", meetingId: String(id) })));
    const v = page.data.values;
    const save = await run(async () =>
      editAction(
        args(
          await postRequest(
            editPath,
            {
              intent: "save", title: v.title, kind: v.kind, date: v.date, startTime: "13:00", endTime: "15:00", place: v.place,
              onlineUrl: v.onlineUrl, description: v.description, deadlineDate: v.deadlineDate, inviteTier: v.inviteTier, version: v.version,
            },
            { as: ARBEIT },
          ),
          { network: "halle", meetingId: String(id) },
        ),
      ),
    );
    expect(save.status, JSON.stringify(save.data)).toBe(302);
    const moves = await messages("meeting.moved");
    expect(moves).toHaveLength(invitations.length);
    for (const m of moves) {
      const parsed = parseIcs(m.ics!);
      expect(parsed.method).toBe("REQUEST");
      expect(parsed.events[0]).toMatchObject({ uid: meetingUid(id, ORIGIN), sequence: 1, status: "CONFIRMED" });
      expect(formatDateTime(parsed.events[0].start, "de")).toBe("31.10.2030, 13:00 Uhr");
    }

    const cancel = await run(async () =>
      editAction(args(await postRequest(editPath, { intent: "cancel", reason: "Raum fehlt", version: String(Number(v.version) + 1) }, { as: ARBEIT }), { network: "halle", meetingId: String(id) })),
    );
    expect(cancel.status, JSON.stringify(cancel.data)).toBe(302);
    const cancellations = await messages("meeting.cancelled");
    expect(cancellations).toHaveLength(invitations.length);
    for (const m of cancellations) {
      const parsed = parseIcs(m.ics!);
      expect(parsed.method).toBe("CANCEL");
      expect(parsed.events[0]).toMatchObject({ uid: meetingUid(id, ORIGIN), sequence: 2, status: "CANCELLED" });
      expect(parsed.events[0].attendees.map((a) => a.toLowerCase())).toEqual([`mailto:${m.to_email.toLowerCase()}`]);
    }
  });
});

describe("the host groups of a joint session", () => {
  it("are named in German order in the feed, an umlaut with its base letter", async () => {
    const deutsch = await groupId("fg-deutsch");
    const { name } = await db.selectFrom("groups").select("name").where("id", "=", deutsch).executeTakeFirstOrThrow();
    const rename = (to: string) => db.updateTable("groups").set({ name: to, updated_at: new Date().toISOString() }).where("id", "=", deutsch).execute();
    await rename("Ämterlotsen Deutsch");
    try {
      const parsed = parseIcs((await personal(await createToken(BERATUNG))).data);
      const joint = parsed.events.filter((e) => e.categories.includes("Ämterlotsen Deutsch") && e.categories.includes("FG Arbeit"));
      expect(joint.length).toBeGreaterThan(0);
      // SQLite's byte order would put Ä after F.
      for (const event of joint) expect(event.categories).toEqual(["Ämterlotsen Deutsch", "FG Arbeit"]);
    } finally {
      await rename(name);
    }
  });
});
