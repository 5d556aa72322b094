import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { precompress } from "./precompress";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "precompress-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("precompress", () => {
  it("writes brotli and gzip copies of text files that are worth it, in subfolders too", () => {
    const script = `export const agenda = ${JSON.stringify("Tagesordnung der Fachgruppe Arbeit ".repeat(100))};`;
    fs.mkdirSync(path.join(folder, "build", "routes"), { recursive: true });
    fs.writeFileSync(path.join(folder, "build", "routes", "group.js"), script);
    fs.writeFileSync(path.join(folder, "build", "small.js"), "export {};");
    fs.writeFileSync(path.join(folder, "logo.png"), Buffer.alloc(4096, 1));

    const totals = precompress(folder);

    const file = path.join(folder, "build", "routes", "group.js");
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).toString()).toBe(script);
    expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString()).toBe(script);
    expect(fs.existsSync(path.join(folder, "build", "small.js.br"))).toBe(false);
    expect(fs.existsSync(path.join(folder, "logo.png.br"))).toBe(false);
    expect(totals).toMatchObject({ files: 1, bytes: script.length });
    expect(totals.brotliBytes).toBeLessThan(script.length / 10);
  });

  it("leaves the copies of an earlier run out of the next one", () => {
    expect(precompress(folder).files).toBe(1);
  });
});
