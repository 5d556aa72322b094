import SQLite from "better-sqlite3";
import type { CompiledQuery } from "kysely";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { boardSearch } from "../../bench/cases";
import { generateDataset } from "../../bench/generate";

// Guards of the benchmark's pages that run in every test run (timings live in `npm run bench`):
// - the number of queries per request is the same on the demo data and on a generated set
//   ten times its size: no query runs once per row;
// - no query behind these pages scans a large table on the generated set (EXPLAIN QUERY PLAN).

const demoFile = process.env.DATABASE_PATH!;
const generatedFile = path.join(path.dirname(demoFile), `generated-${process.pid}.sqlite`);

/** Tables that grow with a network; a full scan of one of them is a finding. */
const largeTables = new Set([
  "users", "sessions", "network_members", "organisations", "affiliations", "group_memberships", "meetings", "meeting_hosts",
  "agenda_items", "agenda_item_events", "meeting_attendance", "action_items", "offers", "offer_topics", "offer_targets",
  "offer_languages", "offer_groups", "offer_translations", "offer_event_dates", "work_packages", "work_package_events",
  "work_package_comments", "calendar_tokens", "audit_events", "outbox_messages",
]);

interface PageVisit {
  name: string;
  queries: CompiledQuery[];
  status: number;
}

interface Roles {
  network: string;
  moderator: string;
  steeringLead: string;
  largestGroup: string;
  longestAgendaMeetingId: number;
  feedPerson: string;
  /** the board with a search text and two filters that has results */
  search: string;
}

function demoRoles(): Roles {
  const sqlite = new SQLite(demoFile, { readonly: true });
  try {
    // The longest agenda with published minutes of the moderator's group, as in the generated set.
    const meeting = sqlite
      .prepare(`select meeting_id from agenda_items join meetings on meetings.id = agenda_items.meeting_id
        where meetings.status = 'minutes_published' and meeting_id in (select meeting_id from meeting_hosts
          where group_id = (select id from groups where slug = 'fg-arbeit' and network_id = (select id from networks where slug = 'halle')))
        group by meeting_id order by count(*) desc limit 1`)
      .pluck()
      .get() as number;
    // A search with results: a word of a current offer's title, its category and a topic.
    const offer = sqlite
      .prepare(`select offers.title, offers.category, offer_topics.topic from offers join offer_topics on offer_topics.offer_id = offers.id
        where offers.network_id = (select id from networks where slug = 'halle') and offers.status = 'published' and offers.valid_to is null
        order by offers.id limit 1`)
      .get() as { title: string; category: string; topic: string };
    const word = offer.title.split(/\s+/).find((w) => w.length > 4) ?? offer.title;
    return {
      network: "halle", moderator: "arbeit@halle.example", steeringLead: "steuerung@halle.example", largestGroup: "fg-arbeit",
      longestAgendaMeetingId: meeting, feedPerson: "beratung@halle.example",
      search: `?${new URLSearchParams({ q: word, category: offer.category, topic: offer.topic })}`,
    };
  } finally {
    sqlite.close();
  }
}

