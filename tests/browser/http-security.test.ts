import http from "node:http";
import { describe, expect, it } from "vitest";
import { baseUrl, skipBrowserSuites } from "./browser";

// Checks on the real server that need no browser: the Origin check runs in front of every
// action, every answer carries the security headers, and oversized bodies are refused.
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

  describe("request bodies over MAX_BODY_BYTES (1 MiB by default)", () => {
    const MiB = 1024 * 1024;
    const origin = () => new URL(baseUrl).origin;

    /** Posts the chunks to /login and resolves with the answer; the server may close the connection after it. */
    function post(chunks: Buffer[], headers: Record<string, string>): Promise<{ status: number; text: string }> {
      return new Promise((resolve, reject) => {
        const url = new URL("/login", baseUrl);
        const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode!, text }));
        });
        request.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
        });
        for (const chunk of chunks) request.write(chunk);
        request.end();
      });
    }

    it("refuses a form post whose Content-Length is over the limit with 413 and a German text", async () => {
      const body = Buffer.from(`email=a%40b.example&password=${"x".repeat(MiB)}`);
      const answer = await post([body], {
        Origin: origin(),
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": String(body.length),
      });
      expect(answer.status).toBe(413);
      expect(answer.text).toBe("Die gesendeten Daten sind zu groß: höchstens 1 MiB sind erlaubt.");
    });

    it("cuts off a chunked body without Content-Length once it passes the limit", async () => {
      const chunks = [Buffer.from("email=a%40b.example&password="), ...Array.from({ length: 5 }, () => Buffer.alloc(256 * 1024, "x"))];
      const answer = await post(chunks, { Origin: origin(), "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" });
      expect(answer.status).toBe(413);
    });

    it("still passes a chunked form post within the limit to the app", async () => {
      const answer = await post([Buffer.from("email=arbeit%40halle.example&"), Buffer.from("password=netzwerk-demo")], {
        Origin: origin(),
        "Content-Type": "application/x-www-form-urlencoded",
        "Transfer-Encoding": "chunked",
      });
      expect(answer.status).toBe(302);
    });
  });
});
