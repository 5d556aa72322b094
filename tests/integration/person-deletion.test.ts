import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { signIn } from "~/auth/sign-in.server";
import { createCalendarToken } from "~/calendar/tokens.server";
import { deletePerson } from "~/privacy/erasure.server";
import { loadTimeline } from "~/work-packages/work-packages.server";
import { action as deleteAction, loader as deleteLoader } from "~/routes/n.$network.admin.people.$userId_.delete";
import { args, getRequest, postRequest, run } from "../requests";
import { affiliatedOrganisationId, groupId, networkId, userId } from "../lookups";

// An admin deletes a person: personal rows of their network go, authored content stays
// attributed to the organisation, other networks stay untouched, the account goes with its
// last network, and the audit log keeps the fact without the name.

const ADMIN = "admin@halle.example";
const MICHAEL = "michael.brandt@halle.example"; // Halle and Vogtland
const YASMIN = "beratung@halle.example"; // Halle only

const confirmPage = async (id: number, as = ADMIN, network = "halle") =>
  run(async () => deleteLoader(args(await getRequest(`/n/${network}/admin/people/${id}/delete`, { as }), { network, userId: String(id) })));

const confirmDelete = async (id: number, fields: Record<string, string> = { confirm: "yes" }, as = ADMIN, network = "halle") =>
  run(async () => deleteAction(args(await postRequest(`/n/${network}/admin/people/${id}/delete`, fields, { as }), { network, userId: String(id) })));

async function count(table: "network_members" | "affiliations" | "group_memberships" | "meeting_attendance", user: number, network: number) {
  const rows = await db.selectFrom(table).select("user_id").where("user_id", "=", user).where("network_id", "=", network).execute();
  return rows.length;
}

