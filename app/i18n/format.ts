import { enGB } from "date-fns/locale/en-GB";
import type { Locale } from "./i18n";
import { wallClockFields } from "./zone-time";

// Dates are stored in UTC and always shown in the network's zone (Europe/Berlin).
export const NETWORK_TIME_ZONE = "Europe/Berlin";

// Hundreds of dates per page: the zone's offset is looked up once per quarter hour
// (zone-time.ts), not asked of Intl for every date.
const inZone = (iso: string | Date) => wallClockFields(iso, NETWORK_TIME_ZONE);

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
