import { generatePath } from "@remix-run/react";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createCalendarToken } from "~/calendar/tokens.server";
import { db } from "~/db.server";
import { invitePerson } from "~/people/people.server";
import { args, getRequest, postRequest, run, type Outcome } from "../requests";
import { lookUpDemoIds, type DemoIds } from "../security/demo-ids";
import { paramsOf, routeManifest } from "../security/route-manifest";
import { ROLE_ACCOUNTS, ROLES, ROUTE_TABLE, type Answer, type Role, type RouteRow } from "../security/route-table";
import { networkId, organisationId, userId } from "../lookups";

// Every cell of the route table (tests/security/route-table.ts): each route's loader and
// action, called with a real Request as each role, against a copy of the demo database.

type RouteModule = {
  loader?: (a: ReturnType<typeof args>) => Promise<unknown>;
  action?: (a: ReturnType<typeof args>) => Promise<unknown>;
};

const manifest = routeManifest();
const patternOf = new Map(manifest.map((route) => [route.file, route.pattern]));
let ids: DemoIds;

beforeAll(async () => {
  const halle = await networkId("halle");
  const invitation = await invitePerson({
    networkId: halle,
    invitedBy: await userId("admin@halle.example"),
    email: "neu.matrix@halle.example",
    organisationId: await organisationId("Jobcenter Halle (Saale)"),
    role: "member",
  });
  if (!invitation.ok) throw new Error("The matrix could not create its invitation");
  ids = {
    ...(await lookUpDemoIds(db)),
    invitationToken: invitation.token,
    calendarFile: `${await createCalendarToken(await userId("beratung@halle.example"))}.ics`,
  };
});

/** What a person would see, in the terms of the table; anything else is shown as its status. */
function answerOf(outcome: Outcome, method: "GET" | "POST"): Answer | string {
  if (outcome.status >= 300 && outcome.status < 400) return outcome.location?.startsWith("/login") ? "login" : "ok";
  if (outcome.status === 403 || outcome.status === 404) return outcome.status;
  if (method === "GET") return outcome.status === 200 ? "ok" : `status ${outcome.status}`;
  return outcome.status >= 500 ? `status ${outcome.status}` : "ok";
}

async function answersFor(row: RouteRow, method: "GET" | "POST") {
  const module = (await import(path.resolve("app/routes", row.file))) as RouteModule;
  const handler = method === "GET" ? module.loader : module.action;
  if (!handler) throw new Error(`${row.file} has no ${method === "GET" ? "loader" : "action"}, but the table expects one`);
  const url = row.url(ids);
  const params = paramsOf(patternOf.get(row.file)!, url);
  const answers: Partial<Record<Role, Answer | string>> = {};
  for (const role of ROLES) {
    const as = ROLE_ACCOUNTS[role] ?? undefined;
    const request = method === "GET" ? await getRequest(url, { as }) : await postRequest(url, row.probe?.(ids) ?? {}, { as });
    answers[role] = answerOf(await run(() => handler(args(request, params))), method);
  }
  return answers;
}

describe("the route table", () => {
  it("has exactly one row for every route file", () => {
    const rows = ROUTE_TABLE.map((row) => row.file);
    const missing = [...patternOf.keys()].filter((file) => !rows.includes(file));
    const unknown = rows.filter((file) => !patternOf.has(file));
    const twice = rows.filter((file, i) => rows.indexOf(file) !== i);
    expect(missing, `Routes without a row in tests/security/route-table.ts: ${missing.join(", ")}`).toEqual([]);
    expect(unknown, `Rows for files that are not routes: ${unknown.join(", ")}`).toEqual([]);
    expect(twice, `Routes with more than one row: ${twice.join(", ")}`).toEqual([]);
  });

  it("declares a POST exactly for the routes with an action", async () => {
    for (const row of ROUTE_TABLE) {
      const module = (await import(path.resolve("app/routes", row.file))) as RouteModule;
      expect(Boolean(module.action), `${row.file}: action ${module.action ? "present" : "absent"}, post answers ${row.post ? "declared" : "missing"}`).toBe(
        Boolean(row.post),
      );
    }
  });
});

/**
 * For each kind of id in a route pattern, a record of Vogtland: what a Halle URL naming another
 * network's record would carry. Vogtland's demo data has no offers and work packages: one of
 * each is added here.
 */
