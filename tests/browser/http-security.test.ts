import { describe, expect, it } from "vitest";
import { baseUrl, skipBrowserSuites } from "./browser";

// Checks on the real server that need no browser: the Origin check runs in front of every
// action, and every answer carries the security headers.
const form = (origin: string | null) => {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (origin) headers.Origin = origin;
  return { method: "POST", headers, body: "email=arbeit%40halle.example&password=netzwerk-demo", redirect: "manual" as const };
};

describe.skipIf(skipBrowserSuites)("HTTP security on the running server", () => {
  it("refuses a form post from a foreign origin before any action runs", async () => {
    const response = await fetch(`${baseUrl}/login`, form("https://evil.example"));
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a form post that names no origin", async () => {
    expect((await fetch(`${baseUrl}/login`, form(null))).status).toBe(403);
  });

  it("accepts the same post from the app's own origin", async () => {
    const response = await fetch(`${baseUrl}/login`, form(new URL(baseUrl).origin));
    expect(response.status).toBe(302);
    expect(response.headers.get("set-cookie")).toMatch(/nws_session=.*HttpOnly; SameSite=Lax/);
  });

  it("sends the security headers with every page", async () => {
    const response = await fetch(`${baseUrl}/login`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
  });

  it("lets only scripts with this response's nonce run", async () => {
    const response = await fetch(`${baseUrl}/login`);
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = csp.match(/script-src 'self' 'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // Another request gets another nonce.
    const again = (await fetch(`${baseUrl}/login`)).headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });
});
