import SQLite from "better-sqlite3";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../db/sqlite";
import { crossNetworkLinks, networkChecksum } from "../security/database";
import { lookUpDemoIds, type DemoIds } from "../security/demo-ids";
import { badVariants, describeBody, markupSubmissions, RAW_MARKUP, seededRandom, submissions, type PageForm } from "../security/fuzz";
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
const MARKUP_SUBMISSIONS_PER_ROUTE = 12;

describe.skipIf(skipBrowserSuites)(`bad input on every form (FUZZ_SEED=${SEED})`, () => {
  let server: AppServer;
  let browser: Browser;
  /** a page without scripts that reads forms out of HTML */
  let reader: Page;
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
    reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
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

  /** The forms of a page (post or get) as the person sees it: the server's HTML, read by Chromium. */
  async function formsOn(url: string, cookie: string | undefined, method: "post" | "get"): Promise<PageForm[]> {
    const response = await fetch(server.baseUrl + url, { headers: cookie ? { Cookie: cookie } : {} });
    const html = response.headers.get("content-type")?.startsWith("text/html") ? await response.text() : "";
    if (!new RegExp(`<form[^>]*method="${method}"`, "i").test(html)) return [];
    // The page's own address as the base, so that form actions resolve as in the browser.
    await reader.setContent(html.replace(/<head>/i, `<head><base href="${response.url}">`), { waitUntil: "domcontentloaded" });
    return reader.$$eval("form", readForms, method);
  }

  /** The forms on the route's page (or where its forms are) that go to the route itself. */
  async function formsFor(row: RouteRow, cookie: string | undefined, method: "post" | "get"): Promise<PageForm[]> {
    const target = new URL(row.url(ids), server.baseUrl).pathname;
    const page = method === "post" ? (row.formsOn?.(ids) ?? row.url(ids)) : row.url(ids);
    return (await formsOn(page, cookie, method)).filter((form) => form.action === target);
  }

  /**
   * The submissions to spoil: the forms' own, different ones first, and also (or where the page
   * has no such form, e.g. no invitation to answer) what the route itself is called with: the
   * probe of a post, the query of a page.
   */
  function toSpoil(forms: PageForm[], own: FormBody): FormBody[] {
    const seen = new Set<string>();
    const distinct = forms.flatMap(submissions).filter((body) => {
      const shape = JSON.stringify([Object.keys(body).sort(), body.intent]);
      if (seen.has(shape)) return false;
      seen.add(shape);
      return true;
    });
    return [...distinct.slice(0, SUBMISSIONS_PER_ROUTE), own];
  }

  /** Posts one body; a 500 is noted, a redirect's target is kept for the render check. Answers the status. */
  async function post(url: string, body: FormBody, cookie: string | undefined, failures: string[]): Promise<number> {
    const response = await postForm(server.baseUrl, url, body, { cookie });
    if (response.status >= 500) failures.push(`${response.status} for ${describeBody(body)}`);
    const location = response.headers.get("location");
    if (location?.startsWith("/")) visited.add(location.split("#")[0]);
    await response.body?.cancel();
    return response.status;
  }

  /**
   * Markup typed into the text fields of otherwise valid forms, to be stored where the form
   * allows it (the render check looks for it). After a saved one the page is read again, as its
   * forms then carry the new version.
   */
  async function postMarkup(row: RouteRow, cookie: string | undefined, failures: string[]) {
    let bodies = (await formsFor(row, cookie, "post")).flatMap(markupSubmissions);
    for (let i = 0; i < Math.min(bodies.length, MARKUP_SUBMISSIONS_PER_ROUTE); i++) {
      const status = await post(row.url(ids), bodies[i], cookie, failures);
      if (status >= 300 && status < 400) bodies = (await formsFor(row, cookie, "post")).flatMap(markupSubmissions);
    }
  }

  for (const row of ACTION_ROWS) {
    it(`${row.file} survives bad input`, async () => {
      const email = actingAccount(row.post);
      const cookie = email ? await sessionOf(email) : undefined;
      const url = row.url(ids);
      const failures: string[] = [];
      await postMarkup(row, cookie, failures);
      for (const body of toSpoil(await formsFor(row, cookie, "post"), row.probe?.(ids) ?? {})) {
        for (const variant of badVariants(random, body, VARIANTS_PER_SUBMISSION, foreignIds)) await post(url, variant, cookie, failures);
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
      const queries = toSpoil(await formsFor(row, cookie, "get"), Object.fromEntries(url.searchParams)).filter((q) => Object.keys(q).length > 0);
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

  it("changed nothing of the other network, and linked no record to one of it", () => {
    expect(networkChecksum(sqlite, vogtland)).toEqual(vogtlandBefore);
    expect(crossNetworkLinks(sqlite)).toEqual([]);
  });

  it("shows no injected markup raw on any page", async () => {
    const admin = await sessionOf("admin@halle.example");
    // The public board and its feeds show the offers' text to anyone: opened for this check.
    await postForm(server.baseUrl, "/n/halle/admin/settings", { intent: "offers", publicOffers: "1" }, { cookie: admin });
    const asAdmin = [...ROUTE_TABLE.filter((row) => row.get.admin === "ok").map((row) => row.url(ids)), ...visited];
    const asAnyone = ["/n/halle/offers", `/n/halle/offers/${ids.offer}`, "/n/halle/offers/feed.atom", "/n/halle/offers/feed.json"];
    const raw: string[] = [];
    let shownEscaped = 0;
    for (const [url, cookie] of [...asAdmin.map((u) => [u, admin]), ...asAnyone.map((u) => [u, undefined])]) {
      const response = await fetch(server.baseUrl + url, { headers: cookie ? { Cookie: cookie } : {} });
      const type = response.headers.get("content-type") ?? "";
      const text = await response.text();
      // Markup counts where it is read as markup: HTML pages, XML feeds, and the HTML inside the JSON feed.
      const markup = /html|xml/.test(type) ? [text] : type.includes("feed+json") ? (JSON.parse(text).items as { content_html: string }[]).map((i) => i.content_html) : [];
      for (const pattern of RAW_MARKUP) if (markup.some((m) => pattern.test(m))) raw.push(`${url}: ${pattern}`);
      if (markup.some((m) => m.includes("&lt;script&gt;fzmark"))) shownEscaped++;
    }
    expect(raw).toEqual([]);
    // The check means something only if the fuzz stored markup that the pages show (escaped).
    expect(shownEscaped).toBeGreaterThan(5);
  });
});

/** Runs in the page: its forms of one method, with their fields and named buttons. */
function readForms(elements: Element[], method: string): PageForm[] {
  return (elements as HTMLFormElement[])
    .filter((form) => (form.getAttribute("method") ?? "get").toLowerCase() === method)
    .map((form) => {
      const controls = Array.from(form.elements) as HTMLInputElement[];
      const isButton = (c: HTMLInputElement) => c.tagName === "BUTTON" || c.type === "submit";
      // A list with nothing chosen yet (a required choice on a new record) gets its first entry.
      const firstChoice = (c: HTMLInputElement) =>
        c.tagName === "SELECT" ? (Array.from((c as unknown as HTMLSelectElement).options).find((o) => o.value)?.value ?? "") : "";
      return {
        action: new URL(form.getAttribute("action") ?? document.baseURI, document.baseURI).pathname,
        fields: controls
          .filter((c) => c.name && !isButton(c) && (!["checkbox", "radio"].includes(c.type) || c.checked))
          .map((c) => ({ name: c.name, type: c.type, value: c.value || firstChoice(c) })),
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
