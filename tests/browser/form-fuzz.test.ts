import SQLite from "better-sqlite3";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../db/sqlite";
import { networkChecksum } from "../security/checksum";
import { lookUpDemoIds, type DemoIds } from "../security/demo-ids";
import { badVariants, describeBody, RAW_MARKUP, seededRandom, submissions, type PageForm } from "../security/fuzz";
import { encodeForm, postForm, signInCookie, type FormBody } from "../security/http";
import { ACTION_ROWS, actingAccount, ROUTE_TABLE, type RouteRow } from "../security/route-table";
import { launchBrowser, skipBrowserSuites } from "./browser";
import { startAppServer, type AppServer } from "./setup/server";

// Bad input on every form of every action in the route table, as the role allowed to use it,
// and in the query of every page with a search or filter form, on a server of its own (the
// fuzz changes a lot). No answer may be a 500, nothing of the other network (Vogtland) may
// change, and afterwards no page may show injected markup raw.
// FUZZ_SEED=<n> repeats a run (the seed is in every failure message); the whole file takes
// well under a minute.

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
// Each submission gets every kind of spoiling once (tests/security/fuzz.ts); FUZZ_VARIANTS=40
// runs longer and wider.
const VARIANTS_PER_SUBMISSION = Number(process.env.FUZZ_VARIANTS ?? 8);
const SUBMISSIONS_PER_ROUTE = 6;

