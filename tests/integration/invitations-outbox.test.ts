import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { notifyMeetingChanged } from "~/meetings/notify.server";
import { findMeeting } from "~/meetings/meetings.server";
import { queueMessage } from "~/mail/outbox.server";
import { loader as homeLoader } from "~/routes/n.$network._index";
import { action as accountInviteAction } from "~/routes/n.$network.admin.invitations";
import { loader as outboxLoader } from "~/routes/n.$network.admin.outbox";
import { loader as meetingLoader } from "~/routes/n.$network.meetings.$meetingId";
import { action as attendanceAction, loader as attendanceLoader } from "~/routes/n.$network.meetings.$meetingId_.attendance";
import { action as inviteAction, loader as inviteLoader } from "~/routes/n.$network.meetings.$meetingId_.invite";
import { action as respondAction } from "~/routes/n.$network.meetings.$meetingId_.respond";
import { args, getRequest, ORIGIN, postRequest, run } from "../requests";
import { networkId, userId } from "../lookups";

const ADMIN = "admin@halle.example";
const ARBEIT = "arbeit@halle.example"; // moderates FG Arbeit
const BERATUNG = "beratung@halle.example"; // member of FG Arbeit and FG Deutsch
const MSO = "mso@halle.example"; // member of FG Arbeit and FG Migrantenorganisationen

let halleId: number;
let vogtlandId: number;

async function groupId(slug: string, network = halleId) {
  return (await db.selectFrom("groups").select("id").where("network_id", "=", network).where("slug", "=", slug).executeTakeFirstOrThrow()).id;
}

