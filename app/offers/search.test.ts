import { describe, expect, it } from "vitest";
import { buildMatchQuery, buildOfferMatch, facetToken, searchTokens } from "./search";

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

describe("buildOfferMatch", () => {
  it("searches the words outside the facets and requires every given filter", () => {
    expect(buildOfferMatch("Beratung", { net: 7, category: "job_fair", topic: "arbeit", target: null })).toBe(
      '-facets : ("beratung"*) AND facets : ("categoryjobfair" "topicarbeit")',
    );
  });

  it("asks for the network only when no filter narrows the search", () => {
    expect(buildOfferMatch("Kurs", { net: 7, category: null })).toBe('-facets : ("kurs"*) AND facets : ("net7")');
  });

  it("is null without a word, whatever the filters", () => {
    expect(buildOfferMatch("  ", { net: 1, topic: "arbeit" })).toBeNull();
  });

  it("writes facet tokens as the index does: no separators, lower case", () => {
    expect(facetToken("orgkind", "language_course_provider")).toBe("orgkindlanguagecourseprovider");
    expect(facetToken("target", 'young_people" OR x')).toBe("targetyoungpeopleorx");
  });
});
