import { readEnv } from "../app/env.server";
import { backupDatabase } from "../db/sqlite";

// `npm run backup -- <file>`: a consistent copy of the database at DATABASE_PATH, safe while the app runs.
const target = process.argv[2];
if (!target) {
  console.error("Aufruf: npm run backup -- <Zieldatei>");
  process.exit(2);
}
const source = readEnv().DATABASE_PATH;
await backupDatabase(source, target);
console.log(`Sicherung von ${source} nach ${target} geschrieben und geprüft.`);
