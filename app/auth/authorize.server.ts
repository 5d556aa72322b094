import { redirect } from "@remix-run/node";
import { sql } from "kysely";
import { db } from "../db.server";
import type { MembershipTier } from "../../db/schema";
import { oncePerRequest } from "../request-scope.server";
import { getSignedIn, type SignedIn } from "./session.server";
import {
  canEditOffer, canManageGroupMembership, canModerateGroup, canModerateMeeting, isHostGroupMember, isNetworkAdmin, strongestTiers, type Viewer,
} from "./permissions";
import { canCommentOnWorkPackage, canSteerWorkPackages, canWriteWorkPackage } from "./permissions";

// One helper per kind of check; every loader and action of a protected page calls one.

export function forbidden(): never {
  throw new Response("Forbidden", { status: 403 });
}

export function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const redirectTo = url.pathname + url.search;
  throw redirect(`/login?${new URLSearchParams({ redirectTo })}`);
}

export async function requireUser(request: Request): Promise<SignedIn> {
  const signedIn = await getSignedIn(request);
  if (!signedIn) loginRedirect(request);
  return signedIn;
}

// One statement for the membership and everything the permission checks need: a page's
// viewer used to take four round trips, on every page of a network.
async function loadViewer(signedIn: SignedIn, networkSlug: string): Promise<Viewer | null> {
  const { user } = signedIn;
  const row = await db
    .selectFrom("networks as n")
    .innerJoin("network_members as m", "m.network_id", "n.id")
    .select((eb) => [
      "n.id as networkId",
      "n.slug",
      "m.role",
      eb
        .selectFrom("affiliations as a")
        .select(sql<string>`json_group_array(a.organisation_id)`.as("ids"))
        .whereRef("a.network_id", "=", "n.id")
        .whereRef("a.user_id", "=", "m.user_id")
        .as("organisationIds"),
      eb
        .selectFrom(groupTiersOf().as("t"))
        .select(sql<string>`json_group_array(json_array(t.group_id, t.tier))`.as("tiers"))
        .as("groupTiers"),
      eb
        .selectFrom("groups as g")
        .select(sql<string>`json_group_array(g.id)`.as("ids"))
        .whereRef("g.network_id", "=", "n.id")
        .where("g.kind", "=", "steering")
        .as("steeringGroupIds"),
    ])
    .where("n.slug", "=", networkSlug)
    .where("m.user_id", "=", user.id)
    .where("m.active", "=", 1)
    .executeTakeFirst();
  if (!row) return null;
  const tiers = JSON.parse(row.groupTiers ?? "[]") as [number, MembershipTier][];
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    networkId: row.networkId,
    networkSlug: row.slug,
    networkRole: row.role,
    organisationIds: JSON.parse(row.organisationIds ?? "[]") as number[],
    groupTiers: strongestTiers(tiers.map(([group_id, tier]) => ({ group_id, tier }))),
    steeringGroupIds: JSON.parse(row.steeringGroupIds ?? "[]") as number[],
  };
}

/**
 * The viewer's group memberships in the outer query's network, their own and their
 * organisations'. Correlated with loadViewer's aliases `n` (networks) and `m` (network_members),
 * so it only works inside that statement. The unary plus keeps SQLite on the user and organisation indexes rather than
 * the network's (which would read every membership of the network).
 */
function groupTiersOf() {
  return db
    .selectFrom("group_memberships as gm")
    .select(["gm.group_id", "gm.tier"])
    .where(sql<boolean>`gm.user_id = m.user_id and +gm.network_id = n.id`)
    .unionAll(
      db
        .selectFrom("affiliations as a")
        .innerJoin("group_memberships as gm", "gm.organisation_id", "a.organisation_id")
        .select(["gm.group_id", "gm.tier"])
        .where(sql<boolean>`a.network_id = n.id and a.user_id = m.user_id and +gm.network_id = n.id`),
    );
}

