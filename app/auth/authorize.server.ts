import { redirect } from "@remix-run/node";
import { db } from "../db.server";
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

async function loadViewer(signedIn: SignedIn, networkSlug: string): Promise<Viewer | null> {
  const { user } = signedIn;
  const membership = await db
    .selectFrom("networks")
    .innerJoin("network_members", "network_members.network_id", "networks.id")
    .select(["networks.id as networkId", "networks.slug", "network_members.role"])
    .where("networks.slug", "=", networkSlug)
    .where("network_members.user_id", "=", user.id)
    .where("network_members.active", "=", 1)
    .executeTakeFirst();
  if (!membership) return null;

  const organisations = await db
    .selectFrom("affiliations")
    .select("organisation_id")
    .where("network_id", "=", membership.networkId)
    .where("user_id", "=", user.id)
    .execute();
  const organisationIds = organisations.map((o) => o.organisation_id);

  const groupRows = await db
    .selectFrom("group_memberships")
    .innerJoin("groups", "groups.id", "group_memberships.group_id")
    .select(["group_memberships.group_id", "group_memberships.tier", "groups.kind"])
    .where("group_memberships.network_id", "=", membership.networkId)
    .where((eb) =>
      eb.or([
        eb("group_memberships.user_id", "=", user.id),
        ...(organisationIds.length ? [eb("group_memberships.organisation_id", "in", organisationIds)] : []),
      ]),
    )
    .execute();
  const steering = await db
    .selectFrom("groups")
    .select("id")
    .where("network_id", "=", membership.networkId)
    .where("kind", "=", "steering")
    .execute();

  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    networkId: membership.networkId,
    networkSlug: membership.slug,
    networkRole: membership.role,
    organisationIds,
    groupTiers: strongestTiers(groupRows),
    steeringGroupIds: steering.map((g) => g.id),
  };
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