let counter = 0;
/** A planned meeting hosted by the given groups, with two accepted items and one proposal. */
async function createMeeting(opts: { hosts: string[]; network?: number; startsAt?: string; endsAt?: string; status?: "planned" | "invited" } ) {
  const network = opts.network ?? halleId;
  counter += 1;
  const startsAt = opts.startsAt ?? "2030-03-14T09:00:00.000Z"; // 10:00 in Berlin (CET)
  const endsAt = opts.endsAt ?? "2030-03-14T11:00:00.000Z";
  const title = `Testsitzung ${counter} <Quartal>`;
  const { id } = await db
    .insertInto("meetings")
    .values({
      network_id: network,
      kind: opts.hosts.length > 1 ? "joint" : "regular",
      title,
      starts_at: startsAt,
      ends_at: endsAt,
      place: "Stadthaus Halle, Marktplatz 2",
      online_url: "https://meet.example/fg",
      proposal_deadline: "2030-02-28T23:00:00.000Z",
      status: opts.status ?? "planned",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const slug of opts.hosts) {
    await db.insertInto("meeting_hosts").values({ meeting_id: id, group_id: await groupId(slug, network), network_id: network, starts_at: startsAt }).execute();
  }
  await db
    .insertInto("agenda_items")
    .values([
      { network_id: network, meeting_id: id, position: 1, title: "Begrüßung und Protokoll", kind: "information", planned_minutes: 30, status: "accepted" },
      { network_id: network, meeting_id: id, position: 2, title: "Berufssprachkurse 2030", kind: "discussion", planned_minutes: 45, status: "accepted" },
      { network_id: network, meeting_id: id, position: 3, title: "Noch nicht angenommen", kind: "discussion", planned_minutes: 20, status: "proposed" },
    ])
    .execute();
  return { id, title };
}

/** Who should be invited, computed independently of the app's code. */
async function expectedInvitees(meetingId: number, tiers: string[]) {
  const result = await sql<{ user_id: number }>`
    SELECT nm.user_id FROM network_members nm
    WHERE nm.network_id = ${halleId} AND nm.active = 1 AND (
      EXISTS (SELECT 1 FROM affiliations a JOIN group_memberships gm ON gm.organisation_id = a.organisation_id
              JOIN meeting_hosts mh ON mh.group_id = gm.group_id
              WHERE a.user_id = nm.user_id AND mh.meeting_id = ${meetingId} AND gm.tier IN (${sql.join(tiers)}))
      OR EXISTS (SELECT 1 FROM group_memberships gm JOIN meeting_hosts mh ON mh.group_id = gm.group_id
              WHERE gm.user_id = nm.user_id AND mh.meeting_id = ${meetingId} AND gm.tier IN (${sql.join(tiers)})))
    ORDER BY nm.user_id`.execute(db);
  return result.rows.map((r) => r.user_id);
}

async function outboxFor(title: string) {
  return db
    .selectFrom("outbox_messages")
    .selectAll()
    .where("subject", "like", `%${title}%`)
    .where("kind", "=", "meeting.invitation")
    .orderBy("to_user_id")
    .execute();
}

async function attendanceOf(meetingId: number) {
  return db.selectFrom("meeting_attendance").selectAll().where("meeting_id", "=", meetingId).orderBy("user_id").execute();
}

const params = (meetingId: number, network = "halle") => ({ network, meetingId: String(meetingId) });
const path = (meetingId: number, suffix: string, network = "halle") => `/n/${network}/meetings/${meetingId}/${suffix}`;

const invite = (meetingId: number, fields: Record<string, string>, as = ARBEIT, network = "halle") =>
  run(async () => inviteAction(args(await postRequest(path(meetingId, "invite", network), fields, { as }), params(meetingId, network))));
const openInvite = (meetingId: number, as = ARBEIT, network = "halle") =>
  run(async () => inviteLoader(args(await getRequest(path(meetingId, "invite", network), { as }), params(meetingId, network))));
const respond = (meetingId: number, response: string, as: string) =>
  run(async () => respondAction(args(await postRequest(path(meetingId, "respond"), { response }, { as }), params(meetingId))));

beforeAll(async () => {
  halleId = await networkId("halle");
  vogtlandId = await networkId("vogtland");
});

describe("publishing the agenda", () => {
  it("invites every active person of the host group once: one outbox message and one attendance row each", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
    const expected = await expectedInvitees(meeting.id, ["preparation", "member"]);
    expect(expected.length).toBeGreaterThan(3);

    const page = await openInvite(meeting.id);
    expect(page.status).toBe(200);
    expect(page.data.planned.counts.member).toBe(expected.length);

    const result = await invite(meeting.id, { tier: "member", version: "1" });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/n/halle/meetings/${meeting.id}/invite?done=${expected.length}`);

    const messages = await outboxFor(meeting.title);
    expect(messages).toHaveLength(expected.length);
    expect(messages.map((m) => m.to_user_id)).toEqual(expected);
    expect(messages.every((m) => m.status === "pending" && m.network_id === halleId && !!m.ics?.includes("METHOD:REQUEST"))).toBe(true);
    expect((await attendanceOf(meeting.id)).map((a) => [a.user_id, a.response])).toEqual(expected.map((id) => [id, "pending"]));

    const stored = await db.selectFrom("meetings").select(["status", "invite_tier", "version"]).where("id", "=", meeting.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: "invited", invite_tier: "member", version: 2 });

    // The e-mail: German subject, Berlin time, place, numbered accepted agenda with start times, link.
    expect(new Set(messages.map((m) => m.subject))).toEqual(new Set([`Einladung: FG Arbeit – ${meeting.title} am 14.03.2030`]));
    const mail = messages.find((m) => m.to_email === BERATUNG)!;
    expect(mail.body_text).toMatch(/^Guten Tag .+,\n\n/);
    expect(mail.body_text).toContain("Donnerstag, 14.03.2030, 10:00–12:00 Uhr");
    expect(mail.body_text).toContain("Ort: Stadthaus Halle, Marktplatz 2");
    expect(mail.body_text).toContain("Online-Teilnahme: https://meet.example/fg");
    expect(mail.body_text).toContain("1. 10:00 Uhr  Begrüßung und Protokoll");
    expect(mail.body_text).toContain("2. 10:30 Uhr  Berufssprachkurse 2030");
    expect(mail.body_text).not.toContain("Noch nicht angenommen");
    expect(mail.body_text).toContain(`${ORIGIN}/n/halle/meetings/${meeting.id}`);

    const audit = await db.selectFrom("audit_events").select(["details", "actor_user_id"]).where("action", "=", "meeting.invited").where("subject_id", "=", String(meeting.id)).executeTakeFirstOrThrow();
    expect(audit.actor_user_id).toBe(await userId(ARBEIT));
    expect(JSON.parse(audit.details)).toMatchObject({ tier: "member", invited: expected.length });

    // Once invited, the page lists who was invited, and a second publish is refused.
    const after = await openInvite(meeting.id);
    expect(after.data.planned).toBeNull();
    expect(after.data.invited.people).toHaveLength(expected.length);
    const again = await invite(meeting.id, { tier: "member", version: "2" });
    expect(again.status).toBe(409);
    expect(again.data.message).toContain("eingeladen");
    expect(await outboxFor(meeting.title)).toHaveLength(expected.length);
  });

  it("invites each person once for a joint session of FG Arbeit and FG Deutsch", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit", "fg-deutsch"] });
    const expected = await expectedInvitees(meeting.id, ["preparation", "member"]);
    const result = await invite(meeting.id, { tier: "member", version: "1" });
    expect(result.status).toBe(302);

    const messages = await outboxFor(meeting.title);
    expect(messages.map((m) => m.to_user_id)).toEqual(expected);
    expect(new Set(messages.map((m) => m.to_user_id)).size).toBe(messages.length);
    // beratung@ belongs to both groups and gets exactly one invitation.
    expect(messages.filter((m) => m.to_email === BERATUNG)).toHaveLength(1);
    expect(messages[0].subject).toBe(`Einladung: FG Arbeit und FG Deutsch – ${meeting.title} am 14.03.2030`);
    expect(await attendanceOf(meeting.id)).toHaveLength(expected.length);
  });

  it("invites fewer people when only the preparation tier is chosen", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
    const all = await expectedInvitees(meeting.id, ["preparation", "member"]);
    const preparation = await expectedInvitees(meeting.id, ["preparation"]);
    expect(preparation.length).toBeGreaterThan(0);
    expect(preparation.length).toBeLessThan(all.length);

    const result = await invite(meeting.id, { tier: "preparation", version: "1" });
    expect(result.status).toBe(302);
    const messages = await outboxFor(meeting.title);
    expect(messages.map((m) => m.to_user_id)).toEqual(preparation);
    expect(messages.some((m) => m.to_email === BERATUNG)).toBe(false);
    expect(messages.some((m) => m.to_email === ARBEIT)).toBe(true);
    const stored = await db.selectFrom("meetings").select("invite_tier").where("id", "=", meeting.id).executeTakeFirstOrThrow();
    expect(stored.invite_tier).toBe("preparation");
  });

  it("does not invite deactivated people", async () => {
    const mso = await userId(MSO);
    await db.updateTable("network_members").set({ active: 0 }).where("network_id", "=", halleId).where("user_id", "=", mso).execute();
    try {
      const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
      const result = await invite(meeting.id, { tier: "member", version: "1" });
      expect(result.status).toBe(302);
      const messages = await outboxFor(meeting.title);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.some((m) => m.to_user_id === mso)).toBe(false);
      expect((await attendanceOf(meeting.id)).some((a) => a.user_id === mso)).toBe(false);
    } finally {
      await db.updateTable("network_members").set({ active: 1 }).where("network_id", "=", halleId).where("user_id", "=", mso).execute();
    }
  });

  it("refuses a stale version with 409 and keeps the meeting planned", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
    await db.updateTable("meetings").set({ version: 5 }).where("id", "=", meeting.id).execute();
    const result = await invite(meeting.id, { tier: "member", version: "4" });
    expect(result.status).toBe(409);
    expect(result.data.message).toContain("inzwischen");
    expect(await outboxFor(meeting.title)).toHaveLength(0);
    expect(await attendanceOf(meeting.id)).toHaveLength(0);
    const stored = await db.selectFrom("meetings").select("status").where("id", "=", meeting.id).executeTakeFirstOrThrow();
    expect(stored.status).toBe("planned");
  });

  it("answers 403 to a member who does not moderate, 404 for another network's meeting", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
    expect((await openInvite(meeting.id, BERATUNG)).status).toBe(403);
    expect((await invite(meeting.id, { tier: "member", version: "1" }, BERATUNG)).status).toBe(403);
    // deutsch@ moderates FG Deutsch, not FG Arbeit.
    expect((await invite(meeting.id, { tier: "member", version: "1" }, "deutsch@halle.example")).status).toBe(403);
    // Halle's meeting id under the Vogtland network: not found, even for Vogtland's admin.
    expect((await invite(meeting.id, { tier: "member", version: "1" }, "admin@vogtland.example", "vogtland")).status).toBe(404);
    expect((await openInvite(meeting.id, "admin@vogtland.example", "vogtland")).status).toBe(404);
    expect(await outboxFor(meeting.title)).toHaveLength(0);
    expect((await openInvite(999999)).status).toBe(404);
  });
});

describe("answers", () => {
  it("stores an invited member's answer, shows it on the meeting page and removes it from the home page's open invitations", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
    await invite(meeting.id, { tier: "member", version: "1" });

    const home = await run(async () => homeLoader(args(await getRequest("/n/halle", { as: BERATUNG }), { network: "halle" })));
    expect(home.data.invitations.map((i: { id: number }) => i.id)).toContain(meeting.id);

    const answered = await respond(meeting.id, "attending", BERATUNG);
    expect(answered.status).toBe(302);
    expect(answered.location).toBe(`/n/halle/meetings/${meeting.id}?rsvp=saved#einladung`);
    const row = await db.selectFrom("meeting_attendance").selectAll().where("meeting_id", "=", meeting.id).where("user_id", "=", await userId(BERATUNG)).executeTakeFirstOrThrow();
    expect(row.response).toBe("attending");
    expect(row.responded_at).not.toBeNull();

    const page = await run(async () => meetingLoader(args(await getRequest(`/n/halle/meetings/${meeting.id}`, { as: BERATUNG }), params(meeting.id))));
    expect(page.data.rsvp.invitation.response).toBe("attending");

    const homeAfter = await run(async () => homeLoader(args(await getRequest("/n/halle", { as: BERATUNG }), { network: "halle" })));
    expect(homeAfter.data.invitations.map((i: { id: number }) => i.id)).not.toContain(meeting.id);

    // Changing one's mind is allowed while the meeting is invited.
    expect((await respond(meeting.id, "declined", BERATUNG)).status).toBe(302);
    const changed = await db.selectFrom("meeting_attendance").select("response").where("meeting_id", "=", meeting.id).where("user_id", "=", await userId(BERATUNG)).executeTakeFirstOrThrow();
    expect(changed.response).toBe("declined");
  });

  it("answers 403 to a host-group member without an invitation and to people outside the host groups", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
    await invite(meeting.id, { tier: "preparation", version: "1" });
    // beratung@ belongs to FG Arbeit's member tier, which was not invited.
    expect((await respond(meeting.id, "attending", BERATUNG)).status).toBe(403);
    expect((await respond(meeting.id, "attending", "deutsch@halle.example")).status).toBe(403);
    const rows = await attendanceOf(meeting.id);
    expect(rows.every((r) => r.response === "pending")).toBe(true);
    expect((await respond(meeting.id, "maybe", ARBEIT)).status).toBe(400);
  });

  it("redirects with a notice instead of storing an answer once the meeting is cancelled", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
    await invite(meeting.id, { tier: "member", version: "1" });
    await db.updateTable("meetings").set({ status: "cancelled", cancel_reason: "Raum nicht verfügbar" }).where("id", "=", meeting.id).execute();
    const result = await respond(meeting.id, "attending", BERATUNG);
    expect(result.location).toBe(`/n/halle/meetings/${meeting.id}?rsvp=closed#einladung`);
    const row = await db.selectFrom("meeting_attendance").select("response").where("meeting_id", "=", meeting.id).where("user_id", "=", await userId(BERATUNG)).executeTakeFirstOrThrow();
    expect(row.response).toBe("pending");
  });
});

