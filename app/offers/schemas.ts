import { formValidator } from "../components/form-validator";
import { z } from "zod";
import { localToUtc } from "~/meetings/local-time";
import { isLocalDate } from "./dates";
import { offerCategories, offerLanguages, offerTargets, offerTopics, translationLanguages, type TranslationLanguage } from "./vocab";

// The offer editor's form (create and edit share it). Browser-safe: no server imports.
// Messages are i18n keys; the field components translate them.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, "validation.tooLong").optional());
const requiredText = (max: number) =>
  z.string({ required_error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");

/** Ticked checkboxes from a fixed list, stored in the list's order, each once. */
function ticked<T extends readonly string[]>(list: T) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.string(), { invalid_type_error: "validation.invalidChoice" })
      .refine((values) => values.every((v) => (list as readonly string[]).includes(v)), "validation.invalidChoice")
      .transform((values) => list.filter((v) => values.includes(v)) as T[number][]),
  );
}

const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string())
    .refine((values) => values.every((v) => /^[1-9]\d{0,9}$/.test(v)), "validation.invalidChoice")
    .transform((values) => [...new Set(values.map(Number))]),
);

const localDate = z.preprocess(blankToUndefined, z.string().refine(isLocalDate, "offers.validation.date").optional());

/** Up to this many event dates per offer (rows in the editor; empty rows are ignored). */
export const MAX_EVENT_DATES = 5;
export type EventDatePart = "date" | "start" | "end";
export const eventFieldName = (index: number, part: EventDatePart) => `event_${index}_${part}` as const;
const eventIndexes = Array.from({ length: MAX_EVENT_DATES }, (_, i) => i);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const eventShape = Object.fromEntries(
  eventIndexes.flatMap((i) => (["date", "start", "end"] as const).map((part) => [eventFieldName(i, part), optionalText(10)])),
) as Record<string, ReturnType<typeof optionalText>>;

export const translationFieldName = (language: TranslationLanguage, part: "title" | "summary") => `tr_${language}_${part}` as const;

const translationShape = Object.fromEntries(
  translationLanguages.flatMap((l) => [
    [translationFieldName(l, "title"), optionalText(200)],
    [translationFieldName(l, "summary"), optionalText(600)],
  ]),
) as Record<string, ReturnType<typeof optionalText>>;

export const offerSchema = z
  .object({
    intent: z.enum(["draft", "publish"]).default("draft"),
    version: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).optional()),
    organisationId: z
      .string({ required_error: "validation.required" })
      .min(1, "validation.required")
      .regex(/^[1-9]\d{0,9}$/, "validation.invalidChoice")
      .transform(Number),
    title: requiredText(200),
    summary: requiredText(600),
    body: z.preprocess((v) => (v === undefined ? "" : v), z.string().trim().max(20_000, "validation.tooLong")),
    category: z
      .string({ required_error: "validation.required" })
      .min(1, "validation.required")
      .pipe(z.enum(offerCategories, { errorMap: () => ({ message: "validation.invalidChoice" }) })),
    topics: ticked(offerTopics),
    targets: ticked(offerTargets),
    languages: ticked(offerLanguages),
    groupIds: ids,
    place: optionalText(300),
    online: z.preprocess((v) => v === "1" || v === "on", z.boolean()),
    validFrom: localDate,
    validTo: localDate,
    contact: optionalText(300),
    ...translationShape,
    ...eventShape,
  })
  .superRefine((value, ctx) => {
    if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "offers.validation.toBeforeFrom" });
    }
    const fields = value as Record<string, unknown>;
    for (const i of eventIndexes) {
      const [date, start, end] = (["date", "start", "end"] as const).map((part) => fields[eventFieldName(i, part)] as string | undefined);
      if (!date && !start && !end) continue; // an empty row is ignored
      if (!date) ctx.addIssue({ code: "custom", path: [eventFieldName(i, "date")], message: "validation.required" });
      else if (!isLocalDate(date)) ctx.addIssue({ code: "custom", path: [eventFieldName(i, "date")], message: "offers.validation.date" });
      if (!start) ctx.addIssue({ code: "custom", path: [eventFieldName(i, "start")], message: "validation.required" });
      else if (!TIME.test(start)) ctx.addIssue({ code: "custom", path: [eventFieldName(i, "start")], message: "offers.validation.time" });
      if (!end) ctx.addIssue({ code: "custom", path: [eventFieldName(i, "end")], message: "validation.required" });
      else if (!TIME.test(end)) ctx.addIssue({ code: "custom", path: [eventFieldName(i, "end")], message: "offers.validation.time" });
      else if (start && TIME.test(start) && end <= start) {
        ctx.addIssue({ code: "custom", path: [eventFieldName(i, "end")], message: "offers.validation.endBeforeStart" });
      }
    }
    for (const l of translationLanguages) {
      const record = value as Record<string, unknown>;
      if (record[translationFieldName(l, "summary")] && !record[translationFieldName(l, "title")]) {
        ctx.addIssue({ code: "custom", path: [translationFieldName(l, "title")], message: "offers.validation.translationTitle" });
      }
    }
  });

export type OfferInput = z.infer<typeof offerSchema>;
export const offerValidator = formValidator(offerSchema);

/** The translations of a validated form, only languages with a title. */
export function translationsOf(input: OfferInput): { language: TranslationLanguage; title: string; summary: string }[] {
  const record = input as unknown as Record<string, string | undefined>;
  return translationLanguages.flatMap((language) => {
    const title = record[translationFieldName(language, "title")];
    return title ? [{ language, title, summary: record[translationFieldName(language, "summary")] ?? "" }] : [];
  });
}

/** The filled event-date rows of a validated form, in UTC (entered as Berlin local time), in time order. */
export function eventDatesOf(input: OfferInput): { startsAt: string; endsAt: string }[] {
  const record = input as unknown as Record<string, string | undefined>;
  return eventIndexes
    .flatMap((i) => {
      const date = record[eventFieldName(i, "date")];
      const start = record[eventFieldName(i, "start")];
      const end = record[eventFieldName(i, "end")];
      return date && start && end ? [{ startsAt: localToUtc(date, start).toISOString(), endsAt: localToUtc(date, end).toISOString() }] : [];
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
