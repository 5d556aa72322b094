// Computes when each accepted agenda item starts, from the meeting's start and the
// planned minutes of the items before it, and whether the agenda runs past the end.

export interface TimedItem<T> {
  item: T;
  startsAt: Date;
  endsAt: Date;
  overrun: boolean;
}

export function timeAgenda<T extends { planned_minutes: number }>(
  meeting: { starts_at: string; ends_at: string },
  items: T[],
): { items: TimedItem<T>[]; totalMinutes: number; overrunMinutes: number } {
  const start = new Date(meeting.starts_at).getTime();
  const end = new Date(meeting.ends_at).getTime();
  let cursor = start;
  const timed = items.map((item) => {
    const startsAt = new Date(cursor);
    cursor += Math.max(0, item.planned_minutes) * 60_000;
    return { item, startsAt, endsAt: new Date(cursor), overrun: cursor > end };
  });
  const totalMinutes = Math.round((cursor - start) / 60_000);
  return { items: timed, totalMinutes, overrunMinutes: Math.max(0, Math.round((cursor - end) / 60_000)) };
}
