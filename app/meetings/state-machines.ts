import type { AgendaItemStatus, MeetingStatus } from "../../db/schema";

// The two lifecycles of the quarterly cycle. Every status change goes through
// `assertTransition`, which refuses anything not listed here.

export const meetingTransitions: Record<MeetingStatus, MeetingStatus[]> = {
  planned: ["invited", "held", "cancelled"],
  invited: ["held", "cancelled"],
  held: ["minutes_published"],
  minutes_published: [],
  cancelled: [],
};

export const agendaItemTransitions: Record<AgendaItemStatus, AgendaItemStatus[]> = {
  proposed: ["accepted", "declined", "deferred"],
  accepted: ["deferred", "proposed"],
  declined: ["proposed"],
  deferred: [],
};

export class IllegalTransitionError extends Error {
  constructor(
    readonly entity: "meeting" | "agenda_item",
    readonly from: string,
    readonly to: string,
  ) {
    super(`Illegal ${entity} transition ${from} → ${to}`);
  }
}

export function canTransition<S extends string>(table: Record<S, S[]>, from: S, to: S): boolean {
  return table[from]?.includes(to) ?? false;
}

export function assertMeetingTransition(from: MeetingStatus, to: MeetingStatus): void {
  if (!canTransition(meetingTransitions, from, to)) throw new IllegalTransitionError("meeting", from, to);
}

export function assertAgendaItemTransition(from: AgendaItemStatus, to: AgendaItemStatus): void {
  if (!canTransition(agendaItemTransitions, from, to)) throw new IllegalTransitionError("agenda_item", from, to);
}

/** Meetings whose agenda can still change: before the meeting took place. */
export function isAgendaOpen(status: MeetingStatus): boolean {
  return status === "planned" || status === "invited";
}

/** Proposals are taken until the deadline, and only while the agenda is open. */
export function acceptsProposals(meeting: { status: MeetingStatus; proposal_deadline: string }, now: Date): boolean {
  return isAgendaOpen(meeting.status) && new Date(meeting.proposal_deadline) >= now;
}

/** Minutes are written once the meeting has started (or was marked held). */
export function canWriteMinutes(meeting: { status: MeetingStatus; starts_at: string }, now: Date): boolean {
  if (meeting.status === "held") return true;
  return (meeting.status === "planned" || meeting.status === "invited") && new Date(meeting.starts_at) <= now;
}
