import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { action as editAction, loader as editLoader } from "~/routes/n.$network.admin.organisations.$orgId";
import { loader as listLoader } from "~/routes/n.$network.admin.organisations._index";
import { action as newAction, loader as newLoader } from "~/routes/n.$network.admin.organisations.new";
import { args, getRequest, postRequest, run } from "../requests";
import { auditEventsFor, networkId } from "../lookups";

const ADMIN = "admin@halle.example";

async function organisationByName(name: string) {
  return db.selectFrom("organisations").selectAll().where("name", "=", name).executeTakeFirst();
}

const create = (fields: Record<string, string | string[]>, as = ADMIN, network = "halle") =>
  run(async () => newAction(args(await postRequest(`/n/${network}/admin/organisations/new`, fields, { as }), { network })));

const edit = (orgId: string | number, fields: Record<string, string | string[]>, as = ADMIN, network = "halle") =>
  run(async () =>
    editAction(args(await postRequest(`/n/${network}/admin/organisations/${orgId}`, fields, { as }), { network, orgId: String(orgId) })),
  );

const form = {
  kind: "mso",
  name: "Syrisch-Deutscher Frauentreff Halle e.V.",
  shortName: "Frauentreff",
  contactEmail: "kontakt@frauentreff.example.org",
  contactPhone: "0345 000 0999",
  address: "Lindenweg 1, 06108 Halle (Saale)",
  website: "https://frauentreff.example.org",
  languages: ["ar", "de", "ku"],
};

