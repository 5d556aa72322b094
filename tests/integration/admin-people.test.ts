import { describe, expect, it } from "vitest";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { db } from "~/db.server";
import { loader as homeLoader } from "~/routes/n.$network._index";
import { action as personAction, loader as personLoader } from "~/routes/n.$network.admin.people.$userId";
import { loader as peopleLoader } from "~/routes/n.$network.admin.people._index";
import { args, getRequest, ORIGIN, postRequest, run, sessionCookie } from "../requests";
import { networkId, userId } from "../lookups";

const ADMIN = "admin@halle.example";

async function organisationIds(slug: string, count: number) {
  const rows = await db.selectFrom("organisations").select("id").where("network_id", "=", await networkId(slug)).orderBy("id").limit(count).execute();
  return rows.map((r) => r.id);
}

async function affiliationsOf(email: string, slug = "halle") {
  const rows = await db
    .selectFrom("affiliations")
    .select("organisation_id")
    .where("network_id", "=", await networkId(slug))
    .where("user_id", "=", await userId(email))
    .orderBy("organisation_id")
    .execute();
  return rows.map((r) => r.organisation_id);
}

async function membership(email: string, slug = "halle") {
  return db
    .selectFrom("network_members")
    .select(["role", "active"])
    .where("network_id", "=", await networkId(slug))
    .where("user_id", "=", await userId(email))
    .executeTakeFirstOrThrow();
}

async function sessionCount(email: string) {
  const row = await db
    .selectFrom("sessions")
    .select((eb) => eb.fn.countAll<number>().as("c"))
    .where("user_id", "=", await userId(email))
    .executeTakeFirstOrThrow();
  return Number(row.c);
}

async function auditActions(action: string, subjectUserId: number) {
  return db.selectFrom("audit_events").select(["details", "actor_user_id"]).where("action", "=", action).where("subject_id", "=", String(subjectUserId)).execute();
}

const list = (query = "", as = ADMIN) =>
  run(async () => peopleLoader(args(await getRequest(`/n/halle/admin/people${query}`, { as }), { network: "halle" })));

const openPerson = async (id: number | string, as = ADMIN, network = "halle") =>
  run(async () => personLoader(args(await getRequest(`/n/${network}/admin/people/${id}`, { as }), { network, userId: String(id) })));

const post = async (id: number | string, fields: Record<string, string | string[]>, as = ADMIN, network = "halle") =>
  run(async () => personAction(args(await postRequest(`/n/${network}/admin/people/${id}`, fields, { as }), { network, userId: String(id) })));

const openHome = (cookie: string) =>
  run(async () => homeLoader(args(new Request(`${ORIGIN}/n/halle`, { headers: { Cookie: cookie } }), { network: "halle" })));

