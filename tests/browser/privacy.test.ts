import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "~/offers/dates";
import {
  expectNoAxeViolations, launchBrowser, navigate, newPage, openPage, pathOf, signInSessions, skipBrowserSuites, textOf, type StorageState,
} from "./browser";

// Privacy through the real UI: a member downloads their data; an admin deletes a person
// (without JavaScript, through the confirmation page); the admin filters the audit log;
// the legal pages are public and linked from every network page. axe-core on each new page.

const ADMIN = "admin@halle.example";
const MEMBER = "beratung@halle.example";
const DELETED = "Claudia Wolf";

describe.skipIf(skipBrowserSuites)("privacy", () => {
  let browser: Browser;
  let sessions: Map<string, StorageState>;

  beforeAll(async () => {
    browser = await launchBrowser();
    sessions = await signInSessions(browser, [ADMIN, MEMBER]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a member downloads all their data from the profile page", async () => {
    const page = await newPage(browser, { storageState: sessions.get(MEMBER), acceptDownloads: true });
    await openPage(page, "/profile", "Mein Konto");
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Meine Daten herunterladen (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^netzwerkstatt-meine-daten-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(data.account.email).toBe(MEMBER);
    expect(data.networks.map((n: { network: string }) => n.network)).toEqual(["halle"]);
  });

  it("an admin deletes a person after confirming, without JavaScript", async () => {
    // With JavaScript (axe needs it): the way to the confirmation page, and the refusal without a tick.
    const page = await newPage(browser, { storageState: sessions.get(ADMIN) });
    page.setDefaultTimeout(8000);
    await openPage(page, `/n/halle/admin/people?q=${encodeURIComponent(DELETED)}`, "Personen");
    await navigate(page, page.getByRole("link", { name: DELETED }), /^\/n\/halle\/admin\/people\/\d+$/, DELETED);
    await navigate(page, page.getByRole("link", { name: "Person löschen …" }), /\/delete$/, `${DELETED} löschen`);
    await expectNoAxeViolations(page);
    const confirmPath = pathOf(page);
    await page.getByRole("button", { name: "Endgültig löschen" }).click();
    await page.getByText("Bitte bestätigen Sie das Löschen.").first().waitFor();
    expect(pathOf(page)).toBe(confirmPath);
    await expectNoAxeViolations(page);

    // Without JavaScript: the server refuses a post without the tick, and deletes with it.
    const plain = await newPage(browser, { storageState: sessions.get(ADMIN), javaScriptEnabled: false, allowConsoleErrors: [/status of 422/] });
    plain.setDefaultTimeout(8000);
    await openPage(plain, confirmPath, `${DELETED} löschen`);
    await plain.getByRole("button", { name: "Endgültig löschen" }).click();
    await plain.getByText("Bitte bestätigen Sie das Löschen.").first().waitFor();
    await plain.getByLabel("Ich habe verstanden, dass das Löschen nicht rückgängig gemacht werden kann.").check();
    await navigate(plain, plain.getByRole("button", { name: "Endgültig löschen" }), "/n/halle/admin/people", "Personen");
    await plain.getByText("Die Person wurde gelöscht.").waitFor();
    await openPage(plain, `/n/halle/admin/people?q=${encodeURIComponent(DELETED)}`, "Personen");
    expect(await plain.getByRole("link", { name: DELETED }).count()).toBe(0);
  });

  it("an admin filters the audit log by action and date", async () => {
    const page = await newPage(browser, { storageState: sessions.get(ADMIN) });
    page.setDefaultTimeout(8000);
    await openPage(page, "/n/halle/admin", "Verwaltung");
    await navigate(page, page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Protokoll" }), "/n/halle/admin/audit", "Protokoll");
    await expectNoAxeViolations(page);
    await page.getByLabel("Aktion").selectOption({ label: "Person gelöscht" });
    const today = todayIn();
    await page.getByLabel("Von (Datum)").fill(today);
    await page.getByLabel("Bis (Datum)").fill(today);
    await Promise.all([page.waitForURL((url) => url.searchParams.get("action") === "person.deleted"), page.getByRole("button", { name: "Filtern" }).click()]);
    await page.getByText("1 Ereignisse").waitFor();
    const row = page.locator("tbody tr");
    expect(await row.count()).toBe(1);
    const text = await textOf(row);
    expect(text).toContain("Person gelöscht");
    expect(text).not.toContain(DELETED);
    await expectNoAxeViolations(page);
  });

  it("the legal pages are public, linked from the footer, and edited by the admin", async () => {
    const visitor = await newPage(browser);
    await openPage(visitor, "/n/halle/legal/privacy", /^Datenschutz/);
    // A visitor is offered no member pages (they would only lead to the sign-in page).
    expect(await visitor.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link").count()).toBe(0);
    await expectNoAxeViolations(visitor);
    await navigate(visitor, visitor.getByRole("contentinfo").getByRole("link", { name: "Impressum" }), "/n/halle/legal/imprint", /^Impressum/);

    const admin = await newPage(browser, { storageState: sessions.get(ADMIN) });
    await openPage(admin, "/n/halle/admin/legal", "Datenschutz und Impressum");
    await expectNoAxeViolations(admin);
    const imprint = admin.locator("#imprint-body");
    await imprint.fill("## Impressum\n\nStadt Halle (Saale), Marktplatz 1, 06108 Halle (Saale)");
    await Promise.all([admin.waitForURL((url) => url.search === "?saved=imprint"), admin.locator("#imprint-form").getByRole("button", { name: "Speichern" }).click()]);
    await admin.getByText("Der Text wurde gespeichert.").waitFor();

    await openPage(visitor, "/n/halle/legal/imprint", /^Impressum/);
    await visitor.getByText("Marktplatz 1, 06108 Halle (Saale)").waitFor();
  });
});