// The layout and the page of one request both need the Viewer: it is loaded once per request.
function viewerOnce(request: Request, signedIn: SignedIn, networkSlug: string): Promise<Viewer | null> {
  return oncePerRequest(request, `viewer:${networkSlug}`, () => loadViewer(signedIn, networkSlug));
}

/**
 * The signed-in person as a member of the network in the URL. Anyone who is not an active
 * member gets 404: another network's pages do not reveal that they exist.
 */
export async function requireNetworkMember(request: Request, networkSlug: string | undefined): Promise<Viewer> {
  const signedIn = await requireUser(request);
  const viewer = networkSlug ? await viewerOnce(request, signedIn, networkSlug) : null;
  if (!viewer) notFound();
  return viewer;
}

export async function requireNetworkAdmin(request: Request, networkSlug: string | undefined): Promise<Viewer> {
  const viewer = await requireNetworkMember(request, networkSlug);
  if (!isNetworkAdmin(viewer)) forbidden();
  return viewer;
}

export function requireGroupModerator(viewer: Viewer, groupId: number): void {
  if (!canModerateGroup(viewer, groupId)) forbidden();
}

export function requireGroupMembershipManager(viewer: Viewer, groupId: number): void {
  if (!canManageGroupMembership(viewer, groupId)) forbidden();
}

/** Plan, edit, build the agenda of, invite to and write minutes of a meeting. */
export function requireMeetingModerator(viewer: Viewer, meeting: { hosts: { id: number }[] }): void {
  if (!canModerateMeeting(viewer, meeting.hosts.map((h) => h.id))) forbidden();
}

/** Propose agenda items and answer invitations: members of a host group. */
export function requireHostGroupMember(viewer: Viewer, meeting: { hosts: { id: number }[] }): void {
  if (!isHostGroupMember(viewer, meeting.hosts.map((h) => h.id))) forbidden();
}

/** Edit, publish, archive and present an offer: its organisation's members and admins. */
export function requireOfferEditor(viewer: Viewer, offer: { organisation_id: number }): void {
  if (!canEditOffer(viewer, offer)) forbidden();
}

export interface OfferReader {
  /** null: an anonymous visitor (or a non-member) on a public offer board */
  viewer: Viewer | null;
  networkId: number;
  networkSlug: string;
}

/**
 * The offer board and offer pages: members of the network; anyone else only when the
 * network's public board is on. Otherwise anonymous visitors go to the sign-in page and
 * signed-in outsiders get 404, as everywhere else.
 */
export async function requireOfferReader(request: Request, networkSlug: string | undefined): Promise<OfferReader> {
  const signedIn = await getSignedIn(request);
  const viewer = signedIn && networkSlug ? await viewerOnce(request, signedIn, networkSlug) : null;
  if (viewer) return { viewer, networkId: viewer.networkId, networkSlug: viewer.networkSlug };
  const network = networkSlug
    ? await db.selectFrom("networks").select(["id", "slug", "public_offers"]).where("slug", "=", networkSlug).executeTakeFirst()
    : undefined;
  if (network && network.public_offers === 1) return { viewer: null, networkId: network.id, networkSlug: network.slug };
  if (!signedIn) loginRedirect(request);
  notFound();
}

/** Review, put on the agenda, decide and report on work packages: the steering group and admins. */
export function requireWorkPackageSteering(viewer: Viewer): void {
  if (!canSteerWorkPackages(viewer)) forbidden();
}

/** Create, edit and submit a group's work packages: its moderators and admins. */
export function requireWorkPackageAuthor(viewer: Viewer, pkg: { origin_group_id: number }): void {
  if (!canWriteWorkPackage(viewer, pkg)) forbidden();
}

/** Comment on a work package: the origin group's moderators and the steering group. */
export function requireWorkPackageCommenter(viewer: Viewer, pkg: { origin_group_id: number }): void {
  if (!canCommentOnWorkPackage(viewer, pkg)) forbidden();
}
