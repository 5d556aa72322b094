import { describe, expect, it } from "vitest";
import { foldingProblems, parseIcs } from "../../tests/ical";
import { formatDateTime } from "../i18n/format";
import { localToUtc } from "../meetings/local-time";
import {
  buildFeed, buildInvitationIcs, buildMeetingFile, eventSummary, meetingUid, type CalendarMeeting,
} from "./events";

const ORIGIN = "https://netzwerk.example";
const NOW = new Date("2026-11-24T12:00:00.000Z");

function meeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: 42,
    networkSlug: "halle",
    title: "Quartalssitzung",
    starts_at: localToUtc("2026-03-26", "10:00").toISOString(),
    ends_at: localToUtc("2026-03-26", "12:00").toISOString(),
    time_zone: "Europe/Berlin",
    place: "Stadthaus, Marktplatz 1, Raum 204",
    online_url: "https://konferenz.example/fg-arbeit",
    status: "invited",
    cancel_reason: null,
    sequence: 0,
    created_at: "2026-01-10T08:00:00.000Z",
    updated_at: "2026-02-01T09:30:00.000Z",
    hosts: [{ name: "FG Arbeit" }],
    agenda: [
      { title: "Begrüßung und Protokollkontrolle", planned_minutes: 15 },
      { title: "Anerkennung ausländischer Abschlüsse", planned_minutes: 45, presenterName: "Erika Mustermann", presenterOrganisation: "IQ Netzwerk" },
      { title: "Verschiedenes", planned_minutes: 20 },
    ],
    ...overrides,
  };
}

/** Every file: folded correctly, parsable by ical.js, start shown as the meeting page shows it. */
function checkFile(text: string, meetings: CalendarMeeting[]) {
  expect(foldingProblems(text)).toEqual([]);
  const parsed = parseIcs(text);
  expect(parsed.timezones).toEqual(["Europe/Berlin"]);
  expect(parsed.events).toHaveLength(meetings.length);
  for (const m of meetings) {
    const event = parsed.events.find((e) => e.uid === meetingUid(m.id, ORIGIN));
    expect(event, `event of meeting ${m.id}`).toBeDefined();
    expect(event!.startZone).toBe("Europe/Berlin");
    expect(event!.start.toISOString()).toBe(new Date(m.starts_at).toISOString());
    expect(event!.end.toISOString()).toBe(new Date(m.ends_at).toISOString());
    expect(formatDateTime(event!.start, "de")).toBe(formatDateTime(m.starts_at, "de"));
  }
  return parsed;
}