describe("attendance", () => {
  it("shows answers per organisation and, after the start, saves who attended", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"], startsAt: "2020-03-12T09:00:00.000Z", endsAt: "2020-03-12T11:00:00.000Z" });
    await invite(meeting.id, { tier: "member", version: "1" });
    await respond(meeting.id, "attending", BERATUNG);
    await respond(meeting.id, "declined", MSO);

    const open = (as = ARBEIT) =>
      run(async () => attendanceLoader(args(await getRequest(path(meeting.id, "attendance"), { as }), params(meeting.id))));
    const page = await open();
    expect(page.status).toBe(200);
    expect(page.data.canRecord).toBe(true);
    expect(page.data.totals.attending).toBe(1);
    expect(page.data.totals.declined).toBe(1);
    const beratungId = await userId(BERATUNG);
    const withBeratung = page.data.organisations.filter((o: { people: { userId: number }[] }) => o.people.some((p) => p.userId === beratungId));
    expect(withBeratung.length).toBeGreaterThan(0);
    expect(withBeratung[0].counts.attending).toBeGreaterThanOrEqual(1);
    expect((await open(BERATUNG)).status).toBe(403);

    const save = await run(async () =>
      attendanceAction(args(await postRequest(path(meeting.id, "attendance"), { intent: "attendance", attended: [String(beratungId)] }, { as: ARBEIT }), params(meeting.id))),
    );
    expect(save.status).toBe(302);
    const rows = await attendanceOf(meeting.id);
    expect(rows.find((r) => r.user_id === beratungId)!.attended).toBe(1);
    expect(rows.filter((r) => r.user_id !== beratungId).every((r) => r.attended === 0)).toBe(true);
  });

  it("refuses to record attendance before the meeting has started", async () => {
    const meeting = await createMeeting({ hosts: ["fg-arbeit"] });
    await invite(meeting.id, { tier: "preparation", version: "1" });
    const arbeitId = await userId(ARBEIT);
    const save = await run(async () =>
      attendanceAction(args(await postRequest(path(meeting.id, "attendance"), { intent: "attendance", attended: [String(arbeitId)] }, { as: ARBEIT }), params(meeting.id))),
    );
    expect(save.status).toBe(409);
    expect((await attendanceOf(meeting.id)).every((r) => r.attended === null)).toBe(true);
  });
});

