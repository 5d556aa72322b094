import type { Transaction } from "kysely";
import type { Database, MeetingKind } from "../../db/schema";
import { recordAudit } from "../audit/audit.server";
import type { Viewer } from "../auth/permissions";
import { db } from "../db.server";
import type { GroupCadence } from "../groups/cadence";
import { sortGroups } from "../groups/groups.server";
import { NETWORK_TIME_ZONE } from "../i18n/format";
import { nextMeetingDate, seriesDates } from "./cadence-dates";
import { carryOverToNextMeeting } from "./carry-over.server";
import { addLocalDays, localToUtc, utcToLocal } from "./local-time";
import type { MeetingWithHosts } from "./meetings.server";
import type { MeetingFormValues, MeetingInput } from "./schemas";
import { assertMeetingTransition } from "./state-machines";
import { inGermanOrder } from "../i18n/german-order";

// Planning, editing, moving, cancelling and closing meetings. Every function takes the
// network id (through the viewer) and puts it in the WHERE; multi-row writes run in one
// transaction. E-mail to invitees is not sent here: the results say whether attendees
// must be told ({ moved }, { cancelled }) and the routes hand that to notify.server.ts.

export const DEFAULT_DEADLINE_DAYS = 14;

export interface PlanningGroup {
  id: number;
  name: string;
  cadence: string;
}

function asCadence(value: string): GroupCadence {
  return (["monthly", "bimonthly", "quarterly", "half_yearly", "ad_hoc"] as const).includes(value as GroupCadence)
    ? (value as GroupCadence)
    : "ad_hoc";
}

