import { TZDate } from "@date-fns/tz";

// Wall-clock fields of an instant in a zone. Asking the zone database (TZDate or Intl) costs
// several microseconds per date, and a page or feed converts hundreds of them, so the offset
// is looked up once per quarter hour and kept: zones change their offset only at such
// boundaries.
const offsets = new Map<string, number>();

/** The zone's offset from UTC at the instant `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, zone: string): number {
  const key = `${zone}|${Math.floor(ms / 900_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = -new TZDate(ms, zone).getTimezoneOffset() * 60_000;
    offsets.set(key, offset);
  }
  return offset;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The local calendar date and time of an instant in `zone`. */
export function wallClockFields(iso: string | Date, zone: string): WallClock {
  const ms = new Date(iso).getTime();
  const local = new Date(ms + zoneOffsetMs(ms, zone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/** The local calendar date of an instant in `zone`, as YYYY-MM-DD. */
export function localDateIn(instant: Date, zone: string): string {
  const t = wallClockFields(instant, zone);
  return `${t.year}-${two(t.month)}-${two(t.day)}`;
}
