import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatBytes, limitRequestBody, withReadBody } from "./body-limit";

const LIMIT = 1000;
let server: http.Server;
let port: number;

beforeAll(async () => {
  const app = express();
  app.use(limitRequestBody(LIMIT));
  app.all("*", (req, res) => {
    const body = res.locals.body as Buffer | undefined;
    res.json({ method: req.method, bytes: body === undefined ? null : body.length, text: body?.toString("utf8") ?? null });
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Answer = { status: number; text: string };

/**
 * Sends a body in chunks (chunked transfer encoding unless a Content-Length is given) and
 * resolves with the first answer; a connection the server closes after answering is expected.
 */
function send(chunks: Buffer[], headers: Record<string, string> = {}, { end = true } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (c: string) => (text += c));
      response.on("end", () => {
        resolve({ status: response.statusCode!, text });
        request.destroy();
      });
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    for (const chunk of chunks) request.write(chunk);
    if (end) request.end();
  });
}

describe("limitRequestBody", () => {
  it("hands a body within the limit to the app, whole", async () => {
    const answer = await send([Buffer.from("name=Jobcenter+Halle")], { "Content-Type": "application/x-www-form-urlencoded" });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ bytes: 20, text: "name=Jobcenter+Halle" });
  });

  it("accepts a body of exactly the limit", async () => {
    const answer = await send([Buffer.alloc(LIMIT / 2, "a"), Buffer.alloc(LIMIT / 2, "b")]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).bytes).toBe(LIMIT);
  });

  it("refuses a larger Content-Length with 413 without waiting for the body", async () => {
    // Only the first bytes are ever sent: the answer cannot have waited for the rest.
    const answer = await send([Buffer.alloc(10, "a")], { "Content-Length": String(LIMIT + 1) }, { end: false });
    expect(answer.status).toBe(413);
    expect(answer.text).toBe("Die gesendeten Daten sind zu groß: höchstens 1000 Bytes sind erlaubt.");
  });

  it("cuts off a chunked body without Content-Length once it passes the limit", async () => {
    // The body never ends: the answer comes while it is still streaming.
    const chunks = Array.from({ length: 5 }, () => Buffer.alloc(400, "x"));
    const answer = await send(chunks, { "Transfer-Encoding": "chunked" }, { end: false });
    expect(answer.status).toBe(413);
  });

  it("lets GET requests pass without a body", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(await response.json()).toMatchObject({ method: "GET", bytes: null });
  });
});

describe("withReadBody", () => {
  it("gives the app a Request whose form data is the read body", async () => {
    const original = new Request("http://localhost/login", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    const request = withReadBody(original, Buffer.from("email=a%40b.example"));
    expect((await request.formData()).get("email")).toBe("a@b.example");
    expect(withReadBody(original, undefined)).toBe(original);
  });
});

describe("formatBytes", () => {
  it("names whole MiB and KiB, and bytes otherwise", () => {
    expect(formatBytes(1024 * 1024)).toBe("1 MiB");
    expect(formatBytes(512 * 1024)).toBe("512 KiB");
    expect(formatBytes(1500)).toBe("1500 Bytes");
  });
});
