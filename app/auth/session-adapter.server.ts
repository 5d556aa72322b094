import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

// lucia's official SQLite adapter does not accept better-sqlite3 12, so sessions are
// stored through kysely here (docs/decisions/002-sessions-lucia-kysely.md).
export class KyselySessionAdapter implements Adapter {
  constructor(private readonly db: Kysely<Database>) {}

  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = await this.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select(["sessions.id", "sessions.user_id", "sessions.expires_at", "users.email", "users.name", "users.locale"])
      .where("sessions.id", "=", sessionId)
      .executeTakeFirst();
    if (!row) return [null, null];
    return [
      { id: row.id, userId: row.user_id, expiresAt: new Date(row.expires_at * 1000), attributes: {} },
      { id: row.user_id, attributes: { email: row.email, name: row.name, locale: row.locale } },
    ];
  }

  async getUserSessions(userId: number): Promise<DatabaseSession[]> {
    const rows = await this.db.selectFrom("sessions").selectAll().where("user_id", "=", userId).execute();
    return rows.map((r) => ({ id: r.id, userId: r.user_id, expiresAt: new Date(r.expires_at * 1000), attributes: {} }));
  }

  async setSession(session: DatabaseSession): Promise<void> {
    await this.db
      .insertInto("sessions")
      .values({ id: session.id, user_id: session.userId, expires_at: Math.floor(session.expiresAt.getTime() / 1000) })
      .execute();
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await this.db
      .updateTable("sessions")
      .set({ expires_at: Math.floor(expiresAt.getTime() / 1000) })
      .where("id", "=", sessionId)
      .execute();
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("id", "=", sessionId).execute();
  }

  async deleteUserSessions(userId: number): Promise<void> {
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  }

  async deleteExpiredSessions(): Promise<void> {
    await this.db.deleteFrom("sessions").where("expires_at", "<=", Math.floor(Date.now() / 1000)).execute();
  }
}
