import { isOrganisationKind } from "~/organisations/kinds";
import { isLocalDate } from "./dates";
import { isOneOf, offerCategories, offerLanguages, offerTargets, offerTopics, translationLanguages, type TranslationLanguage } from "./vocab";

// The board's GET filter form, parsed from the URL. Pure: a bad value is dropped and named in
// `ignored`, so a hand-edited or outdated link shows a note instead of failing.

export const PAGE_SIZE = 20;

export interface OfferFilters {
  q: string | null;
  category: string | null;
  topic: string | null;
  target: string | null;
  language: string | null;
  orgKind: string | null;
  from: string | null;
  to: string | null;
  /** relevance (bm25) only with a search text; the default then */
  sort: "relevance" | "newest" | "ending";
  view: "current" | "archive";
  page: number;
  lang: TranslationLanguage | null;
}

export interface ParsedFilters {
  filters: OfferFilters;
  /** names of the parameters whose values were ignored */
  ignored: string[];
}

function toTranslationLanguage(value: string | null): TranslationLanguage | null {
  return isOneOf(translationLanguages, value) ? value : null;
}

export function parseOfferFilters(params: URLSearchParams): ParsedFilters {
  const ignored: string[] = [];
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value : null;
  };
  function pick(name: string, valid: (v: string) => boolean): string | null {
    const value = text(name);
    if (value === null) return null;
    if (valid(value)) return value;
    ignored.push(name);
    return null;
  }

  const q = text("q");
  const filters: OfferFilters = {
    q: q ? q.slice(0, 200) : null,
    category: pick("category", (v) => isOneOf(offerCategories, v)),
    topic: pick("topic", (v) => isOneOf(offerTopics, v)),
    target: pick("target", (v) => isOneOf(offerTargets, v)),
    language: pick("language", (v) => isOneOf(offerLanguages, v)),
    orgKind: pick("org_kind", isOrganisationKind),
    from: pick("from", isLocalDate),
    to: pick("to", isLocalDate),
    sort: (pick("sort", (v) => v === "relevance" || v === "newest" || v === "ending") as OfferFilters["sort"] | null) ?? (q ? "relevance" : "newest"),
    view: (pick("view", (v) => v === "current" || v === "archive") as OfferFilters["view"] | null) ?? "current",
    page: 1,
    // "de" is the original: the same as no language.
    lang: toTranslationLanguage(pick("lang", (v) => v === "de" || isOneOf(translationLanguages, v))),
  };
  if (filters.sort === "relevance" && !filters.q) filters.sort = "newest";
  if (filters.from && filters.to && filters.from > filters.to) {
    ignored.push("to");
    filters.to = null;
  }
  const page = text("page");
  if (page !== null) {
    const n = Number(page);
    if (Number.isInteger(n) && n >= 1 && n <= 10_000) filters.page = n;
    else ignored.push("page");
  }
  return { filters, ignored };
}

/** Any filter that narrows the list (for the "remove filters" hint). */
export function hasNarrowingFilters(f: OfferFilters): boolean {
  return Boolean(f.q || f.category || f.topic || f.target || f.language || f.orgKind || f.from || f.to);
}

/** The query string for another page or view of the same filtered list. */
export function filterQuery(f: OfferFilters, change: Partial<OfferFilters> = {}): string {
  const merged = { ...f, ...change };
  const params = new URLSearchParams();
  const entries: [string, string | number | null][] = [
    ["q", merged.q], ["category", merged.category], ["topic", merged.topic], ["target", merged.target],
    ["language", merged.language], ["org_kind", merged.orgKind], ["from", merged.from], ["to", merged.to],
    ["sort", merged.sort === (merged.q ? "relevance" : "newest") ? null : merged.sort], ["view", merged.view === "current" ? null : merged.view],
    ["lang", merged.lang], ["page", merged.page === 1 ? null : merged.page],
  ];
  for (const [key, value] of entries) if (value !== null && value !== "") params.set(key, String(value));
  const s = params.toString();
  return s ? `?${s}` : "";
}
