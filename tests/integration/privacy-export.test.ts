import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { loader as exportLoader } from "~/routes/profile_.data[.json]";
import { createCalendarToken } from "~/calendar/tokens.server";
import { args, getRequest, run } from "../requests";
import { groupId, networkId, userId } from "../lookups";

// "Meine Daten herunterladen": the person's own data from all their networks, nobody else's,
// no secrets, as an attachment, recorded in the audit log.

const MICHAEL = "michael.brandt@halle.example";

async function download(as: string) {
  const response = await exportLoader(args(await getRequest("/profile/data.json", { as })));
  return { response, text: await response.text() };
}

describe("personal data export", () => {
  let michael: number;
  let halle: number;
  let vogtland: number;

  beforeAll(async () => {
    michael = await userId(MICHAEL);
    halle = await networkId("halle");
    vogtland = await networkId("vogtland");
    // Authored content in both networks, so the export must reach across them.
    const vogtlandOrg = (await db.selectFrom("organisations").select("id").where("network_id", "=", vogtland).orderBy("id").executeTakeFirstOrThrow()).id;
    await db
      .insertInto("offers")
      .values({ network_id: vogtland, organisation_id: vogtlandOrg, title: "Sprechstunde Plauen (Michael)", category: "counselling", created_by: michael })
      .execute();
    const pkg = await db.selectFrom("work_packages").select("id").where("network_id", "=", halle).orderBy("id").executeTakeFirstOrThrow();
    await db.insertInto("work_package_comments").values({ network_id: halle, work_package_id: pkg.id, author_user_id: michael, body: "Kommentar von Michael" }).execute();
    await db.insertInto("group_memberships").values({ network_id: halle, group_id: await groupId("fg-deutsch"), user_id: michael, tier: "member" }).execute();
    await createCalendarToken(michael);
    await getRequest("/", { as: MICHAEL }); // opens a session
  });

  it("is a JSON attachment that nobody signed out can fetch", async () => {
    const { response } = await download(MICHAEL);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="netzwerkstatt-meine-daten-\d{4}-\d{2}-\d{2}\.json"$/);
    const anonymous = await run(async () => exportLoader(args(await getRequest("/profile/data.json"))));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);
  });

  it("holds the person's own data from every network", async () => {
    const data = JSON.parse((await download(MICHAEL)).text);
    expect(data.account).toMatchObject({ id: michael, email: MICHAEL, name: "Michael Brandt" });
    expect(data.networks.map((n: { network: string }) => n.network)).toEqual(["halle", "vogtland"]);
    expect(data.affiliations.map((a: { network: string }) => a.network).sort()).toEqual(["halle", "vogtland"]);
    expect(data.groupMemberships).toContainEqual(expect.objectContaining({ network: "halle", group: "FG Deutsch", tier: "member", viaOrganisation: null }));
    // By network, then in German order of the group's name.
    const groups = data.groupMemberships.map((g: { network: string; group: string }) => [g.network, g.group]);
    const collator = new Intl.Collator("de");
    expect(groups).toEqual([...groups].sort((a: string[], b: string[]) => (a[0] === b[0] ? collator.compare(a[1], b[1]) : a[0] < b[0] ? -1 : 1)));
    // Through his organisation in Vogtland as well.
    expect(data.groupMemberships.some((g: { network: string; viaOrganisation: string | null }) => g.network === "vogtland" && g.viaOrganisation)).toBe(true);
    expect(data.offers).toContainEqual(expect.objectContaining({ network: "vogtland", title: "Sprechstunde Plauen (Michael)" }));
    expect(data.workPackageComments).toContainEqual(expect.objectContaining({ network: "halle", body: "Kommentar von Michael" }));
    expect(data.presentations.length).toBeGreaterThan(0);
    expect(data.calendarTokens).toHaveLength(1);
    expect(data.calendarTokens[0]).toEqual({ created_at: expect.any(String), revoked_at: null });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(Object.keys(data.sessions[0])).toEqual(["expiresAt"]);
    expect(data.auditEvents).toContainEqual(expect.objectContaining({ action: "calendar.token_created", byYou: true }));
  });

  it("contains no secrets and no other person's data", async () => {
    const { text } = await download(MICHAEL);
    const user = await db.selectFrom("users").select("password_hash").where("id", "=", michael).executeTakeFirstOrThrow();
    const secrets = [
      user.password_hash!,
      ...(await db.selectFrom("sessions").select("id").where("user_id", "=", michael).execute()).map((s) => s.id),
      ...(await db.selectFrom("calendar_tokens").select("token_hash").where("user_id", "=", michael).execute()).map((t) => t.token_hash),
    ];
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/password|token_hash|\$argon2/);
    const others = await db.selectFrom("users").select(["email", "name"]).where("id", "!=", michael).execute();
    for (const other of others) {
      expect(text, other.email).not.toContain(other.email);
      expect(text, other.name).not.toContain(`"${other.name}"`);
    }
  });

  it("another person's export does not contain this person's data", async () => {
    const { text } = await download("beratung@halle.example");
    expect(text).not.toContain(MICHAEL);
    expect(text).not.toContain("Kommentar von Michael");
  });

  it("records the export in the audit log, with no network", async () => {
    const before = await db.selectFrom("audit_events").select("id").where("action", "=", "privacy.data_exported").where("actor_user_id", "=", michael).execute();
    await download(MICHAEL);
    const after = await db
      .selectFrom("audit_events")
      .select(["network_id", "subject_type", "subject_id"])
      .where("action", "=", "privacy.data_exported")
      .where("actor_user_id", "=", michael)
      .execute();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toEqual({ network_id: null, subject_type: "user", subject_id: String(michael) });
  });
});
