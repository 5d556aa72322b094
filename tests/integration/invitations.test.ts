import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createInvitation } from "~/people/invitations.server";
import { action as acceptAction, loader as acceptLoader } from "~/routes/invitations.$token";
import { loader as homeLoader } from "~/routes/n.$network._index";
import { action as invitationsAction, loader as invitationsLoader } from "~/routes/n.$network.admin.invitations";
import { args, getRequest, ORIGIN, postRequest, run } from "../requests";
import { networkId } from "../lookups";

const PATH = "/n/halle/admin/invitations";
const ADMIN = "admin@halle.example";
const DAY = 24 * 60 * 60 * 1000;

async function organisationOf(slug: string) {
  return db.selectFrom("organisations").select(["id", "name"]).where("network_id", "=", await networkId(slug)).orderBy("name").executeTakeFirstOrThrow();
}

async function countInvitations() {
  const row = await db.selectFrom("invitations").select((eb) => eb.fn.countAll<number>().as("c")).executeTakeFirstOrThrow();
  return Number(row.c);
}

const invite = (fields: Record<string, string>, as = ADMIN, network = "halle") =>
  run(async () => invitationsAction(args(await postRequest(`/n/${network}/admin/invitations`, fields, { as }), { network })));

const openLink = (token: string, as?: string) =>
  run(async () => acceptLoader(args(await getRequest(`/invitations/${token}`, { as }), { token })));

const accept = (token: string, fields: Record<string, string>) =>
  run(async () => acceptAction(args(await postRequest(`/invitations/${token}`, fields), { token })));

function tokenOf(link: string): string {
  expect(link).toMatch(new RegExp(`^${ORIGIN}/invitations/[A-Za-z0-9_-]{43}$`));
  return link.slice(link.lastIndexOf("/") + 1);
}

