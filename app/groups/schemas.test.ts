import { describe, expect, it } from "vitest";
import { addOrganisationValidator, addPersonValidator, changeTierSchema, groupValidator, removeMembershipSchema } from "./schemas";

const valid = { kind: "specialist", name: " FG Wohnen ", slug: "fg-wohnen", mandate: " Wohnraum für alle. ", cadence: "quarterly" };

describe("group schema", () => {
  it("accepts a complete group and trims its texts", async () => {
    const result = await groupValidator.validate(valid);
    expect(result.data).toEqual({ kind: "specialist", name: "FG Wohnen", slug: "fg-wohnen", mandate: "Wohnraum für alle.", cadence: "quarterly" });
  });

  it("defaults a missing mandate to an empty text", async () => {
    const { mandate: _omitted, ...rest } = valid;
    expect((await groupValidator.validate(rest)).data?.mandate).toBe("");
  });

  it("reports one message key per bad field", async () => {
    const result = await groupValidator.validate({ kind: "committee", name: "", slug: "FG Wohnen!", cadence: "" });
    expect(result.error?.fieldErrors).toEqual({
      kind: "validation.invalidChoice",
      name: "validation.required",
      slug: "validation.slug",
      cadence: "validation.required",
    });
  });

  it("allows only lower-case letters, digits and single inner hyphens in slugs", async () => {
    for (const slug of ["fg-arbeit", "ag2", "forum-migration-2026"]) {
      expect((await groupValidator.validate({ ...valid, slug })).error, slug).toBeUndefined();
    }
    for (const slug of ["FG-Arbeit", "fg_arbeit", "-fg", "fg-", "fg--arbeit", "fg arbeit", "gruppe/1", "übung"]) {
      expect((await groupValidator.validate({ ...valid, slug })).error?.fieldErrors, slug).toEqual({ slug: "validation.slug" });
    }
    expect((await groupValidator.validate({ ...valid, slug: "a".repeat(61) })).error?.fieldErrors).toEqual({ slug: "validation.tooLong" });
  });
});

describe("membership forms", () => {
  it("need a chosen organisation or person and a known tier", async () => {
    const org = await addOrganisationValidator.validate({ intent: "addOrganisation", organisationId: "", organisationTier: "chair" });
    expect(org.error?.fieldErrors).toEqual({ organisationId: "validation.required", organisationTier: "validation.invalidChoice" });
    const person = await addPersonValidator.validate({ intent: "addPerson", userId: "12", personTier: "preparation" });
    expect(person.data).toEqual({ intent: "addPerson", userId: "12", personTier: "preparation" });
  });

  it("check the hidden fields of the row buttons", () => {
    expect(changeTierSchema.safeParse({ intent: "changeTier", membershipId: "3", tier: "member" }).success).toBe(true);
    expect(changeTierSchema.safeParse({ intent: "changeTier", membershipId: "3", tier: "owner" }).success).toBe(false);
    expect(removeMembershipSchema.safeParse({ intent: "remove" }).success).toBe(false);
  });
});