/** Loads every page of the benchmark on one database file and records each request's queries. */
async function visitPages(file: string, roles: Roles): Promise<PageVisit[]> {
  // A fresh module graph opens its own connection to `file`.
  vi.resetModules();
  process.env.DATABASE_PATH = file;
  const { queryObservers } = await import("../../db/sqlite");
  const { db } = await import("~/db.server");
  const { lucia, getSignedIn } = await import("~/auth/session.server");
  const { createCalendarToken } = await import("~/calendar/tokens.server");
  const layout = await import("~/routes/n.$network");
  const routes = {
    home: await import("~/routes/n.$network._index"),
    groups: await import("~/routes/n.$network.groups._index"),
    group: await import("~/routes/n.$network.groups.$slug"),
    meeting: await import("~/routes/n.$network.meetings.$meetingId"),
    board: await import("~/routes/n.$network.offers._index"),
    packages: await import("~/routes/n.$network.work-packages._index"),
    dashboard: await import("~/routes/n.$network.work-packages.dashboard"),
    groupFeed: await import("~/routes/n.$network.groups.$slug_.calendar[.ics]"),
    personalFeed: await import("~/routes/calendar.$file"),
  };
  const userId = async (email: string) => (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
  const cookie = async (email: string) => `${lucia.sessionCookieName}=${(await lucia.createSession(await userId(email), {})).id}`;
  const moderator = await cookie(roles.moderator);
  const steeringLead = await cookie(roles.steeringLead);
  const feedToken = await createCalendarToken(await userId(roles.feedPerson));
  const n = `/n/${roles.network}`;

  type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => Promise<unknown>;
  async function visit(name: string, url: string, loader: Loader, params: Record<string, string>, headers: Record<string, string> = {}) {
    const queries: CompiledQuery[] = [];
    const observe = (query: CompiledQuery) => void queries.push(query);
    queryObservers.add(observe);
    const request = new Request(`http://localhost:3000${url}`, { headers });
    // A page request runs the root loader (who is signed in), the network layout and the page.
    const loaders: Promise<unknown>[] = [loader({ request, params, context: {} })];
    if (url.startsWith("/n/")) loaders.push(getSignedIn(request), layout.loader({ request, params, context: {} } as never));
    const results = await Promise.allSettled(loaders);
    queryObservers.delete(observe);
    const outcome = results[0].status === "fulfilled" ? results[0].value : results[0].reason;
    const status = outcome instanceof Response ? outcome.status : 200;
    // A page cached by ETag is asked for again below; the body is not needed here.
    if (outcome instanceof Response) await outcome.text();
    return { name, queries, status, etag: outcome instanceof Response ? outcome.headers.get("ETag") : null };
  }

  const network = { network: roles.network };
  const feedFile = `${feedToken}.ics`;
  const visits = [
    await visit("home", n, routes.home.loader as Loader, network, { Cookie: moderator }),
    await visit("groups", `${n}/groups`, routes.groups.loader as Loader, network, { Cookie: moderator }),
    await visit("largest group", `${n}/groups/${roles.largestGroup}`, routes.group.loader as Loader, { ...network, slug: roles.largestGroup }, { Cookie: moderator }),
    await visit("longest agenda", `${n}/meetings/${roles.longestAgendaMeetingId}`, routes.meeting.loader as Loader, { ...network, meetingId: String(roles.longestAgendaMeetingId) }, { Cookie: moderator }),
    await visit("offer board", `${n}/offers`, routes.board.loader as Loader, network, { Cookie: moderator }),
    await visit("offer search", `${n}/offers${roles.search}`, routes.board.loader as Loader, network, { Cookie: moderator }),
    await visit("work-package inbox", `${n}/work-packages`, routes.packages.loader as Loader, network, { Cookie: steeringLead }),
    await visit("steering dashboard", `${n}/work-packages/dashboard`, routes.dashboard.loader as Loader, network, { Cookie: steeringLead }),
    await visit("group feed", `/n/${roles.network}/groups/${roles.largestGroup}/calendar.ics?token=${feedToken}`, routes.groupFeed.loader as Loader, { ...network, slug: roles.largestGroup }),
  ];
  const feed = await visit("personal feed", `/calendar/${feedFile}`, routes.personalFeed.loader as Loader, { file: feedFile });
  const notModified = await visit("personal feed 304", `/calendar/${feedFile}`, routes.personalFeed.loader as Loader, { file: feedFile }, { "If-None-Match": feed.etag ?? "" });
  await db.destroy();
  return [...visits, feed, notModified];
}

/** `SCAN <table>` lines of the query's plan on a large table (aliases resolved). */
function fullScans(sqlite: SQLite.Database, query: CompiledQuery): string[] {
  if (!/^\s*(select|with)/i.test(query.sql)) return [];
  const aliases = new Map<string, string>();
  for (const [, table, alias] of query.sql.matchAll(/"(\w+)" as "(\w+)"/g)) aliases.set(alias, table);
  const plan = sqlite.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as unknown[])) as { detail: string }[];
  return plan
    .map((row) => row.detail)
    .filter((detail) => {
      const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
      return scanned !== undefined && largeTables.has(aliases.get(scanned) ?? scanned);
    });
}

describe("performance guards", () => {
  let demo: PageVisit[];
  let generated: PageVisit[];

  beforeAll(async () => {
    const facts = await generateDataset(generatedFile, { scale: 0.05, writers: 2 });
    demo = await visitPages(demoFile, demoRoles());
    generated = await visitPages(generatedFile, {
      network: facts.networkSlug, moderator: facts.moderatorEmail, steeringLead: facts.steeringLeadEmail, largestGroup: facts.largestGroupSlug,
      longestAgendaMeetingId: facts.longestAgendaMeetingId, feedPerson: facts.manyGroupsEmail, search: boardSearch,
    });
  }, 60_000);

  it("the generated set is about ten times the demo data", () => {
    const rows = (file: string) => {
      const sqlite = new SQLite(file, { readonly: true });
      try {
        return ["organisations", "users", "meetings", "agenda_items", "offers", "work_packages"].reduce(
          (sum, table) => sum + (sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number),
          0,
        );
      } finally {
        sqlite.close();
      }
    };
    const ratio = rows(generatedFile) / rows(demoFile);
    expect(ratio).toBeGreaterThan(7);
    expect(ratio).toBeLessThan(20);
  });

  it("every page answers on both data sets", () => {
    for (const visit of [...demo, ...generated]) expect(visit.status, visit.name).toBe(visit.name.endsWith("304") ? 304 : 200);
  });

  it("asks the database as often per request on ten times the data", () => {
    const count = (visits: PageVisit[]) => Object.fromEntries(visits.map((v) => [v.name, v.queries.length]));
    expect(count(generated)).toEqual(count(demo));
  });

  it("scans no large table in full for these pages", () => {
    const sqlite = new SQLite(generatedFile, { readonly: true });
    try {
      const findings = generated.flatMap((visit) =>
        visit.queries.flatMap((query) => fullScans(sqlite, query).map((scan) => `${visit.name}: ${scan} in ${query.sql.slice(0, 160)}`)),
      );
      expect(findings).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});
