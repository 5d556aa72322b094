import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, {
  ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalCalendar,
} from "ical-generator";
import { zoneOffsetMs } from "../i18n/zone-time";
import { timeAgenda } from "../meetings/agenda-timing";

// Building iCalendar files from meetings — pure, no I/O. Used by the .ics download, the
// group and personal feeds and the invitation e-mails.
//
// Times: ical-generator writes a plain Date with its *system-local* fields when a time zone
// is set, so starts and ends are handed over as local wall-clock strings of the meeting's
// zone (TZDate where the server's own zone cannot represent that wall-clock time), and every
// event carries `timezone` itself (otherwise it comes out floating). The VTIMEZONE comes
// from @touch4it/ical-timezones (maintained, with the DST rules), not written by hand.

export const CALENDAR_ZONE = "Europe/Berlin";
/** How often calendar programs should re-read a feed (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
export const FEED_TTL_SECONDS = 60 * 60;
export const PRODUCT_ID = "//Netzwerkstatt//Kalender//DE";

const PUBLISHED_STATUSES = new Set(["invited", "held", "minutes_published"]);

export interface CalendarAgendaItem {
  title: string;
  planned_minutes: number;
  presenterName?: string | null;
  presenterOrganisation?: string | null;
}

/** What a calendar entry needs of a meeting. */
export interface CalendarMeeting {
  id: number;
  networkSlug: string;
  title: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  place: string | null;
  online_url: string | null;
  status: string;
  cancel_reason?: string | null;
  sequence: number;
  created_at?: string;
  updated_at: string;
  hosts: { name: string }[];
  /** accepted agenda items in order (shown only once the agenda is published) */
  agenda: CalendarAgendaItem[];
}

export interface BuildContext {
  /** e.g. https://netzwerkstatt.example — links and the UID's host part */
  origin: string;
  /** DTSTAMP; defaults to now */
  now?: Date;
}

/** "meeting-17@netzwerkstatt.example" — the same for this meeting forever. */
export function meetingUid(meetingId: number, origin: string): string {
  return `meeting-${meetingId}@${new URL(origin).hostname}`;
}

export function meetingPageUrl(origin: string, networkSlug: string, meetingId: number): string {
  return `${origin}/n/${networkSlug}/meetings/${meetingId}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * What ical-generator gets as DTSTART/DTEND: the wall-clock string, which it reads with the
 * server's local fields — exact unless that wall-clock time falls into a DST gap of the
 * server's own zone, where the (slower) TZDate is used instead.
 */
function icalTime(iso: string, zone: string): string | TZDate {
  const text = wallClock(iso, zone);
  const parsed = new Date(text);
  if (wallClockOfLocalDate(parsed) === text) return text;
  return new TZDate(new Date(iso).getTime(), zone);
}

function wallClockOfLocalDate(d: Date): string {
  return (
    `${String(d.getFullYear()).padStart(4, "0")}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  );
}

