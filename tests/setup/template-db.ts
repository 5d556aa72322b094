import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { readEnv } from "../../app/env.server";
import { createDatabase } from "../../db/sqlite";
import { prepareDatabase } from "../../seeds/prepare";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

// Migrates and seeds one database for the whole run; every test file copies it, so the
// (slow, memory-hard) password hashing of the seed happens once.
export default async function setup(project: TestProject) {
  // One folder per run, so that runs side by side do not share files.
  const dir = path.resolve("tests/.tmp", `run-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "template.sqlite");
  const { db } = createDatabase(file);
  await prepareDatabase(db, readEnv({ SEED: "demo" }));
  await db.destroy();
  project.provide("templateDatabase", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
