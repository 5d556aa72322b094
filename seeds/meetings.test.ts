import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { carryOverToNextMeeting } from "../app/meetings/carry-over.server";
import { dateOfWeekdayInMonth } from "../app/meetings/cadence-dates";
import { timeAgenda } from "../app/meetings/agenda-timing";
import { utcToLocal } from "../app/meetings/local-time";
import { createDatabase, migrateToLatest } from "../db/sqlite";
import type { Database } from "../db/schema";
import { halle } from "./halle";
import { meetingPlans } from "./meetings";
import { resetToDemo, seedDemo } from "./seed";

// The demo meetings, seeded into a fresh in-memory database with a fixed "now" — once in
// winter and once in summer, so both daylight-saving regimes are in the window either way.

const halleGroups = halle.groups.map((g) => g.slug);

async function meetingsOf(db: Kysely<Database>, network: string) {
  return db
    .selectFrom("meetings")
    .innerJoin("networks", "networks.id", "meetings.network_id")
    .innerJoin("meeting_hosts", "meeting_hosts.meeting_id", "meetings.id")
    .innerJoin("groups", "groups.id", "meeting_hosts.group_id")
    .select([
      "meetings.id", "meetings.kind", "meetings.title", "meetings.starts_at", "meetings.ends_at", "meetings.status",
      "meetings.cancel_reason", "meetings.proposal_deadline", "groups.slug as group",
    ])
    .where("networks.slug", "=", network)
    .orderBy("meetings.starts_at")
    .execute();
}