/** "2026-03-26T10:00:00": the local wall-clock time of an instant in `zone`. */
export function wallClock(iso: string | Date, zone: string): string {
  const ms = new Date(iso).getTime();
  const local = new Date(ms + zoneOffsetMs(ms, zone));
  return (
    `${String(local.getUTCFullYear()).padStart(4, "0")}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
  );
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();
}

export function groupNames(meeting: Pick<CalendarMeeting, "hosts">): string {
  return meeting.hosts.map((h) => h.name).join(", ");
}

/** "FG Arbeit, FG Deutsch: Gemeinsames Arbeitstreffen" (cancelled: "Abgesagt – " before it). */
export function eventSummary(meeting: Pick<CalendarMeeting, "hosts" | "title" | "status">): string {
  const names = groupNames(meeting);
  const summary = oneLine(names ? `${names}: ${meeting.title}` : meeting.title);
  return meeting.status === "cancelled" ? `Abgesagt – ${summary}` : summary;
}

/** The published agenda (numbered, with start times), the online link and the page link. */
export function eventDescription(meeting: CalendarMeeting, origin: string): string {
  const lines: string[] = [];
  if (meeting.status === "cancelled") {
    lines.push("Diese Sitzung ist abgesagt." + (meeting.cancel_reason ? ` Grund: ${oneLine(meeting.cancel_reason)}` : ""));
  } else if (PUBLISHED_STATUSES.has(meeting.status) && meeting.agenda.length) {
    lines.push("Tagesordnung:");
    const timed = timeAgenda(meeting, meeting.agenda);
    timed.items.forEach(({ item, startsAt }, index) => {
      const presenter = [item.presenterName, item.presenterOrganisation].filter(Boolean).join(", ");
      const time = wallClock(startsAt, meeting.time_zone).slice(11, 16);
      lines.push(`${index + 1}. ${time} Uhr ${oneLine(item.title)}${presenter ? ` (${oneLine(presenter)})` : ""}`);
    });
  } else {
    lines.push("Die Tagesordnung wird mit der Einladung veröffentlicht.");
  }
  if (meeting.online_url) lines.push("", `Online-Teilnahme: ${meeting.online_url}`);
  lines.push("", `Details: ${meetingPageUrl(origin, meeting.networkSlug, meeting.id)}`);
  return lines.join("\n");
}

// The calendar itself gets no `timezone`: ical-generator would then write DTSTAMP and
// LAST-MODIFIED as floating local times, while RFC 5545 wants them in UTC. The events carry
// TZID=Europe/Berlin, and toIcs() puts the maintained VTIMEZONE in front of them.
export function newCalendar(options: { name?: string; method?: ICalCalendarMethod; ttl?: boolean } = {}): ICalCalendar {
  return ical({
    prodId: PRODUCT_ID,
    name: options.name,
    method: options.method,
    ttl: options.ttl ? FEED_TTL_SECONDS : undefined,
  });
}

const vtimezones = new Map<string, string>();

function vtimezone(zone: string): string {
  let component = vtimezones.get(zone);
  if (component === undefined) {
    const raw = getVtimezoneComponent(zone);
    if (!raw) throw new Error(`No VTIMEZONE for ${zone}`);
    component = raw.split(/\r?\n/).filter((line) => line.trim() !== "").join("\r\n") + "\r\n";
    vtimezones.set(zone, component);
  }
  return component;
}

/**
 * Folds content lines at 75 octets (RFC 5545 3.1), never inside a character. ical-generator
 * folds too, but allocates a TextEncoder per character — about 2 ms per event — so the
 * events' text is folded here and ical-generator folds only the short calendar header.
 */
export function foldLines(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\r\n")) {
    if (line === "") continue;
    if (line.length <= 75 / 4 || Buffer.byteLength(line, "utf8") <= 75) {
      out.push(line);
      continue;
    }
    let current = "";
    let octets = 0;
    for (const char of line) {
      const code = char.codePointAt(0)!;
      const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      if (octets + size > 75) {
        out.push(current);
        current = " ";
        octets = 1;
      }
      current += char;
      octets += size;
    }
    out.push(current);
  }
  return out.length ? out.join("\r\n") + "\r\n" : "";
}

/** The calendar as text, with one VTIMEZONE per zone its events use, before the first event. */
export function toIcs(calendar: ICalCalendar): string {
  const zones = new Set<string>([CALENDAR_ZONE]);
  const events = calendar.events();
  for (const event of events) {
    const zone = event.timezone();
    if (zone) zones.add(zone);
  }
  // ICalEvent.toString() is not folded; the calendar's own toString() would fold everything.
  const body = foldLines(events.map((event) => event.toString()).join(""));
  calendar.clear();
  const header = calendar.toString().replace(/\r\n/g, "\n").replace(/\n?END:VCALENDAR\n?$/, "").replace(/\n/g, "\r\n");
  return `${header}\r\nX-WR-TIMEZONE:${CALENDAR_ZONE}\r\n${[...zones].map(vtimezone).join("")}${body}END:VCALENDAR\r\n`;
}

export interface AttendeeInput {
  name: string;
  email: string;
}

export interface OrganizerInput {
  name: string;
  email: string;
}

/** Adds one meeting as a VEVENT with every field the calendar programs rely on. */
export function addMeetingEvent(
  calendar: ICalCalendar,
  meeting: CalendarMeeting,
  ctx: BuildContext,
  extra: { organizer?: OrganizerInput; attendee?: AttendeeInput } = {},
) {
  const zone = meeting.time_zone || CALENDAR_ZONE;
  const cancelled = meeting.status === "cancelled";
  const event = calendar.createEvent({
    id: meetingUid(meeting.id, ctx.origin),
    sequence: meeting.sequence,
    timezone: zone,
    // local wall-clock strings with `timezone`: written as DTSTART;TZID=Europe/Berlin:…
    start: icalTime(meeting.starts_at, zone),
    end: icalTime(meeting.ends_at, zone),
    stamp: ctx.now ?? new Date(),
    created: meeting.created_at ? new Date(meeting.created_at) : undefined,
    lastModified: new Date(meeting.updated_at),
    summary: eventSummary(meeting),
    location: meeting.place ?? (meeting.online_url ? "Online" : undefined),
    url: meetingPageUrl(ctx.origin, meeting.networkSlug, meeting.id),
    description: eventDescription(meeting, ctx.origin),
    categories: meeting.hosts.map((h) => ({ name: h.name })),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  if (extra.organizer) event.organizer({ name: extra.organizer.name, email: extra.organizer.email });
  if (extra.attendee) {
    event.createAttendee({
      name: extra.attendee.name,
      email: extra.attendee.email,
      role: ICalAttendeeRole.REQ,
      status: cancelled ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.NEEDSACTION,
      rsvp: !cancelled,
    });
  }
  return event;
}

/** A subscribable feed (group or personal): the meetings, a name and a refresh hint. */
export function buildFeed(input: { name: string; meetings: CalendarMeeting[] } & BuildContext): string {
  const calendar = newCalendar({ name: input.name, method: ICalCalendarMethod.PUBLISH, ttl: true });
  for (const meeting of input.meetings) addMeetingEvent(calendar, meeting, input);
  return toIcs(calendar);
}

/** The "In den Kalender" download of one meeting. */
export function buildMeetingFile(input: { meeting: CalendarMeeting } & BuildContext): string {
  const calendar = newCalendar({ name: input.meeting.title, method: ICalCalendarMethod.PUBLISH });
  addMeetingEvent(calendar, input.meeting, input);
  return toIcs(calendar);
}

/** The no-reply address a group organises from: no-reply@<host>. */
export function noReplyAddress(origin: string): string {
  return `no-reply@${new URL(origin).hostname}`;
}

/**
 * The .ics of an invitation e-mail: METHOD:REQUEST with the group as ORGANIZER and the
 * invitee as ATTENDEE (also for a move: same UID, higher SEQUENCE), or METHOD:CANCEL.
 */
export function buildInvitationIcs(input: {
  meeting: Omit<CalendarMeeting, "hosts" | "agenda">;
  hosts: { name: string }[];
  agenda: CalendarAgendaItem[];
  attendee: AttendeeInput;
  method: "REQUEST" | "CANCEL";
  origin: string;
  now?: Date;
}): string {
  const meeting: CalendarMeeting = {
    ...input.meeting,
    hosts: input.hosts,
    agenda: input.agenda,
    ...(input.method === "CANCEL" ? { status: "cancelled" } : {}),
  };
  const calendar = newCalendar({ method: input.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  addMeetingEvent(calendar, meeting, input, {
    organizer: { name: oneLine(groupNames(meeting) || "Netzwerkstatt"), email: noReplyAddress(input.origin) },
    attendee: input.attendee,
  });
  return toIcs(calendar);
}
