import { sql } from "kysely";
import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import { notFound, requireMeetingModerator, requireNetworkMember } from "../auth/authorize.server";
import type { Viewer } from "../auth/permissions";
import { parseId } from "../components/params";
import type { AttendanceResponse, MembershipTier } from "../../db/schema";
import type { DbOrTrx } from "../mail/outbox.server";
import { oneLine } from "../mail/outbox.server";
import { timeAgenda } from "./agenda-timing";
import { findMeeting, type MeetingWithHosts } from "./meetings.server";
import {
  hostNames, meetingSubject, meetingUrl, placeLines, queueToAttendees, SIGNATURE, timeText, whenText, type MailMeeting,
} from "./notify.server";
import { assertMeetingTransition } from "./state-machines";
import { meetingIcsFor } from "../calendar/invitations.server";
import { byGermanName, inGermanOrder } from "../i18n/german-order";

// Publishing the agenda (invitations), answers and attendance. Every function takes the
// network id (or a meeting already loaded with it) and puts it in the WHERE.

export const inviteTiers = ["member", "preparation"] as const satisfies readonly MembershipTier[];
export type InviteTier = (typeof inviteTiers)[number];

/**
 * The people a meeting invites: every ACTIVE network member affiliated with an
 * organisation of a host group, plus people named directly in a host group — with the
 * tier "member" both tiers, with "preparation" only the preparation committees. Each
 * person once (the caller selects from network_members, one row per person).
 */
function inviteeIds(dbOrTrx: DbOrTrx, networkId: number, hostGroupIds: number[], tier: InviteTier) {
  const tiers: MembershipTier[] = tier === "member" ? ["preparation", "member"] : ["preparation"];
  const viaOrganisation = dbOrTrx
    .selectFrom("group_memberships")
    .innerJoin("affiliations", "affiliations.organisation_id", "group_memberships.organisation_id")
    .select("affiliations.user_id as user_id")
    .where("group_memberships.network_id", "=", networkId)
    .where("affiliations.network_id", "=", networkId)
    .where("group_memberships.group_id", "in", hostGroupIds)
    .where("group_memberships.tier", "in", tiers);
  const direct = dbOrTrx
    .selectFrom("group_memberships")
    .select((eb) => eb.ref("group_memberships.user_id").$notNull().as("user_id"))
    .where("group_memberships.network_id", "=", networkId)
    .where("group_memberships.group_id", "in", hostGroupIds)
    .where("group_memberships.tier", "in", tiers)
    .where("group_memberships.user_id", "is not", null);
  return viaOrganisation.union(direct);
}

function activeInvitees(dbOrTrx: DbOrTrx, networkId: number, hostGroupIds: number[], tier: InviteTier) {
  return dbOrTrx
    .selectFrom("network_members")
    .where("network_members.network_id", "=", networkId)
    .where("network_members.active", "=", 1)
    .where("network_members.user_id", "in", inviteeIds(dbOrTrx, networkId, hostGroupIds, tier));
}

/** How many people each tier choice would invite (shown before publishing). */
export async function inviteeCounts(meeting: MeetingWithHosts): Promise<Record<InviteTier, number>> {
  const hostIds = meeting.hosts.map((h) => h.id);
  if (!hostIds.length) return { member: 0, preparation: 0 };
  const count = async (tier: InviteTier) => {
    const row = await activeInvitees(db, meeting.network_id, hostIds, tier)
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  };
  const [member, preparation] = await Promise.all([count("member"), count("preparation")]);
  return { member, preparation };
}

export async function acceptedAgenda(networkId: number, meetingId: number, dbOrTrx: DbOrTrx = db) {
  return dbOrTrx
    .selectFrom("agenda_items")
    .leftJoin("users as presenter", "presenter.id", "agenda_items.presenter_user_id")
    .leftJoin("organisations as presenter_org", "presenter_org.id", "agenda_items.presenter_organisation_id")
    .select([
      "agenda_items.id", "agenda_items.title", "agenda_items.planned_minutes", "agenda_items.position",
      "presenter.name as presenterName", "presenter_org.name as presenterOrganisation",
    ])
    .where("agenda_items.network_id", "=", networkId)
    .where("agenda_items.meeting_id", "=", meetingId)
    .where("agenda_items.status", "=", "accepted")
    .orderBy("agenda_items.position")
    .orderBy("agenda_items.id")
    .execute();
}

