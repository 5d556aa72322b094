import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "../../db/sqlite";
import { databaseChecksum } from "../security/database";
import { lookUpDemoIds, type DemoIds } from "../security/demo-ids";
import { postForm, signInCookie } from "../security/http";
import { ACTION_ROWS, actingAccount } from "../security/route-table";
import { baseUrl, skipBrowserSuites } from "./browser";

// Every action of the route table (tests/security/route-table.ts), posted on the running
// server by a signed-in person allowed to use it, but from another site: the Origin check
// (server/origin-check.ts) must refuse each one with 403 before the app runs, and the
// database must be exactly as before.

const ATTACKS: Record<string, Record<string, string>> = {
  "a foreign Origin": { Origin: "https://evil.example" },
  "an Origin that only starts like the app's": { Origin: `${baseUrl}.evil.example` },
  'Origin "null" and a foreign Referer': { Origin: "null", Referer: "https://evil.example/form.html" },
  "neither Origin nor Referer": { Origin: "" },
};

describe.skipIf(skipBrowserSuites)("form posts from another site, to every action", () => {
  let sqlite: SQLite.Database;
  let ids: DemoIds;
  /** session cookies by e-mail */
  const cookies = new Map<string | undefined, string>();

  beforeAll(async () => {
    const { db } = createDatabase(inject("databasePath"));
    ids = await lookUpDemoIds(db);
    await db.destroy();
    sqlite = new SQLite(inject("databasePath"), { readonly: true });
    for (const row of ACTION_ROWS) {
      const email = actingAccount(row.post);
      if (email && !cookies.has(email)) cookies.set(email, await signInCookie(baseUrl, email));
    }
  });

  afterAll(() => sqlite?.close());

  for (const [attack, headers] of Object.entries(ATTACKS)) {
    it(`refuses ${attack} with 403 and changes nothing`, async () => {
      const before = databaseChecksum(sqlite);
      const answers: Record<string, number> = {};
      for (const row of ACTION_ROWS) {
        const response = await postForm(baseUrl, row.url(ids), row.probe?.(ids) ?? {}, { cookie: cookies.get(actingAccount(row.post)), headers });
        answers[row.file] = response.status;
      }
      expect(answers).toEqual(Object.fromEntries(ACTION_ROWS.map((row) => [row.file, 403])));
      expect(databaseChecksum(sqlite)).toEqual(before);
    });
  }

  it("lets the same posts through from the app's own origin (so the 403 above is the Origin check)", async () => {
    for (const row of ACTION_ROWS) {
      const response = await postForm(baseUrl, row.url(ids), row.probe?.(ids) ?? {}, { cookie: cookies.get(actingAccount(row.post)) });
      expect(response.status, row.file).not.toBe(403);
    }
  });
});
