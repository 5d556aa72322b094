import { recordAudit } from "~/audit/audit.server";
import { notFound, requireGroupMembershipManager, requireNetworkMember } from "~/auth/authorize.server";
import type { Viewer } from "~/auth/permissions";
import { parseId } from "~/components/params";
import { db } from "~/db.server";
import type { MembershipTier } from "../../db/schema";
import { findGroupBySlug, listGroupMembers } from "./groups.server";
import { inGermanOrder } from "~/i18n/german-order";
import { inDirectoryOrder } from "~/organisations/organisations.server";

// Memberships of one group, managed by network admins and the group's moderators.
// Every function takes the group the caller was authorised for and checks that each id it
// is given belongs to that network and group: a foreign id is a 404, never a change.

export interface ManagedGroup {
  viewer: Viewer;
  group: { id: number; slug: string; name: string };
}

/**
 * The one authorisation call of the membership page: a signed-in member of the network
 * (else 404), a group of that network (else 404), and the right to manage its membership
 * — network admin or the group's preparation committee (else 403).
 */
export async function requireManagedGroup(request: Request, networkSlug: string | undefined, groupSlug: string | undefined): Promise<ManagedGroup> {
  const viewer = await requireNetworkMember(request, networkSlug);
  const group = groupSlug ? await findGroupBySlug(viewer.networkId, groupSlug) : undefined;
  if (!group) notFound();
  requireGroupMembershipManager(viewer, group.id);
  return { viewer, group: { id: group.id, slug: group.slug, name: group.name } };
}

/** Everything the page shows: both tiers, and who could still be added. */
export async function membershipPageData({ viewer, group }: ManagedGroup) {
  const networkId = viewer.networkId;
  const members = await listGroupMembers(networkId, group.id);
  const organisations = await db
    .selectFrom("organisations")
    .select(["id", "name", "short_name"])
    .where("network_id", "=", networkId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("group_memberships")
            .select("group_memberships.id")
            .whereRef("group_memberships.organisation_id", "=", "organisations.id")
            .where("group_memberships.group_id", "=", group.id),
        ),
      ),
    )
    .execute()
    .then((rows) => inDirectoryOrder(networkId, rows));
  const people = await db
    .selectFrom("network_members")
    .innerJoin("users", "users.id", "network_members.user_id")
    .select(["users.id", "users.name", "users.email"])
    .where("network_members.network_id", "=", networkId)
    .where("network_members.active", "=", 1)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("group_memberships")
            .select("group_memberships.id")
            .whereRef("group_memberships.user_id", "=", "users.id")
            .where("group_memberships.group_id", "=", group.id),
        ),
      ),
    )
    .execute()
    .then(inGermanOrder);
  return { members, organisations, people };
}

export type MembershipOutcome = { ok: true } | { ok: false; reason: "alreadyMember" };

function isUniqueViolation(error: unknown) {
  return error instanceof Error && "code" in error && String((error as { code: unknown }).code).startsWith("SQLITE_CONSTRAINT_UNIQUE");
}

async function insertMembership(
  { viewer, group }: ManagedGroup,
  subject: { organisationId: number } | { userId: number },
  tier: MembershipTier,
): Promise<MembershipOutcome> {
  const organisationId = "organisationId" in subject ? subject.organisationId : null;
  const userId = "userId" in subject ? subject.userId : null;
  try {
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("group_memberships")
        .values({ network_id: viewer.networkId, group_id: group.id, organisation_id: organisationId, user_id: userId, tier })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(
        {
          networkId: viewer.networkId,
          actorUserId: viewer.userId,
          action: "membership.added",
          subject: { type: "group_membership", id },
          details: { groupId: group.id, organisationId, userId, tier },
        },
        trx,
      );
    });
    return { ok: true };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "alreadyMember" };
    throw error;
  }
}

/** Adds an organisation of this network to the group; another network's or an unknown id is a 404. */
export async function addOrganisationMembership(ctx: ManagedGroup, organisationIdField: string, tier: MembershipTier): Promise<MembershipOutcome> {
  const id = parseId(organisationIdField);
  const organisation = id
    ? await db
        .selectFrom("organisations")
        .select("id")
        .where("network_id", "=", ctx.viewer.networkId)
        .where("id", "=", id)
        .executeTakeFirst()
    : undefined;
  if (!organisation) notFound();
  return insertMembership(ctx, { organisationId: organisation.id }, tier);
}

/** Names an active person of this network directly as a group member; anyone else is a 404. */
export async function addPersonMembership(ctx: ManagedGroup, userIdField: string, tier: MembershipTier): Promise<MembershipOutcome> {
  const id = parseId(userIdField);
  const person = id
    ? await db
        .selectFrom("network_members")
        .select("user_id")
        .where("network_id", "=", ctx.viewer.networkId)
        .where("user_id", "=", id)
        .where("active", "=", 1)
        .executeTakeFirst()
    : undefined;
  if (!person) notFound();
  return insertMembership(ctx, { userId: person.user_id }, tier);
}

/** A membership of exactly this group (and so this network), or a 404. */
async function requireMembership({ viewer, group }: ManagedGroup, membershipIdField: string) {
  const id = parseId(membershipIdField);
  const membership = id
    ? await db
        .selectFrom("group_memberships")
        .select(["id", "tier", "organisation_id", "user_id"])
        .where("network_id", "=", viewer.networkId)
        .where("group_id", "=", group.id)
        .where("id", "=", id)
        .executeTakeFirst()
    : undefined;
  if (!membership) notFound();
  return membership;
}

export async function changeMembershipTier(ctx: ManagedGroup, membershipIdField: string, tier: MembershipTier): Promise<void> {
  const { viewer, group } = ctx;
  const membership = await requireMembership(ctx, membershipIdField);
  if (membership.tier === tier) return;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("group_memberships")
      .set({ tier })
      .where("network_id", "=", viewer.networkId)
      .where("group_id", "=", group.id)
      .where("id", "=", membership.id)
      .execute();
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: "membership.changed",
        subject: { type: "group_membership", id: membership.id },
        details: { groupId: group.id, organisationId: membership.organisation_id, userId: membership.user_id, from: membership.tier, to: tier },
      },
      trx,
    );
  });
}

export async function removeMembership(ctx: ManagedGroup, membershipIdField: string): Promise<void> {
  const { viewer, group } = ctx;
  const membership = await requireMembership(ctx, membershipIdField);
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("group_memberships")
      .where("network_id", "=", viewer.networkId)
      .where("group_id", "=", group.id)
      .where("id", "=", membership.id)
      .execute();
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: "membership.removed",
        subject: { type: "group_membership", id: membership.id },
        details: { groupId: group.id, organisationId: membership.organisation_id, userId: membership.user_id, tier: membership.tier },
      },
      trx,
    );
  });
}
