import { describe, expect, it } from "vitest";
import { filterQuery, hasNarrowingFilters, parseOfferFilters } from "./filters";

const parse = (query: string) => parseOfferFilters(new URLSearchParams(query));

describe("parseOfferFilters", () => {
  it("has defaults for an empty query", () => {
    const { filters, ignored } = parse("");
    expect(filters).toMatchObject({ q: null, category: null, sort: "newest", view: "current", page: 1, lang: null });
    expect(ignored).toEqual([]);
    expect(hasNarrowingFilters(filters)).toBe(false);
  });

  it("takes valid values", () => {
    const { filters, ignored } = parse("q=Pflege&category=course&topic=deutsch&target=women&language=ar&org_kind=mso&from=2027-01-01&to=2027-02-01&sort=ending&view=archive&page=3&lang=fa");
    expect(ignored).toEqual([]);
    expect(filters).toMatchObject({
      q: "Pflege", category: "course", topic: "deutsch", target: "women", language: "ar", orgKind: "mso",
      from: "2027-01-01", to: "2027-02-01", sort: "ending", view: "archive", page: 3, lang: "fa",
    });
  });

  it("ignores bad values with a note instead of failing", () => {
    const { filters, ignored } = parse("category=spaceship&topic=%00&from=2027-02-30&to=yesterday&sort=random&page=-1&lang=xx&org_kind=pirate&view=all");
    expect(ignored.sort()).toEqual(["category", "from", "lang", "org_kind", "page", "sort", "to", "topic", "view"].sort());
    expect(filters).toMatchObject({ category: null, topic: null, from: null, to: null, sort: "newest", page: 1, lang: null, view: "current" });
  });

  it("drops a window that ends before it starts", () => {
    const { filters, ignored } = parse("from=2027-03-01&to=2027-02-01");
    expect(filters.from).toBe("2027-03-01");
    expect(filters.to).toBeNull();
    expect(ignored).toEqual(["to"]);
  });

  it("sorts by relevance when searching, and never without a search", () => {
    expect(parse("q=kurs").filters.sort).toBe("relevance");
    expect(parse("sort=relevance").filters.sort).toBe("newest");
    expect(parse("q=kurs&sort=ending").filters.sort).toBe("ending");
  });

  it("treats lang=de as the original", () => {
    const { filters, ignored } = parse("lang=de");
    expect(filters.lang).toBeNull();
    expect(ignored).toEqual([]);
  });

  it("builds shareable links that parse back to the same filters", () => {
    const { filters } = parse("q=Deutsch kurs&topic=deutsch&sort=ending&page=2");
    const again = parse(filterQuery(filters).slice(1)).filters;
    expect(again).toEqual(filters);
    expect(filterQuery(filters, { page: 1 })).not.toContain("page=");
  });
});
