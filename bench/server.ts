import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, spawnServer, stopServer, waitForHealth } from "../scripts/production-server";

// Starts the production server (build/server.js over the Remix build) on a database file,
// with the node flags of `npm start`, and measures what the benchmark reports about the process.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface RunningServer {
  origin: string;
  pid: number;
  /** from spawning the process to the first answer of /healthz */
  coldStartMs: number;
  /** the kernel's high-water mark of the process's resident memory (VmHWM) */
  peakRssMb(): number;
  /** CPU time (user + system) the server process has used so far */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** `cwd`: a directory with build/ and public/ (the working tree by default; bench/compare.ts gives others). */
export async function startServer(databaseFile: string, cwd = root): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawnServer({
    cwd,
    env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: databaseFile, PORT: String(port), SEED: "none", SMTP_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealth(origin, child, 30_000);
  const coldStartMs = performance.now() - started;
  const pid = child.pid!;
  return {
    origin,
    pid,
    coldStartMs,
    peakRssMb() {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
      return kb / 1024;
    },
    cpuMs() {
      // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    stop: () => stopServer(child),
  };
}

/** Signs in through the login form, as a browser does; returns the session cookie. */
export async function signIn(server: RunningServer, email: string, password: string): Promise<string> {
  const response = await fetch(`${server.origin}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: server.origin, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, redirectTo: "/" }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`sign-in of ${email} answered ${response.status}`);
  return cookie;
}
