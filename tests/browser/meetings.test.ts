import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectNoAxeViolations, launchBrowser, navigate as go, newPage, openPage as open, pathOf, signInSessions, skipBrowserSuites, textOf,
  type StorageState,
} from "./browser";

// The quarterly cycle of issue 3 through the real UI, in German: the FG Arbeit moderator
// plans a meeting, a member proposes an item, the moderator builds and publishes the agenda,
// the member answers the invitation; minutes of the seeded held meeting are written and
// published; a deferred item turns up at the group's next meeting; the seeded joint session
// of FG Arbeit and FG Deutsch is visible to members of both. The tests run in order and share
// the meeting planned by the first one. Seed dates are relative to today, so every date here
// is read from the pages or computed from now.


const ARBEIT = "arbeit@halle.example"; // moderator FG Arbeit
const BERATUNG = "beratung@halle.example"; // member of FG Arbeit and FG Deutsch
const DEUTSCH = "deutsch@halle.example"; // moderator FG Deutsch

const MEETING_TITLE = "FG Arbeit: Sondersitzung Bewerbertag";
const MEMBER_PROPOSAL = "Sprachmittlung in Beratungsgesprächen";
const MODERATOR_ITEM = "Arbeitgeberkontakte für den Bewerbertag";
const TO_DEFER = "Rückblick auf die Jobbörse im Herbst";
const JOINT_TITLE = "Gemeinsames Arbeitstreffen: Berufssprachkurse und Arbeitsmarktintegration";

const DAY = 86_400_000;
/** "2027-01-05": the calendar date in Berlin, as <input type=date> takes it. */
const berlinDate = (ms: number) => new Date(ms).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
const germanDate = (isoDate: string) => isoDate.split("-").reverse().join(".");



/** The facts of the meeting page (date, groups, place, status, deadline), whitespace collapsed. */
const meetingFacts = (page: Page) => page.getByRole("region", { name: "Termin" }).locator("dl");

/** The titles in the agenda editor's table, in order. */
async function agendaTitles(page: Page): Promise<string[]> {
  const region = page.getByRole("region", { name: "Tagesordnung" });
  return region.locator("tbody tr td strong").allInnerTexts();
}