describe("people list", () => {
  it("lists the network's people with organisations, role and status, and nobody from elsewhere", async () => {
    const result = await list();
    expect(result.status).toBe(200);
    const everyone = [...result.data.people];
    for (let page = 2; page <= result.data.pageCount; page++) everyone.push(...(await list(`?page=${page}`)).data.people);
    const emails = everyone.map((p: { email: string }) => p.email);
    expect(emails).toContain("mso@halle.example");
    expect(emails).toContain(ADMIN);
    expect(emails).not.toContain("admin@vogtland.example");
    expect(emails).toHaveLength(result.data.total);
    const admin = everyone.find((p: { email: string }) => p.email === ADMIN);
    expect(admin).toMatchObject({ role: "admin", active: true });
    expect(admin.organisations.map((o: { name: string }) => o.name)).toEqual(["Stadt Halle (Saale) – Dienstleistungszentrum Integration"]);
    const members = await db.selectFrom("network_members").select("id").where("network_id", "=", await networkId("halle")).execute();
    expect(result.data.total).toBe(members.length);
    expect(result.data.people).toHaveLength(Math.min(members.length, 50));
  });

  it("pages 50 people at a time in German name order, with or without a filter, and the order follows every change", async () => {
    const halle = await networkId("halle");
    const before = (await list()).data.total;
    const names = Array.from({ length: 60 }, (_, i) => `Übungsperson ${String(i).padStart(2, "0")}`).concat(["Ärztin Probe", "Zora Probe"]);
    const users = await db
      .insertInto("users")
      .values(names.map((name, i) => ({ email: `paging-${i}@halle.example`, name, password_hash: "x" })))
      .returning("id")
      .execute();
    await db.insertInto("network_members").values(users.map((u) => ({ network_id: halle, user_id: u.id, role: "member" as const }))).execute();
    try {
      const listed = async (query = "") => (await list(query)).data.people.map((p: { name: string }) => p.name) as string[];
      const first = (await list()).data;
      expect(first.people).toHaveLength(50);
      const all: string[] = [];
      for (let page = 1; page <= first.pageCount; page++) all.push(...(await listed(`?page=${page}`)));
      expect(all).toHaveLength(first.total);
      expect(all).toEqual([...all].sort(new Intl.Collator("de").compare));
      expect(all.indexOf("Ärztin Probe")).toBeLessThan(all.indexOf("Zora Probe"));
      expect(all.indexOf("Übungsperson 00")).toBeLessThan(all.indexOf("Zora Probe"));
      // A filter pages on its own, in the same order; a page beyond the last shows the last.
      const filtered = (await list("?q=paging-&page=2")).data;
      expect(filtered).toMatchObject({ total: 62, page: 2, pageCount: 2 });
      expect(filtered.people.map((p: { name: string }) => p.name)).toEqual(all.filter((n) => n.includes("Probe") || n.startsWith("Übungsperson")).slice(50));
      expect((await list("?page=99")).data.page).toBe(first.pageCount);

      // Writes past the app: a rename, someone leaving, someone joining.
      await db.updateTable("users").set({ name: "Aaa Umbenannt" }).where("id", "=", users[61].id).execute();
      expect((await listed())[0]).toBe("Aaa Umbenannt");
      await db.deleteFrom("network_members").where("network_id", "=", halle).where("user_id", "=", users[61].id).execute();
      expect(await listed()).not.toContain("Aaa Umbenannt");
      await db.insertInto("network_members").values({ network_id: halle, user_id: users[61].id, role: "member" }).execute();
      expect((await listed())[0]).toBe("Aaa Umbenannt");
    } finally {
      await db.deleteFrom("users").where("id", "in", users.map((u) => u.id)).execute();
    }
    expect((await list()).data.total).toBe(before);
  });

  it("filters by name, e-mail or organisation; wildcards are taken literally", async () => {
    const byName = await list("?q=al-khatib");
    expect(byName.data.people.map((p: { email: string }) => p.email)).toEqual(["mso@halle.example"]);
    expect(byName.data.query).toBe("al-khatib");
    const byEmail = await list("?q=BERATUNG@halle");
    expect(byEmail.data.people.map((p: { email: string }) => p.email)).toEqual(["beratung@halle.example"]);
    const byOrganisation = await list("?q=Dienstleistungszentrum");
    expect(byOrganisation.data.people.map((p: { email: string }) => p.email)).toContain(ADMIN);
    expect((await list("?q=%25")).data.people).toEqual([]);
    expect((await list("?q=niemand-heisst-so")).data.people).toEqual([]);
  });

  it("is for admins of this network only", async () => {
    expect((await list("", "beratung@halle.example")).status).toBe(403);
    expect((await list("", "admin@vogtland.example")).status).toBe(404);
  });
});

