import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Starting the production server (build/server.js) from another process, as `npm start` runs
// it: the benchmark and the browser tests both do. Not part of the app.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A TCP port nobody listens on right now (127.0.0.1). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The node flags of `npm start` (package.json), e.g. the bounded heap: read from there so
 * that whatever starts the server here runs it exactly as production does.
 */
export function startScriptNodeFlags(): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const flags = /\bnode((?:\s+--\S+)*)\s+build\/server\.js/.exec(scripts.start)?.[1];
  if (flags === undefined) throw new Error('package.json "start" does not run "node … build/server.js"');
  return flags.trim().split(/\s+/).filter(Boolean);
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Spawns `node <start flags> build/server.js` in `cwd` (a directory with build/ and public/). */
export function spawnServer(options: { cwd: string; env: NodeJS.ProcessEnv; stdio: StdioOptions }): ChildProcess {
  if (!fs.existsSync(path.join(options.cwd, "build", "server.js"))) throw new Error('build/server.js is missing: run "npm run build" first.');
  return spawn(process.execPath, [...startScriptNodeFlags(), "build/server.js"], options);
}

/** Resolves at the first "ok" of /healthz; rejects when the process exits or the time is up. */
export async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`the server exited with ${child.exitCode ?? child.signalCode}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok && (await response.text()) === "ok") return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs / 1000} s`);
}

/** SIGTERM (the server finishes its requests and closes the database), SIGKILL after 5 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await done;
  clearTimeout(timer);
}
