import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/audit/audit.server";
import { AUDIT_PAGE_SIZE } from "~/audit/filters";
import { DEMO_PASSWORD } from "~/auth/demo-accounts";
import { signIn } from "~/auth/sign-in.server";
import { db } from "~/db.server";
import { loader as auditLoader } from "~/routes/n.$network.admin.audit";
import { action as personAction } from "~/routes/n.$network.admin.people.$userId";
import { loader as exportLoader } from "~/routes/profile_.data[.json]";
import { deletePerson } from "~/privacy/erasure.server";
import { sql } from "kysely";
import { args, getRequest, postRequest, run } from "../requests";
import { networkId, userId } from "../lookups";

// The audit log under Verwaltung: filters by person, action and Berlin dates, pages, and
// strict tenancy (a network's own events plus the sign-ins of its members, nothing else).

const ADMIN = "admin@halle.example";

interface LogEvent {
  id: number;
  action: string;
  createdAt: string;
  actorName: string | null;
  subject: { type: string; id: string; name: string | null } | null;
}

async function openLog(query = "", as = ADMIN, network = "halle") {
  return run(async () => auditLoader(args(await getRequest(`/n/${network}/admin/audit${query}`, { as }), { network })));
}

/** Every event the filters match, across all pages. */
async function allEvents(query: string, as = ADMIN, network = "halle"): Promise<LogEvent[]> {
  const events: LogEvent[] = [];
  for (let page = 1; ; page++) {
    const result = await openLog(`?${query}${query ? "&" : ""}page=${page}`, as, network);
    events.push(...result.data.log.events);
    if (page >= result.data.log.pageCount) return events;
  }
}

