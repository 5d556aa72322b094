import { describe, expect, it } from "vitest";
import { isCurrent, isExpired, isLocalDate, todayIn } from "./dates";

describe("offer dates", () => {
  it("takes today's date in Berlin, not in UTC", () => {
    expect(todayIn(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayIn(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(todayIn(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });

  it("an offer expires after its last day, open-ended ones never", () => {
    expect(isExpired("2026-05-10", "2026-05-10")).toBe(false);
    expect(isExpired("2026-05-09", "2026-05-10")).toBe(true);
    expect(isExpired(null, "2099-01-01")).toBe(false);
  });

  it("only published, unexpired offers are current", () => {
    expect(isCurrent({ status: "published", valid_to: "2026-05-10" }, "2026-05-10")).toBe(true);
    expect(isCurrent({ status: "published", valid_to: "2026-05-09" }, "2026-05-10")).toBe(false);
    expect(isCurrent({ status: "draft", valid_to: null }, "2026-05-10")).toBe(false);
    expect(isCurrent({ status: "archived", valid_to: null }, "2026-05-10")).toBe(false);
  });

  it("accepts only real calendar dates", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2027-02-29")).toBe(false);
    expect(isLocalDate("2027-13-01")).toBe(false);
    expect(isLocalDate("1.2.2027")).toBe(false);
  });
});
