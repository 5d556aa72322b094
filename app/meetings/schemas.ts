import { formValidator } from "../components/form-validator";
import { z } from "zod";

// The meeting editor (plan and edit share it) and the cancel form. Browser-safe: no server
// imports. Messages are i18n keys; the field components translate them. Dates and times are
// local (Europe/Berlin) calendar values; the server turns them into UTC.

export const meetingKinds = ["regular", "joint", "preparation"] as const;
export const inviteTiers = ["member", "preparation"] as const;

/** A local calendar date: "2026-03-26" from <input type=date>, or "26.03.2026" typed by hand. */
export function normaliseDate(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const v = value.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (german) return `${german[3]}-${german[2].padStart(2, "0")}-${german[1].padStart(2, "0")}`;
  return v;
}

export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 2000 || y > 2100) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A local time: "10:00", "9:30", "10.00" or "10:00:00" (some browsers send seconds). */
export function normaliseTime(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const match = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(value.trim());
  return match ? `${match[1].padStart(2, "0")}:${match[2]}` : value.trim();
}

export function isValidTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const text = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, "validation.tooLong"));
const requiredText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().min(1, "validation.required").max(max, "validation.tooLong"),
  );
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values, { errorMap: () => ({ message: "validation.invalidChoice" }) }));

const requiredDate = z.preprocess(
  (v) => normaliseDate(v ?? ""),
  z.string().min(1, "validation.required").refine((v) => v === "" || isValidDate(v), "meeting.validation.date"),
);
const optionalDate = z.preprocess(
  (v) => normaliseDate(v ?? ""),
  z.string().refine((v) => v === "" || isValidDate(v), "meeting.validation.date"),
);
const requiredTime = z.preprocess(
  (v) => normaliseTime(v ?? ""),
  z.string().min(1, "validation.required").refine((v) => v === "" || isValidTime(v), "meeting.validation.time"),
);

/** Ticked checkboxes arrive as nothing, one string or several strings. */
const stringList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().max(20)).max(50),
);

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const meetingSchema = z
  .object({
    title: requiredText(200),
    kind: choice(meetingKinds),
    date: requiredDate,
    startTime: requiredTime,
    endTime: requiredTime,
    place: text(300),
    onlineUrl: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z.string().max(500, "validation.tooLong").refine((v) => v === "" || isHttpUrl(v), "validation.url"),
    ),
    description: text(4000),
    /** empty: 14 days before the meeting */
    deadlineDate: optionalDate,
    inviteTier: z.preprocess((v) => (v === undefined || v === "" ? "member" : v), choice(inviteTiers)),
    /** plan only: further host groups of a joint session */
    jointGroupIds: stringList,
    /** plan only: create meetings for the coming year in the group's cadence */
    createSeries: checkbox,
    /** edit only: the meeting's version when the form was loaded */
    version: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().regex(/^\d{0,9}$/, "validation.invalidChoice")),
  })
  .superRefine((v, ctx) => {
    if (isValidTime(v.startTime) && isValidTime(v.endTime) && v.endTime <= v.startTime) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endTime"], message: "meeting.validation.endAfterStart" });
    }
    if (!v.place && !v.onlineUrl) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["place"], message: "meeting.validation.placeOrOnline" });
    }
    if (isValidDate(v.date) && v.deadlineDate && isValidDate(v.deadlineDate) && v.deadlineDate > v.date) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["deadlineDate"], message: "meeting.validation.deadlineAfterMeeting" });
    }
  });
export type MeetingInput = z.infer<typeof meetingSchema>;
export const meetingValidator = formValidator(meetingSchema);

export const cancelMeetingSchema = z.object({
  reason: requiredText(1000),
  version: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().regex(/^\d{1,9}$/, "validation.invalidChoice")),
});
export const cancelMeetingValidator = formValidator(cancelMeetingSchema);

export const meetingIntents = ["save", "cancel", "held"] as const;
export type MeetingIntent = (typeof meetingIntents)[number];

export function parseMeetingIntent(value: FormDataEntryValue | null): MeetingIntent | null {
  return typeof value === "string" && (meetingIntents as readonly string[]).includes(value) ? (value as MeetingIntent) : null;
}

/** The values the editor shows: all strings, as the form sends them. */
export interface MeetingFormValues {
  title: string;
  kind: (typeof meetingKinds)[number];
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  description: string;
  deadlineDate: string;
  inviteTier: (typeof inviteTiers)[number];
  jointGroupIds: string[];
  createSeries: boolean;
  version: string;
}
