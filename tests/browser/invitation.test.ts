import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, signIn, signOut, skipBrowserSuites } from "./browser";

// ─── Journey: an admin invites a person ──────────────────────────────────────────────────
// Written against the contract of the invitation admin page (/n/:network/admin/invitations):
// a form with "E-Mail-Adresse" and an organisation select; after submitting, the one-time
// link is shown in `code.secret`. The acceptance page is app/routes/invitations.$token.tsx.
describe.skipIf(skipBrowserSuites)("journey: admin invites a person, who sets up an account", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("invite by e-mail, open the link signed out, set name and password, land on /n/halle", async () => {
    const page = await newPage(browser);
    await signIn(page, "admin@halle.example");

    const invitations = await page.goto("/n/halle/admin/invitations");
    expect(invitations?.status(), "the invitation admin page /n/halle/admin/invitations").toBe(200);
    const email = `neu.${Date.now()}@halle.example`;
    const emailField = page.getByLabel("E-Mail-Adresse");
    await emailField.fill(email);
    const organisation = page.getByRole("combobox", { name: /Organisation/ });
    const firstOrganisation = await organisation.locator("option").evaluateAll((options) =>
      (options as HTMLOptionElement[]).map((o) => o.value).find((v) => v !== ""),
    );
    expect(firstOrganisation, "the organisation select offers at least one organisation").toBeTruthy();
    await organisation.selectOption(firstOrganisation!);
    await page.locator("form", { has: emailField }).locator('button[type="submit"]').click();

    const secret = page.locator("code.secret");
    await secret.waitFor();
    const link = (await secret.innerText()).trim();
    expect(link).toMatch(/\/invitations\/[^/\s]+$/);

    await signOut(page);
    await page.goto(link);
    await page.getByLabel("Ihr Name").fill("Erika Neumann");
    await page.getByLabel("Passwort wählen").fill("ein langer satz als passwort");
    await page.getByLabel("Passwort wiederholen").fill("ein langer satz als passwort");
    await Promise.all([
      page.waitForURL((url) => url.pathname === "/n/halle"),
      page.getByRole("button", { name: "Konto einrichten" }).click(),
    ]);
    await page.getByRole("heading", { level: 1, name: "Willkommen, Erika Neumann" }).waitFor();
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
  });
});
