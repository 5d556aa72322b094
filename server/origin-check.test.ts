import { describe, expect, it } from "vitest";
import { isForeignMutation } from "./origin-check";

const own = "http://localhost:3000";
const check = (method: string, origin?: string, referer?: string, allowed: string[] = []) =>
  isForeignMutation({ method, origin, referer, ownOrigin: own, allowedOrigins: allowed });

describe("Origin check on mutations", () => {
  it("lets reads through whatever their origin", () => {
    expect(check("GET", "https://evil.example")).toBe(false);
    expect(check("HEAD")).toBe(false);
  });

  it("accepts a post from the app's own origin", () => {
    expect(check("POST", own)).toBe(false);
  });

  it("refuses a post from a foreign origin", () => {
    expect(check("POST", "https://evil.example")).toBe(true);
    expect(check("DELETE", "http://localhost:3001")).toBe(true);
  });

  it("falls back to the Referer when Origin is missing or null", () => {
    expect(check("POST", undefined, `${own}/login`)).toBe(false);
    expect(check("POST", "null", "https://evil.example/x")).toBe(true);
  });

  it("refuses a post that names no origin at all", () => {
    expect(check("POST")).toBe(true);
    expect(check("POST", undefined, "not a url")).toBe(true);
  });

  it("accepts configured extra origins", () => {
    expect(check("POST", "https://netzwerk.halle.de", undefined, ["https://netzwerk.halle.de"])).toBe(false);
  });
});
