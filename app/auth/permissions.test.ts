import { describe, expect, it } from "vitest";
import {
  belongsToGroup, canActForOrganisation, canManageGroupMembership, canManageNetwork, canModerateGroup, canModerateMeeting, isHostGroupMember,
  groupRole, isSteeringLead, isSteeringMember, strongestTiers, type Viewer,
} from "./permissions";

const STEERING = 1;
const ARBEIT = 2;
const DEUTSCH = 3;

function viewer(overrides: Partial<Viewer>): Viewer {
  return {
    userId: 10, name: "Test", email: "t@example.org", networkId: 1, networkSlug: "halle", networkRole: "member",
    organisationIds: [100], groupTiers: {}, steeringGroupIds: [STEERING], ...overrides,
  };
}

describe("permissions (DESIGN section 4)", () => {
  const member = viewer({ groupTiers: { [ARBEIT]: "member", [DEUTSCH]: "member" } });
  const moderator = viewer({ groupTiers: { [ARBEIT]: "preparation", [DEUTSCH]: "member" } });
  const steeringLead = viewer({ groupTiers: { [STEERING]: "preparation" } });
  const steeringMember = viewer({ groupTiers: { [STEERING]: "member" } });
  const admin = viewer({ networkRole: "admin", groupTiers: {} });

  it("lets only preparation-tier people and admins moderate a group", () => {
    expect(canModerateGroup(member, ARBEIT)).toBe(false);
    expect(canModerateGroup(moderator, ARBEIT)).toBe(true);
    expect(canModerateGroup(moderator, DEUTSCH)).toBe(false);
    expect(canModerateGroup(admin, DEUTSCH)).toBe(true);
    expect(canModerateGroup(steeringLead, ARBEIT)).toBe(false);
  });

  it("lets moderators manage the membership of their own groups only", () => {
    expect(canManageGroupMembership(moderator, ARBEIT)).toBe(true);
    expect(canManageGroupMembership(moderator, DEUTSCH)).toBe(false);
    expect(canManageGroupMembership(member, ARBEIT)).toBe(false);
    expect(canManageGroupMembership(admin, ARBEIT)).toBe(true);
  });

  it("keeps network management to admins", () => {
    for (const v of [member, moderator, steeringLead, steeringMember]) expect(canManageNetwork(v)).toBe(false);
    expect(canManageNetwork(admin)).toBe(true);
  });

  it("tells steering leads and members apart", () => {
    expect(isSteeringLead(steeringLead)).toBe(true);
    expect(isSteeringMember(steeringLead)).toBe(true);
    expect(isSteeringLead(steeringMember)).toBe(false);
    expect(isSteeringMember(steeringMember)).toBe(true);
    expect(isSteeringMember(moderator)).toBe(false);
  });

  it("lets people act for their own organisations; admins for all", () => {
    expect(canActForOrganisation(member, 100)).toBe(true);
    expect(canActForOrganisation(member, 101)).toBe(false);
    expect(canActForOrganisation(admin, 101)).toBe(true);
  });

  it("names the role in a group", () => {
    expect(groupRole(moderator, ARBEIT)).toBe("moderator");
    expect(groupRole(moderator, DEUTSCH)).toBe("member");
    expect(groupRole(moderator, STEERING)).toBeNull();
    expect(belongsToGroup(member, STEERING)).toBe(false);
  });

  it("lets the preparation tier outrank the member tier whatever the order", () => {
    expect(strongestTiers([{ group_id: 1, tier: "member" }, { group_id: 1, tier: "preparation" }])).toEqual({ 1: "preparation" });
    expect(strongestTiers([{ group_id: 1, tier: "preparation" }, { group_id: 1, tier: "member" }])).toEqual({ 1: "preparation" });
  });
});

describe("meeting permissions", () => {
  const arbeitModerator = viewer({ groupTiers: { [ARBEIT]: "preparation" } });
  const deutschMember = viewer({ groupTiers: { [DEUTSCH]: "member" } });
  const outsider = viewer({ groupTiers: { [STEERING]: "member" } });

  it("lets moderators of any host group moderate a joint session", () => {
    expect(canModerateMeeting(arbeitModerator, [ARBEIT, DEUTSCH])).toBe(true);
    expect(canModerateMeeting(arbeitModerator, [DEUTSCH])).toBe(false);
    expect(canModerateMeeting(deutschMember, [ARBEIT, DEUTSCH])).toBe(false);
    expect(canModerateMeeting(viewer({ networkRole: "admin" }), [DEUTSCH])).toBe(true);
  });

  it("lets members of any host group take part", () => {
    expect(isHostGroupMember(deutschMember, [ARBEIT, DEUTSCH])).toBe(true);
    expect(isHostGroupMember(outsider, [ARBEIT, DEUTSCH])).toBe(false);
  });
});
