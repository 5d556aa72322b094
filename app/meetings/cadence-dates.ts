import type { GroupCadence } from "../groups/cadence";

// "Plan the next quarter": the next date keeps the weekday-of-month of the last meeting
// (e.g. the 2nd Tuesday, or the last Thursday) and its local time. All dates here are
// local calendar dates (YYYY-MM-DD); time zones are applied when the meeting is stored.

export const cadenceMonths: Record<Exclude<GroupCadence, "ad_hoc">, number> = {
  monthly: 1,
  bimonthly: 2,
  quarterly: 3,
  half_yearly: 6,
};

export interface WeekdayOfMonth {
  weekday: number; // 0 = Sunday
  /** 1–4, or -1 for "the last" */
  ordinal: number;
}

function parse(date: string) {
  const [y, m, d] = date.split("-").map(Number);
  return { y, m, d };
}

function format(y: number, m: number, d: number) {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function daysInMonth(y: number, m: number) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function weekdayOfMonth(date: string): WeekdayOfMonth {
  const { y, m, d } = parse(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  // A date in the month's last seven days counts as "the last" weekday, like the
  // "letzter Donnerstag im Quartal" that groups agree on.
  const ordinal = d + 7 > daysInMonth(y, m) ? -1 : Math.ceil(d / 7);
  return { weekday, ordinal };
}

export function dateOfWeekdayInMonth(y: number, m: number, { weekday, ordinal }: WeekdayOfMonth): string {
  if (ordinal === -1) {
    const last = daysInMonth(y, m);
    const lastWeekday = new Date(Date.UTC(y, m - 1, last)).getUTCDay();
    return format(y, m, last - ((lastWeekday - weekday + 7) % 7));
  }
  const firstWeekday = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  return format(y, m, 1 + ((weekday - firstWeekday + 7) % 7) + (ordinal - 1) * 7);
}

export function addMonths(date: string, months: number): { y: number; m: number } {
  const { y, m } = parse(date);
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** The next meeting date after `lastDate` in the group's cadence, or null for ad-hoc groups. */
export function nextMeetingDate(lastDate: string, cadence: GroupCadence): string | null {
  if (cadence === "ad_hoc") return null;
  const { y, m } = addMonths(lastDate, cadenceMonths[cadence]);
  return dateOfWeekdayInMonth(y, m, weekdayOfMonth(lastDate));
}

/** Dates for a series covering the twelve months after `firstDate` (first date included). */
export function seriesDates(firstDate: string, cadence: GroupCadence): string[] {
  if (cadence === "ad_hoc") return [firstDate];
  const pattern = weekdayOfMonth(firstDate);
  const step = cadenceMonths[cadence];
  const dates = [firstDate];
  for (let k = step; k < 12; k += step) {
    const { y, m } = addMonths(firstDate, k);
    dates.push(dateOfWeekdayInMonth(y, m, pattern));
  }
  return dates;
}