type AgendaLine = Awaited<ReturnType<typeof acceptedAgenda>>[number];

/** The invitation text after the greeting: date, place, numbered agenda with start times, link. */
export function invitationBody(meeting: MailMeeting, agenda: AgendaLine[], url: string): string {
  const timed = timeAgenda(meeting, agenda);
  const agendaLines = timed.items.length
    ? timed.items.map(({ item, startsAt }, index) => {
        const presenter = [item.presenterName, item.presenterOrganisation].filter(Boolean).join(", ");
        return `${index + 1}. ${timeText(startsAt, meeting.time_zone)} Uhr  ${oneLine(item.title)}${presenter ? ` (${oneLine(presenter)})` : ""}`;
      })
    : ["Die Tagesordnung folgt."];
  return [
    `hiermit laden wir Sie herzlich zur Sitzung „${oneLine(meeting.title)}“ (${hostNames(meeting)}) ein.`,
    "",
    `Termin: ${whenText(meeting)}`,
    ...placeLines(meeting),
    "",
    "Tagesordnung:",
    ...agendaLines,
    "",
    "Bitte sagen Sie zu oder ab:",
    url,
    ...SIGNATURE,
  ].join("\n");
}

export type PublishOutcome =
  | { ok: true; invited: number }
  | { ok: false; reason: "conflict" };

/**
 * Publishes the agenda: the meeting becomes `invited`, every invitee gets an attendance
 * row (pending) and one e-mail in the outbox — all in one transaction, a constant number of
 * queries whatever the number of people. Throws IllegalTransitionError unless planned.
 */
export async function publishInvitations(input: {
  viewer: Viewer;
  meeting: MeetingWithHosts;
  tier: InviteTier;
  version: number;
  origin: string;
}): Promise<PublishOutcome> {
  const { viewer, meeting, tier } = input;
  assertMeetingTransition(meeting.status, "invited");
  const hostIds = meeting.hosts.map((h) => h.id);
  const networkId = viewer.networkId;

  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("meetings")
      .set({
        status: "invited",
        invite_tier: tier,
        version: sql<number>`version + 1`,
        updated_at: new Date().toISOString(),
      })
      .where("network_id", "=", networkId)
      .where("id", "=", meeting.id)
      .where("version", "=", input.version)
      .where("status", "=", "planned")
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return { ok: false, reason: "conflict" } as const;

    if (hostIds.length) {
      await trx
        .insertInto("meeting_attendance")
        .columns(["meeting_id", "user_id", "network_id"])
        .expression(
          activeInvitees(trx, networkId, hostIds, tier).select([
            sql<number>`${meeting.id}`.as("meeting_id"),
            "network_members.user_id",
            "network_members.network_id",
          ]),
        )
        .onConflict((oc) => oc.columns(["meeting_id", "user_id"]).doNothing())
        .execute();
    }

    const agenda = await acceptedAgenda(networkId, meeting.id, trx);
    const url = meetingUrl(input.origin, viewer.networkSlug, meeting.id);
    const invited = await queueToAttendees(trx, {
      networkId,
      meetingId: meeting.id,
      kind: "meeting.invitation",
      subject: meetingSubject("Einladung", meeting),
      body: invitationBody(meeting, agenda, url),
      ics: null,
      icsFor: await meetingIcsFor(trx, { networkId, meetingId: meeting.id, origin: input.origin, method: "REQUEST" }),
    });

    await recordAudit(
      {
        networkId,
        actorUserId: viewer.userId,
        action: "meeting.invited",
        subject: { type: "meeting", id: meeting.id },
        details: { tier, invited, agendaItems: agenda.length },
      },
      trx,
    );
    return { ok: true, invited } as const;
  });
}

