import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import { demoAccounts } from "./demo-accounts";
import { hashPassword, verifyPassword } from "./password.server";
import { endAllSessionsOf } from "./session.server";
import { inGermanOrder } from "../i18n/german-order";

export async function demoDataLoaded(): Promise<boolean> {
  const row = await db.selectFrom("users").select("id").where("email", "=", demoAccounts[0].email).executeTakeFirst();
  return Boolean(row);
}

/** The networks a person may open, for the start page and the network switch. */
export async function listNetworksOf(userId: number) {
  const networks = await db
    .selectFrom("network_members")
    .innerJoin("networks", "networks.id", "network_members.network_id")
    .select(["networks.slug", "networks.name", "network_members.role"])
    .where("network_members.user_id", "=", userId)
    .where("network_members.active", "=", 1)
    .execute();
  return inGermanOrder(networks);
}

export type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrongPassword" };

/** Changes the password and ends every session of the person; the caller starts a new one. */
export async function changePassword(userId: number, current: string, next: string): Promise<ChangePasswordResult> {
  const user = await db.selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, current))) return { ok: false, reason: "wrongPassword" };
  await db
    .updateTable("users")
    .set({ password_hash: await hashPassword(next), updated_at: new Date().toISOString() })
    .where("id", "=", userId)
    .execute();
  await endAllSessionsOf(userId);
  await recordAudit({ networkId: null, actorUserId: userId, action: "auth.password_changed", subject: { type: "user", id: userId } });
  return { ok: true };
}
