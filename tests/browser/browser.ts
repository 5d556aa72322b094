import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
import { expect, inject, onTestFinished } from "vitest";
import { DEMO_PASSWORD } from "~/auth/demo-accounts";
import { CHROMIUM_PATH, skipBrowserSuites } from "./setup/chromium";

// Helpers for the browser journeys. The server is started by tests/browser/setup/server.ts.
// Use `describe.skipIf(skipBrowserSuites)` around every suite: without Chromium on a developer
// machine the suites are skipped (the global setup says so once); on CI they fail instead.

export { skipBrowserSuites, DEMO_PASSWORD };

export const baseUrl = inject("baseUrl");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A German-speaking visitor in Berlin; every relative URL goes to the test server. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, locale: "de-DE", timezoneId: "Europe/Berlin", ...options });
}

export type PageOptions = BrowserContextOptions & {
  /** Console errors the test expects (e.g. the browser's "status of 404" line on a 404 page). */
  allowConsoleErrors?: RegExp[];
};

/**
 * A page in a fresh context, closed when the test ends. Call it inside a test: any
 * `console.error` or uncaught page error (that `allowConsoleErrors` does not cover) fails it.
 */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const { allowConsoleErrors = [], ...contextOptions } = options;
  const context = await newContext(browser, contextOptions);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (allowConsoleErrors.some((pattern) => pattern.test(text))) return;
    problems.push(`console.error on ${page.url()}: ${text}`);
  });
  page.on("pageerror", (error) => {
    problems.push(`page error on ${page.url()}: ${error.stack ?? error.message}`);
  });
  onTestFinished(async () => {
    await context.close();
    if (problems.length) throw new Error(`The browser reported errors:\n${problems.join("\n")}`);
  });
  return page;
}

export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Signs in through the real login form (opens /login first unless the page is already there). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (pathOf(page) !== "/login") await page.goto("/login");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  const submit = page.getByRole("button", { name: "Anmelden", exact: true });
  await Promise.all([page.waitForURL((url) => url.pathname !== "/login"), submit.click()]);
  // With JavaScript the URL changes before React has rendered the new page: wait for it.
  await submit.waitFor({ state: "detached" });
  await page.getByRole("button", { name: "Abmelden" }).waitFor();
}

/** Signs out with the header button and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await Promise.all([page.waitForURL((url) => url.pathname === "/login"), page.getByRole("button", { name: "Abmelden" }).click()]);
}

/** The visible text of an element, whitespace collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, " ").trim();
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => `    - ${n.target.join(" ")}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
        .join("\n");
      const more = v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : "";
      return `  [${v.impact ?? "?"}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n");
  expect.fail(`axe-core found ${results.violations.length} violation(s) on ${page.url()}:\n${report}`);
}

export type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

/** Signs each person in once through the login form; tests then start pages from these sessions. */
export async function signInSessions(browser: Browser, emails: string[]): Promise<Map<string, StorageState>> {
  const sessions = new Map<string, StorageState>();
  await Promise.all(
    emails.map(async (email) => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, email);
      sessions.set(email, await context.storageState());
      await context.close();
    }),
  );
  return sessions;
}

/** Opens a page, expects 200 and waits until its h1 (with that name, if given) is rendered. */
export async function openPage(page: Page, path: string, heading?: string | RegExp): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

/** Clicks a link or button that navigates, and waits until the new page's h1 is rendered. */
export async function navigate(page: Page, target: Locator, path: RegExp | string, heading: string | RegExp): Promise<void> {
  const matches = (url: URL) => (typeof path === "string" ? url.pathname === path : path.test(url.pathname));
  await Promise.all([page.waitForURL(matches), target.click()]);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}
