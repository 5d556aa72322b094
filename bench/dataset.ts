import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateDataset, type DatasetFacts } from "./generate";

// The generated file is cached under bench/.cache and built again when the generator, a
// migration or the database module changes, or on a new day (meetings are dated relative to today).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const cacheDir = path.join(root, "bench", ".cache");

function sourceKey(scale: number, today: string): string {
  const hash = createHash("sha256").update(`${scale}|${today}`);
  const migrations = path.join(root, "db", "migrations");
  // db/sqlite.ts: the planner statistics are part of the file.
  const sources = [path.join(root, "bench", "generate.ts"), path.join(root, "db", "sqlite.ts"), ...fs.readdirSync(migrations).sort().map((f) => path.join(migrations, f))];
  for (const file of sources) hash.update(fs.readFileSync(file));
  return hash.digest("hex").slice(0, 12);
}

export interface Dataset {
  file: string;
  facts: DatasetFacts;
  /** false when the cached file was used */
  built: boolean;
}

/** The dataset of this scale: from the cache if it is current, else generated now. */
export async function ensureDataset(scale = 1, now = new Date()): Promise<Dataset> {
  fs.mkdirSync(cacheDir, { recursive: true });
  const prefix = `dataset-${scale}-`;
  const base = path.join(cacheDir, `${prefix}${sourceKey(scale, now.toISOString().slice(0, 10))}`);
  const file = `${base}.sqlite`;
  const factsFile = `${base}.json`;
  if (fs.existsSync(file) && fs.existsSync(factsFile)) {
    return { file, facts: JSON.parse(fs.readFileSync(factsFile, "utf8")) as DatasetFacts, built: false };
  }
  for (const old of fs.readdirSync(cacheDir).filter((f) => f.startsWith(prefix))) fs.rmSync(path.join(cacheDir, old), { force: true });
  const facts = await generateDataset(file, { scale, now });
  fs.writeFileSync(factsFile, JSON.stringify(facts, null, 2));
  return { file, facts, built: true };
}
