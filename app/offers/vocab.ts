// The fixed lists of the offer board. Codes are stored; German labels live in messages.ts.
// Browser-safe: no server imports.

export const offerCategories = ["counselling", "course", "project", "event", "job_fair", "other"] as const;
export type OfferCategoryCode = (typeof offerCategories)[number];

export const offerTopics = [
  "arbeit", "deutsch", "anerkennung", "ausbildung", "kinderbetreuung", "gesundheit", "wohnen", "aufenthalt", "familie", "freizeit",
] as const;

export const offerTargets = [
  "women", "young_people", "families", "ukraine", "asylum_countries", "skilled_workers", "employers", "volunteers", "everyone",
] as const;

/** Languages an offer is given in (ISO 639-1). */
export const offerLanguages = ["de", "en", "uk", "ru", "ar", "fa", "tr", "ti", "so", "ps", "ku", "fr"] as const;

/** Further languages for title and summary (German is the original). */
export const translationLanguages = ["en", "uk", "ru", "ar", "fa", "tr", "ti", "so", "ps", "ku"] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];

/** Languages written right to left. */
export const rtlLanguages: readonly string[] = ["ar", "fa", "ps"];

export function textDirection(language: string): "rtl" | "ltr" {
  return rtlLanguages.includes(language) ? "rtl" : "ltr";
}

export function isOneOf<T extends readonly string[]>(list: T, value: unknown): value is T[number] {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
