import { createHash } from "node:crypto";
import { sql, type SelectQueryBuilder } from "kysely";
import { BoundedCache } from "../bounded-cache";
import { inGermanOrder } from "../i18n/german-order";
import { db } from "../db.server";
import { notFound } from "../auth/authorize.server";
import type { Database } from "../../db/schema";
import type { DbOrTrx } from "../mail/outbox.server";
import type { CalendarAgendaItem, CalendarMeeting } from "./events";

// Reading meetings for calendar files. A feed is defined by a subquery of meeting ids
// (each meeting once, even a joint session of two of a person's groups); the meetings, their
// host groups and their accepted agenda items are then read in three queries, whatever the
// number of meetings. The ETag comes from one aggregate query over the same set, so a
// calendar program asking "anything new?" costs no feed building.

/** Feeds reach 12 months back and include every future meeting. */
export function feedWindowStart(now = new Date()): string {
  const since = new Date(now.getTime());
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  since.setUTCHours(0, 0, 0, 0);
  return since.toISOString();
}

type MeetingIds = SelectQueryBuilder<Database, any, { meeting_id: number }>;

/** A group's meetings (joint sessions included) since `since`, read from meeting_hosts' index. */
export function groupMeetingIds(networkId: number, groupId: number, since: string, dbOrTrx: DbOrTrx = db): MeetingIds {
  return dbOrTrx
    .selectFrom("meeting_hosts")
    .select("meeting_hosts.meeting_id")
    .where("meeting_hosts.network_id", "=", networkId)
    .where("meeting_hosts.group_id", "=", groupId)
    .where("meeting_hosts.starts_at", ">=", since);
}

/**
 * The groups of a person in every network where they are an active member: through their
 * organisations' memberships and their direct (personal) memberships.
 */
export function personalGroupIds(userId: number, dbOrTrx: DbOrTrx) {
  const viaOrganisation = dbOrTrx
    .selectFrom("network_members")
    .innerJoin("affiliations", (join) =>
      join.onRef("affiliations.network_id", "=", "network_members.network_id").onRef("affiliations.user_id", "=", "network_members.user_id"),
    )
    .innerJoin("group_memberships", (join) =>
      join
        .onRef("group_memberships.organisation_id", "=", "affiliations.organisation_id")
        .onRef("group_memberships.network_id", "=", "affiliations.network_id"),
    )
    .select("group_memberships.group_id")
    .where("network_members.user_id", "=", userId)
    .where("network_members.active", "=", 1);
  const direct = dbOrTrx
    .selectFrom("group_memberships")
    .innerJoin("network_members", (join) =>
      join.onRef("network_members.network_id", "=", "group_memberships.network_id").onRef("network_members.user_id", "=", "group_memberships.user_id"),
    )
    .select("group_memberships.group_id")
    .where("group_memberships.user_id", "=", userId)
    .where("network_members.active", "=", 1);
  return viaOrganisation.union(direct);
}

/**
 * Every meeting of every group of the person, in all their networks. Used only inside IN,
 * which takes a joint session of two of the person's groups once. The person's groups drive
 * (CROSS JOIN fixes the order), each read from its own index by date: otherwise SQLite may
 * walk all host rows of every network and test each against the person's groups.
 */
export function personalMeetingIds(userId: number, since: string, dbOrTrx: DbOrTrx = db): MeetingIds {
  return dbOrTrx
    .selectFrom(personalGroupIds(userId, dbOrTrx).as("mine"))
    .crossJoin("meeting_hosts")
    .whereRef("meeting_hosts.group_id", "=", "mine.group_id")
    .select("meeting_hosts.meeting_id")
    .where("meeting_hosts.starts_at", ">=", since);
}

/** One meeting of one network. */
export function singleMeetingId(networkId: number, meetingId: number, dbOrTrx: DbOrTrx = db): MeetingIds {
  return dbOrTrx
    .selectFrom("meetings")
    .select("meetings.id as meeting_id")
    .where("meetings.network_id", "=", networkId)
    .where("meetings.id", "=", meetingId);
}

const PUBLISHED = ["invited", "held", "minutes_published"] as const;

