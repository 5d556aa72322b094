import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { loader as personalFeed } from "~/routes/calendar.$file";
import { action as settingsAction, loader as settingsLoader } from "~/routes/n.$network.admin.settings";
import { loader as groupFeed } from "~/routes/n.$network.groups.$slug_.calendar[.ics]";
import { loader as meetingLoader } from "~/routes/n.$network.meetings.$meetingId";
import { loader as listLoader } from "~/routes/n.$network.work-packages._index";
import { groupId, networkId } from "../lookups";
import { args, getRequest, postRequest, run } from "../requests";

// The network settings page (waiting limit of the steering inbox, public calendar) and the
// work package linked from a steering agenda item.

const ADMIN = "admin@halle.example";
const STEERING = "steuerung@halle.example";
const MSO = "mso@halle.example";
const BERATUNG = "beratung@halle.example";
const VOGTLAND_ADMIN = "admin@vogtland.example";
const DAY = 86_400_000;

const settings = (fields: Record<string, string>, as: string, network = "halle") =>
  run(async () => settingsAction(args(await postRequest(`/n/${network}/admin/settings`, fields, { as }), { network })));
const networkRow = (slug: string) =>
  db.selectFrom("networks").select(["work_package_wait_days", "public_calendar", "public_offers"]).where("slug", "=", slug).executeTakeFirstOrThrow();

let halle: number;
let vogtland: number;
let fgArbeit: number;

beforeAll(async () => {
  halle = await networkId("halle");
  vogtland = await networkId("vogtland");
  fgArbeit = await groupId("fg-arbeit");
});

