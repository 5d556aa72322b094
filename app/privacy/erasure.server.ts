import type { Transaction } from "kysely";
import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import type { Database } from "../../db/schema";
import { accountGoes, erasureRefusal, withoutEmail, type ErasureRefusal } from "./erasure";

// Deleting a person (GDPR art. 17), as decided in docs/decisions/013-deleting-a-person.md:
// the admin removes the person from their own network; the account goes with the last network.

type Trx = Transaction<Database>;

export type ErasureResult = { ok: true; accountDeleted: boolean } | { ok: false; reason: ErasureRefusal | "notFound" };

/** What the confirmation page tells the admin before they delete. */
export async function erasurePreview({ networkId, userId }: { networkId: number; userId: number }) {
  const others = await db
    .selectFrom("network_members")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("user_id", "=", userId)
    .where("network_id", "!=", networkId)
    .executeTakeFirstOrThrow();
  const otherNetworks = Number(others.count);
  return { otherNetworks, accountGoes: accountGoes(otherNetworks) };
}

async function otherActiveAdmins(trx: Trx, networkId: number, userId: number): Promise<number> {
  const row = await trx
    .selectFrom("network_members")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("network_id", "=", networkId)
    .where("role", "=", "admin")
    .where("active", "=", 1)
    .where("user_id", "!=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Removes the person from the network: personal rows of that network are deleted, authored
 * content stays without the name (comments keep the person's organisation). When no other
 * network membership remains, the account itself is deleted.
 */
export async function deletePerson(input: { networkId: number; actorUserId: number; userId: number }): Promise<ErasureResult> {
  const { networkId, actorUserId, userId } = input;
  return db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom("network_members")
      .innerJoin("users", "users.id", "network_members.user_id")
      .select(["network_members.role", "users.email"])
      .where("network_members.network_id", "=", networkId)
      .where("network_members.user_id", "=", userId)
      .executeTakeFirst();
    if (!person) return { ok: false as const, reason: "notFound" as const };
    const refusal = erasureRefusal({ actorUserId, userId, role: person.role, otherAdmins: await otherActiveAdmins(trx, networkId, userId) });
    if (refusal) return { ok: false as const, reason: refusal };

    await keepAuthoredContent(trx, networkId, userId);
    await deleteNetworkRows(trx, networkId, userId, person.email);
    const others = await trx.selectFrom("network_members").select("id").where("user_id", "=", userId).execute();
    const accountDeleted = accountGoes(others.length);
    if (accountDeleted) await deleteAccount(trx, userId, person.email);
    // The fact stays; the name does not: the subject is only the former account's number.
    await recordAudit(
      { networkId, actorUserId, action: "person.deleted", subject: { type: "user", id: userId }, details: { accountDeleted } },
      trx,
    );
    return { ok: true as const, accountDeleted };
  });
}

/** Authored content of this network stays, its author reference goes; comments keep the organisation. */
async function keepAuthoredContent(trx: Trx, networkId: number, userId: number) {
  const affiliation = await trx
    .selectFrom("affiliations")
    .select("organisation_id")
    .where("network_id", "=", networkId)
    .where("user_id", "=", userId)
    .orderBy("id")
    .executeTakeFirst();
  const organisationId = affiliation?.organisation_id ?? null;

  await trx
    .updateTable("work_package_comments")
    .set({ author_user_id: null, author_organisation_id: organisationId })
    .where("network_id", "=", networkId)
    .where("author_user_id", "=", userId)
    .execute();
  await trx
    .updateTable("agenda_items")
    .set((eb) => ({ proposed_by_user_id: null, proposed_by_organisation_id: eb.fn.coalesce("proposed_by_organisation_id", eb.val(organisationId)) }))
    .where("network_id", "=", networkId)
    .where("proposed_by_user_id", "=", userId)
    .execute();
  await trx
    .updateTable("agenda_items")
    .set((eb) => ({ presenter_user_id: null, presenter_organisation_id: eb.fn.coalesce("presenter_organisation_id", eb.val(organisationId)) }))
    .where("network_id", "=", networkId)
    .where("presenter_user_id", "=", userId)
    .execute();
  await trx.updateTable("offers").set({ created_by: null }).where("network_id", "=", networkId).where("created_by", "=", userId).execute();
  await trx.updateTable("meetings").set({ created_by: null }).where("network_id", "=", networkId).where("created_by", "=", userId).execute();
  await trx.updateTable("work_packages").set({ created_by: null }).where("network_id", "=", networkId).where("created_by", "=", userId).execute();
  await trx.updateTable("work_packages").set({ decided_by: null }).where("network_id", "=", networkId).where("decided_by", "=", userId).execute();
  await trx.updateTable("work_package_events").set({ actor_user_id: null }).where("network_id", "=", networkId).where("actor_user_id", "=", userId).execute();
  await trx.updateTable("agenda_item_events").set({ actor_user_id: null }).where("network_id", "=", networkId).where("actor_user_id", "=", userId).execute();
  await trx.updateTable("invitations").set({ invited_by: null }).where("network_id", "=", networkId).where("invited_by", "=", userId).execute();
  await trx.updateTable("legal_pages").set({ updated_by: null }).where("network_id", "=", networkId).where("updated_by", "=", userId).execute();
  await trx.updateTable("audit_events").set({ actor_user_id: null }).where("network_id", "=", networkId).where("actor_user_id", "=", userId).execute();
}

/** The person's own rows in this network: membership, affiliations, groups, answers, invitations, mail. */
async function deleteNetworkRows(trx: Trx, networkId: number, userId: number, email: string) {
  await trx.deleteFrom("meeting_attendance").where("network_id", "=", networkId).where("user_id", "=", userId).execute();
  await trx.deleteFrom("group_memberships").where("network_id", "=", networkId).where("user_id", "=", userId).execute();
  await trx.deleteFrom("affiliations").where("network_id", "=", networkId).where("user_id", "=", userId).execute();
  await trx.deleteFrom("invitations").where("network_id", "=", networkId).where("email", "=", email).execute();
  await trx
    .deleteFrom("outbox_messages")
    .where("network_id", "=", networkId)
    .where((eb) => eb.or([eb("to_user_id", "=", userId), eb("to_email", "=", email)]))
    .execute();
  await scrubEmailFromAudit(trx, email, (q) => q.where("network_id", "=", networkId));
  await trx.deleteFrom("network_members").where("network_id", "=", networkId).where("user_id", "=", userId).execute();
}

/** The account and what belongs to no network: sessions, calendar tokens, sign-in traces. */
async function deleteAccount(trx: Trx, userId: number, email: string) {
  await trx.updateTable("audit_events").set({ actor_user_id: null }).where("network_id", "is", null).where("actor_user_id", "=", userId).execute();
  await scrubEmailFromAudit(trx, email, (q) => q.where("network_id", "is", null));
  await trx.deleteFrom("login_attempts").where("email", "=", email).execute();
  await trx.deleteFrom("outbox_messages").where((eb) => eb.or([eb("to_user_id", "=", userId), eb("to_email", "=", email)])).execute();
  await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
  await trx.deleteFrom("calendar_tokens").where("user_id", "=", userId).execute();
  await trx.deleteFrom("users").where("id", "=", userId).execute();
}

type AuditQuery = ReturnType<typeof auditWithEmail>;

function auditWithEmail(trx: Trx, email: string) {
  // A cheap pre-filter (LIKE wildcards in an address only widen it); withoutEmail decides
  // exactly which value is the address.
  return trx.selectFrom("audit_events").select(["id", "details"]).where("details", "like", `%${email}%`);
}

/** Sign-in failures and invitations carry the address in their details: it goes, the event stays. */
async function scrubEmailFromAudit(trx: Trx, email: string, scope: (q: AuditQuery) => AuditQuery) {
  const rows = await scope(auditWithEmail(trx, email)).execute();
  for (const row of rows) {
    const details = withoutEmail(row.details, email);
    if (details !== row.details) await trx.updateTable("audit_events").set({ details }).where("id", "=", row.id).execute();
  }
}
