import { describe, expect, it } from "vitest";
import { demoAccounts } from "../app/auth/demo-accounts";
import { halle } from "./halle";
import { demoNetworks } from "./seed";

// Invariants of the demo data itself (DESIGN sections 2 and 6).
describe("demo networks", () => {
  it("give every group a preparation committee and no organisation two tiers", () => {
    for (const network of demoNetworks) {
      for (const group of network.groups) {
        expect(group.organisations.preparation.length, `${network.slug}/${group.slug}`).toBeGreaterThan(0);
        const both = group.organisations.preparation.filter((k) => group.organisations.member.includes(k));
        expect(both, `${network.slug}/${group.slug}`).toEqual([]);
      }
    }
  });

  it("reproduce the seven Halle bodies with their slugs", () => {
    expect(halle.groups.map((g) => g.slug).sort()).toEqual(
      ["fg-arbeit", "fg-deutsch", "fg-ehrenamt", "fg-gesellschaftliches-leben", "fg-migrantenorganisationen", "forum-migration", "steuerungsgruppe"],
    );
    expect(halle.groups.find((g) => g.slug === "steuerungsgruppe")?.kind).toBe("steering");
    expect(halle.groups.find((g) => g.slug === "forum-migration")?.kind).toBe("forum");
    expect(halle.organisations.length).toBeGreaterThanOrEqual(40);
    expect(halle.people.length).toBeGreaterThanOrEqual(55);
  });

  it("refer only to organisations and people that exist", () => {
    for (const network of demoNetworks) {
      const keys = new Set(network.organisations.map((o) => o.key));
      const emails = new Set(network.people.map((p) => p.email));
      for (const person of network.people) for (const key of person.organisations) expect(keys.has(key), key).toBe(true);
      for (const group of network.groups) {
        for (const key of [...group.organisations.preparation, ...group.organisations.member]) expect(keys.has(key), key).toBe(true);
        for (const email of [...(group.people?.preparation ?? []), ...(group.people?.member ?? [])]) expect(emails.has(email), email).toBe(true);
      }
    }
  });

  it("contain every demo account listed on the login page", () => {
    const all = demoNetworks.flatMap((n) => n.people.map((p) => p.email));
    for (const account of demoAccounts) expect(all).toContain(account.email);
  });
});
