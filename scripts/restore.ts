import { readEnv } from "../app/env.server";
import { restoreDatabase } from "../db/sqlite";

// `npm run restore -- <file>`: puts a backup in place of DATABASE_PATH. Stop the app first.
const backup = process.argv[2];
if (!backup) {
  console.error("Aufruf: npm run restore -- <Sicherungsdatei>   (die Anwendung muss gestoppt sein)");
  process.exit(2);
}
const target = readEnv().DATABASE_PATH;
restoreDatabase(backup, target);
console.log(`${backup} wurde nach ${target} zurückgespielt.`);
