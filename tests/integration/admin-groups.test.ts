import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { action as editAction, loader as editLoader } from "~/routes/n.$network.admin.groups.$groupId";
import { loader as listLoader } from "~/routes/n.$network.admin.groups._index";
import { action as newAction, loader as newLoader } from "~/routes/n.$network.admin.groups.new";
import { args, getRequest, postRequest, run } from "../requests";
import { auditEventsFor } from "../lookups";

const ADMIN = "admin@halle.example";

async function groupOf(network: string, slug: string) {
  return db
    .selectFrom("groups")
    .innerJoin("networks", "networks.id", "groups.network_id")
    .selectAll("groups")
    .where("networks.slug", "=", network)
    .where("groups.slug", "=", slug)
    .executeTakeFirst();
}

const create = (fields: Record<string, string>, as = ADMIN, network = "halle") =>
  run(async () => newAction(args(await postRequest(`/n/${network}/admin/groups/new`, fields, { as }), { network })));

const edit = (groupId: string | number, fields: Record<string, string>, as = ADMIN, network = "halle") =>
  run(async () => editAction(args(await postRequest(`/n/${network}/admin/groups/${groupId}`, fields, { as }), { network, groupId: String(groupId) })));

const form = {
  kind: "specialist",
  name: "FG Wohnen",
  slug: "fg-wohnen",
  mandate: "Die Fachgruppe Wohnen verbessert den Zugang zu Wohnraum.",
  cadence: "bimonthly",
};

