import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

// Runs before each test file is imported: the app's database module then opens this copy.
const copy = path.join(path.dirname(inject("templateDatabase")), `${randomUUID()}.sqlite`);
fs.copyFileSync(inject("templateDatabase"), copy);
process.env.DATABASE_PATH = copy;
