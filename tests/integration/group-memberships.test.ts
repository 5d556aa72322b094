import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { action, loader } from "~/routes/n.$network.groups.$slug_.members";
import { loader as directoryLoader } from "~/routes/n.$network.groups._index";
import { args, getRequest, postRequest, run } from "../requests";
import { groupId, organisationId, userId } from "../lookups";

const ADMIN = "admin@halle.example";
const MODERATOR = "arbeit@halle.example"; // Jobcenter Halle: preparation committee of FG Arbeit only

const page = (slug: string, as: string, network = "halle") =>
  run(async () => loader(args(await getRequest(`/n/${network}/groups/${slug}/members`, { as }), { network, slug })));

const post = (slug: string, fields: Record<string, string>, as: string, network = "halle") =>
  run(async () => action(args(await postRequest(`/n/${network}/groups/${slug}/members`, fields, { as }), { network, slug })));

async function membershipOf(groupSlug: string, subject: { organisationId?: number; userId?: number }, network = "halle") {
  let query = db.selectFrom("group_memberships").selectAll().where("group_id", "=", await groupId(groupSlug, network));
  if (subject.organisationId) query = query.where("organisation_id", "=", subject.organisationId);
  if (subject.userId) query = query.where("user_id", "=", subject.userId);
  return query.executeTakeFirst();
}