describe("change notices", () => {
  it("queues a notice to everyone with an attendance row when a meeting is moved or cancelled", async () => {
    const created = await createMeeting({ hosts: ["fg-arbeit"] });
    await invite(created.id, { tier: "preparation", version: "1" });
    const people = await attendanceOf(created.id);
    const meeting = (await findMeeting(halleId, created.id))!;
    const moved = { ...meeting, starts_at: "2030-03-21T09:00:00.000Z", ends_at: "2030-03-21T11:00:00.000Z" };
    const count = await db.transaction().execute((trx) => notifyMeetingChanged(trx, moved, "moved", ORIGIN));
    expect(count).toBe(people.length);
    const notices = await db.selectFrom("outbox_messages").selectAll().where("kind", "=", "meeting.moved").where("subject", "like", `%${created.title}%`).execute();
    expect(notices).toHaveLength(people.length);
    expect(notices[0].subject).toBe(`Verschoben: FG Arbeit – ${created.title} am 21.03.2030`);
    expect(notices[0].body_text).toContain("Donnerstag, 21.03.2030, 10:00–12:00 Uhr");

    const cancelled = await db.transaction().execute((trx) =>
      notifyMeetingChanged(trx, { ...meeting, cancel_reason: "Raum nicht verfügbar" }, "cancelled", ORIGIN),
    );
    expect(cancelled).toBe(people.length);
    const cancelNotice = await db.selectFrom("outbox_messages").select(["subject", "body_text"]).where("kind", "=", "meeting.cancelled").where("subject", "like", `%${created.title}%`).executeTakeFirstOrThrow();
    expect(cancelNotice.subject).toMatch(/^Abgesagt: FG Arbeit – /);
    expect(cancelNotice.body_text).toContain("Grund: Raum nicht verfügbar");
  });
});

