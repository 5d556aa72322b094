import { sql } from "kysely";
import { db } from "../db.server";
import { byGermanName, inGermanOrder } from "../i18n/german-order";
import { inIdOrder, keptOrders } from "../kept-order.server";
import { pageWithin } from "../paging";
import type { GroupKind, MembershipTier } from "../../db/schema";

// Every query takes the network id and puts it in the WHERE: no group of another network
// can be read through these functions.

const kindOrder: Record<GroupKind, number> = { steering: 0, forum: 1, specialist: 2 };

export function sortGroups<T extends { kind: GroupKind; name: string }>(groups: T[]): T[] {
  return [...groups].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || byGermanName.compare(a.name, b.name));
}

/** The network's groups as the directories list them: no mandate, which only a group's own page shows. */
export async function listGroups(networkId: number) {
  const groups = await db
    .selectFrom("groups")
    .select(["id", "kind", "slug", "name", "cadence"])
    .where("network_id", "=", networkId)
    .execute();
  // Kept by triggers (migration 2026-12-03-06-group-member-counts): a few rows per group
  // instead of every membership of the network.
  const counts = await db.selectFrom("group_member_counts").select(["group_id", "tier", "count"]).where("network_id", "=", networkId).execute();
  const preparation = await db
    .selectFrom("group_memberships")
    .innerJoin("organisations", "organisations.id", "group_memberships.organisation_id")
    .select(["group_memberships.group_id", "organisations.name", "organisations.short_name"])
    .where("group_memberships.network_id", "=", networkId)
    .where("group_memberships.tier", "=", "preparation")
    .execute()
    .then(inGermanOrder);
  return sortGroups(groups).map((g) => ({
    ...g,
    memberCount: Number(counts.find((c) => c.group_id === g.id && c.tier === "member")?.count ?? 0),
    preparation: preparation.filter((p) => p.group_id === g.id).map((p) => p.short_name ?? p.name),
  }));
}

export async function findGroupBySlug(networkId: number, slug: string) {
  return db
    .selectFrom("groups")
    .select(["id", "kind", "slug", "name", "mandate", "cadence", "updated_at"])
    .where("network_id", "=", networkId)
    .where("slug", "=", slug)
    .executeTakeFirst();
}

export async function findGroupById(networkId: number, id: number) {
  return db
    .selectFrom("groups")
    .select(["id", "kind", "slug", "name", "mandate", "cadence"])
    .where("network_id", "=", networkId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export interface GroupMemberRow {
  membershipId: number;
  tier: MembershipTier;
  organisationId: number | null;
  userId: number | null;
  name: string;
  kind: string | null;
}

/** Organisations and directly named people of a group, both tiers, sorted by name. */
export async function listGroupMembers(networkId: number, groupId: number): Promise<GroupMemberRow[]> {
  const rows = await memberRows(networkId).where("group_memberships.group_id", "=", groupId).execute();
  return inGermanOrder(rows.map(memberRowOf));
}

function memberRows(networkId: number) {
  return db
    .selectFrom("group_memberships")
    .leftJoin("organisations", "organisations.id", "group_memberships.organisation_id")
    .leftJoin("users", "users.id", "group_memberships.user_id")
    .select([
      "group_memberships.id as membershipId",
      "group_memberships.tier",
      "group_memberships.organisation_id as organisationId",
      "group_memberships.user_id as userId",
      "organisations.name as organisationName",
      "organisations.kind",
      "users.name as userName",
    ])
    .where("group_memberships.network_id", "=", networkId);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberRows>["execute"]>>[number];

function memberRowOf(r: MemberRow): GroupMemberRow {
  return { membershipId: r.membershipId, tier: r.tier, organisationId: r.organisationId, userId: r.userId, name: r.organisationName ?? r.userName ?? "", kind: r.kind };
}

interface MemberOrder {
  preparation: number[];
  member: number[];
}

/**
 * The ids of a group's memberships per tier, in German name order. SQLite cannot sort by
 * German collation, so every membership's name is read and sorted here: a large city's group
 * has 800 of them, of which its page shows one page. That order is kept per group while the
 * group's counter in member_order_changes (raised by triggers on memberships and on the names
 * of organisations and people) stands: reading the counter is one lookup by key.
 */
async function sortedMemberIds(networkId: number, groupId: number): Promise<MemberOrder> {
  const counter = await db.selectFrom("member_order_changes").select("version").where("group_id", "=", groupId).executeTakeFirst();
  return memberOrders.get(`${networkId}:${groupId}`, counter?.version ?? 0, () => readMemberOrder(networkId, groupId));
}

/** A few ids per membership: 500 groups of 800 members take about 3 MB. */
const memberOrders = keptOrders<MemberOrder>(500);

async function readMemberOrder(networkId: number, groupId: number): Promise<MemberOrder> {
  const rows = await db
    .selectFrom("group_memberships")
    .leftJoin("organisations", "organisations.id", "group_memberships.organisation_id")
    .leftJoin("users", "users.id", "group_memberships.user_id")
    .select(["group_memberships.id", "group_memberships.tier", (eb) => eb.fn.coalesce("organisations.name", "users.name", sql.lit("")).as("name")])
    .where("group_memberships.network_id", "=", networkId)
    .where("group_memberships.group_id", "=", groupId)
    .execute();
  const sorted = inGermanOrder(rows);
  const ids = (tier: MembershipTier) => sorted.filter((r) => r.tier === tier).map((r) => r.id);
  return { preparation: ids("preparation"), member: ids("member") };
}

/** The memberships of these ids with what a list shows, in the order of the ids. */
async function membersWithIds(networkId: number, ids: number[]): Promise<GroupMemberRow[]> {
  if (ids.length === 0) return [];
  const rows = await memberRows(networkId).where("group_memberships.id", "in", ids).execute();
  return inIdOrder(ids, rows, (r) => r.membershipId).map(memberRowOf);
}

/** The group page lists this many organisations and people of the member tier per page. */
export const MEMBER_PAGE_SIZE = 50;

/**
 * A group's members for its page: the preparation tier in full (the moderators, a few) and
 * one page of the member tier, which in a large city runs to hundreds of organisations.
 */
export async function groupMemberPage(networkId: number, groupId: number, page: number) {
  const { preparation, member } = await sortedMemberIds(networkId, groupId);
  const { page: current, pageCount, offset } = pageWithin(page, member.length, MEMBER_PAGE_SIZE);
  return {
    members: await membersWithIds(networkId, [...preparation, ...member.slice(offset, offset + MEMBER_PAGE_SIZE)]),
    memberPages: { page: current, pageCount, memberTotal: member.length },
  };
}
