import { describe, expect, it } from "vitest";
import { MAX_FAILURES, retryAfter } from "./throttle";

const now = new Date("2026-11-24T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("login throttling", () => {
  it("allows attempts below five failures", () => {
    expect(retryAfter([minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)], now)).toBeNull();
  });

  it("blocks at five failures until the oldest of the last five leaves the 15-minute window", () => {
    const failures = [minutesAgo(10), minutesAgo(8), minutesAgo(5), minutesAgo(2), minutesAgo(1)];
    expect(failures).toHaveLength(MAX_FAILURES);
    expect(retryAfter(failures, now)).toEqual(new Date(minutesAgo(10).getTime() + 15 * 60_000));
  });

  it("uses the fifth most recent failure when there are more", () => {
    const failures = [minutesAgo(14), minutesAgo(12), minutesAgo(6), minutesAgo(5), minutesAgo(4), minutesAgo(3)];
    expect(retryAfter(failures, now)).toEqual(new Date(minutesAgo(12).getTime() + 15 * 60_000));
  });
});
