import { describe, expect, it } from "vitest";
import { pagedQuery, pageWithin, requestedPage } from "./paging";

describe("pageWithin", () => {
  it("keeps a page that exists", () => {
    expect(pageWithin(2, 45, 20)).toEqual({ page: 2, pageCount: 3, offset: 20 });
  });
  it("holds a page beyond the last one to the last page", () => {
    expect(pageWithin(9, 45, 20)).toEqual({ page: 3, pageCount: 3, offset: 40 });
  });
  it("starts at page one when nothing, zero or a negative page is asked for", () => {
    expect(pageWithin(undefined, 45, 20).page).toBe(1);
    expect(pageWithin(0, 45, 20).page).toBe(1);
    expect(pageWithin(-3, 45, 20).page).toBe(1);
  });
  it("has one (empty) page for an empty list", () => {
    expect(pageWithin(4, 0, 20)).toEqual({ page: 1, pageCount: 1, offset: 0 });
  });
});

describe("requestedPage", () => {
  it("reads a whole page number from 1 from the named parameter", () => {
    expect(requestedPage(new URLSearchParams("page=3"))).toBe(3);
    expect(requestedPage(new URLSearchParams("overdue=2&page=5"), "overdue")).toBe(2);
  });
  it("takes the first page for a missing, zero, negative, fractional or non-numeric value", () => {
    for (const query of ["", "page=0", "page=-2", "page=1.5", "page=abc", "page=", "page=9999999999"]) {
      expect(requestedPage(new URLSearchParams(query)), query).toBe(1);
    }
  });
});

describe("pagedQuery", () => {
  it("keeps the filters and drops empty ones", () => {
    expect(pagedQuery({ person: "", action: "auth.sign_in", from: "01.11.2026", to: "" }, 2)).toBe("?action=auth.sign_in&from=01.11.2026&page=2");
    expect(pagedQuery({ person: "", action: "", from: "", to: "" }, 1)).toBe("");
  });
});
