import type { Browser, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, newContext, newPage, signIn, skipBrowserSuites } from "./browser";

// BITV 2.0 / WCAG 2.1 AA: axe-core finds no violation on the key pages.

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

describe.skipIf(skipBrowserSuites)("axe-core finds no WCAG 2.1 AA violation", () => {
  let browser: Browser;
  let admin: StorageState;

  beforeAll(async () => {
    browser = await launchBrowser();
    // Sign in once through the form; every page below starts from that session.
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "admin@halle.example");
    admin = await context.storageState();
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("/login", async () => {
    const page = await newPage(browser);
    await page.goto("/login");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectNoAxeViolations(page);
  });

  it.each(["/n/halle", "/n/halle/groups", "/n/halle/groups/fg-arbeit", "/n/halle/organisations", "/n/halle/offers", "/n/halle/admin", "/n/halle/admin/audit", "/profile"])(
    "%s (as admin@halle.example)",
    async (path) => {
      const page = await newPage(browser, { storageState: admin });
      const response = await page.goto(path);
      if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expectNoAxeViolations(page);
    },
  );
});