async function vogtlandRecords(): Promise<Record<string, string>> {
  const vogtland = await networkId("vogtland");
  const group = await db.selectFrom("groups").select(["id", "slug"]).where("network_id", "=", vogtland).where("slug", "=", "fg-sprache").executeTakeFirstOrThrow();
  const organisation = await db.selectFrom("organisations").select("id").where("network_id", "=", vogtland).executeTakeFirstOrThrow();
  const meeting = await db.selectFrom("meetings").select("id").where("network_id", "=", vogtland).executeTakeFirstOrThrow();
  const offer = await db
    .insertInto("offers")
    .values({ network_id: vogtland, organisation_id: organisation.id, title: "Sprachcafé Plauen", category: "course", status: "published", place: null, valid_from: null, valid_to: null, contact: null, created_by: null, published_at: new Date().toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  const pkg = await db
    .insertInto("work_packages")
    .values({ network_id: vogtland, origin_group_id: group.id, origin_meeting_id: null, origin_agenda_item_id: null, title: "Sprachmittlung im Landkreis", status: "submitted", responsible_organisation_id: null, due_date: null, decided_by: null, decided_at: null, submitted_at: new Date().toISOString(), created_by: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return {
    slug: group.slug,
    groupId: String(group.id),
    orgId: String(organisation.id),
    meetingId: String(meeting.id),
    offerId: String(offer.id),
    packageId: String(pkg.id),
    userId: String(await userId("admin@vogtland.example")),
  };
}

describe("another network's records under this network's address", () => {
  it("are not there (404) for this network's admin, on every route that names a record", async () => {
    const foreign = await vogtlandRecords();
    const answers: Record<string, Answer | string> = {};
    const expected: Record<string, Answer | string> = {};
    for (const row of ROUTE_TABLE) {
      const pattern = patternOf.get(row.file)!;
      const own = paramsOf(pattern, row.url(ids));
      const named = Object.keys(own).filter((param) => param in foreign);
      if (!pattern.startsWith("/n/:network") || named.length === 0) continue;
      const url = generatePath(pattern, { ...own, ...Object.fromEntries(named.map((param) => [param, foreign[param]])) }) + new URL(row.url(ids), "http://x").search;
      const module = (await import(path.resolve("app/routes", row.file))) as RouteModule;
      const params = paramsOf(pattern, url);
      const as = "admin@halle.example";
      const get = await getRequest(url, { as });
      answers[`GET ${url}`] = answerOf(await run(() => module.loader!(args(get, params))), "GET");
      expected[`GET ${url}`] = 404;
      if (module.action) {
        const request = await postRequest(url, row.probe?.(ids) ?? {}, { as });
        answers[`POST ${url}`] = answerOf(await run(() => module.action!(args(request, params))), "POST");
        expected[`POST ${url}`] = 404;
      }
    }
    expect(Object.keys(answers).length).toBeGreaterThan(20);
    expect(answers).toEqual(expected);
  });
});

describe("malformed addresses", () => {
  const NASTY = ["0", "-1", "abc", "1.5", "1e3", " 1", "99999999999999999999", "9007199254740993", "\u0000", "<script>", "' OR 1=1 --", "..", "%", "x".repeat(5000)];

  it("answer 404 on every route for every value in the place of an id, slug or token (never 500)", async () => {
    const answers: Record<string, Answer | string> = {};
    for (const row of ROUTE_TABLE) {
      const pattern = patternOf.get(row.file)!;
      const own = paramsOf(pattern, row.url(ids));
      const module = (await import(path.resolve("app/routes", row.file))) as RouteModule;
      for (const param of Object.keys(own).filter((p) => p !== "*")) {
        for (const value of NASTY) {
          // The URL as the browser sends it; the params as Remix hands them over, decoded.
          const params = { ...own, [param]: value };
          const url = generatePath(pattern, { ...own, [param]: encodeURIComponent(value) });
          const as = "admin@halle.example";
          const get = await getRequest(url, { as });
          answers[`GET ${row.file} ${param}=${JSON.stringify(value.slice(0, 20))}`] = answerOf(await run(() => module.loader!(args(get, params))), "GET");
          if (module.action) {
            const post = await postRequest(url, row.probe?.(ids) ?? {}, { as });
            answers[`POST ${row.file} ${param}=${JSON.stringify(value.slice(0, 20))}`] = answerOf(await run(() => module.action!(args(post, params))), "POST");
          }
        }
      }
    }
    const unexpected = Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer !== 404));
    expect(Object.keys(answers).length).toBeGreaterThan(500);
    expect(unexpected).toEqual({});
  });
});

describe("every route answers every role as the table says", () => {
  for (const row of ROUTE_TABLE) {
    it(`GET ${row.file}`, async () => {
      expect(await answersFor(row, "GET")).toEqual(row.get);
    });
    if (row.post) {
      const post = row.post;
      it(`POST ${row.file}`, async () => {
        expect(await answersFor(row, "POST")).toEqual(post);
      });
    }
  }
});
