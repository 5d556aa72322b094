import { describe, expect, it } from "vitest";
import { timeAgenda } from "./agenda-timing";
import { utcToLocal } from "./local-time";

describe("agenda timing", () => {
  const meeting = { starts_at: "2026-03-26T09:00:00Z", ends_at: "2026-03-26T11:00:00Z" }; // 10:00–12:00 Berlin

  it("starts each item where the one before it ends", () => {
    const { items, totalMinutes, overrunMinutes } = timeAgenda(meeting, [{ planned_minutes: 10 }, { planned_minutes: 45 }, { planned_minutes: 30 }]);
    expect(items.map((i) => utcToLocal(i.startsAt).time)).toEqual(["10:00", "10:10", "10:55"]);
    expect(totalMinutes).toBe(85);
    expect(overrunMinutes).toBe(0);
    expect(items.some((i) => i.overrun)).toBe(false);
  });

  it("flags the items that run past the end and by how much", () => {
    const { items, overrunMinutes } = timeAgenda(meeting, [{ planned_minutes: 90 }, { planned_minutes: 20 }, { planned_minutes: 20 }]);
    expect(items.map((i) => i.overrun)).toEqual([false, false, true]);
    expect(overrunMinutes).toBe(10);
  });

  it("keeps local times right across the switch to summer time", () => {
    // 29 March 2026, 01:30–04:30 Berlin spans the change at 02:00 CET → 03:00 CEST.
    const night = { starts_at: "2026-03-29T00:30:00Z", ends_at: "2026-03-29T02:30:00Z" };
    const { items } = timeAgenda(night, [{ planned_minutes: 60 }, { planned_minutes: 30 }]);
    expect(items.map((i) => utcToLocal(i.startsAt).time)).toEqual(["01:30", "03:30"]);
  });

  it("handles an empty agenda", () => {
    expect(timeAgenda(meeting, []).totalMinutes).toBe(0);
  });
});
