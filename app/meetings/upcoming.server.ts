import type { MeetingKind, MeetingStatus } from "../../db/schema";
import type { Viewer } from "../auth/permissions";
import { db } from "../db.server";
import { inGermanOrder } from "../i18n/german-order";
import { pageWithin } from "../paging";

// Meeting lists for the group page, the home page and the network's meeting list. Every
// function runs a fixed number of queries, whatever the number of groups or meetings:
// one (or two) for the meetings, read in time order from the meeting_hosts
// (group_id, starts_at) or meetings (network_id, starts_at) index, and one for the host
// groups of all listed meetings together.

export interface MeetingSummary {
  id: number;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  starts_at: string;
  ends_at: string;
  place: string | null;
  online_url: string | null;
  cancel_reason: string | null;
  hosts: { id: number; slug: string; name: string }[];
}

const summaryColumns = [
  "meetings.id", "meetings.title", "meetings.kind", "meetings.status", "meetings.starts_at", "meetings.ends_at",
  "meetings.place", "meetings.online_url", "meetings.cancel_reason",
] as const;

type Row = Omit<MeetingSummary, "hosts">;

/** Adds the host groups of all meetings with one query. */
async function withHosts(networkId: number, rows: Row[]): Promise<MeetingSummary[]> {
  if (rows.length === 0) return [];
  const hosts = await db
    .selectFrom("meeting_hosts")
    .innerJoin("groups", "groups.id", "meeting_hosts.group_id")
    .select(["meeting_hosts.meeting_id", "groups.id", "groups.slug", "groups.name"])
    .where("meeting_hosts.network_id", "=", networkId)
    .where("meeting_hosts.meeting_id", "in", [...new Set(rows.map((r) => r.id))])
    .execute()
    .then(inGermanOrder);
  const byMeeting = new Map<number, MeetingSummary["hosts"]>();
  for (const h of hosts) {
    const list = byMeeting.get(h.meeting_id) ?? [];
    list.push({ id: h.id, slug: h.slug, name: h.name });
    byMeeting.set(h.meeting_id, list);
  }
  return rows.map((r) => ({ ...r, hosts: byMeeting.get(r.id) ?? [] }));
}

export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * A group's meetings for its page (joint sessions included): the next meeting that is not
 * cancelled, the other upcoming ones (cancelled ones marked) and those of the past twelve
 * months, newest first.
 */
export async function groupMeetings(input: { networkId: number; groupId: number; now?: Date; upcomingLimit?: number }) {
  const now = (input.now ?? new Date()).toISOString();
  const since = monthsBefore(input.now ?? new Date(), 12).toISOString();
  const base = db
    .selectFrom("meeting_hosts")
    .innerJoin("meetings", "meetings.id", "meeting_hosts.meeting_id")
    .select(summaryColumns)
    .where("meeting_hosts.network_id", "=", input.networkId)
    .where("meeting_hosts.group_id", "=", input.groupId);
  const upcomingRows = await base
    .where("meeting_hosts.starts_at", ">=", now)
    .orderBy("meeting_hosts.starts_at")
    .limit(input.upcomingLimit ?? 20)
    .execute();
  const pastRows = await base
    .where("meeting_hosts.starts_at", "<", now)
    .where("meeting_hosts.starts_at", ">=", since)
    .orderBy("meeting_hosts.starts_at", "desc")
    .limit(100)
    .execute();
  const all = await withHosts(input.networkId, [...upcomingRows, ...pastRows]);
  const upcoming = all.slice(0, upcomingRows.length);
  const past = all.slice(upcomingRows.length);
  const next = upcoming.find((m) => m.status !== "cancelled") ?? null;
  return { next, upcoming: upcoming.filter((m) => m !== next), past };
}

/** The person's next meetings across all their groups; a joint session shows once. */
export async function myNextMeetings(viewer: Viewer, input: { now?: Date; limit?: number } = {}): Promise<MeetingSummary[]> {
  const groupIds = Object.keys(viewer.groupTiers).map(Number);
  if (groupIds.length === 0) return [];
  const rows = await db
    .selectFrom("meeting_hosts")
    .innerJoin("meetings", "meetings.id", "meeting_hosts.meeting_id")
    .select(summaryColumns)
    .distinct()
    .where("meeting_hosts.network_id", "=", viewer.networkId)
    .where("meeting_hosts.group_id", "in", groupIds)
    .where("meeting_hosts.starts_at", ">=", (input.now ?? new Date()).toISOString())
    .where("meetings.status", "!=", "cancelled")
    .orderBy("meetings.starts_at")
    .orderBy("meetings.id")
    .limit(input.limit ?? 5)
    .execute();
  return withHosts(viewer.networkId, rows);
}

export const NETWORK_PAGE_SIZE = 50;

/** Upcoming meetings of the whole network, 50 a page with their total, from the (network_id, starts_at) index. */
export async function networkUpcomingMeetings(input: { networkId: number; page?: number; now?: Date }) {
  const upcoming = db
    .selectFrom("meetings")
    .where("meetings.network_id", "=", input.networkId)
    .where("meetings.starts_at", ">=", (input.now ?? new Date()).toISOString());
  const { total } = await upcoming.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  const { page, pageCount, offset } = pageWithin(input.page, Number(total), NETWORK_PAGE_SIZE);
  const rows = await upcoming.select(summaryColumns).orderBy("meetings.starts_at").orderBy("meetings.id").limit(NETWORK_PAGE_SIZE).offset(offset).execute();
  return { meetings: await withHosts(input.networkId, rows), total: Number(total), page, pageCount };
}

/** For moderators: upcoming meetings of their groups with proposals still to decide, in one query. */
export async function proposalsToDecide(viewer: Viewer, now = new Date()) {
  const moderated = Object.entries(viewer.groupTiers)
    .filter(([, tier]) => tier === "preparation")
    .map(([id]) => Number(id));
  if (moderated.length === 0) return [];
  // From the groups' upcoming meetings (a few per group) to their proposals; from the
  // proposals' side SQLite walked every undecided proposal of the network, past meetings' too.
  return db
    .selectFrom("meetings")
    .innerJoin("agenda_items", (join) => join.onRef("agenda_items.meeting_id", "=", "meetings.id").on("agenda_items.status", "=", "proposed"))
    .select(["meetings.id", "meetings.title", "meetings.starts_at", (eb) => eb.fn.countAll<number>().as("open")])
    .where("meetings.id", "in", (eb) =>
      eb
        .selectFrom("meeting_hosts")
        .select("meeting_hosts.meeting_id")
        .where("meeting_hosts.network_id", "=", viewer.networkId)
        .where("meeting_hosts.group_id", "in", moderated)
        .where("meeting_hosts.starts_at", ">=", now.toISOString()),
    )
    .where("meetings.network_id", "=", viewer.networkId)
    .where("meetings.status", "in", ["planned", "invited"])
    .groupBy(["meetings.id", "meetings.title", "meetings.starts_at"])
    .orderBy("meetings.starts_at")
    .limit(10)
    .execute();
}
