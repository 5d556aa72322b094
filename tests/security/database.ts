import type SQLite from "better-sqlite3";
import { createHash } from "node:crypto";

// The database as the security tests see it: fingerprints, table by table, to show that
// requests changed nothing (or nothing of another network), and links between networks that
// must not exist. Tables and keys are read from the schema, so new ones are covered.

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

/**
 * Rows that link records of two networks through the schema's foreign keys, e.g. a Halle group
 * membership naming a Vogtland organisation: each as "table.column → table (count)".
 */
export function crossNetworkLinks(sqlite: SQLite.Database): string[] {
  const scoped = new Set(tables(sqlite).filter((table) => hasColumn(sqlite, table, "network_id")));
  const links: string[] = [];
  for (const table of tables(sqlite)) {
    const keys = (sqlite.prepare("SELECT * FROM pragma_foreign_key_list(?)").all(table) as { table: string; from: string; to: string | null }[]).filter(
      (key) => scoped.has(key.table),
    );
    const parent = (key: (typeof keys)[number], alias: string) => `JOIN "${key.table}" ${alias} ON ${alias}."${key.to ?? "id"}" = t."${key.from}"`;
    // A network's row points into its own network; a linking row without a network of its own
    // (e.g. offer ↔ group) points into one network only: that of its first parent.
    const [first, ...rest] = keys;
    const checks = scoped.has(table)
      ? keys.map((key) => ({ key, sql: `${parent(key, "p")} WHERE p.network_id <> t.network_id` }))
      : rest.map((key) => ({ key, sql: `${parent(first, "f")} ${parent(key, "p")} WHERE p.network_id <> f.network_id` }));
    for (const { key, sql } of checks) {
      const { n } = sqlite.prepare(`SELECT count(*) AS n FROM "${table}" t ${sql}`).get() as { n: number };
      if (n > 0) links.push(`${table}.${key.from} → ${key.table} (${n})`);
    }
  }
  return links;
}
