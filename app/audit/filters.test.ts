import { describe, expect, it } from "vitest";
import { auditActions } from "./actions";
import { parseAuditFilters, parseGermanDate, utcRange } from "./filters";
import { messages } from "../i18n/messages";

const parse = (query: string) => parseAuditFilters(new URLSearchParams(query));

describe("parseGermanDate", () => {
  it("reads German dates and a date picker's ISO value", () => {
    expect(parseGermanDate("24.11.2026")).toBe("2026-11-24");
    expect(parseGermanDate("1.3.2026")).toBe("2026-03-01");
    expect(parseGermanDate(" 2026-11-24 ")).toBe("2026-11-24");
  });

  it("refuses impossible or foreign dates", () => {
    expect(parseGermanDate("31.02.2026")).toBeNull();
    expect(parseGermanDate("11/24/2026")).toBeNull();
    expect(parseGermanDate("gestern")).toBeNull();
  });
});

describe("parseAuditFilters", () => {
  it("takes person, action, dates and page", () => {
    const { filters, errors } = parse("person=12&action=auth.sign_in&from=01.11.2026&to=30.11.2026&page=3");
    expect(errors).toEqual({});
    expect(filters).toEqual({ actorUserId: 12, action: "auth.sign_in", from: "2026-11-01", to: "2026-11-30", page: 3 });
  });

  it("ignores unknown actions, bad ids and bad pages", () => {
    const { filters } = parse("person=abc&action=drop.table&page=-1");
    expect(filters).toEqual({ actorUserId: null, action: null, from: null, to: null, page: 1 });
  });

  it("gives one message per bad date field and keeps what was typed", () => {
    const bad = parse("from=32.01.2026&to=morgen");
    expect(bad.errors).toEqual({ from: "audit.invalidDate", to: "audit.invalidDate" });
    expect(bad.values).toMatchObject({ from: "32.01.2026", to: "morgen" });
    expect(parse("from=10.11.2026&to=01.11.2026").errors).toEqual({ to: "audit.rangeReversed" });
  });
});

describe("utcRange", () => {
  it("covers whole Berlin days, in winter and in summer", () => {
    expect(utcRange("2026-11-24", "2026-11-24")).toEqual({ start: "2026-11-23T23:00:00.000Z", end: "2026-11-24T23:00:00.000Z" });
    expect(utcRange("2026-07-01", null)).toEqual({ start: "2026-06-30T22:00:00.000Z", end: null });
  });
});

describe("action labels", () => {
  it("has a German and an English label for every recorded action", () => {
    for (const action of auditActions) {
      expect(messages.de, action).toHaveProperty([`audit.action.${action}`]);
      expect(messages.en, action).toHaveProperty([`audit.action.${action}`]);
    }
  });
});