describe("person page", () => {
  it("shows a member with their organisations and the network's organisations to choose from", async () => {
    const id = await userId("beratung@halle.example");
    const result = await openPerson(id);
    expect(result.status).toBe(200);
    expect(result.data.person).toMatchObject({ id, email: "beratung@halle.example", role: "member", active: true });
    expect(result.data.person.organisations).toHaveLength(1);
    expect(result.data.isSelf).toBe(false);
    const choices = result.data.organisations.map((o: { id: number }) => o.id);
    expect(choices).toEqual(expect.arrayContaining(await organisationIds("halle", 3)));
    expect(choices).not.toContain((await organisationIds("vogtland", 1))[0]);
  });

  it("answers 404 for someone who is not a member of this network, and for nonsense ids", async () => {
    const foreign = await userId("admin@vogtland.example");
    expect((await openPerson(foreign)).status).toBe(404);
    expect((await post(foreign, { intent: "role", role: "admin" })).status).toBe(404);
    expect((await openPerson("abc")).status).toBe(404);
    expect((await openPerson("999999")).status).toBe(404);
    expect((await membership("admin@vogtland.example", "vogtland")).role).toBe("admin");
  });

  it("is for admins of this network only", async () => {
    const id = await userId("mso@halle.example");
    expect((await openPerson(id, "beratung@halle.example")).status).toBe(403);
    expect((await post(id, { intent: "deactivate" }, "beratung@halle.example")).status).toBe(403);
    expect((await openPerson(id, "admin@vogtland.example")).status).toBe(404);
    expect((await post(id, { intent: "deactivate" }, "admin@vogtland.example")).status).toBe(404);
    expect((await membership("mso@halle.example")).active).toBe(1);
  });

  it("answers an unknown intent with a message and changes nothing", async () => {
    const id = await userId("mso@halle.example");
    const result = await post(id, { intent: "delete" });
    expect(result.status).toBe(400);
    expect(result.data.formError).toBe("people.unknownAction");
  });
});

