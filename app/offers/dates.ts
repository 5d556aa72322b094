import { localDateIn } from "../i18n/zone-time";

// Local dates (YYYY-MM-DD) in the network's zone and the expiry rule. Pure.

export const BERLIN = "Europe/Berlin";

/** Today's date in Berlin as YYYY-MM-DD. */
export function todayIn(now: Date = new Date(), zone = BERLIN): string {
  return localDateIn(now, zone);
}

/** A real calendar date in the form YYYY-MM-DD. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An offer has expired once its last day (valid_to) lies before today; open-ended ones never do. */
export function isExpired(validTo: string | null, today: string): boolean {
  return validTo !== null && validTo < today;
}

/** Shown on the board: published and not expired. */
export function isCurrent(offer: { status: string; valid_to: string | null }, today: string): boolean {
  return offer.status === "published" && !isExpired(offer.valid_to, today);
}

/** The German date for a local date (TT.MM.JJJJ). */
export function formatLocalDate(value: string): string {
  const [y, m, d] = value.split("-");
  return `${d}.${m}.${y}`;
}
