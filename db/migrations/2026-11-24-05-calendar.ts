import { sql, type Kysely } from "kysely";

// Personal calendar feeds: a secret token per person (only its SHA-256 hash is stored),
// revocable; a new token revokes the old one. Frozen in time: Kysely<any>, no app imports.
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
  await db.schema
    .createTable("calendar_tokens")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("revoked_at", "text")
    .execute();
  // The profile reads a person's active token.
  await db.schema.createIndex("calendar_tokens_user_idx").on("calendar_tokens").columns(["user_id", "revoked_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("calendar_tokens").execute();
}
