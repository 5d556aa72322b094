import { TZDate } from "@date-fns/tz";
import { wallClockFields } from "../i18n/zone-time";

// Meetings are entered in local Berlin time ("2026-03-26", "10:00") and stored in UTC.

export function localToUtc(date: string, time: string, zone = "Europe/Berlin"): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, zone).getTime());
}

export function utcToLocal(iso: string | Date, zone = "Europe/Berlin"): { date: string; time: string } {
  const t = wallClockFields(iso, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${t.year}-${pad(t.month)}-${pad(t.day)}`, time: `${pad(t.hour)}:${pad(t.minute)}` };
}

/** Shifts a local calendar date by whole days (deadline "14 days before"). */
export function addLocalDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return shifted.toISOString().slice(0, 10);
}
