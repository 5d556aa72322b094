import { db } from "../db.server";
import { inGermanOrder } from "../i18n/german-order";

// Reading meetings. Every function takes the network id and puts it in the WHERE.

export const meetingColumns = [
  "meetings.id", "meetings.network_id", "meetings.series_id", "meetings.kind", "meetings.title", "meetings.description",
  "meetings.starts_at", "meetings.ends_at", "meetings.time_zone", "meetings.place", "meetings.online_url",
  "meetings.proposal_deadline", "meetings.status", "meetings.cancel_reason", "meetings.invite_tier", "meetings.sequence",
  "meetings.version", "meetings.created_at", "meetings.updated_at",
] as const;

export interface MeetingHost {
  id: number;
  slug: string;
  name: string;
  kind: string;
}

/** A meeting of this network with its host groups, or undefined (→ 404). */
export async function findMeeting(networkId: number, meetingId: number) {
  const meeting = await db
    .selectFrom("meetings")
    .select(meetingColumns)
    .where("meetings.network_id", "=", networkId)
    .where("meetings.id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) return undefined;
  const hosts: MeetingHost[] = await db
    .selectFrom("meeting_hosts")
    .innerJoin("groups", "groups.id", "meeting_hosts.group_id")
    .select(["groups.id", "groups.slug", "groups.name", "groups.kind"])
    .where("meeting_hosts.network_id", "=", networkId)
    .where("meeting_hosts.meeting_id", "=", meetingId)
    .execute()
    .then(inGermanOrder);
  return { ...meeting, hosts };
}

export type MeetingWithHosts = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;