describe("a meeting as an iCalendar event", () => {
  it("carries every field calendar programs rely on", () => {
    const m = meeting({ hosts: [{ name: "FG Arbeit" }, { name: "FG Deutsch" }], sequence: 3 });
    const text = buildMeetingFile({ meeting: m, origin: ORIGIN, now: NOW });
    const [event] = checkFile(text, [m]).events;

    expect(event.uid).toBe("meeting-42@netzwerk.example");
    expect(event.sequence).toBe(3);
    expect(event.status).toBe("CONFIRMED");
    expect(text).toContain("DTSTART;TZID=Europe/Berlin:20260326T100000\r\n");
    expect(text).toContain("DTEND;TZID=Europe/Berlin:20260326T120000\r\n");
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin[\s\S]*BEGIN:DAYLIGHT[\s\S]*BEGIN:STANDARD[\s\S]*END:VTIMEZONE/);
    // DTSTAMP and LAST-MODIFIED are UTC times (RFC 5545), not floating
    expect(text).toContain("DTSTAMP:20261124T120000Z\r\n");
    expect(text).toContain("LAST-MODIFIED:20260201T093000Z\r\n");
    expect(event.summary).toBe("FG Arbeit, FG Deutsch: Quartalssitzung");
    expect(event.location).toBe("Stadthaus, Marktplatz 1, Raum 204");
    expect(event.url).toBe("https://netzwerk.example/n/halle/meetings/42");
    expect(event.categories).toEqual(["FG Arbeit", "FG Deutsch"]);
    expect(event.description).toBe(
      [
        "Tagesordnung:",
        "1. 10:00 Uhr Begrüßung und Protokollkontrolle",
        "2. 10:15 Uhr Anerkennung ausländischer Abschlüsse (Erika Mustermann, IQ Netzwerk)",
        "3. 11:00 Uhr Verschiedenes",
        "",
        "Online-Teilnahme: https://konferenz.example/fg-arbeit",
        "",
        "Details: https://netzwerk.example/n/halle/meetings/42",
      ].join("\n"),
    );
  });

  it("shows the agenda only once it is published (status invited or later)", () => {
    for (const status of ["planned"]) {
      const [event] = parseIcs(buildMeetingFile({ meeting: meeting({ status }), origin: ORIGIN, now: NOW })).events;
      expect(event.description).not.toContain("Begrüßung");
      expect(event.description).toContain("Die Tagesordnung wird mit der Einladung veröffentlicht.");
    }
    for (const status of ["invited", "held", "minutes_published"]) {
      const [event] = parseIcs(buildMeetingFile({ meeting: meeting({ status }), origin: ORIGIN, now: NOW })).events;
      expect(event.description).toContain("1. 10:00 Uhr Begrüßung");
    }
  });

  it("keeps the UID across edits; SEQUENCE follows meetings.sequence; a cancellation stays as CANCELLED", () => {
    const before = meeting();
    const moved = meeting({
      title: "Quartalssitzung (neuer Termin)",
      starts_at: localToUtc("2026-04-02", "14:00").toISOString(),
      ends_at: localToUtc("2026-04-02", "16:00").toISOString(),
      place: "Rathaus",
      sequence: 1,
      updated_at: "2026-03-01T10:00:00.000Z",
    });
    const cancelled = { ...moved, status: "cancelled", cancel_reason: "Krankheit", sequence: 2 };
    const events = [before, moved, cancelled].map((m) => checkFile(buildMeetingFile({ meeting: m, origin: ORIGIN, now: NOW }), [m]).events[0]);
    expect(new Set(events.map((e) => e.uid))).toEqual(new Set(["meeting-42@netzwerk.example"]));
    expect(events.map((e) => e.sequence)).toEqual([0, 1, 2]);
    expect(events.map((e) => e.status)).toEqual(["CONFIRMED", "CONFIRMED", "CANCELLED"]);
    expect(events[2].summary).toBe("Abgesagt – FG Arbeit: Quartalssitzung (neuer Termin)");
    expect(events[2].description).toContain("Diese Sitzung ist abgesagt. Grund: Krankheit");
    expect(events[1].startLocal).toMatchObject({ month: 4, day: 2, hour: 14, minute: 0 });
  });

  it("keeps the local time as entered around the DST switches (last Thursday of March and of October)", () => {
    const cases = [
      { date: "2026-03-26", utc: "2026-03-26T09:00:00.000Z" }, // still CET (switch on 29 March)
      { date: "2026-04-02", utc: "2026-04-02T08:00:00.000Z" }, // first Thursday in CEST
      { date: "2026-10-22", utc: "2026-10-22T08:00:00.000Z" }, // last Thursday in CEST (switch on 25 October)
      { date: "2026-10-29", utc: "2026-10-29T09:00:00.000Z" }, // CET again
    ];
    const meetings = cases.map((c, i) =>
      meeting({ id: 100 + i, starts_at: localToUtc(c.date, "10:00").toISOString(), ends_at: localToUtc(c.date, "12:00").toISOString() }),
    );
    const parsed = checkFile(buildFeed({ name: "FG Arbeit", meetings, origin: ORIGIN, now: NOW }), meetings);
    cases.forEach((c, i) => {
      const event = parsed.events.find((e) => e.uid === meetingUid(100 + i, ORIGIN))!;
      const [y, mo, d] = c.date.split("-").map(Number);
      expect(event.startLocal).toEqual({ year: y, month: mo, day: d, hour: 10, minute: 0 });
      expect(event.start.toISOString()).toBe(c.utc);
      expect(formatDateTime(event.start, "de")).toBe(`${c.date.split("-").reverse().join(".")}, 10:00 Uhr`);
    });
  });

  it("writes the same file whatever the server's own time zone is", () => {
    const m = meeting({ starts_at: localToUtc("2026-10-29", "10:00").toISOString(), ends_at: localToUtc("2026-10-29", "12:00").toISOString() });
    const inUtc = buildMeetingFile({ meeting: m, origin: ORIGIN, now: NOW });
    const saved = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      expect(buildMeetingFile({ meeting: m, origin: ORIGIN, now: NOW })).toBe(inUtc);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("writes the right local time even inside a DST gap of the server's own zone", () => {
    // 02:30 on 29 March does not exist in Berlin; in a server running in New York it does —
    // and 02:30 on 8 March 2026 does not exist in New York, but does in Berlin.
    const m = meeting({ starts_at: localToUtc("2026-03-08", "02:30").toISOString(), ends_at: localToUtc("2026-03-08", "04:00").toISOString() });
    const saved = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      const text = buildMeetingFile({ meeting: m, origin: ORIGIN, now: NOW });
      expect(text).toContain("DTSTART;TZID=Europe/Berlin:20260308T023000\r\n");
      expect(text).toContain("DTEND;TZID=Europe/Berlin:20260308T040000\r\n");
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("folds umlauts and long descriptions at 75 octets without breaking characters", () => {
    const longTitle = "Übergänge in Ausbildung: Größere Chancen für Geflüchtete, Zugewanderte und Spätaussiedler*innen – „Jobbörse“ €";
    const m = meeting({
      title: longTitle,
      hosts: [{ name: "FG Migrantenorganisationen" }, { name: "FG Gesellschaftliches Leben" }],
      place: "Begegnungsstätte „Schöne Aussicht“; Straße der Einheit 12, 06108 Halle (Saale)",
      agenda: Array.from({ length: 12 }, (_, i) => ({ title: `Tagesordnungspunkt ${i + 1}: ${"Ärger über Öffnungszeiten und Übersetzungen; ".repeat(3)}`, planned_minutes: 10 })),
    });
    const text = buildMeetingFile({ meeting: m, origin: ORIGIN, now: NOW });
    const [event] = checkFile(text, [m]).events;
    expect(event.summary).toBe(`FG Migrantenorganisationen, FG Gesellschaftliches Leben: ${longTitle}`);
    expect(event.location).toBe(m.place);
    expect(event.description).toContain("12. 11:50 Uhr Tagesordnungspunkt 12: Ärger über Öffnungszeiten und Übersetzungen;");
    expect(text.split("\r\n").filter((l) => l.startsWith(" ")).length).toBeGreaterThan(10);
  });

  it("builds a feed with a name, a refresh hint and one event per meeting", () => {
    const meetings = [meeting({ id: 1 }), meeting({ id: 2, status: "cancelled", cancel_reason: "Ausfall" }), meeting({ id: 3, status: "planned" })];
    const text = buildFeed({ name: "FG Arbeit – Integrationsnetzwerk Halle", meetings, origin: ORIGIN, now: NOW });
    const parsed = checkFile(text, meetings);
    expect(parsed.method).toBe("PUBLISH");
    expect(parsed.name).toBe("FG Arbeit – Integrationsnetzwerk Halle");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    expect(text).toContain("X-PUBLISHED-TTL:PT1H\r\n");
    expect(parsed.events.map((e) => e.status)).toEqual(["CONFIRMED", "CANCELLED", "CONFIRMED"]);
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
  });
});

describe("the .ics of invitation e-mails", () => {
  const attendee = { name: "Dr. Jürgen Weiß, Beratung", email: "beratung@halle.example" };

  it("is a METHOD:REQUEST with the group as ORGANIZER and the invitee as ATTENDEE", () => {
    const m = meeting({ hosts: [{ name: "FG Arbeit" }, { name: "FG Deutsch" }] });
    const text = buildInvitationIcs({ meeting: m, hosts: m.hosts, agenda: m.agenda, attendee, method: "REQUEST", origin: ORIGIN, now: NOW });
    const parsed = checkFile(text, [m]);
    expect(parsed.method).toBe("REQUEST");
    const [event] = parsed.events;
    expect(event.organizer?.toLowerCase()).toBe("mailto:no-reply@netzwerk.example");
    expect(event.organizerName).toBe("FG Arbeit, FG Deutsch");
    expect(event.attendees.map((a) => a.toLowerCase())).toEqual(["mailto:beratung@halle.example"]);
    expect(text).toMatch(/PARTSTAT=NEEDS-ACTION/);
    expect(event.status).toBe("CONFIRMED");
    expect(event.description).toContain("1. 10:00 Uhr Begrüßung");
  });

  it("is a METHOD:CANCEL with STATUS:CANCELLED and the same UID for a cancellation", () => {
    const m = meeting({ sequence: 2 });
    const text = buildInvitationIcs({ meeting: m, hosts: m.hosts, agenda: m.agenda, attendee, method: "CANCEL", origin: ORIGIN, now: NOW });
    const parsed = checkFile(text, [m]);
    expect(parsed.method).toBe("CANCEL");
    expect(parsed.events[0]).toMatchObject({ uid: "meeting-42@netzwerk.example", sequence: 2, status: "CANCELLED" });
  });
});

it("names the group before the title", () => {
  expect(eventSummary({ hosts: [{ name: "FG Deutsch" }], title: "Sprachkurse\nim Herbst", status: "planned" })).toBe("FG Deutsch: Sprachkurse im Herbst");
});