/** The viewer's own invitation to a meeting, if there is one. */
export async function myInvitation(viewer: Viewer, meetingId: number) {
  return (
    (await db
      .selectFrom("meeting_attendance")
      .select(["response", "responded_at", "invited_at", "attended"])
      .where("network_id", "=", viewer.networkId)
      .where("meeting_id", "=", meetingId)
      .where("user_id", "=", viewer.userId)
      .executeTakeFirst()) ?? null
  );
}

export async function responseCounts(networkId: number, meetingId: number): Promise<Record<AttendanceResponse, number>> {
  const rows = await db
    .selectFrom("meeting_attendance")
    .select((eb) => ["response", eb.fn.countAll<number>().as("count")])
    .where("network_id", "=", networkId)
    .where("meeting_id", "=", meetingId)
    .groupBy("response")
    .execute();
  const counts: Record<AttendanceResponse, number> = { pending: 0, attending: 0, declined: 0 };
  for (const row of rows) counts[row.response] = Number(row.count);
  return counts;
}

/** What the meeting page shows in its invitation section. */
export async function rsvpForMeeting(viewer: Viewer, meeting: MeetingWithHosts, canModerate: boolean) {
  const [invitation, counts] = await Promise.all([
    myInvitation(viewer, meeting.id),
    canModerate && meeting.status !== "planned" ? responseCounts(viewer.networkId, meeting.id) : Promise.resolve(null),
  ]);
  return { invitation, counts };
}

export type AnswerOutcome = { ok: true } | { ok: false; reason: "not_invited" | "closed" };

/** An invited person answers attend / decline while the meeting is `invited`. */
export async function answerInvitation(input: {
  viewer: Viewer;
  meeting: MeetingWithHosts;
  response: Exclude<AttendanceResponse, "pending">;
}): Promise<AnswerOutcome> {
  const { viewer, meeting } = input;
  const invitation = await myInvitation(viewer, meeting.id);
  if (!invitation) return { ok: false, reason: "not_invited" };
  if (meeting.status !== "invited") return { ok: false, reason: "closed" };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("meeting_attendance")
      .set({ response: input.response, responded_at: new Date().toISOString() })
      .where("network_id", "=", viewer.networkId)
      .where("meeting_id", "=", meeting.id)
      .where("user_id", "=", viewer.userId)
      .execute();
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: "meeting.answered",
        subject: { type: "meeting", id: meeting.id },
        details: { response: input.response },
      },
      trx,
    );
  });
  return { ok: true };
}

/** Invitations still waiting for the viewer's answer (home page, "what waits for me"). */
export async function pendingInvitations(viewer: Viewer, now = new Date()) {
  return db
    .selectFrom("meeting_attendance")
    .innerJoin("meetings", "meetings.id", "meeting_attendance.meeting_id")
    .select(["meetings.id", "meetings.title", "meetings.starts_at", "meetings.ends_at", "meetings.kind"])
    .where("meeting_attendance.network_id", "=", viewer.networkId)
    .where("meeting_attendance.user_id", "=", viewer.userId)
    .where("meeting_attendance.response", "=", "pending")
    .where("meetings.network_id", "=", viewer.networkId)
    .where("meetings.status", "=", "invited")
    .where("meetings.ends_at", ">=", now.toISOString())
    .orderBy("meetings.starts_at")
    .limit(20)
    .execute();
}

export interface AttendancePerson {
  userId: number;
  name: string;
  response: AttendanceResponse;
  attended: boolean | null;
}

export interface AttendanceOrganisation {
  id: number | null;
  name: string | null;
  counts: Record<AttendanceResponse, number>;
  people: AttendancePerson[];
}

/**
 * Answers per organisation (a person in two organisations shows under both; people named
 * directly without an organisation under `id: null`), plus the list of people. Two queries.
 */
