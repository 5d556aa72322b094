import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectNoAxeViolations, launchBrowser, navigate as go, newPage, openPage as open, pathOf, signInSessions, skipBrowserSuites, textOf,
  type StorageState,
} from "./browser";

// Issue 5 through the real UI: the FG Arbeit moderator makes a work package from an agenda
// item of the group's minutes and submits it; the steering lead finds it in the inbox, puts it
// on a steering agenda and returns it with a question; the moderator answers and resubmits;
// the steering lead accepts it; FG Arbeit's page shows the answer. axe on inbox, package page
// and dashboard. The tests run in order and share the package.


const ARBEIT = "arbeit@halle.example";
const STEERING = "steuerung@halle.example";
const TITLE = `Fahrtkostenübernahme zu Vorstellungsgesprächen ${Date.now()}`;
const QUESTION = "Wie viele Personen betrifft das pro Monat?";
const ANSWER = "Etwa 60 Personen pro Monat, nach Zahlen des Jobcenters.";
const RATIONALE = "Angenommen: Das Jobcenter übernimmt die Fahrtkosten ab dem nächsten Quartal.";




async function submitAndWait(page: Page, button: Locator, message: string) {
  await button.click();
  await page.getByRole("status").filter({ hasText: message }).waitFor();
}

describe.skipIf(skipBrowserSuites)("work packages: escalation to the steering group and back", () => {
  let browser: Browser;
  let sessions = new Map<string, StorageState>();
  let packagePath = "";
  const as = (email: string) => newPage(browser, { storageState: sessions.get(email) });

  beforeAll(async () => {
    browser = await launchBrowser();
    sessions = await signInSessions(browser, [ARBEIT, STEERING]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("1. the FG Arbeit moderator makes a package from an agenda item of the minutes and submits it", async () => {
    const page = await as(ARBEIT);
    await open(page, "/n/halle/groups/fg-arbeit", "FG Arbeit");
    const meetingLinks = await page.locator('section[aria-labelledby="past-meetings"] a[href*="/meetings/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    let found = false;
    for (const href of meetingLinks) {
      await page.goto(href);
      const link = page.getByRole("link", { name: /^Arbeitspaket daraus machen/ }).first();
      if ((await link.count()) > 0) {
        await go(page, link, "/n/halle/work-packages/new", "Neues Arbeitspaket: FG Arbeit");
        found = true;
        break;
      }
    }
    expect(found, "a past FG Arbeit meeting with minutes").toBe(true);
    expect(await page.getByLabel("Titel").inputValue()).not.toBe("");
    await page.getByLabel("Titel").fill(TITLE);
    await page.getByLabel("Anliegen an die Steuerungsgruppe").fill("Die Steuerungsgruppe möge die Übernahme der Fahrtkosten klären.");
    await page.getByLabel("Priorität").selectOption({ label: "hoch" });
    await go(page, page.getByRole("button", { name: "Als Entwurf anlegen" }), /^\/n\/halle\/work-packages\/\d+$/, TITLE);
    packagePath = pathOf(page);
    await page.getByRole("status").filter({ hasText: "als Entwurf angelegt" }).waitFor();
    await submitAndWait(page, page.getByRole("button", { name: "An die Steuerungsgruppe übergeben" }), "an die Steuerungsgruppe übergeben");
    expect(await textOf(page.locator("main"))).toContain("Eingereicht");
  });

  it("2. the steering lead finds it in the inbox, puts it on a steering agenda and returns it with a question", async () => {
    const page = await as(STEERING);
    await open(page, "/n/halle", /.+/);
    await page.getByRole("region", { name: "Neue Arbeitspakete für die Steuerungsgruppe" }).waitFor();
    await open(page, "/n/halle/work-packages", "Arbeitspakete");
    const inbox = page.getByRole("region", { name: "Eingang der Steuerungsgruppe" });
    const row = inbox.getByRole("row").filter({ hasText: TITLE });
    await row.waitFor();
    await expectNoAxeViolations(page);
    await submitAndWait(page, row.getByRole("button", { name: `Auf die Tagesordnung setzen: ${TITLE}` }), "steht auf der Tagesordnung");
    expect(await inbox.getByRole("row").filter({ hasText: TITLE }).count()).toBe(0);

    await open(page, packagePath, TITLE);
    expect(await textOf(page.getByRole("region", { name: "Angaben" }))).toContain("Auf der Tagesordnung");
    await page.getByRole("combobox", { name: /^Entscheidung/ }).selectOption({ label: "Mit Rückfragen zurückgeben" });
    await page.getByLabel("Begründung").fill(QUESTION);
    await submitAndWait(page, page.getByRole("button", { name: "Entscheidung speichern" }), "mit Rückfragen zurückgegeben");
    expect(await textOf(page.getByRole("region", { name: "Entscheidung der Steuerungsgruppe" }))).toContain(QUESTION);
    await expectNoAxeViolations(page);
  });

  it("3. the moderator answers and resubmits", async () => {
    const page = await as(ARBEIT);
    await open(page, packagePath, TITLE);
    await page.getByText("Die Steuerungsgruppe hat Rückfragen.").waitFor();
    await go(page, page.getByRole("link", { name: "Bearbeiten" }), `${packagePath}/edit`, "Arbeitspaket bearbeiten");
    expect(await textOf(page.locator("main"))).toContain(QUESTION);
    const request = page.getByLabel("Anliegen an die Steuerungsgruppe");
    await request.fill(`${await request.inputValue()}\n\n${ANSWER}`);
    await go(page, page.getByRole("button", { name: "Speichern" }), packagePath, TITLE);
    await submitAndWait(page, page.getByRole("button", { name: "Erneut an die Steuerungsgruppe übergeben" }), "an die Steuerungsgruppe übergeben");
    const timeline = await textOf(page.getByRole("region", { name: "Verlauf" }));
    expect(timeline).toContain("hat das Arbeitspaket mit Rückfragen zurückgegeben");
    expect(timeline).toContain("hat das Arbeitspaket bearbeitet");
  });

  it("4. the steering lead accepts it with a responsible organisation and a due date", async () => {
    const page = await as(STEERING);
    await open(page, packagePath, TITLE);
    expect(await textOf(page.getByRole("region", { name: "Angaben" }))).toContain(ANSWER);
    await page.getByRole("combobox", { name: /^Entscheidung/ }).selectOption({ label: "Annehmen" });
    await page.getByLabel("Begründung").fill(RATIONALE);
    await page.getByLabel("Verantwortliche Organisation").selectOption({ label: "Jobcenter Halle (Saale)" });
    await page.getByLabel("Fällig am").fill("2030-03-31");
    await submitAndWait(page, page.getByRole("button", { name: "Entscheidung speichern" }), "wurde angenommen");
    expect(await textOf(page.getByRole("region", { name: "Angaben" }))).toContain("31.03.2030");
    await open(page, "/n/halle/work-packages/dashboard", "Übersicht der Steuerungsgruppe");
    expect(await textOf(page.getByRole("region", { name: "Überfällige Arbeitspakete" }))).toContain("überfällig");
    await expectNoAxeViolations(page);
  });

  it("5. FG Arbeit's page shows the answer", async () => {
    const page = await as(ARBEIT);
    await open(page, "/n/halle/groups/fg-arbeit", "FG Arbeit");
    const section = page.getByRole("region", { name: "Arbeitspakete an die Steuerungsgruppe" });
    const row = section.getByRole("row").filter({ hasText: TITLE });
    expect(await textOf(row)).toContain("Angenommen");
    expect(await textOf(row)).toContain(RATIONALE);
  });
});
