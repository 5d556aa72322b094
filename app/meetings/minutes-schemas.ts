import { formValidator } from "../components/form-validator";
import { z } from "zod";

// Forms of the minutes editor. Browser-safe: no server imports (the editor component imports
// from here, never from minutes.server). Messages are i18n keys; the field components translate them.

export const MINUTES_FORM_ID = "minutes-form";
export const ACTION_ITEM_FORM_ID = "action-item-form";

export type MinutesLock = "published" | "cancelled" | "notYet";

/** The message key that explains why minutes cannot be written. */
export function lockMessage(lock: MinutesLock) {
  return lock === "published" ? "minutes.locked.published" : lock === "cancelled" ? "minutes.locked.cancelled" : "minutes.locked.notYet";
}

/** Browsers send textarea line breaks as CRLF; the minutes keep plain LF. */
export function normaliseText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

function text(max: number) {
  return z
    .string()
    .optional()
    .default("")
    .transform(normaliseText)
    .pipe(z.string().max(max, "validation.tooLong"));
}

const requiredId = z.string({ required_error: "validation.required" }).trim().regex(/^[1-9]\d{0,15}$/, "validation.invalidChoice");

export const minutesLimits = { minutesText: 20_000, outcome: 2_000, decision: 4_000, actionTitle: 300, actionOwner: 200 } as const;

/** One accepted agenda item in the minutes form (fields `items[i].…`). */
export const minutesItemSchema = z.object({
  id: requiredId,
  /** the item's version when the form was loaded: a different stored version is a conflict */
  version: z.string({ required_error: "validation.required" }).trim().regex(/^\d{1,9}$/, "validation.invalidChoice").transform(Number),
  /** fingerprint of the text the form was loaded with: tells "left alone" from "changed" */
  original: z.string().max(100).optional().default(""),
  minutesText: text(minutesLimits.minutesText),
  outcome: text(minutesLimits.outcome),
  decision: text(minutesLimits.decision),
});
export type MinutesItemInput = z.infer<typeof minutesItemSchema>;

export const saveMinutesSchema = z.object({
  intent: z.literal("saveMinutes"),
  items: z.array(minutesItemSchema).max(200).optional().default([]),
});
export type SaveMinutesInput = z.infer<typeof saveMinutesSchema>;
export const saveMinutesValidator = formValidator(saveMinutesSchema);

/** "YYYY-MM-DD" that names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 2000 && year <= 2100;
}

export const addActionItemSchema = z.object({
  intent: z.literal("addActionItem"),
  actionTitle: z
    .string({ required_error: "validation.required" })
    .transform(normaliseText)
    .pipe(z.string().min(1, "validation.required").max(minutesLimits.actionTitle, "validation.tooLong")),
  actionOwner: text(minutesLimits.actionOwner),
  actionDue: z
    .string()
    .optional()
    .default("")
    .transform((v) => v.trim())
    .refine((v) => v === "" || isCalendarDate(v), "minutes.invalidDate")
    .transform((v) => (v === "" ? null : v)),
  /** optional: the agenda item the task came from */
  actionAgendaItem: z
    .string()
    .optional()
    .default("")
    .transform((v) => v.trim())
    .refine((v) => v === "" || /^[1-9]\d{0,15}$/.test(v), "validation.invalidChoice")
    .transform((v) => (v === "" ? null : Number(v))),
});
export type AddActionItemInput = z.infer<typeof addActionItemSchema>;
export const addActionItemValidator = formValidator(addActionItemSchema);

export const actionItemChangeSchema = z.object({
  intent: z.enum(["completeActionItem", "reopenActionItem", "removeActionItem"]),
  actionItemId: requiredId.transform(Number),
});
export type ActionItemChangeInput = z.infer<typeof actionItemChangeSchema>;

export const minutesIntents = ["saveMinutes", "addActionItem", "completeActionItem", "reopenActionItem", "removeActionItem", "publishMinutes"] as const;
export type MinutesIntent = (typeof minutesIntents)[number];

export function parseMinutesIntent(value: unknown): MinutesIntent | null {
  return typeof value === "string" && (minutesIntents as readonly string[]).includes(value) ? (value as MinutesIntent) : null;
}

/** A stored "YYYY-MM-DD" as the German "dd.mm.yyyy" (no time zone involved). */
export function formatDueDate(value: string | null, locale: "de" | "en"): string {
  if (!value || !isCalendarDate(value)) return value ?? "";
  const [y, m, d] = value.split("-");
  return locale === "de" ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}
