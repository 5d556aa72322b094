import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, newPage, signIn, skipBrowserSuites } from "./browser";

// ─── Journey: a member subscribes to their personal calendar and ends the subscription ───
describe.skipIf(skipBrowserSuites)("journey: personal calendar feed", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("creates a personal feed in the profile, sees the webcal:// link, revokes it (old URL answers 404)", async () => {
    const page = await newPage(browser);
    await signIn(page, "beratung@halle.example");
    await page.goto("/profile");
    await page.getByRole("link", { name: "Kalender-Abo einrichten" }).click();
    await page.getByRole("heading", { level: 1, name: "Kalender-Abo" }).waitFor();
    await page.getByText("Sie haben noch keinen Kalender-Link.").waitFor();

    await page.getByRole("button", { name: "Persönlichen Kalender-Link erstellen" }).click();
    const webcalField = page.getByLabel("Direkt abonnieren (webcal://)");
    await webcalField.waitFor();
    const webcal = await webcalField.inputValue();
    const https = await page.getByLabel("Link für Outlook, Google und Thunderbird (https)").inputValue();
    expect(webcal).toMatch(/^webcal:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(https).toBe(webcal.replace("webcal://", "http://"));
    expect(await page.getByRole("link", { name: "Im Kalenderprogramm öffnen" }).getAttribute("href")).toBe(webcal);
    await page.getByText("Outlook:", { exact: false }).first().waitFor();
    await page.getByText("Thunderbird:", { exact: false }).first().waitFor();
    await page.getByText("Google Kalender", { exact: false }).first().waitFor();
    await page.getByText("iPhone", { exact: false }).first().waitFor();
    await expectNoAxeViolations(page);

    // the calendar program's view: no cookies, just the URL
    const feed = await page.request.get(https, { headers: { Cookie: "" } });
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain("BEGIN:VEVENT");

    // reload: the link is not shown again, the subscription is active
    await page.goto("/profile/calendar");
    await page.getByText(/Ihr Kalender-Link ist aktiv/).waitFor();
    expect(await page.getByLabel("Direkt abonnieren (webcal://)").count()).toBe(0);

    await page.getByRole("button", { name: "Kalender-Link beenden" }).click();
    await page.getByText("Ihr Kalender-Link wurde beendet.", { exact: false }).waitFor();
    expect(await page.getByLabel("Direkt abonnieren (webcal://)").count()).toBe(0);
    expect(await page.getByText(webcal).count()).toBe(0);
    await page.getByRole("button", { name: "Persönlichen Kalender-Link erstellen" }).waitFor();

    const gone = await page.request.get(https, { headers: { Cookie: "" } });
    expect(gone.status()).toBe(404);
  });

  it("offers 'In den Kalender' on a meeting page", async () => {
    const page = await newPage(browser);
    await signIn(page, "beratung@halle.example");
    await page.goto("/n/halle/groups/fg-arbeit");
    const feedLink = page.getByRole("link", { name: "Kalender dieses Gremiums (.ics)" });
    const feed = await page.request.get((await feedLink.getAttribute("href"))!);
    expect(feed.status()).toBe(200);
    const meetingLink = page.locator('a[href^="/n/halle/meetings/"]').first();
    await Promise.all([page.waitForURL(/\/n\/halle\/meetings\/\d+$/), meetingLink.click()]);
    const ics = page.getByRole("link", { name: "In den Kalender" });
    const href = (await ics.getAttribute("href"))!;
    expect(href).toMatch(/^\/n\/halle\/meetings\/\d+\.ics$/);
    const file = await page.request.get(href);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain("DTSTART;TZID=Europe/Berlin:");
  });
});
