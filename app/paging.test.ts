import { describe, expect, it } from "vitest";
import { pageWithin } from "./paging";

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