describe.each([
  ["winter", new Date("2026-12-01T09:00:00Z")],
  ["summer", new Date("2026-06-20T12:00:00Z")],
])("demo meetings seeded on a %s day", (_season, now) => {
  let db: Kysely<Database>;
  let rows: Awaited<ReturnType<typeof meetingsOf>>;
  const nowIso = now.toISOString();

  beforeAll(async () => {
    ({ db } = createDatabase(":memory:"));
    await migrateToLatest(db);
    await seedDemo(db, { now });
    rows = await meetingsOf(db, "halle");
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("give every Halle group past and upcoming meetings in its cadence", () => {
    for (const slug of halleGroups) {
      const own = rows.filter((r) => r.group === slug && r.kind === "regular");
      const past = own.filter((r) => r.starts_at < nowIso);
      const future = own.filter((r) => r.starts_at >= nowIso);
      expect(past.length, slug).toBeGreaterThan(0);
      expect(future.length, slug).toBeGreaterThan(0);
      // 12 months back and 6 ahead: quarterly ≈ 6, half-yearly ≈ 3
      if (slug === "forum-migration") expect(own.length).toBe(3);
      else expect(own.length, slug).toBe(6);
    }
  });

  it("has exactly one cancelled meeting, with its reason", () => {
    const cancelled = rows.filter((r) => r.status === "cancelled");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].cancel_reason).toBe("Terminkollision mit der Fachtagung des Landes");
  });

  it("has a joint FG Arbeit + FG Deutsch session in the past and one upcoming", () => {
    const joint = rows.filter((r) => r.kind === "joint");
    const byMeeting = new Map<number, string[]>();
    for (const r of joint) byMeeting.set(r.id, [...(byMeeting.get(r.id) ?? []), r.group]);
    for (const hosts of byMeeting.values()) expect(hosts.sort()).toEqual(["fg-arbeit", "fg-deutsch"]);
    const past = joint.filter((r) => r.starts_at < nowIso && r.group === "fg-arbeit");
    const future = joint.filter((r) => r.starts_at >= nowIso && r.group === "fg-arbeit");
    expect(past.map((r) => r.status)).toEqual(["minutes_published"]);
    expect(future.map((r) => r.title)).toEqual(["Gemeinsames Arbeitstreffen: Berufssprachkurse und Arbeitsmarktintegration"]);
  });

  it("publishes minutes of past meetings, with action items; only FG Arbeit's latest is held", async () => {
    const past = rows.filter((r) => r.starts_at < nowIso && r.status !== "cancelled");
    const held = [...new Set(past.filter((r) => r.status === "held").map((r) => r.id))];
    expect(held).toHaveLength(1);
    const latestArbeit = past.filter((r) => r.group === "fg-arbeit").at(-1);
    expect(latestArbeit?.id).toBe(held[0]);
    expect(past.filter((r) => r.status !== "held").every((r) => r.status === "minutes_published")).toBe(true);

    const published = [...new Set(past.filter((r) => r.status === "minutes_published").map((r) => r.id))];
    const items = await db
      .selectFrom("agenda_items")
      .select(["meeting_id", "status", "minutes_text", "outcome", "decision", "position"])
      .where("meeting_id", "in", published)
      .execute();
    const actions = await db.selectFrom("action_items").select(["meeting_id", "status", "owner", "due_date"]).where("meeting_id", "in", published).execute();
    for (const id of published) {
      const accepted = items.filter((i) => i.meeting_id === id && i.status === "accepted");
      expect(accepted.length, `meeting ${id}`).toBeGreaterThanOrEqual(3);
      expect(accepted.length, `meeting ${id}`).toBeLessThanOrEqual(5);
      for (const item of accepted) {
        expect(item.minutes_text, `meeting ${id}`).not.toBe("");
        expect(item.outcome, `meeting ${id}`).not.toBe("");
        expect(item.decision, `meeting ${id}`).not.toBe("");
      }
      const own = actions.filter((a) => a.meeting_id === id);
      expect(own.length, `meeting ${id}`).toBeGreaterThanOrEqual(1);
      expect(own.length, `meeting ${id}`).toBeLessThanOrEqual(3);
      for (const a of own) {
        expect(a.owner).not.toBe("");
        expect(a.due_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(["open", "done"]));

    const heldItems = await db.selectFrom("agenda_items").select(["status", "minutes_text"]).where("meeting_id", "=", held[0]).execute();
    expect(heldItems.length).toBeGreaterThanOrEqual(3);
    expect(heldItems.every((i) => i.status === "accepted" && i.minutes_text === "")).toBe(true);
  });

  it("invites to each group's next meeting, with mixed answers, and plans the later ones", async () => {
    const regular = rows.filter((r) => r.kind === "regular" && r.starts_at >= nowIso);
    for (const slug of halleGroups) {
      const [next, ...later] = regular.filter((r) => r.group === slug);
      expect(next.status, slug).toBe("invited");
      for (const m of later) expect(m.status, slug).toBe("planned");
      const answers = await db.selectFrom("meeting_attendance").select(["response", "attended"]).where("meeting_id", "=", next.id).execute();
      expect(answers.length, slug).toBeGreaterThan(3);
      expect(new Set(answers.map((a) => a.response)), slug).toEqual(new Set(["pending", "attending", "declined"]));
      expect(answers.every((a) => a.attended === null)).toBe(true);
    }
    // the demo member has an invitation to answer; the moderator comes
    const arbeitNext = regular.find((r) => r.group === "fg-arbeit")!;
    const demo = await db
      .selectFrom("meeting_attendance")
      .innerJoin("users", "users.id", "meeting_attendance.user_id")
      .select(["users.email", "meeting_attendance.response"])
      .where("meeting_attendance.meeting_id", "=", arbeitNext.id)
      .where("users.email", "in", ["beratung@halle.example", "mso@halle.example", "arbeit@halle.example"])
      .orderBy("users.email")
      .execute();
    expect(demo).toEqual([
      { email: "arbeit@halle.example", response: "attending" },
      { email: "beratung@halle.example", response: "pending" },
      { email: "mso@halle.example", response: "pending" },
    ]);
  });

  it("invites exactly the active people of the host groups' organisations", async () => {
    const arbeitNext = rows.find((r) => r.group === "fg-arbeit" && r.status === "invited")!;
    const expected = await db
      .selectFrom("group_memberships")
      .innerJoin("groups", "groups.id", "group_memberships.group_id")
      .innerJoin("affiliations", "affiliations.organisation_id", "group_memberships.organisation_id")
      .innerJoin("network_members", (j) =>
        j.onRef("network_members.user_id", "=", "affiliations.user_id").onRef("network_members.network_id", "=", "groups.network_id"),
      )
      .select("affiliations.user_id")
      .distinct()
      .where("groups.slug", "=", "fg-arbeit")
      .where("groups.network_id", "=", (eb) => eb.selectFrom("networks").select("id").where("slug", "=", "halle"))
      .where("network_members.active", "=", 1)
      .execute();
    const invited = await db.selectFrom("meeting_attendance").select("user_id").where("meeting_id", "=", arbeitNext.id).execute();
    expect(invited.map((i) => i.user_id).sort()).toEqual(expected.map((e) => e.user_id).sort());
  });

  it("has pending proposals from member organisations and declined ones with a reason", async () => {
    const items = await db
      .selectFrom("agenda_items")
      .innerJoin("meetings", "meetings.id", "agenda_items.meeting_id")
      .innerJoin("networks", "networks.id", "meetings.network_id")
      .leftJoin("users", "users.id", "agenda_items.proposed_by_user_id")
      .select([
        "agenda_items.id", "agenda_items.status", "agenda_items.decline_reason", "agenda_items.proposed_by_organisation_id",
        "agenda_items.carried_from_item_id", "users.email", "meetings.starts_at", "meetings.status as meetingStatus",
      ])
      .where("networks.slug", "=", "halle")
      .execute();
    const pending = items.filter((i) => i.status === "proposed");
    expect(pending.length).toBeGreaterThanOrEqual(5);
    for (const p of pending) expect(p.starts_at > nowIso && ["planned", "invited"].includes(p.meetingStatus)).toBe(true);
    const byMembers = pending.filter((p) => p.email !== null);
    expect(byMembers.map((p) => p.email)).toEqual(expect.arrayContaining(["beratung@halle.example", "mso@halle.example"]));
    for (const p of byMembers) expect(p.proposed_by_organisation_id).not.toBeNull();

    const declined = items.filter((i) => i.status === "declined");
    expect(declined.length).toBeGreaterThanOrEqual(1);
    for (const d of declined) {
      expect(d.decline_reason?.length ?? 0).toBeGreaterThan(20);
      expect(d.email).not.toBeNull();
    }
    const declineEvents = await db
      .selectFrom("agenda_item_events")
      .select(["agenda_item_id", "from_status", "to_status", "note", "actor_user_id"])
      .where("agenda_item_id", "in", declined.map((d) => d.id))
      .where("to_status", "=", "declined")
      .execute();
    expect(declineEvents).toHaveLength(declined.length);
    for (const e of declineEvents) {
      expect(e.from_status).toBe("proposed");
      expect(e.note).toBe(declined.find((d) => d.id === e.agenda_item_id)?.decline_reason);
    }
    // the deferred item of FG Deutsch turns up again as a proposal
    const deferred = items.filter((i) => i.status === "deferred");
    expect(deferred).toHaveLength(1);
    expect(items.filter((i) => i.carried_from_item_id === deferred[0].id).map((i) => i.status)).toEqual(["proposed"]);
  });

  it("keeps meeting_hosts.starts_at in step with meetings.starts_at", async () => {
    const mismatched = await db
      .selectFrom("meeting_hosts")
      .innerJoin("meetings", "meetings.id", "meeting_hosts.meeting_id")
      .select("meetings.id")
      .where((eb) =>
        eb.or([
          eb("meeting_hosts.starts_at", "!=", eb.ref("meetings.starts_at")),
          eb("meeting_hosts.network_id", "!=", eb.ref("meetings.network_id")),
        ]),
      )
      .execute();
    expect(mismatched).toEqual([]);
    const withoutHost = await db
      .selectFrom("meetings")
      .leftJoin("meeting_hosts", "meeting_hosts.meeting_id", "meetings.id")
      .select("meetings.id")
      .where("meeting_hosts.meeting_id", "is", null)
      .execute();
    expect(withoutHost).toEqual([]);
  });

  it("meets at the pattern's local times, in summer and in winter", () => {
    const plans = new Map(meetingPlans.halle.groups.map((g) => [g.slug, g.pattern]));
    const offsets = new Set<number>();
    for (const r of rows.filter((r) => r.kind === "regular")) {
      const pattern = plans.get(r.group)!;
      const start = utcToLocal(r.starts_at);
      const end = utcToLocal(r.ends_at);
      const [y, m] = start.date.split("-").map(Number);
      expect(start.date, r.title).toBe(dateOfWeekdayInMonth(y, m, pattern));
      expect(start.time, r.title).toBe(pattern.start);
      expect(end, r.title).toEqual({ date: start.date, time: pattern.end });
      // deadline: the end of the day 14 days before
      const deadline = utcToLocal(r.proposal_deadline);
      expect(deadline.time).toBe("23:59");
      expect((Date.parse(start.date) - Date.parse(deadline.date)) / 86_400_000).toBe(14);
      offsets.add(Number(start.time.slice(0, 2)) - new Date(r.starts_at).getUTCHours());
    }
    expect([...offsets].sort()).toEqual([1, 2]); // CET and CEST both occur
    for (const r of rows.filter((r) => r.kind === "joint")) {
      expect(utcToLocal(r.starts_at).time).toBe("09:30");
      expect(new Date(r.starts_at).getUTCDay()).toBe(3);
    }
    // e.g. FG Arbeit: 2nd Tuesday, 09:30
    const arbeit = rows.filter((r) => r.group === "fg-arbeit" && r.kind === "regular").map((r) => utcToLocal(r.starts_at));
    for (const a of arbeit) {
      const day = Number(a.date.slice(8));
      expect(day).toBeGreaterThanOrEqual(8);
      expect(day).toBeLessThanOrEqual(14);
      expect(new Date(`${a.date}T12:00:00Z`).getUTCDay()).toBe(2);
    }
  });

  it("plans agendas that fit into their meetings", async () => {
    const items = await db
      .selectFrom("agenda_items")
      .select(["meeting_id", "planned_minutes", "position"])
      .where("status", "=", "accepted")
      .orderBy("position")
      .execute();
    const meetings = await db.selectFrom("meetings").select(["id", "starts_at", "ends_at"]).execute();
    for (const m of meetings) {
      const timed = timeAgenda(m, items.filter((i) => i.meeting_id === m.id));
      expect(timed.overrunMinutes, `meeting ${m.id}`).toBe(0);
    }
  });

  it("has already carried open action items and deferred items over (carry-over finds nothing left)", async () => {
    const groups = await db.selectFrom("groups").select(["id", "network_id"]).execute();
    for (const g of groups) {
      expect(await carryOverToNextMeeting(db, { networkId: g.network_id, groupId: g.id, now })).toBe(0);
    }
    const open = await db.selectFrom("action_items").select(["carried_to_item_id"]).where("status", "=", "open").execute();
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((a) => a.carried_to_item_id !== null)).toBe(true);
  });

  it("gives Vogtland a few meetings of its own and crosses no network boundary", async () => {
    const vogtland = await meetingsOf(db, "vogtland");
    expect(new Set(vogtland.map((r) => r.group))).toEqual(new Set(["steuerungsgruppe", "fg-arbeit", "fg-sprache"]));
    expect(vogtland.some((r) => r.starts_at < nowIso)).toBe(true);
    expect(vogtland.some((r) => r.starts_at >= nowIso)).toBe(true);

    const crossing = await Promise.all([
      db.selectFrom("meeting_hosts").innerJoin("groups", "groups.id", "meeting_hosts.group_id")
        .select("meeting_hosts.meeting_id").whereRef("groups.network_id", "!=", "meeting_hosts.network_id").execute(),
      db.selectFrom("agenda_items").innerJoin("meetings", "meetings.id", "agenda_items.meeting_id")
        .select("agenda_items.id").whereRef("meetings.network_id", "!=", "agenda_items.network_id").execute(),
      db.selectFrom("action_items").innerJoin("meetings", "meetings.id", "action_items.meeting_id")
        .select("action_items.id").whereRef("meetings.network_id", "!=", "action_items.network_id").execute(),
      db.selectFrom("agenda_items").innerJoin("organisations", "organisations.id", "agenda_items.proposed_by_organisation_id")
        .select("agenda_items.id").whereRef("organisations.network_id", "!=", "agenda_items.network_id").execute(),
      db.selectFrom("agenda_items").innerJoin("organisations", "organisations.id", "agenda_items.presenter_organisation_id")
        .select("agenda_items.id").whereRef("organisations.network_id", "!=", "agenda_items.network_id").execute(),
      db.selectFrom("meeting_attendance")
        .leftJoin("network_members", (j) =>
          j.onRef("network_members.user_id", "=", "meeting_attendance.user_id").onRef("network_members.network_id", "=", "meeting_attendance.network_id"),
        )
        .select("meeting_attendance.meeting_id").where("network_members.id", "is", null).execute(),
    ]);
    for (const rows of crossing) expect(rows).toEqual([]);
  });
});

describe("resetToDemo", () => {
  it("empties the meeting tables before the rest and seeds them again", async () => {
    const { db } = createDatabase(":memory:");
    await migrateToLatest(db);
    await seedDemo(db, { now: new Date("2026-03-15T10:00:00Z") });
    await db.insertInto("outbox_messages").values({ to_email: "x@halle.example", kind: "invitation", subject: "s", body_text: "b" }).execute();
    await resetToDemo(db);
    const count = async (table: "meetings" | "outbox_messages" | "networks") =>
      Number((await db.selectFrom(table).select(db.fn.countAll().as("c")).executeTakeFirstOrThrow()).c);
    expect(await count("outbox_messages")).toBe(0);
    expect(await count("networks")).toBe(2);
    expect(await count("meetings")).toBeGreaterThan(40);
    await db.destroy();
  });
});
