import fs from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createDatabase, migrateToLatest } from "./sqlite";

// The table types in db/schema.ts must match what the migrations create: same tables,
// same columns, and `| null` exactly where a column is nullable.

interface DeclaredColumn {
  name: string;
  nullable: boolean;
  generated: boolean;
}

function declaredTables(): Map<string, DeclaredColumn[]> {
  const source = ts.createSourceFile("schema.ts", fs.readFileSync("db/schema.ts", "utf8"), ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  });
  const tables = new Map<string, DeclaredColumn[]>();
  for (const member of interfaces.get("Database")!.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
    const tableInterface = interfaces.get(member.type.typeName.getText(source))!;
    const columns = tableInterface.members.filter(ts.isPropertySignature).map((column) => {
      const typeText = column.type!.getText(source);
      return { name: column.name.getText(source), nullable: /\bnull\b/.test(typeText), generated: typeText.startsWith("Generated<") };
    });
    tables.set(member.name.getText(source), columns);
  }
  return tables;
}

describe("db/schema.ts", () => {
  it("matches the migrated database table by table, column by column", async () => {
    const { db, sqlite } = createDatabase(":memory:");
    await migrateToLatest(db);
    const actualTables = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'")
      .all()
      .map((r) => (r as { name: string }).name)
      .filter((name) => !/_fts(_|$)/.test(name));
    const declared = declaredTables();
    expect([...declared.keys()].sort()).toEqual(actualTables.sort());

    for (const [table, columns] of declared) {
      const actual = sqlite.prepare(`pragma table_info(${table})`).all() as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[];
      const singleKey = actual.filter((c) => c.pk > 0).length === 1;
      expect(columns.map((c) => c.name).sort(), table).toEqual(actual.map((c) => c.name).sort());
      for (const column of actual) {
        const decl = columns.find((c) => c.name === column.name)!;
        const nullable = column.notnull === 0 && column.pk === 0;
        expect(decl.nullable, `${table}.${column.name} nullability`).toBe(nullable);
        // An INTEGER primary key of its own is the rowid: the database assigns it.
        const hasDefault = column.dflt_value !== null || (singleKey && column.pk === 1 && column.type.toUpperCase() === "INTEGER");
        expect(decl.generated, `${table}.${column.name} Generated<>`).toBe(hasDefault);
      }
    }
    await db.destroy();
  });
});
