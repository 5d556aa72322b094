import { enGB } from "date-fns/locale/en-GB";
import type { Locale } from "./i18n";

// Dates are stored in UTC and always shown in the network's zone (Europe/Berlin).
export const NETWORK_TIME_ZONE = "Europe/Berlin";

// One Intl formatter for the local calendar fields: a page formats hundreds of dates, and a
// zone conversion per date through a time-zone-aware Date cost a tenth of a millisecond each.
const localFields = new Intl.DateTimeFormat("en-US", {
  timeZone: NETWORK_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

function inZone(iso: string | Date) {
  const fields: Record<string, number> = {};
  for (const part of localFields.formatToParts(new Date(iso))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return { year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute };
}

const two = (n: number) => String(n).padStart(2, "0");
const englishMonth = (month: number) => enGB.localize.month((month - 1) as never, { width: "abbreviated" });

/** 01.12.2026 / 1 Dec 2026 */
export function formatDate(iso: string | Date, locale: Locale): string {
  const t = inZone(iso);
  return locale === "de" ? `${two(t.day)}.${two(t.month)}.${t.year}` : `${t.day} ${englishMonth(t.month)} ${t.year}`;
}

/** 01.12.2026, 09:30 Uhr / 1 Dec 2026, 09:30 */
export function formatDateTime(iso: string | Date, locale: Locale): string {
  const t = inZone(iso);
  return locale === "de"
    ? `${two(t.day)}.${two(t.month)}.${t.year}, ${two(t.hour)}:${two(t.minute)} Uhr`
    : `${t.day} ${englishMonth(t.month)} ${t.year}, ${two(t.hour)}:${two(t.minute)}`;
}
