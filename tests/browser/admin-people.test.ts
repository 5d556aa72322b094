import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, newPage, openPage, signInSessions, skipBrowserSuites, type StorageState } from "./browser";

// The admin's people list through the real UI: paged by 50 in German name order, with the
// filter starting on its first page. axe-core on the list.

const ADMIN = "admin@halle.example";

describe.skipIf(skipBrowserSuites)("the admin's people list", () => {
  let browser: Browser;
  let sessions: Map<string, StorageState>;

  beforeAll(async () => {
    browser = await launchBrowser();
    sessions = await signInSessions(browser, [ADMIN]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("pages forward and back in German name order, and a filter starts on its first page", async () => {
    const page = await newPage(browser, { storageState: sessions.get(ADMIN) });
    page.setDefaultTimeout(8000);
    await openPage(page, "/n/halle/admin/people", "Personen");
    await expectNoAxeViolations(page);
    const names = () => page.locator("table tbody tr td:first-child a").allTextContents();
    const first = await names();
    expect(first).toHaveLength(50);
    const pages = page.getByRole("navigation", { name: "Seiten der Personen" });
    await Promise.all([page.waitForURL((url) => url.searchParams.get("page") === "2"), pages.getByRole("link", { name: "Nächste Seite" }).click()]);
    await pages.getByText(/^Seite 2 von \d+$/).waitFor();
    const second = await names();
    const all = [...first, ...second];
    expect(all).toEqual([...all].sort(new Intl.Collator("de").compare));
    await Promise.all([page.waitForURL((url) => !url.searchParams.has("page")), pages.getByRole("link", { name: "Vorherige Seite" }).click()]);
    await page.getByRole("link", { name: first[0], exact: true }).waitFor();

    // A filter from page 2 starts on its first page, in the same order.
    await Promise.all([page.waitForURL((url) => url.searchParams.get("page") === "2"), pages.getByRole("link", { name: "Nächste Seite" }).click()]);
    await page.getByLabel("Suche nach Name, E-Mail-Adresse oder Organisation").fill("Jobcenter");
    await Promise.all([page.waitForURL((url) => url.searchParams.get("q") === "Jobcenter" && !url.searchParams.has("page")), page.getByRole("button", { name: "Suchen" }).click()]);
    await page.getByRole("status").filter({ hasText: "gefunden für „Jobcenter“" }).waitFor();
    const found = await names();
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual([...found].sort(new Intl.Collator("de").compare));
  });
});
