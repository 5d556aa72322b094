import { describe, expect, it } from "vitest";
import { daysBetween, isOverdue, isWaitingTooLong, localToday, median, medianDaysToDecision } from "./metrics";

const NOW = new Date("2026-11-24T10:00:00Z");

describe("work package metrics on fixed dates", () => {
  it("median of odd, even and empty lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });

  it("median days from submission to decision over the last 12 months", () => {
    const packages = [
      { submitted_at: "2026-10-01T08:00:00Z", decided_at: "2026-10-11T08:00:00Z" }, // 10
      { submitted_at: "2026-06-01T08:00:00Z", decided_at: "2026-06-21T08:00:00Z" }, // 20
      { submitted_at: "2026-01-01T08:00:00Z", decided_at: "2026-01-31T08:00:00Z" }, // 30
      { submitted_at: "2026-02-01T08:00:00Z", decided_at: "2026-02-05T20:00:00Z" }, // 4.5
      { submitted_at: "2025-01-01T08:00:00Z", decided_at: "2025-03-01T08:00:00Z" }, // older than 12 months
      { submitted_at: "2026-11-01T08:00:00Z", decided_at: null }, // undecided
    ];
    expect(medianDaysToDecision(packages, NOW)).toBe(15);
    expect(medianDaysToDecision(packages.slice(0, 3), NOW)).toBe(20);
    expect(medianDaysToDecision([], NOW)).toBeNull();
  });

  it("overdue: accepted or in progress with a due date before today (Berlin)", () => {
    expect(isOverdue({ status: "accepted", due_date: "2026-11-23" }, NOW)).toBe(true);
    expect(isOverdue({ status: "in_progress", due_date: "2026-01-01" }, NOW)).toBe(true);
    expect(isOverdue({ status: "accepted", due_date: "2026-11-24" }, NOW)).toBe(false);
    expect(isOverdue({ status: "done", due_date: "2026-01-01" }, NOW)).toBe(false);
    expect(isOverdue({ status: "declined", due_date: "2026-01-01" }, NOW)).toBe(false);
    expect(isOverdue({ status: "accepted", due_date: null }, NOW)).toBe(false);
    // 23:30 UTC on the 24th is already the 25th in Berlin
    expect(localToday(new Date("2026-11-24T23:30:00Z"))).toBe("2026-11-25");
    expect(isOverdue({ status: "accepted", due_date: "2026-11-24" }, new Date("2026-11-24T23:30:00Z"))).toBe(true);
  });

  it("age and the waiting limit", () => {
    expect(daysBetween("2026-10-13T10:00:00Z", NOW)).toBe(42);
    expect(isWaitingTooLong("2026-10-13T10:00:00Z", NOW, 42)).toBe(false);
    expect(isWaitingTooLong("2026-10-12T09:00:00Z", NOW, 42)).toBe(true);
    expect(isWaitingTooLong(null, NOW, 42)).toBe(false);
  });
});