describe("admin: organisations", () => {
  it("lists the network's organisations for an admin, with a link to create one", async () => {
    const result = await run(async () => listLoader(args(await getRequest("/n/halle/admin/organisations", { as: ADMIN }), { network: "halle" })));
    expect(result.status).toBe(200);
    const names = result.data.organisations.map((o: { name: string }) => o.name);
    expect(names).toContain("Jobcenter Halle (Saale)");
    expect(names).not.toContain("Jobcenter Vogtlandkreis");
    const form = await run(async () => newLoader(args(await getRequest("/n/halle/admin/organisations/new", { as: ADMIN }), { network: "halle" })));
    expect(form.status).toBe(200);
  });

  it("creates an organisation, records an audit event and goes to its page", async () => {
    const result = await create(form);
    const row = await organisationByName(form.name);
    expect(row).toBeDefined();
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/n/halle/organisations/${row!.id}`);
    expect(row).toMatchObject({
      network_id: await networkId("halle"),
      kind: "mso",
      short_name: "Frauentreff",
      contact_email: "kontakt@frauentreff.example.org",
      contact_phone: "0345 000 0999",
      address: "Lindenweg 1, 06108 Halle (Saale)",
      website: "https://frauentreff.example.org",
      languages: "de,ar,ku",
    });
    const audit = await auditEventsFor("organisation", "organisation.created", row!.id);
    expect(audit).toHaveLength(1);
    const admin = await db.selectFrom("users").select("id").where("email", "=", ADMIN).executeTakeFirstOrThrow();
    expect(audit[0].actor_user_id).toBe(admin.id);
    expect(audit[0].network_id).toBe(await networkId("halle"));
  });

  it("edits an organisation: the row changes and the audit event names the changed fields", async () => {
    const before = (await organisationByName("Jobcenter Halle (Saale)"))!;
    const loaded = await run(async () =>
      editLoader(args(await getRequest(`/n/halle/admin/organisations/${before.id}`, { as: ADMIN }), { network: "halle", orgId: String(before.id) })),
    );
    expect(loaded.status).toBe(200);
    expect(loaded.data.values).toMatchObject({ kind: "job_centre", name: "Jobcenter Halle (Saale)", languages: ["de", "en", "ar", "uk"] });

    const result = await edit(before.id, {
      kind: "job_centre",
      name: "Jobcenter Halle (Saale)",
      shortName: "JC Halle",
      contactEmail: "",
      contactPhone: "0345 000 0299",
      address: before.address ?? "",
      website: "",
      languages: ["de", "fa"],
    });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/n/halle/organisations/${before.id}`);
    const after = (await organisationByName("Jobcenter Halle (Saale)"))!;
    expect(after).toMatchObject({ short_name: "JC Halle", contact_email: null, contact_phone: "0345 000 0299", website: null, languages: "de,fa" });
    expect(after.updated_at > before.updated_at).toBe(true);
    const audit = await auditEventsFor("organisation", "organisation.updated", before.id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details).changed).toEqual(["short_name", "contact_email", "contact_phone", "languages"]);
  });

  it("answers bad input with 422, one message per bad field and the submitted values", async () => {
    const count = await db.selectFrom("organisations").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const result = await create({
      kind: "geheimdienst",
      name: "",
      shortName: "Neu",
      contactEmail: "nicht-erreichbar",
      contactPhone: "",
      address: "Marktplatz 1",
      website: "javascript:alert(1)",
      languages: ["de", "klingonisch"],
    });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({
      kind: "validation.invalidChoice",
      name: "validation.required",
      contactEmail: "validation.email",
      website: "validation.url",
      languages: "validation.invalidChoice",
    });
    expect(result.data.repopulateFields).toMatchObject({
      kind: "geheimdienst",
      shortName: "Neu",
      contactEmail: "nicht-erreichbar",
      address: "Marktplatz 1",
      website: "javascript:alert(1)",
      languages: ["de", "klingonisch"],
    });
    const after = await db.selectFrom("organisations").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(count.n);
  });

  it("refuses a name the network already uses, on create and on edit, as a field error", async () => {
    const duplicate = await create({ ...form, name: "  jobcenter halle (saale) " });
    expect(duplicate.status).toBe(422);
    expect(duplicate.data.fieldErrors).toEqual({ name: "orgEditor.nameTaken" });
    expect(duplicate.data.repopulateFields.shortName).toBe("Frauentreff");

    const ihk = (await organisationByName("Industrie- und Handelskammer Halle-Dessau"))!;
    const renamed = await edit(ihk.id, { kind: "chamber", name: "Handwerkskammer Halle (Saale)" });
    expect(renamed.status).toBe(422);
    expect(renamed.data.fieldErrors).toEqual({ name: "orgEditor.nameTaken" });
    expect((await organisationByName("Industrie- und Handelskammer Halle-Dessau"))?.id).toBe(ihk.id);

    // Another network may use the same name.
    const inVogtland = await create({ kind: "job_centre", name: "Jobcenter Halle (Saale)" }, "admin@vogtland.example", "vogtland");
    expect(inVogtland.status).toBe(302);
  });

  it("refuses members who are not admins with 403, on loaders and actions", async () => {
    const as = "beratung@halle.example";
    const org = (await organisationByName("Beratungszentrum Migration Halle-Neustadt e.V."))!;
    const list = await run(async () => listLoader(args(await getRequest("/n/halle/admin/organisations", { as }), { network: "halle" })));
    const newForm = await run(async () => newLoader(args(await getRequest("/n/halle/admin/organisations/new", { as }), { network: "halle" })));
    const editForm = await run(async () =>
      editLoader(args(await getRequest(`/n/halle/admin/organisations/${org.id}`, { as }), { network: "halle", orgId: String(org.id) })),
    );
    expect([list.status, newForm.status, editForm.status]).toEqual([403, 403, 403]);

    expect((await create({ ...form, name: "Heimlich e.V." }, as)).status).toBe(403);
    expect(await organisationByName("Heimlich e.V.")).toBeUndefined();
    expect((await edit(org.id, { kind: "counselling", name: "Umbenannt e.V." }, as)).status).toBe(403);
    expect((await organisationByName("Beratungszentrum Migration Halle-Neustadt e.V."))?.id).toBe(org.id);
  });

  it("answers the admin of another network with 404", async () => {
    const as = "admin@vogtland.example";
    const org = (await organisationByName("Agentur für Arbeit Halle"))!;
    const list = await run(async () => listLoader(args(await getRequest("/n/halle/admin/organisations", { as }), { network: "halle" })));
    expect(list.status).toBe(404);
    expect((await create({ ...form, name: "Von außen e.V." }, as)).status).toBe(404);
    expect(await organisationByName("Von außen e.V.")).toBeUndefined();
    expect((await edit(org.id, { kind: "employment_agency", name: "Übernommen" }, as)).status).toBe(404);
    expect((await organisationByName("Agentur für Arbeit Halle"))?.id).toBe(org.id);
  });

  it("answers an organisation id of another network (or no id at all) in a Halle URL with 404", async () => {
    const foreign = (await organisationByName("Jobcenter Vogtlandkreis"))!;
    const loaded = await run(async () =>
      editLoader(args(await getRequest(`/n/halle/admin/organisations/${foreign.id}`, { as: ADMIN }), { network: "halle", orgId: String(foreign.id) })),
    );
    expect(loaded.status).toBe(404);
    const posted = await edit(foreign.id, { kind: "job_centre", name: "Gekapert" });
    expect(posted.status).toBe(404);
    expect((await db.selectFrom("organisations").select("name").where("id", "=", foreign.id).executeTakeFirstOrThrow()).name).toBe("Jobcenter Vogtlandkreis");
    for (const orgId of ["abc", "0", "-1", "1.5", "99999999"]) {
      expect((await edit(orgId, { kind: "job_centre", name: "Nirgends" })).status, orgId).toBe(404);
    }
  });

  it("sends anonymous visitors to the login page", async () => {
    const result = await run(async () => listLoader(args(await getRequest("/n/halle/admin/organisations"), { network: "halle" })));
    expect(result.status).toBe(302);
    expect(result.location).toMatch(/^\/login\?redirectTo=/);
  });
});
