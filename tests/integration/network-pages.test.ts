import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { loader as adminLoader } from "~/routes/n.$network.admin._index";
import { loader as groupLoader } from "~/routes/n.$network.groups.$slug";
import { loader as groupsLoader } from "~/routes/n.$network.groups._index";
import { loader as homeLoader } from "~/routes/n.$network._index";
import { loader as orgLoader } from "~/routes/n.$network.organisations.$orgId";
import { loader as orgsLoader } from "~/routes/n.$network.organisations._index";
import { args, getRequest, run } from "../requests";

async function organisationId(name: string) {
  return (await db.selectFrom("organisations").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
}

describe("network pages", () => {
  it("home shows the person's organisation and groups with their role", async () => {
    const result = await run(async () => homeLoader(args(await getRequest("/n/halle", { as: "arbeit@halle.example" }), { network: "halle" })));
    expect(result.status).toBe(200);
    expect(result.data.organisations.map((o: { name: string }) => o.name)).toContain("Jobcenter Halle (Saale)");
    const arbeit = result.data.groups.find((g: { slug: string }) => g.slug === "fg-arbeit");
    expect(arbeit.role).toBe("moderator");
  });

  it("groups directory lists the network's structure, steering group first", async () => {
    const result = await run(async () => groupsLoader(args(await getRequest("/n/halle/groups", { as: "beratung@halle.example" }), { network: "halle" })));
    const slugs = result.data.groups.map((g: { slug: string }) => g.slug);
    expect(slugs[0]).toBe("steuerungsgruppe");
    expect(slugs).toHaveLength(7);
    expect(result.data.groups.find((g: { slug: string }) => g.slug === "fg-arbeit").preparation).toContain("Jobcenter Halle");
    // Only what the cards show travels to the browser (a mandate is read on the group's page).
    expect(Object.keys(result.data.groups[0]).sort()).toEqual(["id", "kind", "memberCount", "name", "preparation", "role", "slug"]);
  });

  it("group page shows mandate and both tiers, and only the Halle group of that slug", async () => {
    const result = await run(async () =>
      groupLoader(args(await getRequest("/n/halle/groups/fg-arbeit", { as: "beratung@halle.example" }), { network: "halle", slug: "fg-arbeit" })),
    );
    expect(result.data.group.name).toBe("FG Arbeit");
    const tiers = new Set(result.data.members.map((m: { tier: string }) => m.tier));
    expect(tiers).toEqual(new Set(["preparation", "member"]));
    expect(result.data.members.map((m: { name: string }) => m.name)).not.toContain("Jobcenter Vogtlandkreis");
    expect(result.data.canManageMembers).toBe(false);
  });

  it("group page pages the member tier 50 at a time in German name order, with the whole preparation tier on each page", async () => {
    const halle = (await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow()).id;
    const group = (await db.selectFrom("groups").select("id").where("network_id", "=", halle).where("slug", "=", "fg-ehrenamt").executeTakeFirstOrThrow()).id;
    const names = Array.from({ length: 60 }, (_, i) => `Ämterprobe ${String(i).padStart(2, "0")}`).concat(["Zentrum Probe", "Öko-Probe", "aaa kleine Probe"]);
    const orgs = await db.insertInto("organisations").values(names.map((name) => ({ network_id: halle, kind: "other", name }))).returning("id").execute();
    await db.insertInto("group_memberships").values(orgs.map(({ id }) => ({ network_id: halle, group_id: group, organisation_id: id, tier: "member" as const }))).execute();
    const page = async (n: number) =>
      (await run(async () => groupLoader(args(await getRequest(`/n/halle/groups/fg-ehrenamt?members=${n}`, { as: "admin@halle.example" }), { network: "halle", slug: "fg-ehrenamt" })))).data;
    const [first, second, beyond] = [await page(1), await page(2), await page(9)];
    const tier = (data: { members: { tier: string; name: string }[] }, t: string) => data.members.filter((m) => m.tier === t).map((m) => m.name);
    const all = [...tier(first, "member"), ...tier(second, "member")];
    expect(tier(first, "member")).toHaveLength(50);
    expect(first.memberPages).toMatchObject({ page: 1, pageCount: 2 });
    expect(all).toHaveLength(first.memberPages.memberTotal);
    expect(all).toEqual([...all].sort(new Intl.Collator("de").compare));
    // German order: "aaa" first, Ä with A, Ö with O, Z last among the probes.
    expect(all.indexOf("aaa kleine Probe")).toBeLessThan(all.indexOf("Ämterprobe 00"));
    expect(all.indexOf("Öko-Probe")).toBeLessThan(all.indexOf("Zentrum Probe"));
    expect(tier(second, "preparation")).toEqual(tier(first, "preparation"));
    expect(tier(first, "preparation").length).toBeGreaterThan(0);
    expect(beyond.memberPages.page).toBe(2);
    await db.deleteFrom("organisations").where("id", "in", orgs.map((o) => o.id)).execute();
  });

  it("group page's member order follows every change: memberships, tiers, renamed organisations and people", async () => {
    // The order is kept between requests and refreshed by triggers; these writes go past the app on purpose.
    const halle = (await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow()).id;
    const group = (await db.selectFrom("groups").select("id").where("network_id", "=", halle).where("slug", "=", "fg-ehrenamt").executeTakeFirstOrThrow()).id;
    const names = async (tier: string) => {
      const result = await run(async () => groupLoader(args(await getRequest("/n/halle/groups/fg-ehrenamt", { as: "admin@halle.example" }), { network: "halle", slug: "fg-ehrenamt" })));
      return result.data.members.filter((m: { tier: string }) => m.tier === tier).map((m: { name: string }) => m.name) as string[];
    };
    const before = await names("member");
    const org = (await db.insertInto("organisations").values({ network_id: halle, kind: "other", name: "Aaaa Ordnungsprobe" }).returning("id").executeTakeFirstOrThrow()).id;
    const membership = (await db.insertInto("group_memberships").values({ network_id: halle, group_id: group, organisation_id: org, tier: "member" }).returning("id").executeTakeFirstOrThrow()).id;
    expect((await names("member"))[0]).toBe("Aaaa Ordnungsprobe");

    await db.updateTable("organisations").set({ name: "Zzzz Ordnungsprobe" }).where("id", "=", org).execute();
    expect((await names("member")).at(-1)).toBe("Zzzz Ordnungsprobe");

    await db.updateTable("group_memberships").set({ tier: "preparation" }).where("id", "=", membership).execute();
    expect(await names("preparation")).toContain("Zzzz Ordnungsprobe");
    expect(await names("member")).toEqual(before);

    const person = await db.selectFrom("users").select(["id", "name"]).where("email", "=", "beratung@halle.example").executeTakeFirstOrThrow();
    await db.insertInto("group_memberships").values({ network_id: halle, group_id: group, user_id: person.id, tier: "member" }).execute();
    await db.updateTable("users").set({ name: "Aaaa Personenprobe" }).where("id", "=", person.id).execute();
    expect((await names("member"))[0]).toBe("Aaaa Personenprobe");

    await db.updateTable("users").set({ name: person.name }).where("id", "=", person.id).execute();
    await db.deleteFrom("group_memberships").where("group_id", "=", group).where("user_id", "=", person.id).execute();
    await db.deleteFrom("organisations").where("id", "=", org).execute();
    expect(await names("preparation")).not.toContain("Zzzz Ordnungsprobe");
    expect(await names("member")).toEqual(before);
  });

  it("group page shows the next meeting's agenda, with the open proposals only to moderators", async () => {
    const page = async (as: string) =>
      run(async () => groupLoader(args(await getRequest("/n/halle/groups/fg-arbeit", { as }), { network: "halle", slug: "fg-arbeit" })));
    const moderator = await page("arbeit@halle.example");
    const member = await page("beratung@halle.example");
    expect(moderator.data.nextAgenda.meetingId).toBe(moderator.data.meetings.next.id);
    expect(moderator.data.nextAgenda.openProposalCount).toBeGreaterThan(0);
    expect(member.data.nextAgenda.openProposalCount).toBeNull();
  });

  it("home shows moderators the proposals they still have to decide", async () => {
    const home = async (as: string) => run(async () => homeLoader(args(await getRequest("/n/halle", { as }), { network: "halle" })));
    const moderator = await home("arbeit@halle.example");
    expect(moderator.data.toDecide.length).toBeGreaterThan(0);
    expect(moderator.data.toDecide.every((m: { open: number }) => Number(m.open) > 0)).toBe(true);
    expect((await home("beratung@halle.example")).data.toDecide).toEqual([]);
  });

  it("answers 404 for an unknown group", async () => {
    const result = await run(async () =>
      groupLoader(args(await getRequest("/n/halle/groups/gibt-es-nicht", { as: "beratung@halle.example" }), { network: "halle", slug: "gibt-es-nicht" })),
    );
    expect(result.status).toBe(404);
  });

  it("filters organisations by kind and ignores an unknown kind", async () => {
    const request = async (q: string) =>
      run(async () => orgsLoader(args(await getRequest(`/n/halle/organisations${q}`, { as: "mso@halle.example" }), { network: "halle" })));
    const all = await request("");
    const mso = await request("?kind=mso");
    const bogus = await request("?kind=%3Cscript%3E");
    expect(mso.data.organisations.length).toBeGreaterThan(0);
    expect(mso.data.organisations.every((o: { kind: string }) => o.kind === "mso")).toBe(true);
    expect(bogus.status).toBe(200);
    expect(bogus.data.organisations).toHaveLength(all.data.organisations.length);
  });

  it("organisation page shows its groups and contact people", async () => {
    const id = await organisationId("Jobcenter Halle (Saale)");
    const result = await run(async () =>
      orgLoader(args(await getRequest(`/n/halle/organisations/${id}`, { as: "mso@halle.example" }), { network: "halle", orgId: String(id) })),
    );
    expect(result.data.groups.map((g: { slug: string }) => g.slug)).toContain("fg-arbeit");
    expect(result.data.people.map((p: { email: string }) => p.email)).toContain("arbeit@halle.example");
  });
});

describe("tenant isolation", () => {
  it("never shows another network's organisation by id (404)", async () => {
    const vogtlandOrg = await organisationId("Jobcenter Vogtlandkreis");
    for (const orgId of [String(vogtlandOrg), "999999", "abc", "-1"]) {
      const result = await run(async () =>
        orgLoader(args(await getRequest(`/n/halle/organisations/${orgId}`, { as: "admin@halle.example" }), { network: "halle", orgId })),
      );
      expect(result.status, orgId).toBe(404);
    }
  });

  it("organisation directory pages 50 at a time in German name order, and the order follows every change", async () => {
    const halle = (await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow()).id;
    const names = Array.from({ length: 60 }, (_, i) => `Übungsverein ${String(i).padStart(2, "0")}`).concat(["Ärztehaus Probe", "Zeltlager Probe"]);
    const orgs = await db.insertInto("organisations").values(names.map((name) => ({ network_id: halle, kind: "volunteer_initiative", name }))).returning("id").execute();
    const directory = async (q = "") =>
      (await run(async () => orgsLoader(args(await getRequest(`/n/halle/organisations${q}`, { as: "mso@halle.example" }), { network: "halle" })))).data;
    const listed = async (q = "") => (await directory(q)).organisations.map((o: { name: string }) => o.name) as string[];
    const first = await directory();
    expect(first.organisations).toHaveLength(50);
    const all: string[] = [];
    for (let page = 1; page <= first.pageCount; page++) all.push(...(await listed(`?page=${page}`)));
    expect(all).toHaveLength(first.total);
    expect(all).toEqual([...all].sort(new Intl.Collator("de").compare));
    expect(all.indexOf("Ärztehaus Probe")).toBeLessThan(all.indexOf("Zeltlager Probe"));
    expect(all.indexOf("Übungsverein 00")).toBeLessThan(all.indexOf("Zeltlager Probe"));
    // A page beyond the last shows the last; the kind filter pages on its own.
    expect((await directory("?page=99")).page).toBe(first.pageCount);
    const associations = await directory("?kind=volunteer_initiative&page=2");
    expect(associations.page).toBe(2);
    expect(associations.organisations.every((o: { kind: string }) => o.kind === "volunteer_initiative")).toBe(true);

    // Writes past the app: a rename, a change of kind, a deletion.
    await db.updateTable("organisations").set({ name: "Aaa Umbenannt" }).where("id", "=", orgs[61].id).execute();
    expect((await listed())[0]).toBe("Aaa Umbenannt");
    await db.updateTable("organisations").set({ kind: "mso" }).where("id", "=", orgs[61].id).execute();
    expect(await listed("?kind=mso")).toContain("Aaa Umbenannt");
    await db.deleteFrom("organisations").where("id", "in", orgs.map((o) => o.id)).execute();
    expect((await directory()).total).toBe(first.total - names.length);
    expect(await listed()).not.toContain("Aaa Umbenannt");
  });

  it("answers 404 on every page of a network the person does not belong to", async () => {
    const result = await run(async () => groupsLoader(args(await getRequest("/n/vogtland/groups", { as: "admin@halle.example" }), { network: "vogtland" })));
    expect(result.status).toBe(404);
    const unknown = await run(async () => groupsLoader(args(await getRequest("/n/nirgendwo/groups", { as: "admin@halle.example" }), { network: "nirgendwo" })));
    expect(unknown.status).toBe(404);
  });

  it("keeps the administration to admins (403 for everyone else)", async () => {
    for (const email of ["arbeit@halle.example", "steuerung@halle.example", "beratung@halle.example"]) {
      const result = await run(async () => adminLoader(args(await getRequest("/n/halle/admin", { as: email }), { network: "halle" })));
      expect(result.status, email).toBe(403);
    }
    const admin = await run(async () => adminLoader(args(await getRequest("/n/halle/admin", { as: "admin@halle.example" }), { network: "halle" })));
    expect(admin.status).toBe(200);
    expect(admin.data.organisations).toBeGreaterThanOrEqual(40);
  });
});
