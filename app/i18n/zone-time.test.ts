import { describe, expect, it } from "vitest";
import { localDateIn, wallClockFields } from "./zone-time";

const berlin = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Berlin", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23",
});

function intlFields(ms: number) {
  const fields: Record<string, number> = {};
  for (const part of berlin.formatToParts(new Date(ms))) if (part.type !== "literal") fields[part.type] = Number(part.value);
  return { year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute };
}

describe("wallClockFields", () => {
  it("agrees with Intl every 7 minutes across both DST changes of 2026", () => {
    for (const [from, to] of [["2026-03-28T12:00:00Z", "2026-03-30T00:00:00Z"], ["2026-10-24T12:00:00Z", "2026-10-26T00:00:00Z"]]) {
      for (let ms = Date.parse(from); ms < Date.parse(to); ms += 7 * 60_000) {
        expect(wallClockFields(new Date(ms).toISOString(), "Europe/Berlin"), new Date(ms).toISOString()).toEqual(intlFields(ms));
      }
    }
  });

  it("gives the hour before and after the spring change", () => {
    expect(wallClockFields("2026-03-29T00:59:00Z", "Europe/Berlin")).toMatchObject({ hour: 1, minute: 59 });
    expect(wallClockFields("2026-03-29T01:00:00Z", "Europe/Berlin")).toMatchObject({ hour: 3, minute: 0 });
  });
});

describe("localDateIn", () => {
  it("turns the date at Berlin's midnight, in winter and in summer", () => {
    expect(localDateIn(new Date("2026-01-31T22:59:00Z"), "Europe/Berlin")).toBe("2026-01-31");
    expect(localDateIn(new Date("2026-01-31T23:00:00Z"), "Europe/Berlin")).toBe("2026-02-01");
    expect(localDateIn(new Date("2026-06-30T21:59:00Z"), "Europe/Berlin")).toBe("2026-06-30");
    expect(localDateIn(new Date("2026-06-30T22:00:00Z"), "Europe/Berlin")).toBe("2026-07-01");
  });
});