/** Whole days from one local date to another ("2026-03-12" → "2026-03-26" = 14). */
export function daysBetween(from: string, to: string): number {
  const t = (d: string) => {
    const [y, m, day] = d.split("-").map(Number);
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((t(to) - t(from)) / 86_400_000);
}

/** The proposal deadline is the end of its local day (23:59:59 Berlin time), in UTC. */
export function endOfLocalDay(date: string, zone = NETWORK_TIME_ZONE): string {
  return new Date(localToUtc(addLocalDays(date, 1), "00:00", zone).getTime() - 1000).toISOString();
}

/** Start, end and deadline in UTC from the local values of the form. */
export function meetingTimes(input: Pick<MeetingInput, "date" | "startTime" | "endTime" | "deadlineDate">, zone = NETWORK_TIME_ZONE) {
  const deadlineDate = input.deadlineDate || addLocalDays(input.date, -DEFAULT_DEADLINE_DAYS);
  return {
    starts_at: localToUtc(input.date, input.startTime, zone).toISOString(),
    ends_at: localToUtc(input.date, input.endTime, zone).toISOString(),
    proposal_deadline: endOfLocalDay(deadlineDate, zone),
  };
}

/** The editor's values for a stored meeting (local Berlin date and times). */
export function meetingFormValues(meeting: {
  title: string; kind: MeetingKind; starts_at: string; ends_at: string; time_zone: string; place: string | null;
  online_url: string | null; description: string; proposal_deadline: string; invite_tier: "member" | "preparation"; version: number;
}): MeetingFormValues {
  const start = utcToLocal(meeting.starts_at, meeting.time_zone);
  return {
    title: meeting.title,
    kind: meeting.kind,
    date: start.date,
    startTime: start.time,
    endTime: utcToLocal(meeting.ends_at, meeting.time_zone).time,
    place: meeting.place ?? "",
    onlineUrl: meeting.online_url ?? "",
    description: meeting.description,
    deadlineDate: utcToLocal(meeting.proposal_deadline, meeting.time_zone).date,
    inviteTier: meeting.invite_tier,
    jointGroupIds: [],
    createSeries: false,
    version: String(meeting.version),
  };
}

/**
 * "Plan the next quarter": the form starts with the next date in the group's cadence after
 * its last (not cancelled) meeting, at that meeting's local times and place. Without an
 * earlier meeting: four weeks from today, 10:00–12:00.
 */
export async function planningDefaults(input: { networkId: number; group: PlanningGroup; now?: Date }) {
  const now = input.now ?? new Date();
  const zone = NETWORK_TIME_ZONE;
  const today = utcToLocal(now, zone).date;
  const cadence = asCadence(input.group.cadence);
  const last = await db
    .selectFrom("meeting_hosts")
    .innerJoin("meetings", "meetings.id", "meeting_hosts.meeting_id")
    .select(["meetings.starts_at", "meetings.ends_at", "meetings.time_zone", "meetings.place", "meetings.online_url", "meetings.invite_tier"])
    .where("meeting_hosts.network_id", "=", input.networkId)
    .where("meeting_hosts.group_id", "=", input.group.id)
    .where("meetings.status", "!=", "cancelled")
    .orderBy("meeting_hosts.starts_at", "desc")
    .limit(1)
    .executeTakeFirst();

  const fallbackDate = addLocalDays(today, 28);
  let date = fallbackDate;
  let startTime = "10:00";
  let endTime = "12:00";
  let lastDate: string | null = null;
  if (last) {
    const start = utcToLocal(last.starts_at, zone);
    lastDate = start.date;
    startTime = start.time;
    endTime = utcToLocal(last.ends_at, zone).time;
    let proposal = nextMeetingDate(start.date, cadence);
    // A group that has not met for a while: keep the rhythm, but propose a future date.
    for (let i = 0; proposal !== null && proposal <= today && i < 200; i++) proposal = nextMeetingDate(proposal, cadence);
    if (proposal && proposal > today) date = proposal;
  }
  const values: MeetingFormValues = {
    title: `${input.group.name}: Sitzung`,
    kind: "regular",
    date,
    startTime,
    endTime,
    place: last?.place ?? "",
    onlineUrl: last?.online_url ?? "",
    description: "",
    deadlineDate: addLocalDays(date, -DEFAULT_DEADLINE_DAYS),
    inviteTier: last?.invite_tier ?? "member",
    jointGroupIds: [],
    createSeries: false,
    version: "",
  };
  return { values, lastDate, cadence, seriesPreview: cadence === "ad_hoc" ? [] : seriesDates(date, cadence) };
}

/** The network's other groups, for the joint-session checkboxes. */
export async function otherGroupChoices(networkId: number, groupId: number) {
  const groups = await db
    .selectFrom("groups")
    .select(["id", "kind", "name"])
    .where("network_id", "=", networkId)
    .where("id", "!=", groupId)
    .execute();
  return sortGroups(groups).map((g) => ({ id: g.id, name: g.name }));
}

export type PlanOutcome =
  | { ok: true; meetingId: number; meetingIds: number[]; seriesId: number | null; hostGroupIds: number[] }
  | { ok: false; field: "jointGroupIds" | "kind"; error: string };

/**
 * Creates a meeting hosted by `group` (and, for a joint session, the chosen other groups:
 * the creator's group first), or a whole series for the coming year, in one transaction.
 * Afterwards deferred items and open action items move to each host group's next meeting.
 */
export async function planMeetings(input: { viewer: Viewer; group: PlanningGroup; data: MeetingInput; now?: Date }): Promise<PlanOutcome> {
  const { viewer, group, data } = input;
  const networkId = viewer.networkId;
  const zone = NETWORK_TIME_ZONE;
  const cadence = asCadence(group.cadence);

  const requested = [...new Set(data.jointGroupIds)];
  const ids = requested.map((v) => (/^[1-9]\d{0,9}$/.test(v) ? Number(v) : NaN));
  if (ids.some((id) => Number.isNaN(id) || id === group.id)) return { ok: false, field: "jointGroupIds", error: "validation.invalidChoice" };
  const others = ids.length
    ? await db.selectFrom("groups").select("id").where("network_id", "=", networkId).where("id", "in", ids).execute()
    : [];
  if (others.length !== ids.length) return { ok: false, field: "jointGroupIds", error: "validation.invalidChoice" };
  if (data.kind === "joint" && ids.length === 0) return { ok: false, field: "kind", error: "meeting.validation.jointNeedsGroups" };

  const kind: MeetingKind = ids.length ? "joint" : data.kind;
  const hostGroupIds = [group.id, ...ids];
  const deadlineOffset = data.deadlineDate ? daysBetween(data.date, data.deadlineDate) : -DEFAULT_DEADLINE_DAYS;
  const dates = data.createSeries && cadence !== "ad_hoc" ? seriesDates(data.date, cadence) : [data.date];

  return db.transaction().execute(async (trx) => {
    let seriesId: number | null = null;
    if (dates.length > 1) {
      seriesId = (
        await trx.insertInto("meeting_series").values({ network_id: networkId, group_id: group.id, cadence }).returning("id").executeTakeFirstOrThrow()
      ).id;
    }
    const meetingIds: number[] = [];
    for (const date of dates) {
      const times = meetingTimes({ ...data, date, deadlineDate: addLocalDays(date, deadlineOffset) }, zone);
      const { id } = await trx
        .insertInto("meetings")
        .values({
          network_id: networkId,
          series_id: seriesId,
          kind,
          title: data.title,
          description: data.description,
          ...times,
          time_zone: zone,
          place: data.place || null,
          online_url: data.onlineUrl || null,
          invite_tier: data.inviteTier,
          created_by: viewer.userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      // One row per host group; the creator's group first.
      await trx
        .insertInto("meeting_hosts")
        .values(hostGroupIds.map((groupId) => ({ meeting_id: id, group_id: groupId, network_id: networkId, starts_at: times.starts_at })))
        .execute();
      await recordAudit(
        {
          networkId,
          actorUserId: viewer.userId,
          action: "meeting.created",
          subject: { type: "meeting", id },
          details: { title: data.title, kind, startsAt: times.starts_at, hostGroupIds, seriesId },
        },
        trx,
      );
      meetingIds.push(id);
    }
    for (const groupId of hostGroupIds) await carryOverToNextMeeting(trx, { networkId, groupId, now: input.now });
    return { ok: true as const, meetingId: meetingIds[0], meetingIds, seriesId, hostGroupIds };
  });
}

/** The meeting as it is after a change, with its host groups: what notices to invitees need. */
export async function loadChangedMeeting(trx: Transaction<Database>, networkId: number, meetingId: number) {
  const meeting = await trx
    .selectFrom("meetings")
    .select(["id", "network_id", "title", "starts_at", "ends_at", "time_zone", "place", "online_url", "cancel_reason", "sequence", "status"])
    .where("network_id", "=", networkId)
    .where("id", "=", meetingId)
    .executeTakeFirstOrThrow();
  const hosts = await trx
    .selectFrom("meeting_hosts")
    .innerJoin("groups", "groups.id", "meeting_hosts.group_id")
    .select(["groups.id", "groups.slug", "groups.name"])
    .where("meeting_hosts.network_id", "=", networkId)
    .where("meeting_hosts.meeting_id", "=", meetingId)
    .execute()
    .then(inGermanOrder);
  return { ...meeting, hosts };
}
export type ChangedMeeting = Awaited<ReturnType<typeof loadChangedMeeting>>;

/**
 * Runs inside the transaction of a move or cancellation, after the change: the place where
 * the routes hand over to notify.server.ts (e-mail to invitees). Optional.
 */
export type AfterChange = (trx: Transaction<Database>, change: { kind: "moved" | "cancelled"; meeting: ChangedMeeting }) => Promise<unknown>;

export type ChangeOutcome =
  | { ok: true; moved: boolean; cancelled: boolean }
  | { ok: false; reason: "conflict" | "cancelled" }
  | { ok: false; reason: "invalid"; field: "kind"; error: string };

function sameInstant(a: string, b: string): boolean {
  return new Date(a).getTime() === new Date(b).getTime();
}

/**
 * Saves the editor. Changing date, time, place or online link is a move: same id, SEQUENCE
 * raised by one, the host rows' starts_at kept in step. `version` is the one the form was
 * loaded with; if someone saved in between, nothing is written ({ reason: "conflict" }).
 */
export async function updateMeeting(input: {
  viewer: Viewer;
  meeting: MeetingWithHosts;
  data: MeetingInput;
  now?: Date;
  afterChange?: AfterChange;
}): Promise<ChangeOutcome> {
  const { viewer, meeting, data } = input;
  const version = Number(data.version);
  if (!data.version || !Number.isSafeInteger(version)) return { ok: false, reason: "conflict" };
  if (meeting.status === "cancelled") return { ok: false, reason: "cancelled" };
  const joint = meeting.hosts.length > 1;
  if (!joint && data.kind === "joint") return { ok: false, reason: "invalid", field: "kind", error: "meeting.validation.jointNeedsGroups" };

  const times = meetingTimes(data, meeting.time_zone);
  const place = data.place || null;
  const onlineUrl = data.onlineUrl || null;
  const moved =
    !sameInstant(times.starts_at, meeting.starts_at) ||
    !sameInstant(times.ends_at, meeting.ends_at) ||
    place !== meeting.place ||
    onlineUrl !== meeting.online_url;
  const now = (input.now ?? new Date()).toISOString();

  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("meetings")
      .set((eb) => ({
        title: data.title,
        kind: joint ? "joint" : data.kind,
        description: data.description,
        ...times,
        place,
        online_url: onlineUrl,
        invite_tier: data.inviteTier,
        sequence: moved ? eb("sequence", "+", 1) : eb.ref("sequence"),
        version: eb("version", "+", 1),
        updated_at: now,
      }))
      .where("id", "=", meeting.id)
      .where("network_id", "=", viewer.networkId)
      .where("version", "=", version)
      .where("status", "!=", "cancelled")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { ok: false as const, reason: "conflict" as const };
    if (moved) {
      await trx
        .updateTable("meeting_hosts")
        .set({ starts_at: times.starts_at })
        .where("meeting_id", "=", meeting.id)
        .where("network_id", "=", viewer.networkId)
        .execute();
    }
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: moved ? "meeting.moved" : "meeting.updated",
        subject: { type: "meeting", id: meeting.id },
        details: moved
          ? { from: { startsAt: meeting.starts_at, place: meeting.place, onlineUrl: meeting.online_url }, to: { startsAt: times.starts_at, place, onlineUrl } }
          : { title: data.title },
      },
      trx,
    );
    if (moved && input.afterChange) {
      await input.afterChange(trx, { kind: "moved", meeting: await loadChangedMeeting(trx, viewer.networkId, meeting.id) });
    }
    return { ok: true as const, moved, cancelled: false };
  });
}

