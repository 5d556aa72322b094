import { localDateIn } from "../i18n/zone-time";
import type { WorkPackageStatus } from "../../db/schema";

// Pure numbers of the inbox and the dashboard: age, waiting limit, overdue, median days
// from submission to decision. Every function takes `now`, so tests use fixed dates.

const DAY_MS = 86_400_000;
export const DEFAULT_WAIT_DAYS = 42;
const ZONE = "Europe/Berlin";

/** Today's date in Berlin as YYYY-MM-DD. */
export function localToday(now: Date, zone = ZONE): string {
  return localDateIn(now, zone);
}

/** Whole days between two instants (floored, never negative). */
export function daysBetween(fromIso: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - new Date(fromIso).getTime()) / DAY_MS));
}

/** A submitted package waits too long when its age exceeds the network's limit. */
export function isWaitingTooLong(submittedAt: string | null, now: Date, limitDays = DEFAULT_WAIT_DAYS): boolean {
  return submittedAt !== null && daysBetween(submittedAt, now) > limitDays;
}

/** Accepted or started packages whose due date (a local date) lies before today. */
export function isOverdue(pkg: { status: WorkPackageStatus; due_date: string | null }, now: Date): boolean {
  return (pkg.status === "accepted" || pkg.status === "in_progress") && pkg.due_date !== null && pkg.due_date < localToday(now);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Twelve months before `now` (same day of month, clamped), as an instant. */
export function twelveMonthsBefore(now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d;
}

/**
 * Median days (one decimal) from submission to decision of the packages decided within the
 * last twelve months before `now`. null when none was decided.
 */
export function medianDaysToDecision(packages: { submitted_at: string | null; decided_at: string | null }[], now: Date): number | null {
  const since = twelveMonthsBefore(now).getTime();
  const days = packages
    .filter((p) => p.submitted_at && p.decided_at)
    .filter((p) => {
      const decided = new Date(p.decided_at!).getTime();
      return decided >= since && decided <= now.getTime();
    })
    .map((p) => Math.max(0, (new Date(p.decided_at!).getTime() - new Date(p.submitted_at!).getTime()) / DAY_MS));
  const m = median(days);
  return m === null ? null : Math.round(m * 10) / 10;
}