async function auditCount(action: string) {
  const row = await db
    .selectFrom("audit_events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("action", "=", action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("group memberships", () => {
  it("shows both tiers and who can still be added, to admins and the group's moderators", async () => {
    for (const as of [ADMIN, MODERATOR]) {
      const result = await page("fg-arbeit", as);
      expect(result.status, as).toBe(200);
      const names = (tier: string) => result.data.members.filter((m: { tier: string }) => m.tier === tier).map((m: { name: string }) => m.name);
      expect(names("preparation")).toEqual(expect.arrayContaining(["Jobcenter Halle (Saale)", "Agentur für Arbeit Halle"]));
      expect(names("member")).toContain("Beratungszentrum Migration Halle-Neustadt e.V.");
      const candidates = result.data.organisations.map((o: { name: string }) => o.name);
      expect(candidates).toContain("Ukrainische Gemeinschaft Halle e.V.");
      expect(candidates).not.toContain("Jobcenter Halle (Saale)");
      expect(candidates).not.toContain("Jobcenter Vogtlandkreis");
      const people = result.data.people.map((p: { email: string }) => p.email);
      expect(people).toContain("mso@halle.example");
      expect(people).not.toContain("admin@vogtland.example");
    }
  });

  it("refuses other members with 403, and a moderator in a group they do not moderate", async () => {
    expect((await page("fg-arbeit", "beratung@halle.example")).status).toBe(403);
    expect((await page("fg-deutsch", MODERATOR)).status).toBe(403);
    const ukr = await organisationId("Ukrainische Gemeinschaft Halle e.V.");
    const attempt = await post("fg-deutsch", { intent: "addOrganisation", organisationId: String(ukr), organisationTier: "preparation" }, MODERATOR);
    expect(attempt.status).toBe(403);
    expect(await membershipOf("fg-deutsch", { organisationId: ukr })).toBeUndefined();
    const bzm = (await membershipOf("fg-arbeit", { organisationId: await organisationId("Beratungszentrum Migration Halle-Neustadt e.V.") }))!;
    const removal = await post("fg-arbeit", { intent: "remove", membershipId: String(bzm.id) }, "beratung@halle.example");
    expect(removal.status).toBe(403);
    expect(await membershipOf("fg-arbeit", { organisationId: bzm.organisation_id! })).toBeDefined();
  });

  it("answers another network's admin, and group slugs of another network, with 404", async () => {
    expect((await page("fg-arbeit", "admin@vogtland.example")).status).toBe(404);
    expect((await post("fg-arbeit", { intent: "remove", membershipId: "1" }, "admin@vogtland.example")).status).toBe(404);
    expect((await page("fg-sprache", ADMIN)).status).toBe(404);
    expect((await page("gibt-es-nicht", ADMIN)).status).toBe(404);
  });

  it("lets the moderator add an organisation, with an audit event", async () => {
    const ukr = await organisationId("Ukrainische Gemeinschaft Halle e.V.");
    const before = await auditCount("membership.added");
    const result = await post("fg-arbeit", { intent: "addOrganisation", organisationId: String(ukr), organisationTier: "member" }, MODERATOR);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/n/halle/groups/fg-arbeit/members?done=added");
    expect(await membershipOf("fg-arbeit", { organisationId: ukr })).toMatchObject({ tier: "member", user_id: null });
    expect(await auditCount("membership.added")).toBe(before + 1);

    const again = await post("fg-arbeit", { intent: "addOrganisation", organisationId: String(ukr), organisationTier: "preparation" }, MODERATOR);
    expect(again.status).toBe(422);
    expect(again.data.fieldErrors).toEqual({ organisationId: "memberships.alreadyMember" });
    expect(await membershipOf("fg-arbeit", { organisationId: ukr })).toMatchObject({ tier: "member" });
  });

  it("answers an organisation of another network with 404 and adds nothing", async () => {
    const foreign = await organisationId("Jobcenter Vogtlandkreis");
    const before = await auditCount("membership.added");
    for (const organisationId of [String(foreign), "999999", "abc", "1; DROP TABLE groups"]) {
      const result = await post("fg-arbeit", { intent: "addOrganisation", organisationId, organisationTier: "member" }, ADMIN);
      expect(result.status, organisationId).toBe(404);
    }
    expect(await membershipOf("fg-arbeit", { organisationId: foreign })).toBeUndefined();
    expect(await auditCount("membership.added")).toBe(before);
  });

  it("answers bad input with 422, one message per field and the submitted values", async () => {
    const result = await post("fg-arbeit", { intent: "addOrganisation", organisationId: "", organisationTier: "chef" }, MODERATOR);
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({ organisationId: "validation.required", organisationTier: "validation.invalidChoice" });
    expect(result.data.repopulateFields).toMatchObject({ intent: "addOrganisation", organisationTier: "chef" });
    const person = await post("fg-arbeit", { intent: "addPerson", userId: "", personTier: "" }, MODERATOR);
    expect(person.status).toBe(422);
    expect(person.data.fieldErrors).toEqual({ userId: "validation.required", personTier: "validation.required" });
  });

  it("adds an active person of the network directly; people of other networks are a 404", async () => {
    const mso = await userId("mso@halle.example");
    const result = await post("fg-arbeit", { intent: "addPerson", userId: String(mso), personTier: "preparation" }, ADMIN);
    expect(result.status).toBe(302);
    expect(await membershipOf("fg-arbeit", { userId: mso })).toMatchObject({ tier: "preparation", organisation_id: null });

    const outsider = await userId("khaled.nasser@vogtland.example");
    const refused = await post("fg-arbeit", { intent: "addPerson", userId: String(outsider), personTier: "member" }, ADMIN);
    expect(refused.status).toBe(404);
    expect(await membershipOf("fg-arbeit", { userId: outsider })).toBeUndefined();
  });

  it("changes a tier and removes a membership, each with an audit event", async () => {
    const bbz = await organisationId("Berufsbildungszentrum Halle-Ost gGmbH");
    const membership = (await membershipOf("fg-arbeit", { organisationId: bbz }))!;
    expect(membership.tier).toBe("member");
    const changedBefore = await auditCount("membership.changed");

    const promoted = await post("fg-arbeit", { intent: "changeTier", membershipId: String(membership.id), tier: "preparation" }, MODERATOR);
    expect(promoted.status).toBe(302);
    expect(promoted.location).toBe("/n/halle/groups/fg-arbeit/members?done=changed");
    expect((await membershipOf("fg-arbeit", { organisationId: bbz }))?.tier).toBe("preparation");
    expect(await auditCount("membership.changed")).toBe(changedBefore + 1);

    const removedBefore = await auditCount("membership.removed");
    const removed = await post("fg-arbeit", { intent: "remove", membershipId: String(membership.id) }, MODERATOR);
    expect(removed.status).toBe(302);
    expect(removed.location).toBe("/n/halle/groups/fg-arbeit/members?done=removed");
    expect(await membershipOf("fg-arbeit", { organisationId: bbz })).toBeUndefined();
    const audit = await db.selectFrom("audit_events").selectAll().where("action", "=", "membership.removed").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(await auditCount("membership.removed")).toBe(removedBefore + 1);
    expect(JSON.parse(audit.details)).toMatchObject({ organisationId: bbz, tier: "preparation" });
  });

  it("answers membership ids of another group or network with 404 and changes nothing", async () => {
    const deutschMembership = (await membershipOf("fg-deutsch", { organisationId: await organisationId("Integrationskurszentrum Halle-Süd gGmbH") }))!;
    const vogtlandMembership = (await membershipOf("fg-arbeit", { organisationId: await organisationId("Jobcenter Vogtlandkreis") }, "vogtland"))!;
    for (const membership of [deutschMembership, vogtlandMembership]) {
      const change = await post("fg-arbeit", { intent: "changeTier", membershipId: String(membership.id), tier: "preparation" }, MODERATOR);
      const remove = await post("fg-arbeit", { intent: "remove", membershipId: String(membership.id) }, MODERATOR);
      expect([change.status, remove.status]).toEqual([404, 404]);
      const still = await db.selectFrom("group_memberships").selectAll().where("id", "=", membership.id).executeTakeFirst();
      expect(still).toEqual(membership);
    }
    expect((await post("fg-arbeit", { intent: "remove", membershipId: "1 OR 1=1" }, ADMIN)).status).toBe(404);
  });

  it("answers an unknown intent or malformed row buttons with 400", async () => {
    expect((await post("fg-arbeit", { intent: "dropGroup" }, ADMIN)).status).toBe(400);
    expect((await post("fg-arbeit", {}, ADMIN)).status).toBe(400);
    expect((await post("fg-arbeit", { intent: "changeTier", membershipId: "1", tier: "boss" }, ADMIN)).status).toBe(400);
  });

  it("the kept member counts per group and tier match the memberships after every kind of change", async () => {
    const actual = async () =>
      (await db.selectFrom("group_memberships").select(["network_id", "group_id", "tier", (eb) => eb.fn.countAll<number>().as("n")]).groupBy(["network_id", "group_id", "tier"]).execute())
        .map((r) => `${r.network_id}/${r.group_id}/${r.tier}: ${r.n}`)
        .sort();
    const kept = async () =>
      (await db.selectFrom("group_member_counts").selectAll().where("count", "!=", 0).execute()).map((r) => `${r.network_id}/${r.group_id}/${r.tier}: ${r.count}`).sort();
    expect(await kept()).toEqual(await actual());

    // Writes past the app: a new membership, a tier change, a move to another group, a removal.
    const [arbeit, deutsch] = [await groupId("fg-arbeit"), await groupId("fg-deutsch")];
    const network = (await db.selectFrom("groups").select("network_id").where("id", "=", arbeit).executeTakeFirstOrThrow()).network_id;
    const added = await db.insertInto("group_memberships").values({ network_id: network, group_id: arbeit, user_id: await userId("admin@halle.example"), tier: "member" }).returning("id").executeTakeFirstOrThrow();
    expect(await kept()).toEqual(await actual());
    await db.updateTable("group_memberships").set({ tier: "preparation" }).where("id", "=", added.id).execute();
    await db.updateTable("group_memberships").set({ group_id: deutsch }).where("id", "=", added.id).execute();
    expect(await kept()).toEqual(await actual());
    await db.deleteFrom("group_memberships").where("id", "=", added.id).execute();
    expect(await kept()).toEqual(await actual());

    // The directory shows the kept count of the member tier.
    const directory = await run(async () => directoryLoader(args(await getRequest("/n/halle/groups", { as: ADMIN }), { network: "halle" })));
    const members = await db.selectFrom("group_memberships").select((eb) => eb.fn.countAll<number>().as("n")).where("group_id", "=", arbeit).where("tier", "=", "member").executeTakeFirstOrThrow();
    expect(directory.data.groups.find((g: { slug: string }) => g.slug === "fg-arbeit").memberCount).toBe(Number(members.n));
  });
});
