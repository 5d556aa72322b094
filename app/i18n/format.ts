import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { de as deLocale } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import type { Locale } from "./i18n";

// Dates are stored in UTC and always shown in the network's zone (Europe/Berlin).
export const NETWORK_TIME_ZONE = "Europe/Berlin";

function inZone(iso: string | Date, zone = NETWORK_TIME_ZONE) {
  return new TZDate(new Date(iso).getTime(), zone);
}

export function formatDate(iso: string | Date, locale: Locale): string {
  return format(inZone(iso), locale === "de" ? "dd.MM.yyyy" : "d MMM yyyy", { locale: locale === "de" ? deLocale : enGB });
}

export function formatDateTime(iso: string | Date, locale: Locale): string {
  return locale === "de"
    ? format(inZone(iso), "dd.MM.yyyy, HH:mm 'Uhr'", { locale: deLocale })
    : format(inZone(iso), "d MMM yyyy, HH:mm", { locale: enGB });
}