async function insertPackage(network: number, group: number, title: string, submittedDaysAgo: number | null) {
  const row = await db
    .insertInto("work_packages")
    .values({
      network_id: network,
      origin_group_id: group,
      title,
      status: submittedDaysAgo === null ? "draft" : "submitted",
      submitted_at: submittedDaysAgo === null ? null : new Date(Date.now() - submittedDaysAgo * DAY - 60_000).toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

describe("work-package waiting limit", () => {
  it("the settings page shows the current limit (default 42) to admins only", async () => {
    const page = await run(async () => settingsLoader(args(await getRequest("/n/halle/admin/settings", { as: ADMIN }), { network: "halle" })));
    expect(page.status).toBe(200);
    expect(page.data.waitDays).toBe(42);
    const member = await run(async () => settingsLoader(args(await getRequest("/n/halle/admin/settings", { as: STEERING }), { network: "halle" })));
    expect(member.status).toBe(403);
  });

  it("a non-admin cannot change it (403, nothing changed)", async () => {
    for (const as of [STEERING, MSO]) {
      const outcome = await settings({ intent: "workPackages", workPackageWaitDays: "10" }, as);
      expect(outcome.status, as).toBe(403);
    }
    expect((await networkRow("halle")).work_package_wait_days).toBe(42);
  });

  it("bad values answer 422 with a field error and the input kept; nothing changed", async () => {
    for (const bad of ["0", "366", "abc", "", "4.5", "-3", "1000"]) {
      const outcome = await settings({ intent: "workPackages", workPackageWaitDays: bad }, ADMIN);
      expect(outcome.status, bad).toBe(422);
      expect(outcome.data.fieldErrors.workPackageWaitDays, bad).toMatch(/^validation\.|^workPackages\.validation\./);
      expect(outcome.data.repopulateFields.workPackageWaitDays, bad).toBe(bad);
    }
    expect((await networkRow("halle")).work_package_wait_days).toBe(42);
  });

  it("the admin sets 10: a package waiting 11 days is flagged, one waiting 9 days is not", async () => {
    const eleven = await insertPackage(halle, fgArbeit, "Wartet elf Tage", 11);
    const nine = await insertPackage(halle, fgArbeit, "Wartet neun Tage", 9);
    const before = await run(async () => listLoader(args(await getRequest("/n/halle/work-packages", { as: STEERING }), { network: "halle" })));
    const rowsBefore = before.data.inbox.rows as { id: number; waitingTooLong: boolean }[];
    expect(rowsBefore.find((r) => r.id === eleven)!.waitingTooLong).toBe(false);

    const saved = await settings({ intent: "workPackages", workPackageWaitDays: "10" }, ADMIN);
    expect(saved.status).toBe(302);
    expect(saved.location).toBe("/n/halle/admin/settings?saved=1");
    expect((await networkRow("halle")).work_package_wait_days).toBe(10);
    expect((await networkRow("vogtland")).work_package_wait_days).toBe(42);
    const audit = await db.selectFrom("audit_events").select("action").where("network_id", "=", halle).where("action", "=", "network.work_package_wait_days_changed").execute();
    expect(audit.length).toBe(1);

    const after = await run(async () => listLoader(args(await getRequest("/n/halle/work-packages", { as: STEERING }), { network: "halle" })));
    expect(after.data.inbox.limit).toBe(10);
    const rows = after.data.inbox.rows as { id: number; waitingTooLong: boolean; ageDays: number }[];
    expect(rows.find((r) => r.id === eleven)).toMatchObject({ ageDays: 11, waitingTooLong: true });
    expect(rows.find((r) => r.id === nine)).toMatchObject({ ageDays: 9, waitingTooLong: false });

    const page = await run(async () => settingsLoader(args(await getRequest("/n/halle/admin/settings", { as: ADMIN }), { network: "halle" })));
    expect(page.data.waitDays).toBe(10);
  });

  it("the offer board form still works without intent and leaves the other settings alone", async () => {
    const outcome = await settings({ publicOffers: "1" }, ADMIN);
    expect(outcome.status).toBe(302);
    expect(await networkRow("halle")).toMatchObject({ public_offers: 1, work_package_wait_days: 10, public_calendar: 0 });
    expect((await settings({ intent: "nonsense" }, ADMIN)).status).toBe(400);
  });
});

describe("steering agenda links the work package it discusses", () => {
  it("the meeting page's agenda shows the linked package of the same network, never a foreign one", async () => {
    // A published meeting of the network with accepted items, readable by a member.
    const items = await db
      .selectFrom("agenda_items")
      .innerJoin("meetings", "meetings.id", "agenda_items.meeting_id")
      .select(["agenda_items.id", "agenda_items.meeting_id"])
      .where("agenda_items.network_id", "=", halle)
      .where("agenda_items.status", "=", "accepted")
      .where("meetings.status", "!=", "planned")
      .orderBy("agenda_items.meeting_id")
      .orderBy("agenda_items.id")
      .execute();
    const meetingId = items[0].meeting_id;
    const [linked, foreignLinked] = items.filter((i) => i.meeting_id === meetingId);
    expect(foreignLinked).toBeDefined();

    const halleTitle = "Kinderbetreuung während der Sprachkurse <b>";
    const hallePkg = await insertPackage(halle, fgArbeit, halleTitle, 3);
    const vogtlandGroup = await db.selectFrom("groups").select("id").where("network_id", "=", vogtland).executeTakeFirstOrThrow();
    const foreignPkg = await insertPackage(vogtland, vogtlandGroup.id, "Fremdes Paket aus dem Vogtland", 3);
    await db.updateTable("agenda_items").set({ work_package_id: hallePkg }).where("id", "=", linked.id).execute();
    await db.updateTable("agenda_items").set({ work_package_id: foreignPkg }).where("id", "=", foreignLinked.id).execute();

    const page = await run(async () =>
      meetingLoader(args(await getRequest(`/n/halle/meetings/${meetingId}`, { as: BERATUNG }), { network: "halle", meetingId: String(meetingId) })),
    );
    expect(page.status).toBe(200);
    const shown = page.data.agenda.items as { id: number; workPackageId: number | null; workPackageTitle: string | null }[];
    expect(shown.find((i) => i.id === linked.id)).toMatchObject({ workPackageId: hallePkg, workPackageTitle: halleTitle });
    expect(shown.find((i) => i.id === foreignLinked.id)).toMatchObject({ workPackageId: null, workPackageTitle: null });
  });
});

describe("public calendar", () => {
  const feed = (slug: string, opts: { network?: string; token?: string; as?: string } = {}) => {
    const network = opts.network ?? "halle";
    const query = opts.token ? `?token=${opts.token}` : "";
    return run(async () => groupFeed(args(await getRequest(`/n/${network}/groups/${slug}/calendar.ics${query}`, { as: opts.as }), { network, slug })));
  };

  it("off (the default): the group feed without token or session is 404", async () => {
    expect((await networkRow("halle")).public_calendar).toBe(0);
    expect((await feed("fg-arbeit")).status).toBe(404);
    expect((await feed("fg-arbeit", { as: VOGTLAND_ADMIN })).status).toBe(404);
    expect((await feed("fg-arbeit", { as: MSO })).status).toBe(200);
  });

  it("only the network's admin can switch it (403 for members, 404 for outsiders, nothing changed)", async () => {
    expect((await settings({ intent: "calendar", publicCalendar: "1" }, STEERING)).status).toBe(403);
    // The admin of another network is not even a member here: 404.
    expect((await settings({ intent: "calendar", publicCalendar: "1" }, VOGTLAND_ADMIN)).status).toBe(404);
    expect((await networkRow("halle")).public_calendar).toBe(0);
  });

  it("on: the group feed is served without token or session; bad tokens, other networks and personal feeds stay closed", async () => {
    const saved = await settings({ intent: "calendar", publicCalendar: "1" }, ADMIN);
    expect(saved.status).toBe(302);
    expect(await networkRow("halle")).toMatchObject({ public_calendar: 1, work_package_wait_days: 10 });
    expect((await networkRow("vogtland")).public_calendar).toBe(0);
    const page = await run(async () => settingsLoader(args(await getRequest("/n/halle/admin/settings", { as: ADMIN }), { network: "halle" })));
    expect(page.data.publicCalendar).toBe(true);

    const open = await feed("fg-arbeit");
    expect(open.status).toBe(200);
    expect(open.headers.get("Content-Type")).toContain("text/calendar");
    expect(String(open.data)).toContain("BEGIN:VCALENDAR");
    // A signed-in person of another network reads it too: it is public.
    expect((await feed("fg-arbeit", { as: VOGTLAND_ADMIN })).status).toBe(200);
    // A token that is given must still be valid.
    expect((await feed("fg-arbeit", { token: "x".repeat(43) })).status).toBe(404);
    // Unknown groups stay 404; the other network is not public.
    expect((await feed("gibt-es-nicht")).status).toBe(404);
    const vogtlandGroup = await db.selectFrom("groups").select("slug").where("network_id", "=", vogtland).executeTakeFirstOrThrow();
    expect((await feed(vogtlandGroup.slug, { network: "vogtland" })).status).toBe(404);
    // The personal feed is unaffected: without a valid token it is 404.
    const file = `${"y".repeat(43)}.ics`;
    expect((await run(async () => personalFeed(args(await getRequest(`/calendar/${file}`), { file })))).status).toBe(404);
  });

  it("off again: 404 without token or session", async () => {
    expect((await settings({ intent: "calendar" }, ADMIN)).status).toBe(302);
    expect((await networkRow("halle")).public_calendar).toBe(0);
    expect((await feed("fg-arbeit")).status).toBe(404);
    expect((await feed("fg-arbeit", { as: MSO })).status).toBe(200);
  });
});