describe("audit log", () => {
  let halle: number;
  let vogtland: number;

  beforeAll(async () => {
    halle = await networkId("halle");
    vogtland = await networkId("vogtland");
    await signIn(ADMIN, DEMO_PASSWORD);
    await signIn("admin@vogtland.example", DEMO_PASSWORD);
    await signIn("michael.brandt@halle.example", DEMO_PASSWORD);
    await signIn("mso@halle.example", "falsches-passwort");
    await recordAudit({ networkId: vogtland, actorUserId: await userId("admin@vogtland.example"), action: "group.updated", subject: { type: "group", id: 1 } });
  });

  it("is for the network's admins only", async () => {
    expect((await openLog("", "beratung@halle.example")).status).toBe(403);
    expect((await openLog("", "admin@vogtland.example")).status).toBe(404);
    expect((await openLog("", "admin@vogtland.example", "vogtland")).status).toBe(200);
  });

  it("shows the network's events and its members' sign-ins, never another network's", async () => {
    const events = await allEvents("");
    const ids = events.map((e) => e.id);
    const rows = await db.selectFrom("audit_events").select(["id", "network_id", "actor_user_id", "action"]).where("id", "in", ids).execute();
    const members = new Set((await db.selectFrom("network_members").select("user_id").where("network_id", "=", halle).execute()).map((m) => m.user_id));
    for (const row of rows) {
      if (row.network_id === null) expect(members.has(row.actor_user_id!), row.action).toBe(true);
      else expect(row.network_id).toBe(halle);
    }
    const vogtlandAdmin = await userId("admin@vogtland.example");
    expect(rows.some((r) => r.actor_user_id === vogtlandAdmin)).toBe(false);
    // A person of both networks: their sign-in shows in both logs (documented in decision 014).
    const signIns = events.filter((e) => e.action === "auth.sign_in").map((e) => e.actorName);
    expect(signIns).toEqual(expect.arrayContaining(["Michael Brandt"]));
    const vogtlandSignIns = (await allEvents("action=auth.sign_in", "admin@vogtland.example", "vogtland")).map((e) => e.actorName);
    expect(vogtlandSignIns).toContain("Michael Brandt");
    expect(vogtlandSignIns).not.toContain((await db.selectFrom("users").select("name").where("email", "=", ADMIN).executeTakeFirstOrThrow()).name);
  });

  it("records sign-ins, failures, rights changes, exports and deletions", async () => {
    const mso = await userId("mso@halle.example");
    await run(async () => personAction(args(await postRequest(`/n/halle/admin/people/${mso}`, { intent: "role", role: "admin" }, { as: ADMIN }), { network: "halle", userId: String(mso) })));
    await exportLoader(args(await getRequest("/profile/data.json", { as: "mso@halle.example" })));
    for (const action of ["auth.sign_in", "auth.sign_in_failed", "person.role_changed", "privacy.data_exported"]) {
      const events = await allEvents(`action=${action}`);
      expect(events.length, action).toBeGreaterThan(0);
      expect(events.every((e) => e.action === action)).toBe(true);
    }
    const msoName = (await db.selectFrom("users").select("name").where("id", "=", mso).executeTakeFirstOrThrow()).name;
    expect((await allEvents("action=auth.sign_in_failed")).map((e) => e.actorName)).toContain(msoName);
    const roleChange = (await allEvents("action=person.role_changed"))[0];
    expect(roleChange.subject?.type).toBe("user");
    expect(roleChange.subject?.id).toBe(String(mso));

    const nadia = await userId("nadia.schulz@halle.example");
    expect(await deletePerson({ networkId: halle, actorUserId: await userId(ADMIN), userId: nadia })).toEqual({ ok: true, accountDeleted: true });
    const [deleted] = await allEvents("action=person.deleted");
    expect(deleted.actorName).not.toBeNull();
    expect(deleted.subject).toEqual({ type: "user", id: String(nadia), name: null });
  });

  it("filters by person", async () => {
    const michael = await userId("michael.brandt@halle.example");
    const events = await allEvents(`person=${michael}`);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.actorName === "Michael Brandt")).toBe(true);
  });

  it("filters by a German date range in Berlin time, both days included", async () => {
    const admin = await userId(ADMIN);
    // 23:30 UTC on 9 March is 00:30 on 10 March in Berlin; 22:59 UTC on 12 March is 23:59 there.
    const at = ["2026-03-09T22:59:00.000Z", "2026-03-09T23:30:00.000Z", "2026-03-12T22:59:00.000Z", "2026-03-12T23:01:00.000Z"];
    for (const created_at of at) {
      await db.insertInto("audit_events").values({ network_id: halle, actor_user_id: admin, action: "group.updated", created_at }).execute();
    }
    const events = await allEvents("from=10.03.2026&to=12.03.2026");
    expect(events.map((e) => e.createdAt).sort()).toEqual([at[1], at[2]]);
    const picker = await allEvents("from=2026-03-10&to=2026-03-10");
    expect(picker.map((e) => e.createdAt)).toEqual([at[1]]);
  });

  it("answers a bad date with a message and the typed input, and no list", async () => {
    const result = await openLog("?from=31.02.2026&to=01.01.2026&action=auth.sign_in");
    expect(result.status).toBe(200);
    expect(result.data.errors).toEqual({ from: "audit.invalidDate" });
    expect(result.data.values).toEqual({ person: "", action: "auth.sign_in", from: "31.02.2026", to: "01.01.2026" });
    expect(result.data.log).toBeNull();
  });

  it("pages through the events newest first, 50 at a time", async () => {
    const admin = await userId(ADMIN);
    await db
      .insertInto("audit_events")
      .values(Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({ network_id: halle, actor_user_id: admin, action: "offer.updated", created_at: `2025-01-01T10:${String(i).padStart(2, "0")}:00.000Z` })))
      .execute();
    const first = await openLog("?action=offer.updated&from=01.01.2025&to=01.01.2025");
    expect(first.data.log.total).toBe(AUDIT_PAGE_SIZE + 5);
    expect(first.data.log.pageCount).toBe(2);
    expect(first.data.log.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.data.log.events[0].createdAt).toBe("2025-01-01T10:54:00.000Z");
    const second = await openLog("?action=offer.updated&from=01.01.2025&to=01.01.2025&page=2");
    expect(second.data.log.events.map((e: LogEvent) => e.createdAt)).toEqual(
      ["04", "03", "02", "01", "00"].map((m) => `2025-01-01T10:${m}:00.000Z`),
    );
    const stale = await openLog("?action=offer.updated&from=01.01.2025&to=01.01.2025&page=7");
    expect(stale.data.log.page).toBe(2);
    expect(stale.data.log.events).toEqual(second.data.log.events);
  });

  it("uses an index for the filter queries", async () => {
    const plan = async (query: { compile(): { sql: string; parameters: readonly unknown[] } }) => {
      const { sql: text, parameters } = query.compile();
      const values = [...parameters];
      const literal = (v: unknown) => (typeof v === "number" ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
      const rows = await sql<{ detail: string }>`explain query plan ${sql.raw(text.replace(/\?/g, () => literal(values.shift())))}`.execute(db);
      return rows.rows.map((r) => r.detail).join("\n");
    };
    const byAction = db.selectFrom("audit_events").select("id").where("network_id", "=", halle).where("action", "=", "auth.sign_in").orderBy("created_at", "desc");
    expect(await plan(byAction)).toContain("audit_events_network_action_idx");
    const byActor = db.selectFrom("audit_events").select("id").where("actor_user_id", "=", 1).orderBy("created_at", "desc");
    expect(await plan(byActor)).toContain("audit_events_actor_idx");
  });
});
