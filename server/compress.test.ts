import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedEncoding, chooseEncoding, MIN_COMPRESSED_BYTES, sendCompressedRemixResponse } from "./compress";

const page = `<!DOCTYPE html><html lang="de"><body>${"<p>Sitzung der Fachgruppe Arbeit</p>".repeat(200)}</body></html>`;

/** The app's answers by path, as Remix would give them. */
const answers: Record<string, () => Response> = {
  "/page": () => new Response(page, { headers: { "content-type": "text/html; charset=utf-8", "set-cookie": "a=1" } }),
  "/small": () => new Response("<p>kurz</p>", { headers: { "content-type": "text/html" } }),
  "/zip": () => new Response(Buffer.alloc(4096, 7), { headers: { "content-type": "application/zip" } }),
  "/feed": () => new Response(page, { status: 200, headers: { "content-type": "text/calendar; charset=utf-8", etag: '"v1"' } }),
  "/tagged": () => {
    built += 1;
    return new Response(`${page}<!-- build ${built} -->`, { headers: { "content-type": "text/calendar", etag: `"${tag}"` } });
  },
  "/not-modified": () => new Response(null, { status: 304, headers: { etag: '"v1"' } }),
  "/no-transform": () => new Response(page, { headers: { "content-type": "text/html", "cache-control": "no-transform" } }),
};

let built = 0;
let tag = "t1";
let server: http.Server;
let port: number;

beforeAll(async () => {
  const app = express();
  app.all("*", async (req, res, next) => {
    try {
      await sendCompressedRemixResponse(req, res, answers[req.path]());
    } catch (error) {
      next(error);
    }
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A raw request: Node's fetch would decode the body and hide what was on the wire. */
function get(path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    http
      .get({ host: "127.0.0.1", port, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("sendCompressedRemixResponse", () => {
  it("sends gzip to a browser, with the page intact and its headers kept", async () => {
    const answer = await get("/page", "gzip, deflate, br, zstd");
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.headers["set-cookie"]).toEqual(["a=1"]);
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(page.length / 10);
    expect(zlib.gunzipSync(answer.body).toString("utf8")).toBe(page);
  });

  it("sends brotli to a client that accepts only brotli, with the ETag made weak", async () => {
    const answer = await get("/feed", "br");
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers.etag).toBe('W/"v1"');
    expect(zlib.brotliDecompressSync(answer.body).toString("utf8")).toBe(page);
  });

  it("compresses a tagged answer once per tag and encoding", async () => {
    const unzip = (a: Answer) => zlib.gunzipSync(a.body).toString("utf8");
    const first = await get("/tagged", "gzip");
    expect(unzip(first)).toMatch(/build \d+ -->$/);
    // The app builds the answer again, but its tag says it shows the same: the stored bytes go out.
    expect(unzip(await get("/tagged", "gzip"))).toBe(unzip(first));
    expect(zlib.brotliDecompressSync((await get("/tagged", "br")).body).toString("utf8")).not.toBe(unzip(first));
    tag = "t2";
    const changed = await get("/tagged", "gzip");
    expect(changed.headers.etag).toBe('W/"t2"');
    expect(unzip(changed)).not.toBe(unzip(first));
    const plain = await get("/tagged");
    expect(plain.headers.etag).toBe('"t2"');
  });

  it("sends the page as it is to a client that accepts no encoding", async () => {
    for (const accept of [undefined, "identity"]) {
      const answer = await get("/page", accept);
      expect(answer.headers["content-encoding"], accept).toBeUndefined();
      expect(answer.body.toString("utf8")).toBe(page);
    }
  });

  it("leaves small answers, binary types, no-transform and bodiless answers alone", async () => {
    const small = await get("/small", "br");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString("utf8")).toBe("<p>kurz</p>");
    expect((await get("/zip", "br")).headers["content-encoding"]).toBeUndefined();
    expect((await get("/no-transform", "br")).headers["content-encoding"]).toBeUndefined();
    const notModified = await get("/not-modified", "br");
    expect(notModified.status).toBe(304);
    expect(notModified.headers["content-encoding"]).toBeUndefined();
  });
});

describe("acceptedEncoding", () => {
  it("prefers gzip at equal weight and follows the weights otherwise", () => {
    expect(acceptedEncoding("gzip, deflate, br, zstd")).toBe("gzip");
    expect(acceptedEncoding("br, gzip")).toBe("gzip");
    expect(acceptedEncoding("br")).toBe("br");
    expect(acceptedEncoding("gzip;q=0.5, br")).toBe("br");
    expect(acceptedEncoding("gzip;q=0, br;q=0.1")).toBe("br");
    expect(acceptedEncoding("*")).toBe("gzip");
    expect(acceptedEncoding("*;q=0.5, gzip;q=0")).toBe("br");
    for (const header of [undefined, "", "identity", "deflate", "gzip;q=0", "*;q=0"]) expect(acceptedEncoding(header), header).toBeNull();
  });
});

describe("chooseEncoding", () => {
  const html = (headers: Record<string, string> = {}) => new Response("x".repeat(MIN_COMPRESSED_BYTES), { headers: { "content-type": "text/html", ...headers } });

  it("compresses the app's text types only, and nothing already encoded", () => {
    for (const type of ["text/html", "application/json", "text/calendar", "application/atom+xml", "text/x-script", "application/feed+json"]) {
      expect(chooseEncoding("gzip, br", html({ "content-type": type })), type).toBe("gzip");
    }
    for (const type of ["text/event-stream", "image/png", "application/zip"]) {
      expect(chooseEncoding("br", html({ "content-type": type })), type).toBeNull();
    }
    expect(chooseEncoding("br", html({ "content-encoding": "gzip" }))).toBeNull();
    expect(chooseEncoding("br", new Response(null, { status: 304 }))).toBeNull();
  });
});
