import { describe, expect, it } from "vitest";
import { buildMatchQuery, searchTokens } from "./search";

describe("buildMatchQuery", () => {
  it("quotes every word and adds a prefix star", () => {
    expect(buildMatchQuery("Anerkennung Pflege")).toBe('"anerkennung"* "pflege"*');
  });

  it("returns null when there is no word", () => {
    expect(buildMatchQuery("")).toBeNull();
    expect(buildMatchQuery('  " * ( ) : ^ - + ')).toBeNull();
    expect(buildMatchQuery(null)).toBeNull();
  });

  it("drops quotes, stars, brackets and column filters", () => {
    expect(buildMatchQuery('"Deutsch"* title:kurs (a OR b)')).toBe('"deutsch"* "title"* "kurs"* "a"* "or"* "b"*');
    expect(buildMatchQuery('foo" OR "bar')).toBe('"foo"* "or"* "bar"*');
  });

  it("turns operators into plain quoted words", () => {
    expect(buildMatchQuery("NEAR(pflege kurs, 2)")).toBe('"near"* "pflege"* "kurs"* "2"*');
    expect(buildMatchQuery("AND NOT OR")).toBe('"and"* "not"* "or"*');
  });

  it("keeps umlauts, other scripts and digits; never lets a quote through", () => {
    expect(buildMatchQuery("Pflegekräfte")).toBe('"pflegekräfte"*');
    expect(buildMatchQuery("اللغة الألمانية")).toBe('"اللغة"* "الألمانية"*');
    expect(buildMatchQuery("B1-Kurs")).toBe('"b1"* "kurs"*');
    for (const input of ['a"b', '"""', "x\"*y", "€$%&'\"`"]) {
      const q = buildMatchQuery(input);
      if (q) expect(q.replace(/"[\p{L}\p{N}\p{M}]+"\*/gu, "").trim()).toBe("");
    }
  });

  it("limits the number and length of tokens, each once", () => {
    expect(searchTokens("a a a b")).toEqual(["a", "b"]);
    expect(searchTokens(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
    expect(searchTokens("x".repeat(500))[0]).toHaveLength(64);
  });
});
