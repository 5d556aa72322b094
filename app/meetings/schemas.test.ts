import { describe, expect, it } from "vitest";
import {
  cancelMeetingSchema, isHttpUrl, isValidDate, isValidTime, meetingSchema, normaliseDate, normaliseTime, parseMeetingIntent,
} from "./schemas";

const valid = {
  title: "FG Arbeit: 2. Quartal",
  kind: "regular",
  date: "2026-06-25",
  startTime: "10:00",
  endTime: "12:00",
  place: "Stadthaus, Marktplatz 2, Halle",
  onlineUrl: "",
  description: "",
  deadlineDate: "",
  inviteTier: "member",
};

function errors(input: Record<string, unknown>) {
  const result = meetingSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("meeting schema", () => {
  it("accepts a complete meeting and fills the optional parts", () => {
    const result = meetingSchema.parse(valid);
    expect(result).toMatchObject({ title: "FG Arbeit: 2. Quartal", kind: "regular", date: "2026-06-25", inviteTier: "member" });
    expect(result.jointGroupIds).toEqual([]);
    expect(result.createSeries).toBe(false);
    expect(result.version).toBe("");
  });

  it("trims text and defaults the invite tier to member", () => {
    const result = meetingSchema.parse({ ...valid, title: "  Sitzung  ", inviteTier: undefined });
    expect(result.title).toBe("Sitzung");
    expect(result.inviteTier).toBe("member");
  });

  it("requires title, date and both times", () => {
    expect(errors({ ...valid, title: "  ", date: "", startTime: undefined, endTime: "" })).toMatchObject({
      title: "validation.required",
      date: "validation.required",
      startTime: "validation.required",
      endTime: "validation.required",
    });
  });

  it("refuses an unknown kind or invite tier", () => {
    expect(errors({ ...valid, kind: "party" })).toMatchObject({ kind: "validation.invalidChoice" });
    expect(errors({ ...valid, kind: "" })).toMatchObject({ kind: "validation.invalidChoice" });
    expect(errors({ ...valid, inviteTier: "everyone" })).toMatchObject({ inviteTier: "validation.invalidChoice" });
  });

  it("accepts German dates and loose times, normalised", () => {
    const result = meetingSchema.parse({ ...valid, date: "5.3.2026", startTime: "9.30", endTime: "11:00:00", deadlineDate: "19.02.2026" });
    expect(result).toMatchObject({ date: "2026-03-05", startTime: "09:30", endTime: "11:00", deadlineDate: "2026-02-19" });
  });

  it("refuses impossible dates and times", () => {
    expect(errors({ ...valid, date: "2026-02-30" })).toMatchObject({ date: "meeting.validation.date" });
    expect(errors({ ...valid, date: "morgen" })).toMatchObject({ date: "meeting.validation.date" });
    expect(errors({ ...valid, startTime: "25:00" })).toMatchObject({ startTime: "meeting.validation.time" });
    expect(errors({ ...valid, deadlineDate: "31.04.2026" })).toMatchObject({ deadlineDate: "meeting.validation.date" });
  });

  it("wants the end after the start", () => {
    expect(errors({ ...valid, startTime: "12:00", endTime: "10:00" })).toEqual({ endTime: "meeting.validation.endAfterStart" });
    expect(errors({ ...valid, startTime: "12:00", endTime: "12:00" })).toEqual({ endTime: "meeting.validation.endAfterStart" });
  });

  it("wants a place or an online link, and only http(s) links", () => {
    expect(errors({ ...valid, place: " " })).toEqual({ place: "meeting.validation.placeOrOnline" });
    expect(errors({ ...valid, place: "", onlineUrl: "https://meet.halle.de/fg-arbeit" })).toEqual({});
    expect(errors({ ...valid, onlineUrl: "javascript:alert(1)" })).toEqual({ onlineUrl: "validation.url" });
    expect(errors({ ...valid, onlineUrl: "meet.halle.de" })).toEqual({ onlineUrl: "validation.url" });
  });

  it("keeps the proposal deadline on or before the meeting day", () => {
    expect(errors({ ...valid, deadlineDate: "2026-06-25" })).toEqual({});
    expect(errors({ ...valid, deadlineDate: "2026-06-26" })).toEqual({ deadlineDate: "meeting.validation.deadlineAfterMeeting" });
  });

  it("reports field errors and cross-field errors together", () => {
    const found = errors({ ...valid, title: "", startTime: "14:00", endTime: "13:00", place: "", onlineUrl: "" });
    expect(found).toMatchObject({
      title: "validation.required",
      endTime: "meeting.validation.endAfterStart",
      place: "meeting.validation.placeOrOnline",
    });
  });

  it("reads ticked checkboxes as a list and the series box as a boolean", () => {
    expect(meetingSchema.parse({ ...valid, jointGroupIds: "4" }).jointGroupIds).toEqual(["4"]);
    expect(meetingSchema.parse({ ...valid, jointGroupIds: ["4", "5"] }).jointGroupIds).toEqual(["4", "5"]);
    expect(meetingSchema.parse({ ...valid, createSeries: "on" }).createSeries).toBe(true);
  });

  it("takes only a numeric version", () => {
    expect(meetingSchema.parse({ ...valid, version: "3" }).version).toBe("3");
    expect(errors({ ...valid, version: "3; drop" })).toMatchObject({ version: "validation.invalidChoice" });
  });

  it("limits lengths", () => {
    expect(errors({ ...valid, title: "x".repeat(201) })).toMatchObject({ title: "validation.tooLong" });
    expect(errors({ ...valid, description: "x".repeat(4001) })).toMatchObject({ description: "validation.tooLong" });
  });
});

describe("cancel schema", () => {
  it("requires a reason and a version", () => {
    expect(cancelMeetingSchema.safeParse({ reason: " ", version: "2" }).success).toBe(false);
    expect(cancelMeetingSchema.safeParse({ reason: "Raum nicht verfügbar", version: "" }).success).toBe(false);
    expect(cancelMeetingSchema.parse({ reason: " Raum nicht verfügbar ", version: "2" })).toEqual({ reason: "Raum nicht verfügbar", version: "2" });
  });
});

describe("helpers", () => {
  it("normalise and check dates, times and URLs", () => {
    expect(normaliseDate("26.03.2026")).toBe("2026-03-26");
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isValidDate("2026-02-29")).toBe(false);
    expect(normaliseTime("7:05")).toBe("07:05");
    expect(isValidTime("24:00")).toBe(false);
    expect(isHttpUrl("http://example.org/x")).toBe(true);
    expect(isHttpUrl("ftp://example.org")).toBe(false);
  });

  it("knows the intents of the edit page", () => {
    expect(parseMeetingIntent("cancel")).toBe("cancel");
    expect(parseMeetingIntent("delete")).toBeNull();
    expect(parseMeetingIntent(null)).toBeNull();
  });
});