/** The meetings of the set, ordered by start, ready for events.ts. Three queries. */
export async function loadCalendarMeetings(ids: MeetingIds, dbOrTrx: DbOrTrx = db): Promise<CalendarMeeting[]> {
  const [meetings, hosts, agenda] = await Promise.all([
    dbOrTrx
      .selectFrom("meetings")
      .innerJoin("networks", "networks.id", "meetings.network_id")
      .select([
        "meetings.id", "networks.slug as networkSlug", "meetings.title", "meetings.starts_at", "meetings.ends_at",
        "meetings.time_zone", "meetings.place", "meetings.online_url", "meetings.status", "meetings.cancel_reason",
        "meetings.sequence", "meetings.created_at", "meetings.updated_at",
      ])
      .where("meetings.id", "in", ids)
      .orderBy("meetings.starts_at")
      .orderBy("meetings.id")
      .execute(),
    dbOrTrx
      .selectFrom("meeting_hosts")
      .innerJoin("groups", "groups.id", "meeting_hosts.group_id")
      .select(["meeting_hosts.meeting_id", "groups.name"])
      .where("meeting_hosts.meeting_id", "in", ids)
      .execute()
      .then(inGermanOrder),
    dbOrTrx
      .selectFrom("agenda_items")
      .innerJoin("meetings", "meetings.id", "agenda_items.meeting_id")
      .leftJoin("users as presenter", "presenter.id", "agenda_items.presenter_user_id")
      .leftJoin("organisations as presenter_org", "presenter_org.id", "agenda_items.presenter_organisation_id")
      .select([
        "agenda_items.meeting_id", "agenda_items.title", "agenda_items.planned_minutes",
        "presenter.name as presenterName", "presenter_org.name as presenterOrganisation",
      ])
      .where("agenda_items.meeting_id", "in", ids)
      .where("agenda_items.status", "=", "accepted")
      .where("meetings.status", "in", PUBLISHED)
      .orderBy("agenda_items.meeting_id")
      .orderBy("agenda_items.position")
      .orderBy("agenda_items.id")
      .execute(),
  ]);
  const hostsOf = new Map<number, { name: string }[]>();
  for (const h of hosts) {
    const list = hostsOf.get(h.meeting_id) ?? [];
    list.push({ name: h.name });
    hostsOf.set(h.meeting_id, list);
  }
  const agendaOf = new Map<number, CalendarAgendaItem[]>();
  for (const a of agenda) {
    const list = agendaOf.get(a.meeting_id) ?? [];
    list.push({ title: a.title, planned_minutes: a.planned_minutes, presenterName: a.presenterName, presenterOrganisation: a.presenterOrganisation });
    agendaOf.set(a.meeting_id, list);
  }
  return meetings.map((m) => ({ ...m, hosts: hostsOf.get(m.id) ?? [], agenda: agendaOf.get(m.id) ?? [] }));
}

export interface FeedFingerprint {
  etag: string;
  lastModified: Date;
  /** meetings in the set (groups, for a personal feed's fingerprint) */
  count: number;
}

/**
 * ETag and Last-Modified of a feed from ONE aggregate query: how many meetings, the newest
 * change of a meeting, of an agenda item and of a host group's name. `identity` names the
 * feed (e.g. "group:3" or "token:12") and the origin, which is part of every UID and link.
 */
export async function feedFingerprint(ids: MeetingIds, identity: string, dbOrTrx: DbOrTrx = db): Promise<FeedFingerprint> {
  const row = await dbOrTrx
    .selectNoFrom((eb) => [
      eb.selectFrom("meetings").select((e) => e.fn.countAll<number>().as("c")).where("meetings.id", "in", ids).as("meetings"),
      eb.selectFrom("meetings").select((e) => e.fn.max("meetings.updated_at").as("m")).where("meetings.id", "in", ids).as("meetingsChanged"),
      eb
        .selectFrom("agenda_items")
        .select(sql<string>`count(*) || '/' || coalesce(max(agenda_items.updated_at), '')`.as("a"))
        .where("agenda_items.meeting_id", "in", ids)
        .as("agenda"),
      eb
        .selectFrom("groups")
        .select((e) => e.fn.max("groups.updated_at").as("g"))
        .where("groups.id", "in", eb.selectFrom("meeting_hosts").select("meeting_hosts.group_id").where("meeting_hosts.meeting_id", "in", ids))
        .as("groupsChanged"),
    ])
    .executeTakeFirstOrThrow();
  const parts = [
    "v1", identity, String(row.meetings ?? 0), String(row.meetingsChanged ?? ""), String(row.agenda ?? ""), String(row.groupsChanged ?? ""),
  ];
  const etag = `"${createHash("sha256").update(parts.join("|")).digest("base64url").slice(0, 27)}"`;
  const times = [row.meetingsChanged, row.groupsChanged, String(row.agenda ?? "").split("/")[1]]
    .filter((t): t is string => typeof t === "string" && t !== "")
    .map((t) => new Date(t).getTime())
    .filter((t) => Number.isFinite(t));
  const lastModified = new Date(times.length ? Math.max(...times) : 0);
  return { etag, lastModified, count: Number(row.meetings ?? 0) };
}

