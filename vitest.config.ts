import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests sit next to the code; integration tests live in tests/integration and call
// loaders and actions against a copy of a migrated, seeded SQLite file per test file.
export default defineConfig({
  resolve: { alias: { "~": path.resolve("app") } },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "db/**/*.test.ts", "seeds/**/*.test.ts", "server/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/template-db.ts"],
    setupFiles: ["tests/setup/database-per-file.ts"],
    pool: "forks",
    testTimeout: 20_000,
  },
});
