import type { DbOrTrx } from "../mail/outbox.server";
import { buildInvitationIcs, type AttendeeInput } from "./events";
import { loadCalendarMeetings, singleMeetingId } from "./feeds.server";

/**
 * For the invitation, move and cancellation e-mails: reads the meeting as it is now (inside
 * the caller's transaction, three queries) and returns a function that builds the .ics for
 * one invitee — METHOD:REQUEST (invitation and move: same UID, higher SEQUENCE) or CANCEL.
 */
export async function meetingIcsFor(
  trx: DbOrTrx,
  input: { networkId: number; meetingId: number; origin: string; method: "REQUEST" | "CANCEL"; now?: Date },
): Promise<((attendee: AttendeeInput) => string) | undefined> {
  const [meeting] = await loadCalendarMeetings(singleMeetingId(input.networkId, input.meetingId, trx), trx);
  if (!meeting) return undefined;
  const now = input.now ?? new Date();
  return (attendee) =>
    buildInvitationIcs({ meeting, hosts: meeting.hosts, agenda: meeting.agenda, attendee, method: input.method, origin: input.origin, now });
}
