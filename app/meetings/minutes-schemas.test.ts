import { describe, expect, it } from "vitest";
import {
  actionItemChangeSchema, addActionItemValidator, formatDueDate, isCalendarDate, normaliseText, parseMinutesIntent, saveMinutesValidator,
} from "./minutes-schemas";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

describe("minutes form", () => {
  it("reads indexed item fields and keeps line breaks as LF", async () => {
    const result = await saveMinutesValidator.validate(
      form({
        intent: "saveMinutes",
        "items[0].id": "12",
        "items[0].version": "3",
        "items[0].original": "abc",
        "items[0].minutesText": "  Zeile 1\r\nZeile 2\r\n",
        "items[0].outcome": "Ergebnis",
        "items[1].id": "13",
        "items[1].version": "1",
      }),
    );
    expect(result.error).toBeUndefined();
    expect(result.data?.items).toEqual([
      { id: "12", version: 3, original: "abc", minutesText: "Zeile 1\nZeile 2", outcome: "Ergebnis", decision: "" },
      { id: "13", version: 1, original: "", minutesText: "", outcome: "", decision: "" },
    ]);
  });

  it("takes a form without items", async () => {
    const result = await saveMinutesValidator.validate(form({ intent: "saveMinutes" }));
    expect(result.data?.items).toEqual([]);
  });

  it("refuses bad ids, versions and overlong text, naming the field", async () => {
    const result = await saveMinutesValidator.validate(
      form({
        intent: "saveMinutes",
        "items[0].id": "1 or 1=1",
        "items[0].version": "x",
        "items[0].minutesText": "a".repeat(20_001),
      }),
    );
    expect(result.error?.fieldErrors).toMatchObject({
      "items[0].id": "validation.invalidChoice",
      "items[0].version": "validation.invalidChoice",
      "items[0].minutesText": "validation.tooLong",
    });
  });

  it("normalises CR, CRLF and surrounding blanks", () => {
    expect(normaliseText(" a\rb\r\nc \n")).toBe("a\nb\nc");
  });
});

describe("action item form", () => {
  it("requires a title; who, date and item are optional", async () => {
    const empty = await addActionItemValidator.validate(form({ intent: "addActionItem", actionTitle: "  " }));
    expect(empty.error?.fieldErrors.actionTitle).toBe("validation.required");
    const minimal = await addActionItemValidator.validate(form({ intent: "addActionItem", actionTitle: "Flyer drucken" }));
    expect(minimal.data).toEqual({ intent: "addActionItem", actionTitle: "Flyer drucken", actionOwner: "", actionDue: null, actionAgendaItem: null });
  });

  it("takes a real date and an agenda item id", async () => {
    const result = await addActionItemValidator.validate(
      form({ intent: "addActionItem", actionTitle: "Einladung", actionOwner: "Jobcenter", actionDue: "2027-02-28", actionAgendaItem: "7" }),
    );
    expect(result.data).toMatchObject({ actionOwner: "Jobcenter", actionDue: "2027-02-28", actionAgendaItem: 7 });
  });

  it("refuses impossible dates and odd item ids", async () => {
    for (const actionDue of ["2027-02-30", "28.02.2027", "2027-13-01", "morgen"]) {
      const result = await addActionItemValidator.validate(form({ intent: "addActionItem", actionTitle: "x", actionDue }));
      expect(result.error?.fieldErrors.actionDue, actionDue).toBe("minutes.invalidDate");
    }
    const item = await addActionItemValidator.validate(form({ intent: "addActionItem", actionTitle: "x", actionAgendaItem: "-3" }));
    expect(item.error?.fieldErrors.actionAgendaItem).toBe("validation.invalidChoice");
  });
});

describe("helpers", () => {
  it("knows calendar dates, leap years included", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-02-29")).toBe(false);
    expect(isCalendarDate("2027-2-1")).toBe(false);
  });

  it("formats due dates the German way without shifting the day", () => {
    expect(formatDueDate("2027-01-01", "de")).toBe("01.01.2027");
    expect(formatDueDate(null, "de")).toBe("");
  });

  it("parses intents and action item changes", () => {
    expect(parseMinutesIntent("publishMinutes")).toBe("publishMinutes");
    expect(parseMinutesIntent("dropTables")).toBeNull();
    expect(actionItemChangeSchema.safeParse({ intent: "removeActionItem", actionItemId: "5" }).data).toEqual({ intent: "removeActionItem", actionItemId: 5 });
    expect(actionItemChangeSchema.safeParse({ intent: "removeActionItem", actionItemId: "0" }).success).toBe(false);
  });
});
