import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format";
import { translateError, translator } from "./i18n";
import { messages } from "./messages";

describe("i18n", () => {
  it("has an English text for every German key, none empty", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.de).sort());
    for (const [key, text] of Object.entries(messages.en)) expect(text, key).not.toBe("");
  });

  it("fills placeholders", () => {
    expect(translator("de")("home.title", { name: "Katrin" })).toBe("Willkommen, Katrin");
    expect(translator("en")("home.title", { name: "Katrin" })).toBe("Welcome, Katrin");
  });

  it("translates validation keys and leaves other text alone", () => {
    const t = translator("de");
    expect(translateError(t, "validation.required")).toBe("Bitte füllen Sie dieses Feld aus.");
    expect(translateError(t, "Schon vergeben")).toBe("Schon vergeben");
  });

  it("formats dates in German and in Berlin time across daylight saving", () => {
    expect(formatDate("2026-03-29T22:30:00Z", "de")).toBe("30.03.2026");
    expect(formatDateTime("2026-03-26T09:00:00Z", "de")).toBe("26.03.2026, 10:00 Uhr");
    expect(formatDateTime("2026-07-01T08:00:00Z", "de")).toBe("01.07.2026, 10:00 Uhr");
    expect(formatDateTime("2026-07-01T08:00:00Z", "en")).toBe("1 Jul 2026, 10:00");
  });
});
