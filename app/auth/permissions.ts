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
