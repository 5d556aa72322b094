import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, spawnServer, stopServer, waitForHealth } from "../../../scripts/production-server";
import { CHROMIUM_PATH, chromiumAvailable, skipBrowserSuites } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databasePath: string;
  }
}

const STARTUP_TIMEOUT_MS = 30_000;

/** Every "/build/…" asset the server build links to, e.g. "/build/_shared/chunk-X.js". */
function assetsOf(serverBuild: string): string[] {
  const text = fs.readFileSync(serverBuild, "utf8");
  return [...new Set(text.match(/"\/build\/[^"]+\.(?:js|css)"/g) ?? [])].map((quoted) => quoted.slice(1, -1));
}

/**
 * The server reads build/index.js and serves public/ relative to its working directory. It
 * runs from a copy of both, so a `remix build` elsewhere in the working tree during the run
 * (which replaces the hashed assets) cannot break the pages under test. A copy taken in the
 * middle of someone else's build is detected (assets missing) and taken again.
 */
async function snapshotBuild(target: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(target, { recursive: true });
    fs.cpSync(path.resolve("build"), path.join(target, "build"), { recursive: true });
    fs.cpSync(path.resolve("public"), path.join(target, "public"), { recursive: true });
    const missing = assetsOf(path.join(target, "build/index.js")).filter((asset) => !fs.existsSync(path.join(target, "public", asset)));
    if (missing.length === 0) break;
    if (attempt === 5) {
      throw new Error(`build/index.js links assets that public/build lacks (${missing.slice(0, 3).join(", ")}…): run "npm run build" again.`);
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  // Bare imports of the build (react, @remix-run/*, express) resolve from here.
  fs.symlinkSync(path.resolve("node_modules"), path.join(target, "node_modules"), "dir");
  return target;
}

export interface AppServer {
  baseUrl: string;
  databasePath: string;
  /** everything the server printed so far */
  output: () => string;
  stop: () => Promise<void>;
}

// Starts the real server (`node build/server.js` with the flags of `npm start`) on a
// free port and a new database in `dir`, seeded with the demo networks; its output goes to
// dir/server.log. The global setup starts the one all browser suites share; a suite
// that changes a lot (the form fuzz) starts its own.
export async function startAppServer(dir: string): Promise<AppServer> {
  if (!fs.existsSync(path.resolve("build/server.js"))) {
    throw new Error('build/server.js is missing: run "npm run build" first (npm run test:browser does).');
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, ".gitignore"), "*\n");
  const databasePath = path.join(dir, "browser.sqlite");
  const log = fs.createWriteStream(path.join(dir, "server.log"));
  const serverDir = await snapshotBuild(path.join(dir, "server"));

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawnServer({
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, SEED: "demo", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    log.write(chunk);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  try {
    await waitForHealth(baseUrl, child, STARTUP_TIMEOUT_MS);
  } catch (error) {
    await stopServer(child);
    log.end();
    throw new Error(`The app server failed to start: ${(error as Error).message}. Its output:\n${output || "(none)"}`);
  }

  return {
    baseUrl,
    databasePath,
    output: () => output,
    stop: async () => {
      await stopServer(child);
      log.end();
      // The database and the log stay for a look after the run; the copy of the build goes.
      fs.rmSync(serverDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  if (!chromiumAvailable) {
    if (skipBrowserSuites) {
      process.stderr.write(`Browser tests skipped: ${CHROMIUM_PATH} not found (apt-get install -y chromium; on CI they fail instead).\n`);
      project.provide("baseUrl", "");
      project.provide("databasePath", "");
      return;
    }
    throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH}: the browser tests cannot run. Install it with "apt-get install -y chromium".`);
  }
  const server = await startAppServer(path.resolve("tests/.tmp-browser"));
  project.provide("baseUrl", server.baseUrl);
  project.provide("databasePath", server.databasePath);
  return server.stop;
}
