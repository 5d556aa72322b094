import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import { verifyPassword } from "./password.server";
import { retryAfter, windowStart } from "./throttle";

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function failuresInWindow(email: string, now: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom("login_attempts")
    .select("attempted_at")
    .where("email", "=", email)
    .where("succeeded", "=", 0)
    .where("attempted_at", ">", windowStart(now).toISOString())
    .execute();
  return rows.map((r) => new Date(r.attempted_at));
}

async function recordAttempt(email: string, succeeded: boolean, now: Date) {
  await db
    .insertInto("login_attempts")
    .values({ email, succeeded: succeeded ? 1 : 0, attempted_at: now.toISOString() })
    .execute();
}

/**
 * Checks e-mail and password. Attempts are counted per e-mail address whether or not an
 * account exists, so the answer never tells which addresses are registered.
 */
export async function signIn(rawEmail: string, password: string, now = new Date()): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const retryAt = retryAfter(await failuresInWindow(email, now), now);
  const user = await db.selectFrom("users").select(["id", "password_hash"]).where("email", "=", email).executeTakeFirst();
  if (retryAt) {
    await recordAudit({ networkId: null, actorUserId: user?.id ?? null, action: "auth.sign_in_throttled", details: { email } });
    return { ok: false, reason: "throttled", retryAt };
  }
  const valid = await verifyPassword(user?.password_hash ?? null, password);
  await recordAttempt(email, valid, now);
  if (!user || !valid) {
    await recordAudit({ networkId: null, actorUserId: user?.id ?? null, action: "auth.sign_in_failed", details: { email } });
    return { ok: false, reason: "invalid" };
  }
  await recordAudit({ networkId: null, actorUserId: user.id, action: "auth.sign_in" });
  return { ok: true, userId: user.id };
}
