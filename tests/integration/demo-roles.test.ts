import { describe, expect, it } from "vitest";
import { requireNetworkMember } from "~/auth/authorize.server";
import { canModerateGroup, groupRole, isNetworkAdmin, isSteeringLead } from "~/auth/permissions";
import { getRequest, run } from "../requests";
import { groupId } from "../lookups";

// The demo accounts have exactly the roles DESIGN section 6 gives them.
async function viewerOf(email: string, network = "halle") {
  return requireNetworkMember(await getRequest(`/n/${network}`, { as: email }), network);
}

describe("demo accounts", () => {
  it("admin@halle.example administers Halle", async () => {
    expect(isNetworkAdmin(await viewerOf("admin@halle.example"))).toBe(true);
  });

  it("steuerung@halle.example leads the steering group and moderates no specialist group", async () => {
    const v = await viewerOf("steuerung@halle.example");
    expect(isSteeringLead(v)).toBe(true);
    expect(isNetworkAdmin(v)).toBe(false);
    expect(canModerateGroup(v, await groupId("fg-arbeit"))).toBe(false);
  });

  it("arbeit@ moderates FG Arbeit, deutsch@ moderates FG Deutsch, not each other's", async () => {
    const arbeit = await viewerOf("arbeit@halle.example");
    const deutsch = await viewerOf("deutsch@halle.example");
    expect(groupRole(arbeit, await groupId("fg-arbeit"))).toBe("moderator");
    expect(canModerateGroup(arbeit, await groupId("fg-deutsch"))).toBe(false);
    expect(groupRole(deutsch, await groupId("fg-deutsch"))).toBe("moderator");
    expect(canModerateGroup(deutsch, await groupId("fg-arbeit"))).toBe(false);
  });

  it("beratung@ and mso@ are plain members of the groups DESIGN names", async () => {
    const beratung = await viewerOf("beratung@halle.example");
    expect(groupRole(beratung, await groupId("fg-arbeit"))).toBe("member");
    expect(groupRole(beratung, await groupId("fg-deutsch"))).toBe("member");
    expect(Object.values(beratung.groupTiers)).not.toContain("preparation");
    const mso = await viewerOf("mso@halle.example");
    expect(groupRole(mso, await groupId("fg-arbeit"))).toBe("member");
    expect(groupRole(mso, await groupId("fg-migrantenorganisationen"))).toBe("member");
    expect(Object.values(mso.groupTiers)).not.toContain("preparation");
  });

  it("admin@vogtland.example administers Vogtland and cannot open Halle (404)", async () => {
    expect(isNetworkAdmin(await viewerOf("admin@vogtland.example", "vogtland"))).toBe(true);
    const halle = await run(() => viewerOf("admin@vogtland.example", "halle"));
    expect(halle.status).toBe(404);
  });

  it("a person of both networks opens both, each with its own groups", async () => {
    const inHalle = await viewerOf("michael.brandt@halle.example", "halle");
    const inVogtland = await viewerOf("michael.brandt@halle.example", "vogtland");
    expect(inHalle.networkId).not.toBe(inVogtland.networkId);
    expect(inVogtland.organisationIds).not.toEqual(inHalle.organisationIds);
  });
});