describe("invitations", () => {
  it("lists the network's organisations and earlier invitations for an admin", async () => {
    const org = await organisationOf("halle");
    await createInvitation({ networkId: await networkId("halle"), organisationId: org.id, email: "liste@halle.example", role: "member", invitedBy: 1 });
    const result = await run(async () => invitationsLoader(args(await getRequest(PATH, { as: ADMIN }), { network: "halle" })));
    expect(result.status).toBe(200);
    expect(result.data.organisations.map((o: { id: number }) => o.id)).toContain(org.id);
    const vogtlandOrg = await organisationOf("vogtland");
    expect(result.data.organisations.map((o: { id: number }) => o.id)).not.toContain(vogtlandOrg.id);
    expect(result.data.invitations).toContainEqual(expect.objectContaining({ email: "liste@halle.example", organisationName: org.name, status: "open" }));
  });

  it("creates an invitation: the page gets the link once, the database only the token's hash", async () => {
    const org = await organisationOf("halle");
    const result = await invite({ email: " Neu.Person@Halle.Example ", organisationId: String(org.id), role: "member" });
    expect(result.status).toBe(200);
    expect(result.headers.get("Cache-Control")).toBe("no-store");
    const token = tokenOf(result.data.created.link);

    const row = await db.selectFrom("invitations").selectAll().where("email", "=", "neu.person@halle.example").executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ organisation_id: org.id, role: "member", accepted_at: null });
    expect(new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()).toBe(14 * DAY);

    const audit = await db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "invitation.created")
      .where("subject_id", "=", String(row.id))
      .executeTakeFirstOrThrow();
    expect(audit.actor_user_id).not.toBeNull();
    expect(audit.details).not.toContain(token);

    // The list shows it as open, without any trace of the token.
    const page = await run(async () => invitationsLoader(args(await getRequest(PATH, { as: ADMIN }), { network: "halle" })));
    expect(JSON.stringify(page.data)).not.toContain(token);
    expect(page.data.invitations[0]).toMatchObject({ email: "neu.person@halle.example", status: "open" });
  });

  it("lets the invitee set up an account once; the link is refused afterwards", async () => {
    const org = await organisationOf("halle");
    const created = await invite({ email: "eingeladen@halle.example", organisationId: String(org.id), role: "member" });
    const token = tokenOf(created.data.created.link);

    const opened = await openLink(token);
    expect(opened.status).toBe(200);
    expect(opened.data).toMatchObject({ mode: "signUp", invitation: { email: "eingeladen@halle.example", organisationName: org.name } });

    const accepted = await accept(token, { name: "Eva Eingeladen", password: "ein langer Satz als Passwort", confirmPassword: "ein langer Satz als Passwort" });
    expect(accepted.status).toBe(302);
    expect(accepted.location).toBe("/n/halle");
    const cookie = accepted.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/^nws_session=\w+/);

    const user = await db.selectFrom("users").select(["id", "name", "password_hash"]).where("email", "=", "eingeladen@halle.example").executeTakeFirstOrThrow();
    expect(user.name).toBe("Eva Eingeladen");
    expect(user.password_hash).not.toContain("ein langer Satz");
    const halleId = await networkId("halle");
    const member = await db.selectFrom("network_members").select(["role", "active"]).where("network_id", "=", halleId).where("user_id", "=", user.id).executeTakeFirstOrThrow();
    expect(member).toEqual({ role: "member", active: 1 });
    const affiliations = await db.selectFrom("affiliations").select("organisation_id").where("network_id", "=", halleId).where("user_id", "=", user.id).execute();
    expect(affiliations).toEqual([{ organisation_id: org.id }]);

    // The new session opens the network's pages.
    const home = await run(async () =>
      homeLoader(args(new Request(`${ORIGIN}/n/halle`, { headers: { Cookie: cookie.split(";")[0] } }), { network: "halle" })),
    );
    expect(home.status).toBe(200);

    // Single use: the page and the form refuse the same link again.
    const again = await openLink(token);
    expect(again.status).toBe(404);
    expect(again.data).toEqual({ invitation: null, mode: "invalid" });
    const secondAccept = await accept(token, { name: "Noch Jemand", password: "ein anderer langer Satz", confirmPassword: "ein anderer langer Satz" });
    expect(secondAccept.status).toBe(404);

    const list = await run(async () => invitationsLoader(args(await getRequest(PATH, { as: ADMIN }), { network: "halle" })));
    expect(list.data.invitations).toContainEqual(expect.objectContaining({ email: "eingeladen@halle.example", status: "accepted" }));
  });

  it("creates one account when the same link is used twice at the same moment", async () => {
    const org = await organisationOf("halle");
    const created = await invite({ email: "doppelt@halle.example", organisationId: String(org.id), role: "member" });
    const token = tokenOf(created.data.created.link);
    const fields = { name: "Dora Doppelt", password: "ein langer Satz als Passwort", confirmPassword: "ein langer Satz als Passwort" };
    const statuses = (await Promise.all([accept(token, fields), accept(token, fields)])).map((r) => r.status).sort();
    expect(statuses[0]).toBe(302);
    expect([404, 409, 410]).toContain(statuses[1]);
    expect(await db.selectFrom("users").select("id").where("email", "=", "doppelt@halle.example").execute()).toHaveLength(1);
  });

  it("invites as admin when asked to", async () => {
    const org = await organisationOf("halle");
    const created = await invite({ email: "neue-admin@halle.example", organisationId: String(org.id), role: "admin" });
    const token = tokenOf(created.data.created.link);
    expect((await accept(token, { name: "Ada Admin", password: "noch ein langer Satz", confirmPassword: "noch ein langer Satz" })).status).toBe(302);
    const row = await db
      .selectFrom("network_members")
      .innerJoin("users", "users.id", "network_members.user_id")
      .select("network_members.role")
      .where("users.email", "=", "neue-admin@halle.example")
      .executeTakeFirstOrThrow();
    expect(row.role).toBe("admin");
  });

  it("refuses an expired invitation", async () => {
    const org = await organisationOf("halle");
    const { token } = await createInvitation({
      networkId: await networkId("halle"),
      organisationId: org.id,
      email: "zu-spaet@halle.example",
      role: "member",
      invitedBy: 1,
      now: new Date(Date.now() - 15 * DAY),
    });
    const opened = await openLink(token);
    expect(opened.status).toBe(404);
    expect(opened.data.mode).toBe("invalid");
    const tried = await accept(token, { name: "Zu Spät", password: "ein langer Satz als Passwort", confirmPassword: "ein langer Satz als Passwort" });
    expect(tried.status).toBe(404);
    expect(await db.selectFrom("users").select("id").where("email", "=", "zu-spaet@halle.example").executeTakeFirst()).toBeUndefined();

    const list = await run(async () => invitationsLoader(args(await getRequest(PATH, { as: ADMIN }), { network: "halle" })));
    expect(list.data.invitations).toContainEqual(expect.objectContaining({ email: "zu-spaet@halle.example", status: "expired" }));
  });

  it("refuses an unknown token", async () => {
    expect((await openLink("nicht-vorhanden")).status).toBe(404);
  });

  it("answers bad input with 422, one message per field and the input kept", async () => {
    const before = await countInvitations();
    const result = await invite({ email: "keine-adresse", organisationId: "", role: "member" });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({ email: "validation.email", organisationId: "validation.required" });
    expect(result.data.repopulateFields).toMatchObject({ email: "keine-adresse", role: "member" });
    expect(await countInvitations()).toBe(before);
  });

  it("never creates a row for another network's or an unknown organisation", async () => {
    const before = await countInvitations();
    const foreign = await organisationOf("vogtland");
    for (const organisationId of [String(foreign.id), "999999"]) {
      const result = await invite({ email: "fremd@halle.example", organisationId, role: "member" });
      expect(result.status).toBe(422);
      expect(result.data.fieldErrors).toEqual({ organisationId: "validation.invalidChoice" });
      expect(result.data.repopulateFields).toMatchObject({ email: "fremd@halle.example" });
    }
    expect(await countInvitations()).toBe(before);
  });

  it("does not invite someone who is already an active member", async () => {
    const org = await organisationOf("halle");
    const result = await invite({ email: "mso@halle.example", organisationId: String(org.id), role: "member" });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({ email: "invitations.alreadyMember" });
  });

  it("keeps the name but not the password when the chosen password is too weak", async () => {
    const org = await organisationOf("halle");
    const created = await invite({ email: "schwach@halle.example", organisationId: String(org.id), role: "member" });
    const token = tokenOf(created.data.created.link);
    const result = await accept(token, { name: "Sam Schwach", password: "kurz", confirmPassword: "kurz" });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors.password).toBe("validation.passwordLength");
    expect(result.data.repopulateFields).toEqual({ name: "Sam Schwach" });
    expect(await db.selectFrom("users").select("id").where("email", "=", "schwach@halle.example").executeTakeFirst()).toBeUndefined();
    // The link is still usable after the failed attempt.
    expect((await openLink(token)).status).toBe(200);
  });

  it("refuses a common password, the invited address or the typed name as password, and keeps the link usable", async () => {
    const org = await organisationOf("halle");
    const created = await invite({ email: "rita.regel@halle.example", organisationId: String(org.id), role: "member" });
    const token = tokenOf(created.data.created.link);
    for (const [password, message] of [
      ["Passwort123", "validation.passwordTooCommon"],
      ["Rita.Regel@halle.example", "validation.passwordIsEmail"],
      ["Rita Regel", "validation.passwordIsName"],
    ]) {
      const result = await accept(token, { name: "Rita Regel", password, confirmPassword: password });
      expect(result.status, password).toBe(422);
      expect(result.data.fieldErrors, password).toEqual({ password: message });
    }
    const fine = await accept(token, { name: "Rita Regel", password: "Rita radelt gern an der Saale", confirmPassword: "Rita radelt gern an der Saale" });
    expect(fine.status).toBe(302);
  });

  it("forbids members who are not admins (403) and hides the page from other networks (404)", async () => {
    const org = await organisationOf("halle");
    const before = await countInvitations();
    const fields = { email: "heimlich@halle.example", organisationId: String(org.id), role: "admin" };

    const asMember = await run(async () => invitationsLoader(args(await getRequest(PATH, { as: "beratung@halle.example" }), { network: "halle" })));
    expect(asMember.status).toBe(403);
    expect((await invite(fields, "beratung@halle.example")).status).toBe(403);

    const asOther = await run(async () => invitationsLoader(args(await getRequest(PATH, { as: "admin@vogtland.example" }), { network: "halle" })));
    expect(asOther.status).toBe(404);
    expect((await invite(fields, "admin@vogtland.example")).status).toBe(404);

    const anonymous = await run(async () => invitationsLoader(args(await getRequest(PATH), { network: "halle" })));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);

    expect(await countInvitations()).toBe(before);
  });
});
