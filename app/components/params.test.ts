import { describe, expect, it } from "vitest";
import { parseId } from "./params";

describe("parseId", () => {
  it("accepts positive integers only", () => {
    expect(parseId("42")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "abc", "1e3", " 1", "", "99999999999999999", undefined, null]) expect(parseId(bad)).toBeNull();
  });
});
