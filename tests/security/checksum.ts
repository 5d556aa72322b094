import type SQLite from "better-sqlite3";
import { createHash } from "node:crypto";

// Fingerprints of the database, table by table, to show that a request changed nothing (or
// nothing of another network). Tables are found in the schema, so new ones are covered.

function tables(sqlite: SQLite.Database): string[] {
  const rows = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

function hasColumn(sqlite: SQLite.Database, table: string, column: string): boolean {
  return (sqlite.prepare(`SELECT 1 FROM pragma_table_info(?) WHERE name = ?`).all(table, column) as unknown[]).length > 0;
}

/** Row count and a hash of the rows, independent of their order (not every table has a rowid). */
function digest(rows: unknown[]): string {
  const lines = rows.map((row) => JSON.stringify(row)).sort();
  return `${rows.length} rows, ${createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16)}`;
}

/** Every table: row count and a hash of all rows. */
export function databaseChecksum(sqlite: SQLite.Database): Record<string, string> {
  return Object.fromEntries(tables(sqlite).map((table) => [table, digest(sqlite.prepare(`SELECT * FROM "${table}"`).all())]));
}

/** The rows of one network: its own row and every row that carries its network_id. */
export function networkChecksum(sqlite: SQLite.Database, networkId: number): Record<string, string> {
  const sums: Record<string, string> = { networks: digest(sqlite.prepare("SELECT * FROM networks WHERE id = ?").all(networkId)) };
  for (const table of tables(sqlite)) {
    if (!hasColumn(sqlite, table, "network_id")) continue;
    sums[table] = digest(sqlite.prepare(`SELECT * FROM "${table}" WHERE network_id = ?`).all(networkId));
  }
  return sums;
}
