import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { loader as layoutLoader } from "~/routes/n.$network";
import { action as editAction, loader as editLoader } from "~/routes/n.$network.admin.legal";
import { loader as legalLoader } from "~/routes/n.$network.legal.$kind";
import { args, getRequest, postRequest, run } from "../requests";
import { networkId } from "../lookups";

// Datenschutz and Impressum: public for everyone, written by the network's admins, Markdown
// rendered safely, a template until then.

const ADMIN = "admin@halle.example";

const read = async (kind: string, as?: string, network = "halle") =>
  run(async () => legalLoader(args(await getRequest(`/n/${network}/legal/${kind}`, { as }), { network, kind })));

const layout = async (kind: string, as?: string, network = "halle") =>
  run(async () => layoutLoader(args(await getRequest(`/n/${network}/legal/${kind}`, { as }), { network })));

const save = async (fields: Record<string, string>, as = ADMIN, network = "halle") =>
  run(async () => editAction(args(await postRequest(`/n/${network}/admin/legal`, fields, { as }), { network })));

describe("legal pages", () => {
  it("are readable by anonymous visitors and by members of other networks, with the template at first", async () => {
    for (const as of [undefined, "admin@vogtland.example", "beratung@halle.example"]) {
      const page = await read("privacy", as);
      expect(page.status, String(as)).toBe(200);
      expect(page.data).toMatchObject({ kind: "privacy", networkName: expect.stringContaining("Halle"), isDefault: true, updatedAt: null });
      expect(page.data.html).toContain("<h2>Verantwortliche Stelle</h2>");
      expect((await layout("privacy", as)).status).toBe(200);
    }
    expect((await read("imprint")).data.html).toContain("§ 5 DDG");
  });

  it("answer 404 for an unknown page or network", async () => {
    expect((await read("agb")).status).toBe(404);
    expect((await read("privacy", undefined, "nirgendwo")).status).toBe(404);
  });

  it("let only the network's admins edit them", async () => {
    const body = "## Datenschutz\n\nVerantwortlich: Stadt Halle (Saale).";
    expect((await save({ kind: "privacy", body }, "beratung@halle.example")).status).toBe(403);
    expect((await save({ kind: "privacy", body }, "admin@vogtland.example")).status).toBe(404);
    expect((await run(async () => editLoader(args(await getRequest("/n/halle/admin/legal", { as: "mso@halle.example" }), { network: "halle" })))).status).toBe(403);
    const anonymous = await run(async () => editAction(args(await postRequest("/n/halle/admin/legal", { kind: "privacy", body }), { network: "halle" })));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);
    expect(await db.selectFrom("legal_pages").selectAll().execute()).toEqual([]);
  });

  it("validate the text with one message per field and keep the input", async () => {
    const short = await save({ kind: "imprint", body: "zu kurz" });
    expect(short.status).toBe(422);
    expect(short.data.fieldErrors).toEqual({ body: "legal.admin.tooShort" });
    expect(short.data.repopulateFields).toMatchObject({ body: "zu kurz" });
    const long = await save({ kind: "imprint", body: "x".repeat(50_001) });
    expect(long.data.fieldErrors).toEqual({ body: "legal.admin.tooLong" });
    const wrongKind = await save({ kind: "agb", body: "Ein ausreichend langer Text für die Seite." });
    expect(wrongKind.data.fieldErrors).toEqual({ kind: "validation.invalidChoice" });
  });

  it("save the admin's Markdown, render it without script, and record the change", async () => {
    const body = "## Impressum\n\nStadt Halle (Saale), Marktplatz 1\n\n<script>alert(1)</script> [Link](javascript:alert(1))";
    const saved = await save({ kind: "imprint", body });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe("/n/halle/admin/legal?saved=imprint");
    const page = await read("imprint");
    expect(page.data.isDefault).toBe(false);
    expect(page.data.updatedAt).toEqual(expect.any(String));
    expect(page.data.html).toContain("<h2>Impressum</h2>");
    expect(page.data.html).not.toContain("<script>");
    expect(page.data.html).not.toContain('href="javascript:');
    // The other network and the other page still show their templates.
    expect((await read("imprint", undefined, "vogtland")).data.isDefault).toBe(true);
    expect((await read("privacy")).data.isDefault).toBe(true);

    await save({ kind: "imprint", body: `${body}\n\nZweite Fassung.` });
    const rows = await db.selectFrom("legal_pages").select(["kind", "body"]).where("network_id", "=", await networkId("halle")).execute();
    expect(rows).toEqual([{ kind: "imprint", body: `${body}\n\nZweite Fassung.` }]);
    const events = await db.selectFrom("audit_events").select("details").where("action", "=", "legal_page.updated").execute();
    expect(events.map((e) => JSON.parse(e.details))).toEqual([{ kind: "imprint" }, { kind: "imprint" }]);

    const editor = await run(async () => editLoader(args(await getRequest("/n/halle/admin/legal", { as: ADMIN }), { network: "halle" })));
    expect(editor.data.texts.imprint).toBe(`${body}\n\nZweite Fassung.`);
    expect(editor.data.texts.privacy).toContain("## Verantwortliche Stelle");
  });
});
