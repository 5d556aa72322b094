import { describe, expect, it } from "vitest";
import { organisationValidator } from "./schemas";

const valid = { kind: "counselling", name: "  Beratungsladen Süd e.V. ", shortName: "", contactEmail: "", contactPhone: "", address: "", website: "" };

describe("organisation schema", () => {
  it("accepts the minimum and turns blank optional fields into nothing", async () => {
    const result = await organisationValidator.validate(valid);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({
      kind: "counselling",
      name: "Beratungsladen Süd e.V.",
      shortName: undefined,
      contactEmail: undefined,
      contactPhone: undefined,
      address: undefined,
      website: undefined,
      languages: [],
    });
  });

  it("reports one message key per bad field", async () => {
    const result = await organisationValidator.validate({
      kind: "",
      name: " ",
      contactEmail: "keine-adresse",
      website: "javascript:alert(1)",
      languages: ["de", "xx"],
    });
    expect(result.error?.fieldErrors).toEqual({
      kind: "validation.required",
      name: "validation.required",
      contactEmail: "validation.email",
      website: "validation.url",
      languages: "validation.invalidChoice",
    });
  });

  it("rejects kinds outside the list and web addresses that are not http(s)", async () => {
    const kind = await organisationValidator.validate({ ...valid, kind: "secret_service" });
    expect(kind.error?.fieldErrors).toEqual({ kind: "validation.invalidChoice" });
    for (const website of ["ftp://example.org", "www.example.org", "https://", "http://user:pw@example.org"]) {
      const result = await organisationValidator.validate({ ...valid, website });
      expect(result.error?.fieldErrors, website).toEqual({ website: "validation.url" });
    }
    const ok = await organisationValidator.validate({ ...valid, website: " https://beratung.example.org/kontakt " });
    expect(ok.data?.website).toBe("https://beratung.example.org/kontakt");
  });

  it("takes one or several languages and stores them once, in the list's order", async () => {
    const one = await organisationValidator.validate({ ...valid, languages: "ar" });
    expect(one.data?.languages).toEqual(["ar"]);
    const form = new FormData();
    for (const [k, v] of Object.entries(valid)) form.append(k, v);
    for (const l of ["vi", "de", "uk", "de"]) form.append("languages", l);
    const several = await organisationValidator.validate(form);
    expect(several.data?.languages).toEqual(["de", "uk", "vi"]);
  });

  it("limits the length of texts", async () => {
    const result = await organisationValidator.validate({ ...valid, name: "x".repeat(201), shortName: "y".repeat(81) });
    expect(result.error?.fieldErrors).toEqual({ name: "validation.tooLong", shortName: "validation.tooLong" });
  });
});