describe.skipIf(skipBrowserSuites)(`bad input on every form (FUZZ_SEED=${SEED})`, () => {
  let server: AppServer;
  let browser: Browser;
  let sqlite: SQLite.Database;
  let ids: DemoIds;
  let vogtland: number;
  let vogtlandBefore: Record<string, string>;
  /** one id of each kind of Vogtland record: what a forged form would name */
  let foreignIds: string[];
  /** pages the fuzz created or led to, rendered at the end */
  const visited = new Set<string>();
  const random = seededRandom(SEED);

  beforeAll(async () => {
    server = await startAppServer(path.resolve("tests/.tmp-browser/fuzz"));
    const { db } = createDatabase(server.databasePath);
    const demo = await lookUpDemoIds(db);
    await db.destroy();
    ids = { ...demo, invitationToken: await inviteSomeone(server.baseUrl, demo.organisation) };
    sqlite = new SQLite(server.databasePath, { readonly: true });
    vogtland = (sqlite.prepare("SELECT id FROM networks WHERE slug = 'vogtland'").get() as { id: number }).id;
    vogtlandBefore = networkChecksum(sqlite, vogtland);
    foreignIds = foreignIdsOf(sqlite, vogtland);
    browser = await launchBrowser();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    sqlite?.close();
    await server?.stop();
  });

  // One session per person for the whole run (signing in hashes a password): no fuzzed form can
  // end it, since changing a password needs the current one.
  const sessions = new Map<string, Promise<string>>();
  function sessionOf(email: string): Promise<string> {
    if (!sessions.has(email)) sessions.set(email, signInCookie(server.baseUrl, email));
    return sessions.get(email)!;
  }

  /** The forms of a page (post or get) as the person sees it, read by Chromium from the server's HTML. */
  async function formsOn(url: string, cookie: string | undefined, method: "post" | "get"): Promise<PageForm[]> {
    // Chromium reads the forms only of HTML pages that have forms of this kind.
    const html = await fetch(server.baseUrl + url, { headers: cookie ? { Cookie: cookie } : {} });
    const text = html.headers.get("content-type")?.startsWith("text/html") ? await html.text() : "";
    if (!new RegExp(`<form[^>]*method="${method}"`, "i").test(text)) return [];
    const context = await browser.newContext({ baseURL: server.baseUrl, javaScriptEnabled: false });
    if (cookie) {
      const [name, value] = cookie.split("=");
      await context.addCookies([{ name, value, url: server.baseUrl }]);
    }
    const page = await context.newPage();
    await page.goto(url);
    const forms = await page.$$eval("form", readForms, method);
    await context.close();
    return forms;
  }

  /** The submissions to spoil: those of the page's forms that go to this route, different ones first. */
  async function submissionsFor(row: RouteRow, cookie: string | undefined, method: "post" | "get", own: FormBody): Promise<FormBody[]> {
    const target = new URL(row.url(ids), server.baseUrl).pathname;
    const forms = (await formsOn(method === "post" ? (row.formsOn?.(ids) ?? row.url(ids)) : row.url(ids), cookie, method)).filter(
      (form) => form.action === target,
    );
    const seen = new Set<string>();
    const distinct = forms.flatMap(submissions).filter((body) => {
      const shape = JSON.stringify([Object.keys(body).sort(), body.intent]);
      if (seen.has(shape)) return false;
      seen.add(shape);
      return true;
    });
    // Also, or where the page has no such form (e.g. no invitation to answer), what the route
    // itself is called with: the probe of a post, the query of a page.
    return [...distinct.slice(0, SUBMISSIONS_PER_ROUTE), own];
  }

  for (const row of ACTION_ROWS) {
    it(`${row.file} survives bad input`, async () => {
      const email = actingAccount(row.post);
      const cookie = email ? await sessionOf(email) : undefined;
      const url = row.url(ids);
      const failures: string[] = [];
      for (const body of await submissionsFor(row, cookie, "post", row.probe?.(ids) ?? {})) {
        for (const variant of badVariants(random, body, VARIANTS_PER_SUBMISSION, foreignIds)) {
          const response = await postForm(server.baseUrl, url, variant, { cookie });
          if (response.status >= 500) failures.push(`${response.status} for ${describeBody(variant)}`);
          const location = response.headers.get("location");
          if (location?.startsWith("/")) visited.add(location.split("#")[0]);
          await response.body?.cancel();
        }
      }
      expect(failures, `POST ${url} as ${email ?? "anonymous"} (FUZZ_SEED=${SEED}); server log: ${server.output().slice(-2000)}`).toEqual([]);
    });
  }

  it("every page survives a spoiled query (its search and filter forms, its own parameters)", async () => {
    const failures: string[] = [];
    for (const row of ROUTE_TABLE) {
      const email = actingAccount(row.get);
      const cookie = email ? await sessionOf(email) : undefined;
      const url = new URL(row.url(ids), server.baseUrl);
      // Pages without a query and without a search form have nothing to spoil.
      const queries = (await submissionsFor(row, cookie, "get", Object.fromEntries(url.searchParams))).filter((q) => Object.keys(q).length > 0);
      for (const query of queries) {
        for (const variant of badVariants(random, query, VARIANTS_PER_SUBMISSION, foreignIds)) {
          const response = await fetch(`${server.baseUrl}${url.pathname}?${encodeForm(variant)}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
          if (response.status >= 500) failures.push(`${response.status} for GET ${url.pathname} ${describeBody(variant)}`);
          await response.body?.cancel();
        }
      }
    }
    expect(failures, `(FUZZ_SEED=${SEED}); server log: ${server.output().slice(-2000)}`).toEqual([]);
  }, 120_000);

  it("changed nothing of the other network", () => {
    expect(networkChecksum(sqlite, vogtland)).toEqual(vogtlandBefore);
  });

  it("shows no injected markup raw on any page", async () => {
    const pages = new Set([...ROUTE_TABLE.filter((row) => row.get.admin === "ok").map((row) => row.url(ids)), ...visited]);
    const cookie = await sessionOf("admin@halle.example");
    const raw: string[] = [];
    for (const url of pages) {
      const response = await fetch(server.baseUrl + url, { headers: { Cookie: cookie } });
      const html = await response.text();
      for (const pattern of RAW_MARKUP) if (pattern.test(html)) raw.push(`${url}: ${pattern}`);
    }
    expect(raw).toEqual([]);
  });
});

/** Runs in the page: its forms of one method, with their fields and named buttons. */
function readForms(elements: Element[], method: string): PageForm[] {
  return (elements as HTMLFormElement[])
    .filter((form) => (form.getAttribute("method") ?? "get").toLowerCase() === method)
    .map((form) => {
      const controls = Array.from(form.elements) as HTMLInputElement[];
      const isButton = (c: HTMLInputElement) => c.tagName === "BUTTON" || c.type === "submit";
      return {
        action: new URL(form.getAttribute("action") ?? location.href, location.href).pathname,
        fields: controls
          .filter((c) => c.name && !isButton(c) && (!["checkbox", "radio"].includes(c.type) || c.checked))
          .map((c) => ({ name: c.name, type: c.type, value: c.value })),
        submitters: controls.filter((c) => c.name && isButton(c)).map((c) => ({ name: c.name, value: c.value })),
      };
    });
}

/** An open invitation, created as an admin would: the sign-up form is fuzzed through its token. */
async function inviteSomeone(baseUrl: string, organisationId: number): Promise<string> {
  const cookie = await signInCookie(baseUrl, "admin@halle.example");
  const response = await postForm(baseUrl, "/n/halle/admin/invitations", { email: "fuzz.neu@halle.example", organisationId: String(organisationId), role: "member" }, { cookie });
  const token = (await response.text()).match(/\/invitations\/([A-Za-z0-9_-]{20,})/)?.[1];
  if (!token) throw new Error(`Creating the invitation answered ${response.status} without a link`);
  return token;
}

/** One id of every kind of record of a network (every table with an id and a network_id). */
function foreignIdsOf(sqlite: SQLite.Database, networkId: number): string[] {
  const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  const ids: string[] = [];
  for (const { name } of tables) {
    const columns = (sqlite.prepare("SELECT name FROM pragma_table_info(?)").all(name) as { name: string }[]).map((c) => c.name);
    if (!columns.includes("id") || !columns.includes("network_id")) continue;
    const row = sqlite.prepare(`SELECT id FROM "${name}" WHERE network_id = ? ORDER BY id DESC LIMIT 1`).get(networkId) as { id: number } | undefined;
    if (row) ids.push(String(row.id));
  }
  const vogtlandAdmin = sqlite.prepare("SELECT id FROM users WHERE email = 'admin@vogtland.example'").get() as { id: number };
  return [...new Set([...ids, String(vogtlandAdmin.id)])];
}
