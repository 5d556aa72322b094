import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import { createSecretToken, hashToken } from "../auth/tokens.server";
import { personalGroupIds } from "./feeds.server";
import { byGermanName } from "../i18n/german-order";

// Personal feed tokens: 32 random bytes (base64url) in the URL, only the SHA-256 hash in the
// database. A person has at most one active token; a new one revokes the old one.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export async function activeCalendarToken(userId: number) {
  return db
    .selectFrom("calendar_tokens")
    .select(["id", "created_at"])
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/** Creates a new token (revoking any old one). The plain token is returned only here. */
export async function createCalendarToken(userId: number, now = new Date()): Promise<string> {
  const { token, hash } = createSecretToken();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("calendar_tokens")
      .set({ revoked_at: now.toISOString() })
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .execute();
    const { id } = await trx
      .insertInto("calendar_tokens")
      .values({ user_id: userId, token_hash: hash, created_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit({ networkId: null, actorUserId: userId, action: "calendar.token_created", subject: { type: "calendar_token", id } }, trx);
  });
  return token;
}

export async function revokeCalendarTokens(userId: number, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("calendar_tokens")
      .set({ revoked_at: now.toISOString() })
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    const revoked = Number(result.numUpdatedRows);
    if (revoked) await recordAudit({ networkId: null, actorUserId: userId, action: "calendar.token_revoked", subject: { type: "user", id: userId } }, trx);
    return revoked;
  });
}

/** The active token's owner, or undefined for a malformed, unknown or revoked token. */
export async function findCalendarToken(token: string | null | undefined) {
  if (!token || !TOKEN_PATTERN.test(token)) return undefined;
  return db
    .selectFrom("calendar_tokens")
    .select(["calendar_tokens.id", "calendar_tokens.user_id"])
    .where("calendar_tokens.token_hash", "=", hashToken(token))
    .where("calendar_tokens.revoked_at", "is", null)
    .executeTakeFirst();
}

/** The token's owner if they are an active member of the network (group feeds), else undefined. */
export async function findCalendarTokenForNetwork(token: string | null | undefined, networkId: number) {
  if (!token || !TOKEN_PATTERN.test(token)) return undefined;
  return db
    .selectFrom("calendar_tokens")
    .innerJoin("network_members", "network_members.user_id", "calendar_tokens.user_id")
    .select(["calendar_tokens.id", "calendar_tokens.user_id"])
    .where("calendar_tokens.token_hash", "=", hashToken(token))
    .where("calendar_tokens.revoked_at", "is", null)
    .where("network_members.network_id", "=", networkId)
    .where("network_members.active", "=", 1)
    .executeTakeFirst();
}

/** The person's groups in all their networks (for single-group feed links). One query. */
export async function subscribableGroups(userId: number) {
  const groups = await db
    .selectFrom("groups")
    .innerJoin("networks", "networks.id", "groups.network_id")
    .select(["groups.id", "groups.slug", "groups.name", "networks.slug as networkSlug", "networks.name as networkName"])
    .where("groups.id", "in", personalGroupIds(userId, db))
    .execute();
  return groups.sort((a, b) => byGermanName.compare(a.networkName, b.networkName) || byGermanName.compare(a.name, b.name));
}
