import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { loader as auditLoader } from "~/routes/n.$network.admin.audit";
import { loader as invitationsLoader } from "~/routes/n.$network.admin.invitations";
import { loader as membersLoader } from "~/routes/n.$network.groups.$slug_.members";
import { loader as newOfferLoader } from "~/routes/n.$network.offers.new";
import { loader as newPackageLoader } from "~/routes/n.$network.work-packages.new";
import { networkId, userId } from "../lookups";
import { args, getRequest, run } from "../requests";

// The selects and lists people pick from read in German order (Ä with A, not after Z),
// which SQLite's ORDER BY cannot give.

const ADMIN = "admin@halle.example";
const ARBEIT = "arbeit@halle.example"; // moderator of FG Arbeit
const german = new Intl.Collator("de").compare;
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

async function loaded(loader: (a: ReturnType<typeof args>) => Promise<unknown>, path: string, as: string, params: Record<string, string>) {
  return (await run(async () => loader(args(await getRequest(path, { as }), params)))).data;
}

describe("German name order", () => {
  beforeAll(async () => {
    const halle = await networkId("halle");
    await db
      .insertInto("organisations")
      .values(["Ärztehaus Ordnungsprobe", "Zeltlager Ordnungsprobe", "Öko-Ordnungsprobe"].map((name) => ({ network_id: halle, kind: "volunteer_initiative" as const, name })))
      .execute();
    await db.updateTable("users").set({ name: "Ömer Ordnungsprobe" }).where("id", "=", await userId("mso@halle.example")).execute();
  });

  function expectGermanOrder(list: string[]) {
    expect(list).toEqual([...list].sort(german));
    expect(list.indexOf("Ärztehaus Ordnungsprobe")).toBeLessThan(list.indexOf("Zeltlager Ordnungsprobe"));
  }

  it("the organisation choices of the offer form, the work-package form and the invitation form", async () => {
    const offer = await loaded(newOfferLoader, "/n/halle/offers/new", ADMIN, { network: "halle" });
    expectGermanOrder(names(offer.organisations));
    const pkg = await loaded(newPackageLoader, "/n/halle/work-packages/new?group=fg-arbeit", ARBEIT, { network: "halle" });
    expectGermanOrder(names(pkg.organisations));
    const invitations = await loaded(invitationsLoader, "/n/halle/admin/invitations", ADMIN, { network: "halle" });
    expectGermanOrder(names(invitations.organisations));
  });

  it("follows a rename at once", async () => {
    await db.updateTable("organisations").set({ name: "Aachener Ordnungsprobe" }).where("name", "=", "Zeltlager Ordnungsprobe").execute();
    const offer = await loaded(newOfferLoader, "/n/halle/offers/new", ADMIN, { network: "halle" });
    expect(names(offer.organisations)[0]).toBe("Aachener Ordnungsprobe");
    await db.updateTable("organisations").set({ name: "Zeltlager Ordnungsprobe" }).where("name", "=", "Aachener Ordnungsprobe").execute();
  });

  it("the candidates of the member management and the people of the audit filter", async () => {
    const members = await loaded(membersLoader, "/n/halle/groups/fg-arbeit/members", ADMIN, { network: "halle", slug: "fg-arbeit" });
    expectGermanOrder(names(members.organisations));
    const audit = await loaded(auditLoader, "/n/halle/admin/audit", ADMIN, { network: "halle" });
    const people = names(audit.people);
    expect(people).toEqual([...people].sort(german));
    expect(people).toContain("Ömer Ordnungsprobe");
    expect(people.at(-1)).not.toBe("Ömer Ordnungsprobe");
  });
});