describe("admin outbox", () => {
  it("shows an admin only their own network's messages, newest first; others get 403", async () => {
    await queueMessage(db, { networkId: vogtlandId, toEmail: "jemand@vogtland.example", toUserId: null, kind: "meeting.invitation", subject: "Nur Vogtland", bodyText: "Geheim im Vogtland" });
    await queueMessage(db, { networkId: halleId, toEmail: "jemand@halle.example", toUserId: null, kind: "meeting.invitation", subject: "Neueste in Halle\r\nBcc: x@y", bodyText: "Text" });

    const open = (as: string, network = "halle") =>
      run(async () => outboxLoader(args(await getRequest(`/n/${network}/admin/outbox`, { as }), { network })));
    const halle = await open(ADMIN);
    expect(halle.status).toBe(200);
    const subjects = halle.data.messages.map((m: { subject: string }) => m.subject);
    expect(subjects).not.toContain("Nur Vogtland");
    expect(subjects[0]).toBe("Neueste in Halle Bcc: x@y"); // one header line, never two
    expect(JSON.stringify(halle.data)).not.toContain("Geheim im Vogtland");
    expect(halle.data.messages.length).toBeLessThanOrEqual(200);

    const vogtland = await open("admin@vogtland.example", "vogtland");
    expect(vogtland.data.messages.map((m: { subject: string }) => m.subject)).toEqual(["Nur Vogtland"]);

    expect((await open(ARBEIT)).status).toBe(403);
    expect((await open(BERATUNG)).status).toBe(403);
    expect((await open("admin@vogtland.example", "halle")).status).toBe(404);
  });

  it("queues the account invitation e-mail with the link", async () => {
    const org = await db.selectFrom("organisations").select("id").where("network_id", "=", halleId).orderBy("name").executeTakeFirstOrThrow();
    const created = await run(async () =>
      accountInviteAction(
        args(await postRequest("/n/halle/admin/invitations", { email: "neu.per.mail@halle.example", organisationId: String(org.id), role: "member" }, { as: ADMIN }), { network: "halle" }),
      ),
    );
    expect(created.status).toBe(200);
    const message = await db.selectFrom("outbox_messages").selectAll().where("to_email", "=", "neu.per.mail@halle.example").executeTakeFirstOrThrow();
    expect(message).toMatchObject({ kind: "account.invitation", network_id: halleId, status: "pending" });
    expect(message.body_text).toContain(created.data.created.link);
  });
});
