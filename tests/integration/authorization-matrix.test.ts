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