/** A comment, an offer and a meeting answer of the person in the network. */
async function authorContent(user: number, network: number, organisationId: number, label: string) {
  const group = await db.selectFrom("groups").select("id").where("network_id", "=", network).orderBy("id").executeTakeFirstOrThrow();
  const pkg = await db
    .insertInto("work_packages")
    .values({ network_id: network, origin_group_id: group.id, title: `Arbeitspaket ${label}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  const comment = await db
    .insertInto("work_package_comments")
    .values({ network_id: network, work_package_id: pkg.id, author_user_id: user, body: `Kommentar ${label}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  const offer = await db
    .insertInto("offers")
    .values({ network_id: network, organisation_id: organisationId, title: `Angebot ${label}`, category: "course", created_by: user })
    .returning("id")
    .executeTakeFirstOrThrow();
  const meeting = await db.selectFrom("meetings").select("id").where("network_id", "=", network).orderBy("id").executeTakeFirstOrThrow();
  await db
    .insertInto("meeting_attendance")
    .values({ meeting_id: meeting.id, user_id: user, network_id: network, response: "attending" })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { packageId: pkg.id, commentId: comment.id, offerId: offer.id };
}

describe("deleting a person", () => {
  let halle: number;
  let vogtland: number;

  beforeAll(async () => {
    halle = await networkId("halle");
    vogtland = await networkId("vogtland");
  });

  it("asks for confirmation and tells whether the account goes", async () => {
    const michael = await confirmPage(await userId(MICHAEL));
    expect(michael.status).toBe(200);
    expect(michael.data.preview).toEqual({ otherNetworks: 1, accountGoes: false });
    const yasmin = await confirmPage(await userId(YASMIN));
    expect(yasmin.data.preview).toEqual({ otherNetworks: 0, accountGoes: true });
  });

  it("refuses without the ticked confirmation and keeps the person", async () => {
    const id = await userId(YASMIN);
    const result = await confirmDelete(id, {});
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({ confirm: "privacy.delete.confirmRequired" });
    expect(await count("network_members", id, halle)).toBe(1);
  });

  it("is for admins of the person's own network only", async () => {
    const id = await userId(YASMIN);
    expect((await confirmPage(id, "arbeit@halle.example")).status).toBe(403);
    expect((await confirmDelete(id, { confirm: "yes" }, "arbeit@halle.example")).status).toBe(403);
    // Yasmin is no member of Vogtland: its admin cannot even see her.
    expect((await confirmPage(id, "admin@vogtland.example", "vogtland")).status).toBe(404);
    expect((await confirmDelete(id, { confirm: "yes" }, "admin@vogtland.example", "vogtland")).status).toBe(404);
    expect(await count("network_members", id, halle)).toBe(1);
  });

  it("refuses an admin deleting themselves, with a clear message", async () => {
    const id = await userId(ADMIN);
    const result = await confirmDelete(id);
    expect(result.status).toBe(422);
    expect(result.data).toEqual({ formError: "privacy.delete.self" });
    expect(await count("network_members", id, halle)).toBe(1);
  });

  it("refuses deleting the last admin of a network", async () => {
    const admin = await userId("admin@vogtland.example");
    const result = await deletePerson({ networkId: vogtland, actorUserId: await userId(MICHAEL), userId: admin });
    expect(result).toEqual({ ok: false, reason: "lastAdmin" });
    expect(await count("network_members", admin, vogtland)).toBe(1);
  });

  it("removes a person of two networks from one: content stays with the organisation, the other network and the account stay", async () => {
    const id = await userId(MICHAEL);
    const organisation = await affiliatedOrganisationId(MICHAEL, halle);
    await db.insertInto("group_memberships").values({ network_id: halle, group_id: await groupId("fg-deutsch"), user_id: id, tier: "member" }).execute();
    const content = await authorContent(id, halle, organisation, "Halle");
    const vogtlandOrg = await affiliatedOrganisationId(MICHAEL, vogtland);
    const vogtlandContent = await authorContent(id, vogtland, vogtlandOrg, "Vogtland");
    const vogtlandBefore = await Promise.all((["network_members", "affiliations", "meeting_attendance"] as const).map((t) => count(t, id, vogtland)));

    const result = await confirmDelete(id);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/n/halle/admin/people?deleted=1");

    for (const table of ["network_members", "affiliations", "group_memberships", "meeting_attendance"] as const) {
      expect(await count(table, id, halle), table).toBe(0);
    }
    const comment = await db.selectFrom("work_package_comments").selectAll().where("id", "=", content.commentId).executeTakeFirstOrThrow();
    expect(comment).toMatchObject({ author_user_id: null, author_organisation_id: organisation, body: "Kommentar Halle" });
    const timeline = await loadTimeline(halle, content.packageId);
    const entry = timeline.find((e) => e.key === `c${content.commentId}`)!;
    expect(entry.actorName).toBeNull();
    const organisationName = (await db.selectFrom("organisations").select("name").where("id", "=", organisation).executeTakeFirstOrThrow()).name;
    expect(entry.formerOrganisation).toBe(organisationName);
    const offer = await db.selectFrom("offers").select(["created_by", "organisation_id"]).where("id", "=", content.offerId).executeTakeFirstOrThrow();
    expect(offer).toEqual({ created_by: null, organisation_id: organisation });
    const proposals = await db.selectFrom("agenda_items").select("id").where("network_id", "=", halle).where("presenter_user_id", "=", id).execute();
    expect(proposals).toEqual([]);

    // Vogtland: untouched.
    const vogtlandAfter = await Promise.all((["network_members", "affiliations", "meeting_attendance"] as const).map((t) => count(t, id, vogtland)));
    expect(vogtlandAfter).toEqual(vogtlandBefore);
    const vogtlandComment = await db.selectFrom("work_package_comments").select("author_user_id").where("id", "=", vogtlandContent.commentId).executeTakeFirstOrThrow();
    expect(vogtlandComment.author_user_id).toBe(id);
    expect(await db.selectFrom("users").select("id").where("id", "=", id).executeTakeFirst()).toEqual({ id });

    const event = await db
      .selectFrom("audit_events")
      .selectAll()
      .where("action", "=", "person.deleted")
      .where("subject_id", "=", String(id))
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ network_id: halle, actor_user_id: await userId(ADMIN), subject_type: "user" });
    expect(JSON.parse(event.details)).toEqual({ accountDeleted: false });
    expect(await db.selectFrom("audit_events").select("id").where("network_id", "=", halle).where("actor_user_id", "=", id).execute()).toEqual([]);
  });

  it("deletes the account with its last network, and the audit log keeps the facts without name or address", async () => {
    const id = await userId(YASMIN);
    const organisation = await affiliatedOrganisationId(YASMIN, halle);
    const content = await authorContent(id, halle, organisation, "Yasmin");
    await createCalendarToken(id);
    await getRequest("/", { as: YASMIN }); // a session
    await signIn(YASMIN, "falsch-falsch-falsch"); // a failed sign-in with her address in the details
    expect(await db.selectFrom("login_attempts").select("id").where("email", "=", YASMIN).execute()).not.toEqual([]);

    const result = await confirmDelete(id);
    expect(result.status).toBe(302);

    expect(await db.selectFrom("users").select("id").where("id", "=", id).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom("sessions").select("id").where("user_id", "=", id).execute()).toEqual([]);
    expect(await db.selectFrom("calendar_tokens").select("id").where("user_id", "=", id).execute()).toEqual([]);
    expect(await db.selectFrom("login_attempts").select("id").where("email", "=", YASMIN).execute()).toEqual([]);
    expect(await db.selectFrom("outbox_messages").select("id").where((eb) => eb.or([eb("to_email", "=", YASMIN), eb("to_user_id", "=", id)])).execute()).toEqual([]);
    expect(await db.selectFrom("invitations").select("id").where("email", "=", YASMIN).execute()).toEqual([]);
    expect(await db.selectFrom("offers").select("id").where("id", "=", content.offerId).executeTakeFirst()).toEqual({ id: content.offerId });
    expect(await db.selectFrom("work_package_comments").select("author_organisation_id").where("id", "=", content.commentId).executeTakeFirst()).toEqual({
      author_organisation_id: organisation,
    });

    const events = await db.selectFrom("audit_events").select(["action", "actor_user_id", "details"]).execute();
    expect(events.some((e) => e.action === "auth.sign_in_failed" && e.details === "{}")).toBe(true);
    for (const event of events) {
      expect(event.details).not.toContain(YASMIN);
      expect(event.details).not.toContain("Yasmin");
      expect(event.details).not.toContain("Haddad");
      expect(event.actor_user_id).not.toBe(id);
    }
    const deleted = events.filter((e) => e.action === "person.deleted").map((e) => JSON.parse(e.details));
    expect(deleted).toContainEqual({ accountDeleted: true });
  });

  it("answers 404 for a person who is gone", async () => {
    const result = await confirmPage(999_999);
    expect(result.status).toBe(404);
  });
});
