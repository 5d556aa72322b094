import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, signIn, skipBrowserSuites, textOf } from "./browser";

// Journeys of the demo accounts (DESIGN section 6) through the real login form.

async function myGroups(page: Page): Promise<Record<string, string | null>> {
  const region = page.getByRole("region", { name: "Meine Gremien" });
  await region.waitFor();
  const rows = await region.getByRole("listitem").evaluateAll((items) =>
    items.map((li) => [li.querySelector("a")?.textContent?.trim() ?? "", li.querySelector(".badge")?.textContent?.trim() ?? null] as const),
  );
  return Object.fromEntries(rows);
}

function adminLink(page: Page) {
  return page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Verwaltung", exact: true });
}

describe.skipIf(skipBrowserSuites)("demo roles sign in and see their groups", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases: { email: string; groups: Record<string, string | null>; admin: boolean }[] = [
    { email: "arbeit@halle.example", groups: { "FG Arbeit": "Moderation" }, admin: false },
    { email: "beratung@halle.example", groups: { "FG Arbeit": "Mitglied", "FG Deutsch": "Mitglied" }, admin: false },
    { email: "mso@halle.example", groups: { "FG Arbeit": "Mitglied", "FG Migrantenorganisationen": null }, admin: false },
    { email: "steuerung@halle.example", groups: { Steuerungsgruppe: "Moderation" }, admin: false },
    { email: "admin@halle.example", groups: {}, admin: true },
  ];

  it.each(cases)("$email lands on /n/halle with the right groups and navigation", async ({ email, groups, admin }) => {
    const page = await newPage(browser);
    await signIn(page, email);
    expect(new URL(page.url()).pathname).toBe("/n/halle");
    const shown = await myGroups(page);
    for (const [name, badge] of Object.entries(groups)) {
      expect(shown, `${email} should see ${name}`).toHaveProperty([name]);
      // null: the group must be listed, whatever the badge says.
      if (badge !== null) expect(shown[name], `badge of ${name} for ${email}`).toBe(badge);
    }
    expect(await adminLink(page).count()).toBe(admin ? 1 : 0);
  });

  it("admin@vogtland.example lands on /n/vogtland and gets a 404 page on /n/halle", async () => {
    const page = await newPage(browser, { allowConsoleErrors: [/status of 404/] });
    await signIn(page, "admin@vogtland.example");
    expect(new URL(page.url()).pathname).toBe("/n/vogtland");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).waitFor();
    expect(await adminLink(page).count()).toBe(1);
    const response = await page.goto("/n/halle");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" }).waitFor();
  });

  it("an unknown address inside a network shows the 404 page without a script error", async () => {
    const page = await newPage(browser, { allowConsoleErrors: [/status of 404/] });
    await signIn(page, "beratung@halle.example");
    const response = await page.goto("/n/halle/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" }).waitFor();
    await page.waitForLoadState("networkidle");
  });

  it("a wrong password shows one clear message and keeps the e-mail address", async () => {
    const page = await newPage(browser, { allowConsoleErrors: [/status of 401/] });
    await page.goto("/login");
    await page.getByLabel("E-Mail-Adresse").fill("deutsch@halle.example");
    await page.getByLabel("Passwort").fill("das-ist-falsch");
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort ist nicht korrekt." });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.getByLabel("E-Mail-Adresse").inputValue()).toBe("deutsch@halle.example");
  });

  it("an anonymous visit of a group page goes through the login and back to the group", async () => {
    const page = await newPage(browser);
    await page.goto("/n/halle/groups/fg-arbeit");
    const url = new URL(page.url());
    expect(url.pathname).toBe("/login");
    expect(url.searchParams.get("redirectTo")).toBe("/n/halle/groups/fg-arbeit");
    await signIn(page, "beratung@halle.example");
    expect(new URL(page.url()).pathname).toBe("/n/halle/groups/fg-arbeit");
    await page.getByRole("heading", { level: 1, name: "FG Arbeit" }).waitFor();
  });

  it("the language switch turns the interface to English and back", async () => {
    const page = await newPage(browser);
    await signIn(page, "beratung@halle.example");
    const nav = page.getByRole("navigation", { name: /Hauptnavigation|Main navigation/ });
    await nav.getByRole("link", { name: "Gremien", exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("de");

    await page.getByRole("button", { name: /English/ }).click();
    await nav.getByRole("link", { name: "Groups", exact: true }).waitFor();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    expect(new URL(page.url()).pathname).toBe("/n/halle");
    expect(await textOf(page.getByRole("heading", { level: 2, name: "My groups" }))).toBe("My groups");

    await page.getByRole("button", { name: /Deutsch/ }).click();
    await nav.getByRole("link", { name: "Gremien", exact: true }).waitFor();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("de");
  });

  it("the first Tab on the login page reaches the skip link", async () => {
    const page = await newPage(browser);
    await page.goto("/login");
    // Keys pressed while React is still hydrating race its hash navigation; a person's
    // first key press comes later than a script's.
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName, text: el?.textContent?.trim(), href: el?.getAttribute("href") };
    });
    expect(focused).toEqual({ tag: "A", text: "Zum Inhalt springen", href: "#main" });
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe("#main");
  });

  it("links navigate inside the app (no new document), by mouse and by keyboard; without JavaScript they are plain links", async () => {
    const page = await newPage(browser);
    await signIn(page, "beratung@halle.example");
    // A marker on the window survives navigation inside the app, not a new document.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const groups = page.getByRole("region", { name: "Meine Gremien" });
    await Promise.all([page.waitForURL("**/n/halle/groups/fg-arbeit"), groups.getByRole("link", { name: "FG Arbeit" }).click()]);
    await page.getByRole("heading", { level: 1, name: "FG Arbeit" }).waitFor();
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.getByRole("link", { name: "Netzwerkstatt" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/n/halle");
    await groups.waitFor();
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

    const plain = await newPage(browser, { javaScriptEnabled: false });
    await signIn(plain, "beratung@halle.example");
    await Promise.all([plain.waitForURL("**/n/halle/groups/fg-arbeit"), plain.getByRole("region", { name: "Meine Gremien" }).getByRole("link", { name: "FG Arbeit" }).click()]);
    await plain.getByRole("heading", { level: 1, name: "FG Arbeit" }).waitFor();
  });

  it("works without JavaScript: sign in and see the home page", async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, "beratung@halle.example");
    expect(new URL(page.url()).pathname).toBe("/n/halle");
    const shown = await myGroups(page);
    expect(shown).toMatchObject({ "FG Arbeit": "Mitglied", "FG Deutsch": "Mitglied" });
  });
});
