import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, newPage, signIn, skipBrowserSuites, openPage as open } from "./browser";

// The public offer board of issue 4: the Halle admin switches it on in the network settings;
// a visitor without an account then reads published offers (never drafts), with the next
// event date of a job fair, on an accessible page. The board is switched off again at the end
// so that the other browser files see the default.

const ADMIN = "admin@halle.example";
const PUBLISHED = "Migrationsberatung in Halle-Neustadt";
const DRAFT = "Sozialberatung zum Bürgergeld";
const JOB_FAIR = "Bewerbertag im Jobcenter: Logistik und Lager";


async function setPublicBoard(page: Page, on: boolean) {
  await open(page, "/n/halle/admin/settings");
  const form = page.locator("form", { has: page.locator('input[name="publicOffers"]') });
  const box = form.getByLabel("Angebotsbrett öffentlich");
  if (on) await box.check();
  else await box.uncheck();
  await Promise.all([
    page.waitForURL((url) => url.pathname === "/n/halle/admin/settings" && url.searchParams.get("saved") === "1"),
    form.getByRole("button", { name: "Speichern" }).click(),
  ]);
  await page.getByText("gespeichert", { exact: false }).first().waitFor();
  await page.reload();
  if (on) expect(await form.getByLabel("Angebotsbrett öffentlich").isChecked()).toBe(true);
  else expect(await form.getByLabel("Angebotsbrett öffentlich").isChecked()).toBe(false);
}

describe.skipIf(skipBrowserSuites)("public offer board", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("switched on by the admin, readable without sign-in: published offers, no drafts, axe clean", async () => {
    const admin = await newPage(browser);
    admin.setDefaultTimeout(8000);
    await signIn(admin, ADMIN);
    await setPublicBoard(admin, true);
    try {
      // A fresh context: no session cookie.
      const visitor = await newPage(browser);
      visitor.setDefaultTimeout(8000);
      await open(visitor, "/n/halle/offers");
      expect(new URL(visitor.url()).pathname).toBe("/n/halle/offers");
      expect(await visitor.getByRole("button", { name: "Abmelden" }).count()).toBe(0);
      const visitorNav = visitor.getByRole("navigation", { name: "Hauptnavigation" });
      expect(await visitorNav.getByRole("link").allTextContents()).toEqual(["Angebote"]);
      // Published offers are listed; a job fair shows its next event date.
      const card = visitor.locator("article", { has: visitor.getByRole("link", { name: JOB_FAIR }) });
      await card.waitFor();
      await expect.poll(() => card.innerText()).toMatch(/Nächster Termin: \d{2}\.\d{2}\.\d{4}, 10:00 Uhr/);
      await expectNoAxeViolations(visitor);

      // The draft of the same organisation is not on the board, not even when searched for.
      await open(visitor, `/n/halle/offers?q=${encodeURIComponent("Bürgergeld")}`);
      expect(await visitor.getByRole("link", { name: DRAFT }).count()).toBe(0);
      await open(visitor, `/n/halle/offers?q=${encodeURIComponent("Migrationsberatung Neustadt")}`);
      await visitor.getByRole("link", { name: PUBLISHED }).waitFor();

      // The job fair's page lists its event date in German format.
      await open(visitor, "/n/halle/offers");
      await visitor.getByRole("link", { name: JOB_FAIR }).click();
      await visitor.getByRole("heading", { level: 1, name: JOB_FAIR }).waitFor();
      await expect.poll(() => visitor.locator("dl").innerText()).toMatch(/Termine\s+\d{2}\.\d{2}\.\d{4}, 10:00 Uhr bis 14:00 Uhr/);
      await expectNoAxeViolations(visitor);
    } finally {
      await setPublicBoard(admin, false);
    }
  });
});
