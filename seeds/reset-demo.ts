import { readEnv } from "../app/env.server";
import { createDatabase, migrateToLatest } from "../db/sqlite";
import { resetToDemo } from "./seed";

// `npm run seed:demo`: resets the database at DATABASE_PATH to the demo state.
const env = readEnv();
const { db } = createDatabase(env.DATABASE_PATH);
await migrateToLatest(db);
await resetToDemo(db);
await db.destroy();
console.log(`Demo data loaded into ${env.DATABASE_PATH}`);
