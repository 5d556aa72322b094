import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { de as deLocale } from "date-fns/locale/de";
import { sql } from "kysely";
import type { DbOrTrx, OutboxKind } from "../mail/outbox.server";
import { oneLine, queueMessages } from "../mail/outbox.server";
import { meetingIcsFor } from "../calendar/invitations.server";

// E-mail about a meeting: the texts (German, times in the meeting's zone) and the bulk
// queueing to everyone with an attendance row. Invitations (invitations.server.ts) use the
// same pieces.

/** What the e-mail texts need of a meeting (MeetingWithHosts fits). */
export interface MailMeeting {
  id: number;
  network_id: number;
  title: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  place: string | null;
  online_url: string | null;
  cancel_reason?: string | null;
  hosts: { name: string }[];
}

function local(iso: string, zone: string) {
  return new TZDate(new Date(iso).getTime(), zone);
}

/** "Donnerstag, 26.03.2026, 10:00–12:00 Uhr" in the meeting's zone (Europe/Berlin). */
export function whenText(meeting: Pick<MailMeeting, "starts_at" | "ends_at" | "time_zone">): string {
  const start = local(meeting.starts_at, meeting.time_zone);
  const end = local(meeting.ends_at, meeting.time_zone);
  const day = format(start, "EEEE, dd.MM.yyyy", { locale: deLocale });
  const sameDay = format(start, "yyyy-MM-dd") === format(end, "yyyy-MM-dd");
  const endText = sameDay ? format(end, "HH:mm") : format(end, "dd.MM.yyyy, HH:mm");
  return `${day}, ${format(start, "HH:mm")}–${endText} Uhr`;
}

export function dateText(iso: string, zone: string): string {
  return format(local(iso, zone), "dd.MM.yyyy");
}

export function timeText(iso: string | Date, zone: string): string {
  return format(local(typeof iso === "string" ? iso : iso.toISOString(), zone), "HH:mm");
}

