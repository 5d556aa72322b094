import { describe, expect, it } from "vitest";
import { requireNetworkMember } from "~/auth/authorize.server";
import { canModerateGroup, groupRole, isNetworkAdmin, isSteeringLead } from "~/auth/permissions";
import { db } from "~/db.server";
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
    const email = "michael.brandt@halle.example";
    const before = await viewerOf(email, "halle");
    // A membership in person in a Halle group must not show up in Vogtland.
    const halleGroups = await db.selectFrom("groups").select("id").where("network_id", "=", before.networkId).execute();
    const halleGroup = halleGroups.find((g) => before.groupTiers[g.id] === undefined)!;
    await db.insertInto("group_memberships").values({ network_id: before.networkId, group_id: halleGroup.id, user_id: before.userId, tier: "member" }).execute();
    try {
      const inHalle = await viewerOf(email, "halle");
      const inVogtland = await viewerOf(email, "vogtland");
      expect(inHalle.networkId).not.toBe(inVogtland.networkId);
      expect(inVogtland.organisationIds).not.toEqual(inHalle.organisationIds);
      expect(inHalle.groupTiers[halleGroup.id]).toBe("member");
      // Each viewer carries only its own network's groups, their own and their organisations'.
      for (const [viewer, network] of [[inHalle, "halle"], [inVogtland, "vogtland"]] as const) {
        const groups = await db.selectFrom("groups").select(["id", "kind"]).where("network_id", "=", viewer.networkId).execute();
        const own = new Set(groups.map((g) => g.id));
        expect(Object.keys(viewer.groupTiers).length, network).toBeGreaterThan(0);
        expect(Object.keys(viewer.groupTiers).filter((id) => !own.has(Number(id))), network).toEqual([]);
        expect(viewer.steeringGroupIds).toEqual(groups.filter((g) => g.kind === "steering").map((g) => g.id));
      }
    } finally {
      await db.deleteFrom("group_memberships").where("group_id", "=", halleGroup.id).where("user_id", "=", before.userId).execute();
    }
  });

  it("a person who belongs to a group in person and through an organisation gets the stronger tier", async () => {
    const v = await viewerOf("beratung@halle.example");
    const fgArbeit = await groupId("fg-arbeit");
    const [organisationId] = v.organisationIds;
    await db
      .insertInto("group_memberships")
      .values({ network_id: v.networkId, group_id: fgArbeit, user_id: v.userId, tier: "preparation" })
      .execute();
    try {
      expect(organisationId).toBeDefined();
      expect((await viewerOf("beratung@halle.example")).groupTiers[fgArbeit]).toBe("preparation");
    } finally {
      await db.deleteFrom("group_memberships").where("group_id", "=", fgArbeit).where("user_id", "=", v.userId).execute();
    }
  });
});
