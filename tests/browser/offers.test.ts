import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, launchBrowser, newPage, signIn, skipBrowserSuites, openPage as open } from "./browser";

// The offer board of issue 4 through the real UI: a member of the MSO posts an offer with an
// Arabic translation; it appears on the board, on the group page, and is found by search and
// filters; the Arabic title is right-to-left; HTML in a title is text; presenting the offer
// at the next meeting puts a proposal in front of the FG Arbeit moderator.

const MSO = "mso@halle.example";
const ARBEIT = "arbeit@halle.example";
const TITLE = "Bewerbungswerkstatt Zaitun für Frauen";
const ARABIC = "ورشة طلبات العمل زيتون للنساء";


async function postOffer(page: Page, fill: (page: Page) => Promise<void>) {
  await open(page, "/n/halle/offers/new");
  await fill(page);
  await Promise.all([
    page.waitForURL((url) => /^\/n\/halle\/offers\/\d+$/.test(url.pathname)),
    page.getByRole("button", { name: "Speichern und veröffentlichen" }).click(),
  ]);
  await page.getByText("Das Angebot ist gespeichert.").waitFor();
  return new URL(page.url()).pathname;
}

describe.skipIf(skipBrowserSuites)("offers", () => {
  let browser: Browser;
  let offerPath = "";

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the MSO member posts an offer with an Arabic translation; the form is accessible", async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(8000);
    await signIn(page, MSO);
    await open(page, "/n/halle/offers/new");
    await expectNoAxeViolations(page);
    offerPath = await postOffer(page, async (p) => {
      await p.locator("#title").fill(TITLE);
      await p.locator("#summary").fill("Lebenslauf und Anschreiben gemeinsam schreiben, mit Kinderbetreuung.");
      await p.locator("#body").fill("**Jeden Dienstag** in den Vereinsräumen.\n\n<script>alert(1)</script>");
      await p.locator("#category").selectOption({ label: "Kurs" });
      await p.getByRole("group", { name: "Themen" }).getByLabel("Arbeit").check();
      await p.getByRole("group", { name: "Zielgruppen" }).getByLabel("Frauen").check();
      await p.getByRole("group", { name: "Sprachen, in denen das Angebot stattfindet" }).getByLabel("Arabisch").check();
      await p.getByRole("group", { name: "Betrifft die Gremien" }).getByLabel("FG Arbeit").check();
      await p.locator("summary", { hasText: "Arabisch" }).click(); // opens the <details> of Arabic
      await p.getByLabel("Titel (Arabisch)").fill(ARABIC);
    });
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(TITLE);
    const arabic = page.locator('h3[lang="ar"]');
    await expect(arabic.getAttribute("dir")).resolves.toBe("rtl");
    await expect(arabic.innerText()).resolves.toBe(ARABIC);
    await expect(page.locator(".offer-body strong").innerText()).resolves.toBe("Jeden Dienstag");
    await expect(page.locator("main script").count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
  });

  it("it appears on the board, is found by search and filters, and in Arabic right-to-left", async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(8000);
    await signIn(page, MSO);
    await open(page, "/n/halle/offers");
    await expect(page.getByRole("link", { name: TITLE }).count()).resolves.toBe(1);
    await expectNoAxeViolations(page);

    // The board pages through the shared pagination: to page 2 and back.
    const pages = page.getByRole("navigation", { name: "Seiten der Angebote" });
    await Promise.all([page.waitForURL((url) => url.searchParams.get("page") === "2"), pages.getByRole("link", { name: "Nächste Seite" }).click()]);
    await pages.getByText(/^Seite 2 von \d+$/).waitFor();
    await expect(page.getByRole("link", { name: TITLE }).count()).resolves.toBe(0);
    await Promise.all([page.waitForURL((url) => url.pathname === "/n/halle/offers" && !url.searchParams.has("page")), pages.getByRole("link", { name: "Vorherige Seite" }).click()]);
    await page.getByRole("link", { name: TITLE }).waitFor();

    await page.getByLabel("Suchbegriff").fill("zaitun bewerbung");
    await page.getByLabel("Zielgruppe").selectOption({ label: "Frauen" });
    await page.getByLabel("Thema").selectOption({ label: "Arbeit" });
    await Promise.all([page.waitForURL((url) => url.searchParams.get("q") === "zaitun bewerbung"), page.getByRole("button", { name: "Filtern" }).click()]);
    await page.getByRole("link", { name: TITLE }).waitFor();
    await page.getByRole("status").filter({ hasText: "1 Angebote" }).waitFor();

    await open(page, "/n/halle/offers?q=zaitun&lang=ar");
    const title = page.locator(`a[href="${offerPath}"] [lang="ar"]`);
    await expect(title.getAttribute("dir")).resolves.toBe("rtl");
    await expect(title.innerText()).resolves.toBe(ARABIC);

    await open(page, "/n/halle/offers?q=zzzqqqxxy&topic=arbeit");
    await page.getByText("Keine Angebote gefunden.").waitFor();
    await expect(page.getByRole("link", { name: "Alle Filter entfernen" }).first().isVisible()).resolves.toBe(true);

    await open(page, "/n/halle/groups/fg-arbeit");
    await page.getByRole("region", { name: "Neue Angebote seit der letzten Sitzung" }).getByRole("link", { name: TITLE }).waitFor();
  });

  it("HTML in a title is shown as text", async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(8000);
    await signIn(page, MSO);
    const evil = "<img src=x onerror=alert(1)>";
    await postOffer(page, async (p) => {
      await p.locator("#title").fill(evil);
      await p.locator("#summary").fill("<b>fett?</b>");
      await p.locator("#category").selectOption({ label: "Sonstiges" });
    });
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(evil);
    await expect(page.locator("main img").count()).resolves.toBe(0);
    await open(page, "/n/halle/offers");
    await expect(page.locator("main img").count()).resolves.toBe(0);
    await page.getByRole("link", { name: evil }).waitFor();
  });

  it("'present at the next meeting' shows up as a proposal for the moderator", async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(8000);
    await signIn(page, MSO);
    await open(page, offerPath);
    const region = page.getByRole("region", { name: "In einer Sitzung vorstellen" });
    await region.getByLabel("Gremium und Sitzung").selectOption({ label: await region.locator("option", { hasText: "FG Arbeit" }).first().innerText() });
    await Promise.all([page.waitForURL((url) => url.searchParams.has("presented")), region.getByRole("button", { name: "Bei der nächsten Sitzung vorstellen" }).click()]);
    const meetingId = new URL(page.url()).searchParams.get("presented");

    const moderator = await newPage(browser);
    moderator.setDefaultTimeout(8000);
    await signIn(moderator, ARBEIT);
    await open(moderator, `/n/halle/meetings/${meetingId}/agenda`);
    await moderator.getByText(`Angebot vorstellen: ${TITLE}`).first().waitFor();
  });
});