describe("changing a person", () => {
  it("makes a member an admin, so that requireNetworkAdmin lets them in", async () => {
    const email = "beratung@halle.example";
    const request = async () => new Request(`${ORIGIN}/n/halle/admin`, { headers: { Cookie: await sessionCookie(email) } });
    expect((await run(async () => requireNetworkAdmin(await request(), "halle"))).status).toBe(403);

    const id = await userId(email);
    const result = await post(id, { intent: "role", role: "admin" });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/n/halle/admin/people/${id}?done=role`);
    expect((await membership(email)).role).toBe("admin");
    const viewer = await requireNetworkAdmin(await request(), "halle");
    expect(viewer.networkRole).toBe("admin");
    expect((await auditActions("person.role_changed", id)).map((a) => JSON.parse(a.details))).toEqual([{ from: "member", to: "admin" }]);

    // Saving the same role again is no change and writes no audit row.
    expect((await post(id, { intent: "role", role: "admin" })).status).toBe(302);
    expect(await auditActions("person.role_changed", id)).toHaveLength(1);
  });

  it("rejects an unknown role with a field error", async () => {
    const id = await userId("deutsch@halle.example");
    const result = await post(id, { intent: "role", role: "owner" });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({ role: "validation.invalidChoice" });
    expect(result.data.repopulateFields).toEqual({ role: "owner" });
    expect((await membership("deutsch@halle.example")).role).toBe("member");
  });

  it("does not let an admin demote or deactivate themselves", async () => {
    const id = await userId(ADMIN);
    expect((await openPerson(id)).data.isSelf).toBe(true);
    const demote = await post(id, { intent: "role", role: "member" });
    expect(demote.status).toBe(422);
    expect(demote.data.formError).toBe("people.cannotDemoteSelf");
    const deactivate = await post(id, { intent: "deactivate" });
    expect(deactivate.status).toBe(422);
    expect(deactivate.data.formError).toBe("people.cannotDeactivateSelf");
    expect(await membership(ADMIN)).toEqual({ role: "admin", active: 1 });
    expect(await sessionCount(ADMIN)).toBeGreaterThan(0);
  });

  it("replaces a person's organisations with the ticked ones, in this network only", async () => {
    const email = "deutsch@halle.example";
    const id = await userId(email);
    const [a, b] = await organisationIds("halle", 2);
    const result = await post(id, { intent: "affiliations", organisationIds: [String(a), String(b)] });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/n/halle/admin/people/${id}?done=affiliations`);
    expect(await affiliationsOf(email)).toEqual([a, b].sort((x, y) => x - y));
    const audit = await auditActions("person.affiliations_changed", id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details).added).toEqual(expect.arrayContaining([a, b]));

    const one = await post(id, { intent: "affiliations", organisationIds: String(b) });
    expect(one.status).toBe(302);
    expect(await affiliationsOf(email)).toEqual([b]);
  });

  it("requires at least one organisation and refuses another network's", async () => {
    const email = "arbeit@halle.example";
    const id = await userId(email);
    const before = await affiliationsOf(email);

    const none = await post(id, { intent: "affiliations" });
    expect(none.status).toBe(422);
    expect(none.data.fieldErrors).toEqual({ organisationIds: "people.affiliationsRequired" });

    const [foreign] = await organisationIds("vogtland", 1);
    const [own] = await organisationIds("halle", 1);
    const mixed = await post(id, { intent: "affiliations", organisationIds: [String(own), String(foreign)] });
    expect(mixed.status).toBe(422);
    expect(mixed.data.fieldErrors).toEqual({ organisationIds: "validation.invalidChoice" });
    expect(mixed.data.repopulateFields).toEqual({ organisationIds: [String(own), String(foreign)] });

    expect(await affiliationsOf(email)).toEqual(before);
    expect(await auditActions("person.affiliations_changed", id)).toHaveLength(0);
  });

  it("deactivates a person: all their sessions end at once and the network answers 404", async () => {
    const email = "mso@halle.example";
    const id = await userId(email);
    const oldCookie = await sessionCookie(email);
    await sessionCookie(email);
    expect((await openHome(oldCookie)).status).toBe(200);
    expect(await sessionCount(email)).toBeGreaterThanOrEqual(2);

    const result = await post(id, { intent: "deactivate" });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/n/halle/admin/people/${id}?done=deactivated`);
    expect(await sessionCount(email)).toBe(0);
    expect((await membership(email)).active).toBe(0);
    expect(await auditActions("person.deactivated", id)).toHaveLength(1);

    // The old browser is signed out; signing in again does not open the network.
    const stale = await openHome(oldCookie);
    expect(stale.status).toBe(302);
    expect(stale.location).toMatch(/^\/login/);
    expect((await openHome(await sessionCookie(email))).status).toBe(404);

    const listed = await list("?q=mso@halle");
    expect(listed.data.people).toEqual([expect.objectContaining({ email, active: false })]);
    expect((await openPerson(id)).data.person.active).toBe(false);

    // Reactivation gives access back.
    const back = await post(id, { intent: "reactivate" });
    expect(back.status).toBe(302);
    expect(back.location).toBe(`/n/halle/admin/people/${id}?done=reactivated`);
    expect((await membership(email)).active).toBe(1);
    expect(await auditActions("person.reactivated", id)).toHaveLength(1);
    expect((await openHome(await sessionCookie(email))).status).toBe(200);
  });

  it("shows a confirmation after a change", async () => {
    const id = await userId("steuerung@halle.example");
    const result = await run(async () =>
      personLoader(args(await getRequest(`/n/halle/admin/people/${id}?done=role`, { as: ADMIN }), { network: "halle", userId: String(id) })),
    );
    expect(result.data.done).toBe("role");
    const bogus = await run(async () =>
      personLoader(args(await getRequest(`/n/halle/admin/people/${id}?done=<script>`, { as: ADMIN }), { network: "halle", userId: String(id) })),
    );
    expect(bogus.data.done).toBeNull();
  });
});
