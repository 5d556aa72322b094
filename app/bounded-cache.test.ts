import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache";

describe("BoundedCache", () => {
  const cache = () => new BoundedCache<string>(10, (v) => v.length);

  it("keeps values while they fit", () => {
    const c = cache();
    c.set("a", "12345");
    c.set("b", "12345");
    expect(c.get("a")).toBe("12345");
    expect(c.get("b")).toBe("12345");
    expect(c.bytes).toBe(10);
  });

  it("evicts the least recently used value first", () => {
    const c = cache();
    c.set("a", "12345");
    c.set("b", "12345");
    c.get("a");
    c.set("c", "123");
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe("12345");
    expect(c.get("c")).toBe("123");
    expect(c.bytes).toBe(8);
  });

  it("counts a replaced value once", () => {
    const c = cache();
    c.set("a", "12345");
    c.set("a", "123");
    expect(c.bytes).toBe(3);
    expect(c.get("a")).toBe("123");
  });

  it("keeps nothing larger than its bound", () => {
    const c = cache();
    c.set("a", "12345678901");
    expect(c.get("a")).toBeUndefined();
    expect(c.bytes).toBe(0);
  });
});
