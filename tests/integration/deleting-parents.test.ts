import { describe, expect, it } from "vitest";
import { db } from "~/db.server";

// The counter tables that triggers keep (calendar changes, member orders and counts,
// work-package and offer counts, the organisation order) must not stand in the way of deleting what they
// count for: a group or a whole network goes, with everything that cascades from it, and
// its counter rows too.

async function newNetwork(slug: string) {
  const network = (await db.insertInto("networks").values({ slug, name: `Löschprobe ${slug}`, city: "Probe" }).returning("id").executeTakeFirstOrThrow()).id;
  const organisation = (await db.insertInto("organisations").values({ network_id: network, kind: "mso", name: "Verein Löschprobe" }).returning("id").executeTakeFirstOrThrow()).id;
  const group = (await db.insertInto("groups").values({ network_id: network, kind: "specialist", slug: "fg-probe", name: "FG Probe" }).returning("id").executeTakeFirstOrThrow()).id;
  await db.insertInto("group_memberships").values({ network_id: network, group_id: group, organisation_id: organisation, tier: "preparation" }).execute();
  await db.insertInto("work_packages").values({ network_id: network, origin_group_id: group, title: "Probe", problem: "p", request: "r", created_by: null }).execute();
  const starts = "2027-01-12T09:00:00.000Z";
  const meeting = (await db
    .insertInto("meetings")
    .values({ network_id: network, kind: "regular", title: "Sitzung Probe", starts_at: starts, ends_at: "2027-01-12T11:00:00.000Z", proposal_deadline: "2027-01-05T09:00:00.000Z" })
    .returning("id")
    .executeTakeFirstOrThrow()).id;
  await db.insertInto("meeting_hosts").values({ meeting_id: meeting, group_id: group, network_id: network, starts_at: starts }).execute();
  await db
    .insertInto("offers")
    .values({ network_id: network, organisation_id: organisation, title: "Probeangebot", category: "course", status: "published", published_at: new Date().toISOString() })
    .execute();
  return { network, group };
}

async function countersOf(network: number, group: number) {
  const rows = await Promise.all([
    db.selectFrom("member_order_changes").select("group_id").where("group_id", "=", group).execute(),
    db.selectFrom("work_package_counts").select("network_id").where("origin_group_id", "=", group).execute(),
    db.selectFrom("organisation_order_changes").select("network_id").where("network_id", "=", network).execute(),
    db.selectFrom("offer_board_counts").select("network_id").where("network_id", "=", network).execute(),
    db.selectFrom("calendar_group_changes").select("group_id").where("group_id", "=", group).execute(),
    db.selectFrom("group_member_counts").select("group_id").where("group_id", "=", group).execute(),
  ]);
  return rows.map((r) => r.length);
}

describe("deleting what the kept counters count for", () => {
  it("a group with members, meetings and work packages can be deleted; its counter rows go with it", async () => {
    const { network, group } = await newNetwork("loeschprobe-gruppe");
    expect(await countersOf(network, group)).toEqual([1, 1, 1, 1, 1, 1]);
    await db.deleteFrom("groups").where("id", "=", group).execute();
    expect(await db.selectFrom("group_memberships").select("id").where("group_id", "=", group).execute()).toEqual([]);
    const [memberOrders, packageCounts, , , calendar, memberCounts] = await countersOf(network, group);
    expect([memberOrders, packageCounts, calendar, memberCounts]).toEqual([0, 0, 0, 0]);
  });

  it("a network with organisations, groups, packages and offers can be deleted; its counter rows go with it", async () => {
    const { network, group } = await newNetwork("loeschprobe-netz");
    await db.deleteFrom("networks").where("id", "=", network).execute();
    expect(await db.selectFrom("offers").select("id").where("network_id", "=", network).execute()).toEqual([]);
    expect(await countersOf(network, group)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("the counters still count while the parents stay", async () => {
    const { network, group } = await newNetwork("loeschprobe-bleibt");
    const version = async () => (await db.selectFrom("member_order_changes").select("version").where("group_id", "=", group).executeTakeFirstOrThrow()).version;
    const before = await version();
    await db.deleteFrom("group_memberships").where("group_id", "=", group).execute();
    expect(await version()).toBe(before + 1);
    await db.deleteFrom("work_packages").where("origin_group_id", "=", group).execute();
    expect((await db.selectFrom("work_package_counts").select("count").where("origin_group_id", "=", group).executeTakeFirstOrThrow()).count).toBe(0);
    await db.deleteFrom("offers").where("network_id", "=", network).execute();
    expect((await db.selectFrom("offer_board_counts").select("count").where("network_id", "=", network).executeTakeFirstOrThrow()).count).toBe(0);
  });
});
