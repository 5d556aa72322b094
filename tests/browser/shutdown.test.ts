import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort, spawnServer, waitForHealth } from "../../scripts/production-server";

// SIGTERM: running requests are answered, the database is closed (SQLite folds the
// write-ahead log back into the file and removes it), the process exits with 0.
describe("graceful shutdown", () => {
  it("answers the request in flight, closes the database and exits cleanly on SIGTERM", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nws-shutdown-"));
    const database = path.join(dir, "db.sqlite");
    const port = await freePort();
    const child = spawnServer({
      cwd: process.cwd(),
      env: { ...process.env, PORT: String(port), DATABASE_PATH: database, SEED: "demo", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, child, 30_000);
    // The request is on its way (connected, headers sent) when the signal arrives.
    const inFlight = new Promise<number>((resolve, reject) => {
      const request = http.get(`${base}/login`, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      });
      request.on("error", reject);
      request.on("socket", (socket) => socket.on("connect", () => setTimeout(() => child.kill("SIGTERM"), 20)));
    });
    expect(await inFlight).toBe(200);
    expect(await exited).toBe(0);
    expect(fs.existsSync(`${database}-wal`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 40_000);
});
