import path from "node:path";
import { defineConfig } from "vitest/config";

// Browser journeys: Debian's Chromium (playwright-core) against the real server, started once
// per run by the global setup on a fresh, seeded SQLite file. Files run one after the other so
// they share the server without stepping on each other.
export default defineConfig({
  resolve: { alias: { "~": path.resolve("app") } },
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/setup/server.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 15_000,
  },
});