/**
 * ETag and Last-Modified of a person's feed from the change counters of their groups
 * (calendar_group_changes, kept by triggers): index lookups only, however many meetings the
 * groups have. The list of groups is part of the tag, so joining or leaving a group changes
 * it, and so is the day (the feed's window moves daily).
 */
export async function personalFeedFingerprint(userId: number, identity: string, now = new Date(), dbOrTrx: DbOrTrx = db): Promise<FeedFingerprint> {
  const groups = await dbOrTrx
    .selectFrom("calendar_group_changes")
    .select(["group_id", "version", "changed_at"])
    .where("group_id", "in", personalGroupIds(userId, dbOrTrx))
    .orderBy("group_id")
    .execute();
  const parts = ["v2", identity, feedWindowStart(now), ...groups.map((g) => `${g.group_id}:${g.version}`)];
  const etag = `"${createHash("sha256").update(parts.join("|")).digest("base64url").slice(0, 27)}"`;
  const lastModified = new Date(Math.max(0, ...groups.map((g) => new Date(g.changed_at).getTime())));
  return { etag, lastModified, count: groups.length };
}

/** True when the calendar program's copy is current (If-None-Match, else If-Modified-Since). */
export function isNotModified(request: Request, fingerprint: FeedFingerprint): boolean {
  const ifNoneMatch = request.headers.get("If-None-Match");
  if (ifNoneMatch) {
    return ifNoneMatch
      .split(",")
      .map((t) => t.trim().replace(/^W\//, ""))
      .some((t) => t === fingerprint.etag || t === "*");
  }
  const since = request.headers.get("If-Modified-Since");
  if (since) {
    const t = Date.parse(since);
    return Number.isFinite(t) && Math.floor(fingerprint.lastModified.getTime() / 1000) <= Math.floor(t / 1000);
  }
  return false;
}

function cacheHeaders(fingerprint: FeedFingerprint): Record<string, string> {
  return {
    ETag: fingerprint.etag,
    "Last-Modified": fingerprint.lastModified.toUTCString(),
    // Personal and member-only data: no shared caches.
    "Cache-Control": "private, no-cache",
  };
}

// Built files by ETag. The ETag names the feed, its origin and the newest change of
// everything the file shows, so a stored file is exactly as current as a 304 answer would be;
// a change makes a new ETag and the old entry ages out.
const builtFiles = new BoundedCache<string>(16 * 1024 * 1024, (file) => file.length);

async function builtFile(etag: string, build: () => Promise<string>): Promise<string> {
  const cached = builtFiles.get(etag);
  if (cached !== undefined) return cached;
  const file = await build();
  builtFiles.set(etag, file);
  return file;
}

/**
 * Answers a calendar request: 304 when the client's copy is current (only the aggregate
 * query ran), else the file built by `build` (or the same file built before for this ETag)
 * with text/calendar; charset=utf-8.
 */
export async function calendarResponse(input: {
  request: Request;
  ids: MeetingIds;
  identity: string;
  filename: string;
  /** "attachment" for the download of one meeting; feeds are read inline */
  disposition?: "inline" | "attachment";
  /** a single meeting's file: 404 when the set is empty */
  requireAny?: boolean;
  build: (meetings: CalendarMeeting[]) => string;
  /** a cheaper fingerprint of the same set (personal feeds); else the aggregate over `ids` */
  fingerprint?: () => Promise<FeedFingerprint>;
}): Promise<Response> {
  const fingerprint = await (input.fingerprint ? input.fingerprint() : feedFingerprint(input.ids, input.identity));
  if (input.requireAny && fingerprint.count === 0) notFound();
  if (isNotModified(input.request, fingerprint)) {
    return new Response(null, { status: 304, headers: cacheHeaders(fingerprint) });
  }
  return new Response(await builtFile(fingerprint.etag, async () => input.build(await loadCalendarMeetings(input.ids))), {
    status: 200,
    headers: {
      ...cacheHeaders(fingerprint),
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `${input.disposition ?? "inline"}; filename="${input.filename}"`,
    },
  });
}