export async function attendanceOverview(networkId: number, meetingId: number) {
  const [rows, affiliations] = await Promise.all([
    db
      .selectFrom("meeting_attendance")
      .innerJoin("users", "users.id", "meeting_attendance.user_id")
      .select(["users.id as userId", "users.name", "meeting_attendance.response", "meeting_attendance.attended"])
      .where("meeting_attendance.network_id", "=", networkId)
      .where("meeting_attendance.meeting_id", "=", meetingId)
      .execute()
      .then(inGermanOrder),
    db
      .selectFrom("affiliations")
      .innerJoin("organisations", "organisations.id", "affiliations.organisation_id")
      .select(["affiliations.user_id as userId", "organisations.id", "organisations.name"])
      .where("affiliations.network_id", "=", networkId)
      .where("affiliations.user_id", "in", (eb) =>
        eb
          .selectFrom("meeting_attendance")
          .select("meeting_attendance.user_id")
          .where("meeting_attendance.network_id", "=", networkId)
          .where("meeting_attendance.meeting_id", "=", meetingId),
      )
      .execute(),
  ]);

  const people: AttendancePerson[] = rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    response: r.response,
    attended: r.attended === null ? null : r.attended === 1,
  }));
  const byUser = new Map(people.map((p) => [p.userId, p]));
  const organisations = new Map<number | null, AttendanceOrganisation>();
  const bucket = (id: number | null, name: string | null) => {
    let org = organisations.get(id);
    if (!org) {
      org = { id, name, counts: { pending: 0, attending: 0, declined: 0 }, people: [] };
      organisations.set(id, org);
    }
    return org;
  };
  const affiliated = new Set<number>();
  for (const a of affiliations) {
    const person = byUser.get(a.userId);
    if (!person) continue;
    affiliated.add(a.userId);
    bucket(a.id, a.name).people.push(person);
  }
  for (const person of people) if (!affiliated.has(person.userId)) bucket(null, null).people.push(person);
  for (const org of organisations.values()) {
    org.people.sort((x, y) => byGermanName.compare(x.name, y.name));
    for (const p of org.people) org.counts[p.response] += 1;
  }
  const totals: Record<AttendanceResponse, number> = { pending: 0, attending: 0, declined: 0 };
  for (const p of people) totals[p.response] += 1;
  const list = [...organisations.values()].sort((x, y) =>
    x.name === null ? 1 : y.name === null ? -1 : byGermanName.compare(x.name, y.name),
  );
  return { people, organisations: list, totals };
}

/** Ticking who attended is possible once the meeting has started (and it was not cancelled). */
export function canRecordAttendance(meeting: { status: string; starts_at: string }, now = new Date()): boolean {
  return meeting.status !== "cancelled" && meeting.status !== "planned" && new Date(meeting.starts_at) <= now;
}

/** Saves attended = 1 for the ticked people and 0 for everyone else invited. Two updates. */
export async function recordAttendance(input: { viewer: Viewer; meetingId: number; attendedUserIds: number[] }) {
  const { viewer, meetingId } = input;
  const ids = [...new Set(input.attendedUserIds)];
  await db.transaction().execute(async (trx) => {
    const base = trx
      .updateTable("meeting_attendance")
      .where("network_id", "=", viewer.networkId)
      .where("meeting_id", "=", meetingId);
    if (ids.length) await base.set({ attended: 1 }).where("user_id", "in", ids).execute();
    await (ids.length ? base.where("user_id", "not in", ids) : base).set({ attended: 0 }).execute();
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: "meeting.attendance_recorded",
        subject: { type: "meeting", id: meetingId },
        details: { attended: ids.length },
      },
      trx,
    );
  });
}

/** The meeting in the URL (404 if it is not this network's) for a member of the network. */
export async function requireMeetingOfNetwork(request: Request, params: { network?: string; meetingId?: string }) {
  const viewer = await requireNetworkMember(request, params.network);
  const id = parseId(params.meetingId);
  const meeting = id ? await findMeeting(viewer.networkId, id) : undefined;
  if (!meeting) notFound();
  return { viewer, meeting };
}

/** The same, for a moderator of one of its host groups (403 otherwise). */
export async function requireModeratedMeeting(request: Request, params: { network?: string; meetingId?: string }) {
  const found = await requireMeetingOfNetwork(request, params);
  requireMeetingModerator(found.viewer, found.meeting);
  return found;
}
