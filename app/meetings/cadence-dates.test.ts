import { describe, expect, it } from "vitest";
import { nextMeetingDate, seriesDates, weekdayOfMonth } from "./cadence-dates";
import { addLocalDays, localToUtc, utcToLocal } from "./local-time";

describe("cadence date proposals", () => {
  it("keeps the weekday of the month: 2nd Tuesday of March → 2nd Tuesday of June", () => {
    expect(weekdayOfMonth("2026-03-10")).toEqual({ weekday: 2, ordinal: 2 });
    expect(nextMeetingDate("2026-03-10", "quarterly")).toBe("2026-06-09");
  });

  it("keeps 'the last Thursday' across months of different length", () => {
    expect(nextMeetingDate("2026-03-26", "quarterly")).toBe("2026-06-25");
    expect(nextMeetingDate("2026-01-29", "monthly")).toBe("2026-02-26");
  });

  it("crosses the year", () => {
    expect(nextMeetingDate("2026-11-12", "quarterly")).toBe("2027-02-11");
    expect(nextMeetingDate("2026-12-01", "half_yearly")).toBe("2027-06-01");
  });

  it("proposes nothing for ad-hoc groups", () => {
    expect(nextMeetingDate("2026-03-10", "ad_hoc")).toBeNull();
  });

  it("builds a year's series", () => {
    expect(seriesDates("2026-03-10", "quarterly")).toEqual(["2026-03-10", "2026-06-09", "2026-09-08", "2026-12-08"]);
    expect(seriesDates("2026-01-15", "bimonthly")).toHaveLength(6);
    expect(seriesDates("2026-01-15", "monthly")).toHaveLength(12);
  });

  it("keeps the local time of day across daylight-saving changes", () => {
    const winter = localToUtc("2026-03-26", "10:00");
    const summer = localToUtc(nextMeetingDate("2026-03-26", "quarterly")!, "10:00");
    expect(winter.toISOString()).toBe("2026-03-26T09:00:00.000Z");
    expect(summer.toISOString()).toBe("2026-06-25T08:00:00.000Z");
    expect(utcToLocal(summer)).toEqual({ date: "2026-06-25", time: "10:00" });
    expect(localToUtc("2026-10-29", "10:00").toISOString()).toBe("2026-10-29T09:00:00.000Z");
  });

  it("counts deadline days on the local calendar", () => {
    expect(addLocalDays("2026-03-10", -14)).toBe("2026-02-24");
    expect(addLocalDays("2026-01-05", -14)).toBe("2025-12-22");
  });
});
