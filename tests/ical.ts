import ICAL from "ical.js";

// The independent parser for calendar tests: Mozilla's ical.js (Thunderbird's). Each parse
// forgets every known zone and registers only the VTIMEZONEs of the file itself, so the
// parsed instants prove that the file's own time-zone rules are right.

export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  status: string | null;
  categories: string[];
  startZone: string;
  /** local wall-clock fields as written in the file (TZID time) */
  startLocal: { year: number; month: number; day: number; hour: number; minute: number };
  start: Date;
  end: Date;
  dtstamp: string;
  lastModified: string | null;
  organizer: string | null;
  organizerName: string | null;
  attendees: string[];
}

export interface ParsedCalendar {
  method: string | null;
  name: string | null;
  refreshInterval: string | null;
  publishedTtl: string | null;
  timezones: string[];
  events: ParsedEvent[];
}

export function parseIcs(text: string): ParsedCalendar {
  ICAL.TimezoneService.reset();
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  const vtimezones = vcalendar.getAllSubcomponents("vtimezone");
  for (const vtz of vtimezones) ICAL.TimezoneService.register(vtz);
  const events = vcalendar.getAllSubcomponents("vevent").map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty("dtstart");
    const organizer = vevent.getFirstProperty("organizer");
    const str = (name: string) => {
      const v = vevent.getFirstPropertyValue(name);
      return v === null || v === undefined ? null : String(v);
    };
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      location: event.location ?? null,
      url: str("url"),
      status: str("status"),
      categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues().map(String)),
      startZone: String(dtstart?.getParameter("tzid") ?? ""),
      startLocal: {
        year: event.startDate.year, month: event.startDate.month, day: event.startDate.day,
        hour: event.startDate.hour, minute: event.startDate.minute,
      },
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      dtstamp: String(vevent.getFirstProperty("dtstamp")?.toICALString() ?? ""),
      lastModified: vevent.getFirstProperty("last-modified")?.toICALString() ?? null,
      organizer: organizer ? String(organizer.getFirstValue()) : null,
      organizerName: organizer ? String(organizer.getParameter("cn") ?? "") : null,
      attendees: vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue())),
    };
  });
  const prop = (name: string) => {
    const v = vcalendar.getFirstPropertyValue(name);
    return v === null || v === undefined ? null : String(v);
  };
  return {
    method: prop("method"),
    name: prop("name") ?? prop("x-wr-calname"),
    refreshInterval: prop("refresh-interval"),
    publishedTtl: prop("x-published-ttl"),
    timezones: vtimezones.map((v) => String(v.getFirstPropertyValue("tzid"))),
    events,
  };
}

/** Every physical line of an iCalendar text is at most 75 octets and ends with CRLF. */
export function foldingProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith("\r\n")) problems.push("does not end with CRLF");
  for (const line of text.split("\r\n")) {
    if (line.includes("\n") || line.includes("\r")) problems.push(`bare line break in: ${line.slice(0, 40)}`);
    if (Buffer.byteLength(line, "utf8") > 75) problems.push(`longer than 75 octets: ${line.slice(0, 40)}`);
    if (line.includes("\uFFFD")) problems.push(`broken character in: ${line.slice(0, 40)}`);
  }
  return problems;
}
