import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import { hashPassword } from "../auth/password.server";
import { normaliseEmail } from "../auth/sign-in.server";
import { createSecretToken, hashToken } from "../auth/tokens.server";
import type { NetworkRole } from "../../db/schema";
import { invitationExpiry, isInvitationUsable } from "./invitations";

export async function createInvitation(input: {
  networkId: number;
  organisationId: number;
  email: string;
  role: NetworkRole;
  invitedBy: number;
  now?: Date;
}): Promise<{ token: string; expiresAt: string }> {
  const now = input.now ?? new Date();
  const { token, hash } = createSecretToken();
  const expiresAt = invitationExpiry(now).toISOString();
  const email = normaliseEmail(input.email);
  const inserted = await db
    .insertInto("invitations")
    .values({
      network_id: input.networkId,
      organisation_id: input.organisationId,
      email,
      role: input.role,
      token_hash: hash,
      invited_by: input.invitedBy,
      expires_at: expiresAt,
      created_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit({
    networkId: input.networkId,
    actorUserId: input.invitedBy,
    action: "invitation.created",
    subject: { type: "invitation", id: inserted.id },
    details: { email, organisationId: input.organisationId, role: input.role },
  });
  return { token, expiresAt };
}

export async function listInvitations(networkId: number) {
  return db
    .selectFrom("invitations")
    .innerJoin("organisations", "organisations.id", "invitations.organisation_id")
    .select(["invitations.id", "invitations.email", "invitations.role", "invitations.expires_at", "invitations.accepted_at", "invitations.created_at", "organisations.name as organisationName"])
    .where("invitations.network_id", "=", networkId)
    .orderBy("invitations.created_at", "desc")
    .limit(100)
    .execute();
}

/** The invitation behind a token, only while it can still be used. */
export async function findUsableInvitation(token: string, now = new Date()) {
  const invitation = await db
    .selectFrom("invitations")
    .innerJoin("networks", "networks.id", "invitations.network_id")
    .innerJoin("organisations", "organisations.id", "invitations.organisation_id")
    .select([
      "invitations.id", "invitations.email", "invitations.role", "invitations.expires_at", "invitations.accepted_at",
      "invitations.network_id", "invitations.organisation_id", "networks.slug as networkSlug", "networks.name as networkName",
      "organisations.name as organisationName",
    ])
    .where("invitations.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  return invitation && isInvitationUsable(invitation, now) ? invitation : null;
}

export type Invitation = NonNullable<Awaited<ReturnType<typeof findUsableInvitation>>>;

export async function accountExists(email: string): Promise<boolean> {
  return Boolean(await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst());
}

/**
 * Accepts an invitation: creates the account (or uses the signed-in one with the same
 * address), joins network and organisation, and marks the link used — all or nothing.
 */
export async function acceptInvitation(
  invitation: Invitation,
  account: { name: string; password: string } | { existingUserId: number },
): Promise<number> {
  const passwordHash = "password" in account ? await hashPassword(account.password) : null;
  return db.transaction().execute(async (trx) => {
    // Marking the link used first makes a second, concurrent acceptance fail here.
    const claimed = await trx
      .updateTable("invitations")
      .set({ accepted_at: new Date().toISOString() })
      .where("id", "=", invitation.id)
      .where("accepted_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new Response("Gone", { status: 410 });

    const userId =
      "existingUserId" in account
        ? account.existingUserId
        : (await trx
            .insertInto("users")
            .values({ email: invitation.email, name: account.name, password_hash: passwordHash })
            .returning("id")
            .executeTakeFirstOrThrow()).id;

    await trx
      .insertInto("network_members")
      .values({ network_id: invitation.network_id, user_id: userId, role: invitation.role })
      .onConflict((oc) => oc.columns(["network_id", "user_id"]).doUpdateSet({ active: 1 }))
      .execute();
    await trx
      .insertInto("affiliations")
      .values({ network_id: invitation.network_id, user_id: userId, organisation_id: invitation.organisation_id })
      .onConflict((oc) => oc.columns(["user_id", "organisation_id"]).doNothing())
      .execute();
    await recordAudit(
      { networkId: invitation.network_id, actorUserId: userId, action: "invitation.accepted", subject: { type: "invitation", id: invitation.id } },
      trx,
    );
    return userId;
  });
}
