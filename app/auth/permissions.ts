import type { MembershipTier, NetworkRole } from "../../db/schema";

// Pure permission rules (DESIGN section 4). The server helpers in authorize.server.ts
// load a Viewer once per request and ask these questions; no rule lives anywhere else.

export interface Viewer {
  userId: number;
  name: string;
  email: string;
  networkId: number;
  networkSlug: string;
  networkRole: NetworkRole;
  organisationIds: number[];
  /** the person's strongest tier in each group, directly or through an organisation */
  groupTiers: Record<number, MembershipTier>;
  steeringGroupIds: number[];
}

export function isNetworkAdmin(viewer: Viewer): boolean {
  return viewer.networkRole === "admin";
}

export function belongsToGroup(viewer: Viewer, groupId: number): boolean {
  return viewer.groupTiers[groupId] !== undefined;
}

export function canModerateGroup(viewer: Viewer, groupId: number): boolean {
  return isNetworkAdmin(viewer) || viewer.groupTiers[groupId] === "preparation";
}

/** Moderators manage the membership of their own groups; admins of all. */
export function canManageGroupMembership(viewer: Viewer, groupId: number): boolean {
  return canModerateGroup(viewer, groupId);
}

/** A meeting's moderators are those of any of its host groups (joint sessions: all of them). */
export function canModerateMeeting(viewer: Viewer, hostGroupIds: number[]): boolean {
  return isNetworkAdmin(viewer) || hostGroupIds.some((id) => canModerateGroup(viewer, id));
}

export function isHostGroupMember(viewer: Viewer, hostGroupIds: number[]): boolean {
  return isNetworkAdmin(viewer) || hostGroupIds.some((id) => belongsToGroup(viewer, id));
}

export function isSteeringMember(viewer: Viewer): boolean {
  return viewer.steeringGroupIds.some((id) => belongsToGroup(viewer, id));
}

export function isSteeringLead(viewer: Viewer): boolean {
  return viewer.steeringGroupIds.some((id) => viewer.groupTiers[id] === "preparation");
}

export function canManageNetwork(viewer: Viewer): boolean {
  return isNetworkAdmin(viewer);
}

/** Posting and editing offers and proposals in the name of an organisation. */
export function canActForOrganisation(viewer: Viewer, organisationId: number): boolean {
  return isNetworkAdmin(viewer) || viewer.organisationIds.includes(organisationId);
}

/** Offers: members of the offer's organisation edit, publish and archive it; admins every offer. */
export function canEditOffer(viewer: Viewer, offer: { organisation_id: number }): boolean {
  return canActForOrganisation(viewer, offer.organisation_id);
}

/**
 * Reading an offer. viewer null = anonymous on a public board: published offers only.
 * Drafts only for their organisation and admins; archived ones for the network's members.
 */
export function canReadOffer(viewer: Viewer | null, offer: { organisation_id: number; status: string }): boolean {
  if (offer.status === "published") return true;
  if (!viewer) return false;
  if (offer.status === "draft") return canEditOffer(viewer, offer);
  return true;
}

export type GroupRole = "moderator" | "member" | null;

export function groupRole(viewer: Viewer, groupId: number): GroupRole {
  const tier = viewer.groupTiers[groupId];
  if (tier === "preparation") return "moderator";
  if (tier === "member") return "member";
  return null;
}

/** Merges tiers found through several paths: preparation outranks member. */
export function strongestTiers(rows: { group_id: number; tier: MembershipTier }[]): Record<number, MembershipTier> {
  const tiers: Record<number, MembershipTier> = {};
  for (const { group_id, tier } of rows) {
    if (tiers[group_id] !== "preparation") tiers[group_id] = tier;
  }
  return tiers;
}

// ── Work packages ────────────────────────────────────────────────────────────

/** Reviews, decides and reports back on work packages: steering lead or member, and admins. */
export function canSteerWorkPackages(viewer: Viewer): boolean {
  return isNetworkAdmin(viewer) || isSteeringMember(viewer);
}

/** Creates, edits and submits the work packages of a group: its moderators, and admins. */
export function canWriteWorkPackage(viewer: Viewer, pkg: { origin_group_id: number }): boolean {
  return canModerateGroup(viewer, pkg.origin_group_id);
}

/** Comments on a package: the origin group's moderators and the steering group. */
export function canCommentOnWorkPackage(viewer: Viewer, pkg: { origin_group_id: number }): boolean {
  return canWriteWorkPackage(viewer, pkg) || canSteerWorkPackages(viewer);
}

/** The roles of the work-package state machine this person holds for this package. */
export function workPackageRoles(viewer: Viewer, pkg: { origin_group_id: number }): ("origin" | "steering")[] {
  const roles: ("origin" | "steering")[] = [];
  if (canWriteWorkPackage(viewer, pkg)) roles.push("origin");
  if (canSteerWorkPackages(viewer)) roles.push("steering");
  return roles;
}