/** Reads the stored status inside the transaction, so the transition check sees the truth. */
async function currentState(trx: Transaction<Database>, networkId: number, meetingId: number) {
  return trx
    .selectFrom("meetings")
    .select(["status", "version", "starts_at"])
    .where("network_id", "=", networkId)
    .where("id", "=", meetingId)
    .executeTakeFirstOrThrow();
}

/**
 * Cancels a meeting with a reason; it stays visible as cancelled. Throws
 * IllegalTransitionError (→ 409) when the status does not allow it.
 */
export async function cancelMeeting(input: {
  viewer: Viewer;
  meetingId: number;
  reason: string;
  version: number;
  now?: Date;
  afterChange?: AfterChange;
}): Promise<ChangeOutcome> {
  const { viewer } = input;
  const now = (input.now ?? new Date()).toISOString();
  return db.transaction().execute(async (trx) => {
    const current = await currentState(trx, viewer.networkId, input.meetingId);
    assertMeetingTransition(current.status, "cancelled");
    const result = await trx
      .updateTable("meetings")
      .set((eb) => ({
        status: "cancelled",
        cancel_reason: input.reason,
        sequence: eb("sequence", "+", 1),
        version: eb("version", "+", 1),
        updated_at: now,
      }))
      .where("id", "=", input.meetingId)
      .where("network_id", "=", viewer.networkId)
      .where("version", "=", input.version)
      .where("status", "=", current.status)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { ok: false as const, reason: "conflict" as const };
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: "meeting.cancelled",
        subject: { type: "meeting", id: input.meetingId },
        details: { reason: input.reason, from: current.status },
      },
      trx,
    );
    if (input.afterChange) {
      await input.afterChange(trx, { kind: "cancelled", meeting: await loadChangedMeeting(trx, viewer.networkId, input.meetingId) });
    }
    return { ok: true as const, moved: false, cancelled: true };
  });
}

export type HeldOutcome = { ok: true } | { ok: false; reason: "notStarted" };

/** "Als stattgefunden markieren": only once the meeting has begun. */
export async function markMeetingHeld(input: { viewer: Viewer; meetingId: number; now?: Date }): Promise<HeldOutcome> {
  const { viewer } = input;
  const now = input.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const current = await currentState(trx, viewer.networkId, input.meetingId);
    assertMeetingTransition(current.status, "held");
    if (new Date(current.starts_at) > now) return { ok: false as const, reason: "notStarted" as const };
    await trx
      .updateTable("meetings")
      .set((eb) => ({ status: "held", version: eb("version", "+", 1), updated_at: now.toISOString() }))
      .where("id", "=", input.meetingId)
      .where("network_id", "=", viewer.networkId)
      .where("status", "=", current.status)
      .execute();
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action: "meeting.held", subject: { type: "meeting", id: input.meetingId } },
      trx,
    );
    return { ok: true as const };
  });
}
