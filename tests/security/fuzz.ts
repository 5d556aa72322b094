import type { FormBody } from "./http";

// Bad input for the form fuzz (tests/browser/form-fuzz.test.ts): a seeded random generator, so a
// failure reproduces with the seed it prints, and the values forms must survive.

/** mulberry32: small, fast, good enough to pick test values; the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Marks injected markup: a page that shows one of these raw did not escape user text. */
export const MARKUP = ["<script>fzmark(1)</script>", '"><img src=x onerror=fzmark(2)>', "<svg onload=fzmark(3)>", "javascript:fzmark(4)"];

/** The raw (unescaped) forms of MARKUP in a page's HTML. */
export const RAW_MARKUP = [/<script>fzmark/i, /<img[^>]*onerror=fzmark/i, /<svg[^>]*onload=fzmark/i, /href\s*=\s*["']?\s*javascript:/i];

const TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001b[31m\u007f",
  "line\r\nbreak",
  "\uFEFF\u202Eevil",
  "😀".repeat(40),
  "' OR '1'='1",
  "1; DROP TABLE users; --",
  '" OR 1=1 --',
  "%' --",
  'title MATCH "*" OR NEAR(a b)',
  "true",
  "null",
  "undefined",
  "[object Object]",
  "__proto__",
  "constructor",
  '{"a":1}',
  "[]",
  ...MARKUP,
];

const NUMBERS = ["-1", "0", "1.5", "1e309", "NaN", "Infinity", "0x1F", "9007199254740993", "99999999999999999999999", "-9223372036854775809", "abc"];

const DATES = ["2025-02-30", "2025-13-01", "0000-00-00", "9999-12-31", "-0001-01-01", "31.12.2025", "2025-01-01T25:61", "25:99", "24:00", "2025-1-1"];

/** 100 kB of text. */
export const HUGE = "x".repeat(100_000);

/** A field of a form as the page rendered it. */
export interface FormField {
  name: string;
  type: string;
  value: string;
}

/** A post form of a page: its fields, and one submission per named submit button (or one without). */
export interface PageForm {
  action: string;
  fields: FormField[];
  submitters: { name: string; value: string }[];
}

/** What the page would post: the fields' values plus the pressed button. */
export function submissions(form: PageForm): FormBody[] {
  const base: Record<string, string[]> = {};
  for (const field of form.fields) (base[field.name] ??= []).push(field.value);
  const pressed = form.submitters.length ? form.submitters : [null];
  return pressed.map((button) => (button ? { ...base, [button.name]: [button.value] } : { ...base }));
}

/** Fields a person types free text into (hidden fields, choices and buttons stay as the page set them). */
const FREE_TEXT = new Set(["text", "textarea", "search", "email", "url", "tel"]);

/** Markup as a person would type it into a field of this type (link and e-mail fields stay well-formed). */
function typedMarkup(field: FormField, i: number): string {
  if (field.type === "email") return `fz${i}@example.org`;
  if (field.type === "url") return `https://example.org/${encodeURIComponent(MARKUP[i % 3])}`;
  return `${MARKUP[i % MARKUP.length]} [Link](${MARKUP[3]}) Text ${i}`;
}

/**
 * The page's own submission with markup typed into its free-text fields, otherwise as the page
 * filled it: once into all of them (new records, whose required fields are empty), then into
 * one field at a time (fields with a format of their own, a slug or a time, refuse markup and
 * would refuse the whole form). Where the form is valid the markup is stored, and the pages
 * that show it can be checked.
 */
export function markupSubmissions(form: PageForm): FormBody[] {
  const [base] = submissions(form);
  const text = form.fields.map((field, i) => ({ field, i })).filter(({ field }) => FREE_TEXT.has(field.type));
  if (text.length === 0) return [];
  const all = Object.fromEntries(text.map(({ field, i }) => [field.name, typedMarkup(field, i)]));
  return [{ ...base, ...all }, ...text.filter(({ field }) => field.type !== "email").map(({ field, i }) => ({ ...base, [field.name]: typedMarkup(field, i) }))];
}

const looksLikeId = (name: string) => /(^|[a-z])(id|Id|version)s?$/.test(name) || /ids?\]?$/i.test(name);
const looksLikeDate = (name: string) => /date|due|from|to$|time|deadline/i.test(name);

function badValueFor(random: Random, name: string, foreignIds: string[]): string {
  if (looksLikeId(name) && random() < 0.6) return pick(random, random() < 0.5 ? foreignIds : NUMBERS);
  if (looksLikeDate(name) && random() < 0.6) return pick(random, DATES);
  return pick(random, [...TEXT, ...NUMBERS, ...DATES, ...foreignIds]);
}

/** Field names a form library might turn into paths: prototypes, huge indexes, long names. */
function fieldNames(name: string): string[] {
  return ["__proto__[fzPolluted]", "constructor[prototype][fzPolluted]", `${name}[99999999]`, "items[99999999].id", `${name}.__proto__.fz`, "n".repeat(10_000)];
}

/**
 * Bad versions of one submission: a field (or every field) replaced by a bad value, an id of
 * another network, a bad date, 100 kB of text, a list where one value is expected, a field left
 * out, an unknown field or `intent`, a field name that reads like a path into an object.
 */
export function badVariants(random: Random, body: FormBody, count: number, foreignIds: string[]): FormBody[] {
  const names = Object.keys(body);
  const variants: FormBody[] = [];
  for (let i = 0; i < count; i++) {
    const variant: FormBody = { ...body };
    const name = names.length ? pick(random, names) : "intent";
    switch (i % 8) {
      case 0:
        for (const n of names) variant[n] = badValueFor(random, n, foreignIds);
        break;
      case 1:
        variant[name] = badValueFor(random, name, foreignIds);
        break;
      case 2:
        variant[name] = [badValueFor(random, name, foreignIds), ...[body[name] ?? []].flat(), badValueFor(random, name, foreignIds)];
        break;
      case 3:
        delete variant[name];
        variant[`${name}[0]`] = badValueFor(random, name, foreignIds);
        break;
      case 4:
        variant.intent = pick(random, ["fzUnknown", "", "__proto__", "constructor", ...MARKUP]);
        break;
      case 5:
        variant[name] = HUGE;
        break;
      case 6:
        for (const n of names.filter(looksLikeId)) variant[n] = pick(random, foreignIds.length ? foreignIds : NUMBERS);
        if (!names.some(looksLikeId)) variant[name] = pick(random, NUMBERS);
        break;
      case 7:
        variant[pick(random, fieldNames(name))] = badValueFor(random, name, foreignIds);
        break;
    }
    variants.push(variant);
  }
  return variants;
}

/** A short description of a body for failure messages (long values cut). */
export function describeBody(body: FormBody): string {
  const short = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}… (${v.length} chars)` : v);
  return Object.entries(body)
    .map(([name, value]) => `${name}=${Array.isArray(value) ? `[${value.map(short).join(", ")}]` : short(value)}`)
    .join(" ");
}