describe.skipIf(skipBrowserSuites)("meetings: the quarterly cycle", () => {
  let browser: Browser;
  let sessions = new Map<string, StorageState>();
  /** /n/halle/meetings/:id of the meeting planned in the first test */
  let meetingPath = "";

  const as = (email: string) => newPage(browser, { storageState: sessions.get(email) });

  /** A host-group member proposes an agenda item through "TOP vorschlagen". */
  async function propose(page: Page, item: { title: string; kind: string; description: string; minutes: string }) {
    await open(page, meetingPath, MEETING_TITLE);
    await go(page, page.getByRole("link", { name: "TOP vorschlagen" }), `${meetingPath}/propose`, "TOP vorschlagen");
    await page.getByLabel("Titel").fill(item.title);
    await page.getByLabel("Art des Tagesordnungspunkts").selectOption({ label: item.kind });
    await page.getByLabel("Beschreibung").fill(item.description);
    await page.getByLabel("Gewünschte Dauer (Minuten)").fill(item.minutes);
    await Promise.all([
      page.waitForURL((url) => url.pathname === meetingPath && url.searchParams.get("proposed") === "1"),
      page.getByRole("button", { name: "Vorschlag einreichen" }).click(),
    ]);
    await page.getByRole("status").filter({ hasText: "Ihr Vorschlag wurde eingereicht." }).waitFor();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    // Each person signs in once through the login form; the tests start from those sessions.
    sessions = await signInSessions(browser, [ARBEIT, BERATUNG, DEUTSCH]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("1. the FG Arbeit moderator plans a meeting after the seeded next one and lands on its page", async () => {
    const page = await as(ARBEIT);
    await open(page, "/n/halle/groups/fg-arbeit", "FG Arbeit");
    const seededNext = await page.getByRole("region", { name: "Nächste Sitzung" }).locator("time").getAttribute("datetime");
    expect(seededNext).toBeTruthy();
    // A few weeks ahead and after the seeded next meeting; the proposal deadline 14 days
    // before it then lies at least three weeks in the future.
    const day = Math.max(Date.now() + 35 * DAY, Date.parse(seededNext!) + 7 * DAY);
    const date = berlinDate(day);
    const deadline = berlinDate(day - 14 * DAY);

    await go(page, page.getByRole("link", { name: "Sitzung planen" }), "/n/halle/groups/fg-arbeit/meetings/new", "Sitzung planen: FG Arbeit");
    await page.getByLabel("Titel").fill(MEETING_TITLE);
    await page.getByLabel("Art der Sitzung").selectOption({ label: "Sitzung" });
    await page.getByLabel("Datum").fill(date);
    await page.getByLabel("Beginn (Uhrzeit)").fill("10:00");
    await page.getByLabel("Ende (Uhrzeit)").fill("12:00");
    await page.getByLabel("Ort", { exact: true }).fill("Jobcenter Halle (Saale), Mühlgrabenstraße 15, Konferenzraum 3.01");
    await page.getByLabel("Beschreibung").fill("Zusätzliche Sitzung zur Vorbereitung des Bewerbertags.");
    await page.getByLabel("Frist für Tagesordnungsvorschläge").fill(deadline);
    await go(page, page.getByRole("button", { name: "Sitzung anlegen" }), /^\/n\/halle\/meetings\/\d+$/, MEETING_TITLE);
    meetingPath = pathOf(page);

    const facts = await textOf(meetingFacts(page));
    expect(facts).toContain(`${germanDate(date)}, 10:00 Uhr – 12:00 Uhr`);
    expect(facts).toContain("Status geplant");
    expect(facts).toContain(`Vorschläge für die Tagesordnung bis ${germanDate(deadline)}, 23:59 Uhr`);
  });

  it("2. a member of FG Arbeit proposes an agenda item", async () => {
    expect(meetingPath).not.toBe("");
    const page = await as(BERATUNG);
    await propose(page, {
      title: MEMBER_PROPOSAL,
      kind: "Diskussion",
      description: "Wie kommen Dolmetschende kurzfristig in die Beratung? Erfahrungen und Kosten.",
      minutes: "20",
    });
    const agenda = page.getByRole("region", { name: "Tagesordnung" });
    const own = agenda.getByRole("listitem").filter({ hasText: MEMBER_PROPOSAL });
    expect(await textOf(own)).toContain("vorgeschlagen");
  });

  it("3. the moderator accepts, orders and times the agenda, then publishes it and invites", async () => {
    expect(meetingPath).not.toBe("");
    const page = await as(ARBEIT);
    await propose(page, { title: MODERATOR_ITEM, kind: "Beschluss", description: "Welche Arbeitgeber laden wir ein?", minutes: "15" });
    await propose(page, { title: TO_DEFER, kind: "Information", description: "Kurzer Rückblick.", minutes: "10" });

    await go(page, page.getByRole("link", { name: "Tagesordnung bearbeiten" }), `${meetingPath}/agenda`, `Tagesordnung bearbeiten: ${MEETING_TITLE}`);
    const proposals = page.getByRole("region", { name: "Offene Vorschläge" });
    for (const title of [MEMBER_PROPOSAL, MODERATOR_ITEM, TO_DEFER]) {
      await proposals.getByRole("heading", { level: 3, name: title }).waitFor();
    }
    expect(await textOf(proposals.getByRole("article").filter({ hasText: MEMBER_PROPOSAL }))).toContain("Vorgeschlagen von");

    const agendaRow = (title: string) => page.getByRole("region", { name: "Tagesordnung" }).getByRole("row").filter({ hasText: title });
    // Accept two proposals: they join the agenda in that order.
    for (const title of [MEMBER_PROPOSAL, MODERATOR_ITEM]) {
      await page.getByRole("button", { name: `Annehmen: ${title}` }).click();
      await agendaRow(title).waitFor();
      await proposals.getByRole("heading", { level: 3, name: title }).waitFor({ state: "detached" });
    }
    expect(await agendaTitles(page)).toEqual([MEMBER_PROPOSAL, MODERATOR_ITEM]);

    // Move the second one up.
    await page.getByRole("button", { name: `Nach oben: ${MODERATOR_ITEM}` }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([MODERATOR_ITEM, MEMBER_PROPOSAL]);
    await page.getByRole("status").filter({ hasText: "Die Reihenfolge wurde geändert." }).waitFor();

    // Planned minutes: 25 for the first item, 40 for the second; start times follow.
    const setMinutes = async (title: string, minutes: string) => {
      const row = agendaRow(title);
      await row.getByLabel("Dauer (Minuten)").fill(minutes);
      await row.getByRole("button", { name: "Speichern", exact: true }).click();
    };
    const startOf = (title: string) => textOf(agendaRow(title).locator("time"));
    await setMinutes(MODERATOR_ITEM, "25");
    await expect.poll(() => startOf(MEMBER_PROPOSAL)).toBe("10:25 Uhr");
    await setMinutes(MEMBER_PROPOSAL, "40");
    const timing = page.getByRole("region", { name: "Tagesordnung" }).getByText(/^Sitzung von/);
    await expect.poll(() => textOf(timing)).toBe("Sitzung von 10:00 bis 12:00 Uhr; geplante Tagesordnung: 65 Minuten.");
    expect(await startOf(MODERATOR_ITEM)).toBe("10:00 Uhr");
    expect(await startOf(MEMBER_PROPOSAL)).toBe("10:25 Uhr");
    expect(await agendaRow(MODERATOR_ITEM).getByRole("rowheader").innerText()).toBe("1");

    await expectNoAxeViolations(page);

    // Publish and invite.
    await go(page, page.getByRole("link", { name: `Zurück zur Sitzung „${MEETING_TITLE}“` }), meetingPath, MEETING_TITLE);
    await go(page, page.getByRole("link", { name: "Tagesordnung veröffentlichen und einladen" }), `${meetingPath}/invite`, "Tagesordnung veröffentlichen und einladen");
    const inInvitation = page.getByRole("region", { name: "Tagesordnung in der Einladung" }).getByRole("listitem");
    expect(await inInvitation.allInnerTexts()).toEqual([`10:00 Uhr – ${MODERATOR_ITEM} (25 min)`, `10:25 Uhr – ${MEMBER_PROPOSAL} (40 min)`]);
    await page.getByRole("radio", { name: /^Alle Mitglieder der Gremien/ }).check();
    await page.getByRole("button", { name: "Veröffentlichen und einladen" }).click();
    await page.getByRole("heading", { level: 1, name: "Eingeladene Personen" }).waitFor();
    await page.getByRole("status").filter({ hasText: /Die Einladungen an \d+ Personen liegen im Postausgang\./ }).waitFor();

    await go(page, page.getByRole("link", { name: "Zurück zur Sitzung" }), meetingPath, MEETING_TITLE);
    expect(await textOf(meetingFacts(page))).toContain("Status eingeladen");
    await expectNoAxeViolations(page);
  });

  it("4. the member sees the invitation on the home page and answers „Ich nehme teil“", async () => {
    expect(meetingPath).not.toBe("");
    const page = await as(BERATUNG);
    await open(page, "/n/halle", /./);
    const pending = page.getByRole("region", { name: "Offene Einladungen" });
    await go(page, pending.getByRole("link", { name: MEETING_TITLE }), meetingPath, MEETING_TITLE);

    // The published agenda, in the moderator's order.
    const agenda = page.getByRole("region", { name: "Tagesordnung" });
    expect(await agenda.getByRole("heading", { level: 3, name: /^TOP / }).allInnerTexts()).toEqual([`TOP 1: ${MODERATOR_ITEM}`, `TOP 2: ${MEMBER_PROPOSAL}`]);

    const invitation = page.getByRole("region", { name: "Einladung" });
    expect(await textOf(invitation)).toContain("Ihre Antwort: noch offen");
    await invitation.getByRole("button", { name: "Ich nehme teil" }).click();
    await page.getByRole("status").filter({ hasText: "Ihre Antwort wurde gespeichert." }).waitFor();
    expect(await textOf(invitation)).toContain("Ihre Antwort: Zusage");
    expect(await invitation.getByRole("button", { name: "Ich nehme teil" }).getAttribute("aria-pressed")).toBe("true");
    await expectNoAxeViolations(page);

    // Answered: the home page no longer lists it as open.
    await open(page, "/n/halle", /./);
    expect(await page.getByRole("region", { name: "Offene Einladungen" }).getByRole("link", { name: MEETING_TITLE }).count()).toBe(0);
  });

  it("5. the moderator writes and publishes the minutes of the seeded held meeting; the member reads them", async () => {
    const page = await as(ARBEIT);
    await open(page, "/n/halle/groups/fg-arbeit", "FG Arbeit");
    const held = page.getByRole("region", { name: /^Vergangene Sitzungen/ }).getByRole("listitem").filter({ hasText: "stattgefunden" });
    expect(await held.count()).toBe(1);
    const heldLink = held.getByRole("link");
    const heldTitle = (await heldLink.innerText()).trim();
    await go(page, heldLink, /^\/n\/halle\/meetings\/\d+$/, heldTitle);
    const heldPath = pathOf(page);

    await go(page, page.getByRole("link", { name: "Protokoll schreiben" }), `${heldPath}/minutes`, `Protokoll: ${heldTitle}`);
    await expectNoAxeViolations(page);

    const first = page.getByRole("group", { name: /^TOP 1: / });
    const minutesText = "Perspektive Arbeit berichtet über den Start des Coachings für geflüchtete Frauen; 18 von 20 Plätzen sind belegt.";
    await first.getByLabel("Protokolltext").fill(minutesText);
    await first.getByLabel("Ergebnis").fill("Die Berichte werden mit dem Protokoll verschickt.");
    await first.getByLabel("Beschluss").fill("Kenntnisnahme.");
    await page.getByRole("button", { name: "Protokoll speichern" }).click();
    await page.getByRole("status").filter({ hasText: "Das Protokoll ist gespeichert." }).waitFor();
    expect(await page.getByRole("group", { name: /^TOP 1: / }).getByLabel("Protokolltext").inputValue()).toBe(minutesText);

    await Promise.all([
      page.waitForURL((url) => url.pathname === heldPath && url.searchParams.get("minutes") === "published"),
      page.getByRole("button", { name: "Protokoll veröffentlichen" }).click(),
    ]);
    await page.getByRole("status").filter({ hasText: "Das Protokoll ist veröffentlicht." }).waitFor();
    expect(await textOf(meetingFacts(page))).toContain("Status Protokoll veröffentlicht");

    const reader = await as(BERATUNG);
    await open(reader, heldPath, heldTitle);
    const minutes = reader.getByRole("region", { name: "Protokoll" });
    await minutes.getByText(minutesText).waitFor();
    expect(await textOf(minutes)).toContain("Beschluss Kenntnisnahme.");
    expect(await minutes.getByText("Entwurf").count()).toBe(0);
    expect(await minutes.getByRole("link", { name: "Protokoll schreiben" }).count()).toBe(0);
  });

  it("6. a deferred proposal turns up as a proposal of the group's next meeting", async () => {
    expect(meetingPath).not.toBe("");
    const page = await as(ARBEIT);
    await open(page, `${meetingPath}/agenda`, `Tagesordnung bearbeiten: ${MEETING_TITLE}`);
    await page.getByRole("button", { name: `Auf die nächste Sitzung vertagen: ${TO_DEFER}` }).click();
    await page.getByRole("status").filter({ hasText: "Der Punkt wurde vertagt" }).waitFor();
    const closed = page.getByRole("region", { name: "Abgelehnt oder vertagt" }).getByRole("listitem").filter({ hasText: TO_DEFER });
    expect(await textOf(closed)).toContain("vertagt");
    expect(await page.getByRole("region", { name: "Offene Vorschläge" }).getByRole("heading", { name: TO_DEFER }).count()).toBe(0);

    // The group's meetings in date order: the next one, then the other upcoming ones.
    await open(page, "/n/halle/groups/fg-arbeit", "FG Arbeit");
    const entries = [
      ...(await page.getByRole("region", { name: "Nächste Sitzung" }).getByRole("link").all()),
      ...(await page.getByRole("region", { name: "Kommende Sitzungen" }).getByRole("listitem").all()),
    ];
    const meetings: { path: string; title: string; cancelled: boolean }[] = [];
    for (const entry of entries) {
      const link = (await entry.evaluate((el) => el.tagName)) === "A" ? entry : entry.getByRole("link");
      const href = await link.getAttribute("href");
      if (!href || !/\/meetings\/\d+$/.test(href)) continue;
      meetings.push({ path: href, title: (await link.innerText()).trim(), cancelled: (await entry.innerText()).includes("abgesagt") });
    }
    const ours = meetings.findIndex((m) => m.path === meetingPath);
    expect(ours, "the planned meeting is listed on the group page").toBeGreaterThanOrEqual(0);
    const next = meetings.slice(ours + 1).find((m) => !m.cancelled);
    expect(next, "the group has a meeting after the planned one").toBeTruthy();

    await open(page, `${next!.path}/agenda`, `Tagesordnung bearbeiten: ${next!.title}`);
    const carried = page.getByRole("region", { name: "Offene Vorschläge" }).getByRole("article").filter({ hasText: TO_DEFER });
    await carried.waitFor();
    expect(await textOf(carried)).toContain("aus einer früheren Sitzung übernommen");
  });

  it("7. the joint session of FG Arbeit and FG Deutsch shows on both group pages, for members of both", async () => {
    const deutsch = await as(DEUTSCH);
    await open(deutsch, "/n/halle/groups/fg-deutsch", "FG Deutsch");
    const onDeutsch = deutsch.getByRole("link", { name: JOINT_TITLE });
    expect(await onDeutsch.count()).toBe(1);
    await go(deutsch, onDeutsch, /^\/n\/halle\/meetings\/\d+$/, JOINT_TITLE);
    const jointPath = pathOf(deutsch);
    const facts = await textOf(meetingFacts(deutsch));
    expect(facts).toContain("FG Arbeit");
    expect(facts).toContain("FG Deutsch");
    expect(await textOf(deutsch.locator("main p.muted").first())).toBe("Gemeinsames Arbeitstreffen");

    const beratung = await as(BERATUNG);
    for (const slug of ["fg-arbeit", "fg-deutsch"]) {
      await open(beratung, `/n/halle/groups/${slug}`, slug === "fg-arbeit" ? "FG Arbeit" : "FG Deutsch");
      const link = beratung.getByRole("link", { name: JOINT_TITLE });
      expect(await link.count(), `joint session on ${slug}`).toBe(1);
      expect(await link.getAttribute("href")).toBe(jointPath);
      // The entry (list item or the "next meeting" line) names the other host group.
      expect(await textOf(link.locator("xpath=.."))).toContain(slug === "fg-arbeit" ? "mit FG Deutsch" : "mit FG Arbeit");
    }
    await go(beratung, beratung.getByRole("link", { name: JOINT_TITLE }), jointPath, JOINT_TITLE);
    await beratung.getByRole("region", { name: "Tagesordnung" }).waitFor();
  });
});