/** "FG Arbeit" or, for a joint session, "FG Arbeit und FG Deutsch". */
export function hostNames(meeting: Pick<MailMeeting, "hosts">): string {
  const names = meeting.hosts.map((h) => h.name);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} und ${names[names.length - 1]}`;
}

/** "Einladung: FG Arbeit – Quartalssitzung am 26.03.2026" */
export function meetingSubject(prefix: string, meeting: MailMeeting): string {
  return oneLine(`${prefix}: ${hostNames(meeting)} – ${meeting.title} am ${dateText(meeting.starts_at, meeting.time_zone)}`);
}

export function meetingUrl(origin: string, networkSlug: string, meetingId: number): string {
  return `${origin}/n/${networkSlug}/meetings/${meetingId}`;
}

export function placeLines(meeting: Pick<MailMeeting, "place" | "online_url">): string[] {
  const lines: string[] = [];
  if (meeting.place) lines.push(`Ort: ${meeting.place}`);
  if (meeting.online_url) lines.push(`Online-Teilnahme: ${meeting.online_url}`);
  if (!lines.length) lines.push("Ort: wird noch bekannt gegeben");
  return lines;
}

export const SIGNATURE = ["", "Mit freundlichen Grüßen", "Netzwerkstatt"];

/**
 * Queues one message to every person with an attendance row of the meeting, in one
 * INSERT … SELECT: "Guten Tag {Name}," followed by `body`.
 */
export async function queueToAttendees(
  trx: DbOrTrx,
  input: {
    networkId: number; meetingId: number; kind: OutboxKind; subject: string; body: string; ics?: string | null;
    /** a personal .ics per invitee (calendar/invitations.server.ts); replaces `ics` */
    icsFor?: (attendee: { name: string; email: string }) => string;
  },
): Promise<number> {
  if (input.icsFor) return queuePersonalIcs(trx, { ...input, icsFor: input.icsFor });
  const result = await trx
    .insertInto("outbox_messages")
    .columns(["network_id", "to_email", "to_user_id", "kind", "subject", "body_text", "ics"])
    .expression((eb) =>
      eb
        .selectFrom("meeting_attendance")
        .innerJoin("users", "users.id", "meeting_attendance.user_id")
        .select([
          sql<number>`${input.networkId}`.as("network_id"),
          "users.email as to_email",
          "users.id as to_user_id",
          sql<string>`${input.kind}`.as("kind"),
          sql<string>`${oneLine(input.subject)}`.as("subject"),
          sql<string>`${"Guten Tag "} || users.name || ${",\n\n" + input.body}`.as("body_text"),
          sql<string | null>`${input.ics ?? null}`.as("ics"),
        ])
        .where("meeting_attendance.network_id", "=", input.networkId)
        .where("meeting_attendance.meeting_id", "=", input.meetingId)
        .orderBy("users.id"),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/**
 * The same with one .ics per person (the invitee as ATTENDEE): one SELECT of the people, then
 * multi-row INSERTs of at most 500 rows — a constant number of queries per meeting.
 */
async function queuePersonalIcs(
  trx: DbOrTrx,
  input: { networkId: number; meetingId: number; kind: OutboxKind; subject: string; body: string; icsFor: (attendee: { name: string; email: string }) => string },
): Promise<number> {
  const people = await trx
    .selectFrom("meeting_attendance")
    .innerJoin("users", "users.id", "meeting_attendance.user_id")
    .select(["users.id", "users.name", "users.email"])
    .where("meeting_attendance.network_id", "=", input.networkId)
    .where("meeting_attendance.meeting_id", "=", input.meetingId)
    .orderBy("users.id")
    .execute();
  return queueMessages(
    trx,
    people.map((p) => ({
      networkId: input.networkId,
      toEmail: p.email,
      toUserId: p.id,
      kind: input.kind,
      subject: input.subject,
      bodyText: `Guten Tag ${p.name},\n\n${input.body}`,
      ics: input.icsFor({ name: p.name, email: p.email }),
    })),
  );
}

export function changeMailText(
  meeting: MailMeeting,
  kind: "moved" | "cancelled",
  url: string,
): { subject: string; body: string } {
  if (kind === "cancelled") {
    return {
      subject: meetingSubject("Abgesagt", meeting),
      body: [
        `die Sitzung „${oneLine(meeting.title)}“ (${hostNames(meeting)}) am ${whenText(meeting)} ist abgesagt.`,
        ...(meeting.cancel_reason ? ["", `Grund: ${meeting.cancel_reason}`] : []),
        "",
        `Details: ${url}`,
        ...SIGNATURE,
      ].join("\n"),
    };
  }
  return {
    subject: meetingSubject("Verschoben", meeting),
    body: [
      `die Sitzung „${oneLine(meeting.title)}“ (${hostNames(meeting)}) hat einen neuen Termin:`,
      "",
      `Termin: ${whenText(meeting)}`,
      ...placeLines(meeting),
      "",
      "Ihre bisherige Antwort bleibt gespeichert; wenn Sie zum neuen Termin nicht können, ändern Sie sie bitte hier:",
      url,
      ...SIGNATURE,
    ].join("\n"),
  };
}

/**
 * Tells everyone with an attendance row that the meeting was moved or cancelled. Call it in
 * the transaction of the change, with the meeting as it is AFTER the change (new times,
 * cancel_reason), and the request's origin for the link. Returns the number of messages.
 */
export async function notifyMeetingChanged(
  trx: DbOrTrx,
  meeting: MailMeeting,
  kind: "moved" | "cancelled",
  origin: string,
  options: { ics?: string | null } = {},
): Promise<number> {
  const network = await trx.selectFrom("networks").select("slug").where("id", "=", meeting.network_id).executeTakeFirstOrThrow();
  const { subject, body } = changeMailText(meeting, kind, meetingUrl(origin, network.slug, meeting.id));
  return queueToAttendees(trx, {
    networkId: meeting.network_id,
    meetingId: meeting.id,
    kind: kind === "cancelled" ? "meeting.cancelled" : "meeting.moved",
    subject,
    body,
    ics: options.ics ?? null,
    // the calendar entry is updated (same UID, higher SEQUENCE) or cancelled
    icsFor:
      options.ics === undefined
        ? await meetingIcsFor(trx, { networkId: meeting.network_id, meetingId: meeting.id, origin, method: kind === "cancelled" ? "CANCEL" : "REQUEST" })
        : undefined,
  });
}