describe("admin: groups", () => {
  it("lists the network's groups for an admin and shows the empty form", async () => {
    const result = await run(async () => listLoader(args(await getRequest("/n/halle/admin/groups", { as: ADMIN }), { network: "halle" })));
    expect(result.status).toBe(200);
    const slugs = result.data.groups.map((g: { slug: string }) => g.slug);
    expect(slugs).toEqual(expect.arrayContaining(["steuerungsgruppe", "forum-migration", "fg-arbeit", "fg-deutsch"]));
    expect(slugs).not.toContain("fg-sprache");
    const empty = await run(async () => newLoader(args(await getRequest("/n/halle/admin/groups/new", { as: ADMIN }), { network: "halle" })));
    expect(empty.status).toBe(200);
  });

  it("creates a group, records an audit event and goes to the group page", async () => {
    const result = await create(form);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/n/halle/groups/fg-wohnen");
    const row = await groupOf("halle", "fg-wohnen");
    expect(row).toMatchObject({ kind: "specialist", name: "FG Wohnen", mandate: form.mandate, cadence: "bimonthly" });
    const audit = await auditEventsFor("group", "group.created", row!.id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toMatchObject({ slug: "fg-wohnen" });
  });

  it("edits a group, including its slug, and redirects to the new address", async () => {
    const before = (await groupOf("halle", "fg-ehrenamt"))!;
    const loaded = await run(async () =>
      editLoader(args(await getRequest(`/n/halle/admin/groups/${before.id}`, { as: ADMIN }), { network: "halle", groupId: String(before.id) })),
    );
    expect(loaded.status).toBe(200);
    expect(loaded.data.values).toMatchObject({ kind: "specialist", slug: "fg-ehrenamt", cadence: "quarterly" });

    const result = await edit(before.id, { kind: "specialist", name: "FG Ehrenamt", slug: "fg-ehrenamt-migration", mandate: "Neu gefasst.", cadence: "monthly" });
    expect(result.status).toBe(302);
    expect(result.location).toBe("/n/halle/groups/fg-ehrenamt-migration");
    const after = await db.selectFrom("groups").selectAll().where("id", "=", before.id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ name: "FG Ehrenamt", slug: "fg-ehrenamt-migration", mandate: "Neu gefasst.", cadence: "monthly" });
    const audit = await auditEventsFor("group", "group.updated", before.id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toMatchObject({ changed: ["name", "slug", "mandate", "cadence"], previousSlug: "fg-ehrenamt" });
  });

  it("answers bad input with 422, one message per bad field and the submitted values", async () => {
    const result = await create({ kind: "stammtisch", name: "", slug: "FG Wohnen!", mandate: "Etwas Text", cadence: "" });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({
      kind: "validation.invalidChoice",
      name: "validation.required",
      slug: "validation.slug",
      cadence: "validation.required",
    });
    expect(result.data.repopulateFields).toMatchObject({ kind: "stammtisch", slug: "FG Wohnen!", mandate: "Etwas Text" });
  });

  it("refuses a slug the network already uses as a field error; another network may use it", async () => {
    const duplicate = await create({ ...form, name: "Noch eine FG Arbeit", slug: "fg-arbeit" });
    expect(duplicate.status).toBe(422);
    expect(duplicate.data.fieldErrors).toEqual({ slug: "groupEditor.slugTaken" });
    expect(duplicate.data.repopulateFields.name).toBe("Noch eine FG Arbeit");

    const deutsch = (await groupOf("halle", "fg-deutsch"))!;
    const clash = await edit(deutsch.id, { kind: "specialist", name: "FG Deutsch", slug: "fg-arbeit", cadence: "quarterly" });
    expect(clash.status).toBe(422);
    expect(clash.data.fieldErrors).toEqual({ slug: "groupEditor.slugTaken" });
    expect((await groupOf("halle", "fg-deutsch"))?.id).toBe(deutsch.id);

    // Keeping its own slug is fine.
    const same = await edit(deutsch.id, { kind: "specialist", name: "FG Deutsch", slug: "fg-deutsch", mandate: deutsch.mandate, cadence: "quarterly" });
    expect(same.status).toBe(302);

    const elsewhere = await create({ ...form, slug: "fg-deutsch" }, "admin@vogtland.example", "vogtland");
    expect(elsewhere.status).toBe(302);
    expect(elsewhere.location).toBe("/n/vogtland/groups/fg-deutsch");
  });

  it("refuses members who are not admins — even moderators — with 403, on loaders and actions", async () => {
    const arbeit = (await groupOf("halle", "fg-arbeit"))!;
    for (const as of ["beratung@halle.example", "arbeit@halle.example"]) {
      const list = await run(async () => listLoader(args(await getRequest("/n/halle/admin/groups", { as }), { network: "halle" })));
      const editForm = await run(async () =>
        editLoader(args(await getRequest(`/n/halle/admin/groups/${arbeit.id}`, { as }), { network: "halle", groupId: String(arbeit.id) })),
      );
      expect([list.status, editForm.status]).toEqual([403, 403]);
      expect((await create({ ...form, slug: "fg-heimlich" }, as)).status).toBe(403);
      expect((await edit(arbeit.id, { kind: "forum", name: "Übernommen", slug: "fg-arbeit", cadence: "monthly" }, as)).status).toBe(403);
    }
    expect(await groupOf("halle", "fg-heimlich")).toBeUndefined();
    expect((await groupOf("halle", "fg-arbeit"))).toMatchObject({ name: "FG Arbeit", kind: "specialist" });
  });

  it("answers the admin of another network, and another network's group id, with 404", async () => {
    const arbeit = (await groupOf("halle", "fg-arbeit"))!;
    const outsider = await run(async () =>
      listLoader(args(await getRequest("/n/halle/admin/groups", { as: "admin@vogtland.example" }), { network: "halle" })),
    );
    expect(outsider.status).toBe(404);
    expect((await edit(arbeit.id, { ...form, slug: "fg-arbeit" }, "admin@vogtland.example")).status).toBe(404);

    const foreign = (await groupOf("vogtland", "fg-sprache"))!;
    const loaded = await run(async () =>
      editLoader(args(await getRequest(`/n/halle/admin/groups/${foreign.id}`, { as: ADMIN }), { network: "halle", groupId: String(foreign.id) })),
    );
    expect(loaded.status).toBe(404);
    expect((await edit(foreign.id, { ...form, slug: "fg-sprache" })).status).toBe(404);
    expect((await groupOf("vogtland", "fg-sprache"))).toMatchObject({ name: "FG Sprache" });
    expect((await edit("fg-arbeit", form)).status).toBe(404);
  });
});
