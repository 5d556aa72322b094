import http from "node:http";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { baseUrl, skipBrowserSuites } from "./browser";

// The browser's files go out as the build compressed them, with a year of caching.

type Answer = { headers: http.IncomingHttpHeaders; body: Buffer };

/** A raw GET: fetch would decode the body and hide the encoding on the wire. */
function get(path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, baseUrl), { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe.skipIf(skipBrowserSuites)("static files on the running server", () => {
  it("sends the root module precompressed: brotli to browsers, gzip to others, plain otherwise", async () => {
    const html = await (await fetch(`${baseUrl}/login`)).text();
    const rootModule = html.match(/\/build\/root-[\w-]+\.js/)?.[0];
    expect(rootModule).toBeTruthy();

    const plain = await get(rootModule!);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.body.length).toBeGreaterThan(1024);

    const brotli = await get(rootModule!, "gzip, deflate, br, zstd");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["content-type"]).toMatch(/^(application|text)\/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(zlib.brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);

    const gzip = await get(rootModule!, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  });

  it("answers 404 for a missing file and serves the public folder", async () => {
    expect((await fetch(`${baseUrl}/build/nothing-here.js`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/favicon.svg`)).headers.get("content-type")).toMatch(/image\/svg\+xml/);
  });
});
