import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase, openSqlite, restoreDatabase } from "./sqlite";

const count = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  const { n } = db.prepare("select count(*) as n from notes").get() as { n: number };
  db.close();
  return n;
};

describe("backup and restore", () => {
  // Each test's files live in a folder of its own, removed afterwards (passed or failed).
  const folders: string[] = [];
  const tempFolder = (prefix: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    folders.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("copies a database consistently while another connection keeps writing", async () => {
    const dir = tempFolder("nws-backup-");
    const live = path.join(dir, "live.sqlite");
    const writer = openSqlite(live);
    writer.exec("create table notes (id integer primary key, body text not null)");
    const insert = writer.prepare("insert into notes (body) values (?)");
    const many = writer.transaction((n: number) => {
      for (let i = 0; i < n; i++) insert.run(`Notiz ${i} `.repeat(20));
    });
    many(5000);
    const before = count(live);

    let writing = true;
    const writes = (async () => {
      while (writing) {
        many(50);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const copy = path.join(dir, "copy.sqlite");
    await backupDatabase(live, copy);
    writing = false;
    await writes;
    const after = count(live);

    const copied = count(copy);
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(after);
    expect(after).toBeGreaterThan(before);

    writer.close();
    const restoredFile = path.join(dir, "restored", "db.sqlite");
    restoreDatabase(copy, restoredFile);
    expect(count(restoredFile)).toBe(copied);
  });

  it("refuses to restore a damaged file", () => {
    const dir = tempFolder("nws-restore-");
    const bad = path.join(dir, "bad.sqlite");
    fs.writeFileSync(bad, "kein SQLite");
    expect(() => restoreDatabase(bad, path.join(dir, "target.sqlite"))).toThrow();
    expect(fs.existsSync(path.join(dir, "target.sqlite"))).toBe(false);
  });
});
