import { withZod } from "@remix-validated-form/with-zod";
import { z } from "zod";
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
  })
  .superRefine((value, ctx) => {
    if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validTo"], message: "offers.validation.toBeforeFrom" });
    }
    for (const l of translationLanguages) {
      const record = value as Record<string, unknown>;
      if (record[translationFieldName(l, "summary")] && !record[translationFieldName(l, "title")]) {
        ctx.addIssue({ code: "custom", path: [translationFieldName(l, "title")], message: "offers.validation.translationTitle" });
      }
    }
  });

export type OfferInput = z.infer<typeof offerSchema>;
export const offerValidator = withZod(offerSchema);

/** The translations of a validated form, only languages with a title. */
export function translationsOf(input: OfferInput): { language: TranslationLanguage; title: string; summary: string }[] {
  const record = input as unknown as Record<string, string | undefined>;
  return translationLanguages.flatMap((language) => {
    const title = record[translationFieldName(language, "title")];
    return title ? [{ language, title, summary: record[translationFieldName(language, "summary")] ?? "" }] : [];
  });
}
