import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Starts the production server (build/server.js over the Remix build) on a database file,
// as `npm start` does, and measures what the benchmark reports about the process itself.

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`server did not answer within ${timeoutMs} ms`);
}

export async function startServer(databaseFile: string): Promise<RunningServer> {
  if (!fs.existsSync(path.join(root, "build", "server.js"))) throw new Error("No production build: run `npm run build` first.");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // As `npm start` runs it: a bounded heap makes V8 collect before the process grows past
  // what a small server can give it.
  const child = spawn(process.execPath, ["--max-old-space-size=160", "build/server.js"], {
    cwd: root,
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
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      });
    },
  };
}
