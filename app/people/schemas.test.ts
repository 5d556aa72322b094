import { describe, expect, it } from "vitest";
import { affiliationsValidator, invitationValidator, parsePersonIntent, roleValidator } from "./schemas";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("invitation form", () => {
  it("accepts a valid invitation and normalises its values", async () => {
    const result = await invitationValidator.validate(form([["email", " neu@halle.example "], ["organisationId", "7"], ["role", "admin"]]));
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ email: "neu@halle.example", organisationId: 7, role: "admin" });
  });

  it("names one message per field", async () => {
    const result = await invitationValidator.validate(form([["email", "keine-adresse"], ["organisationId", ""], ["role", "owner"]]));
    expect(result.error?.fieldErrors).toEqual({ email: "validation.email", organisationId: "validation.required", role: "validation.invalidChoice" });
  });

  it("treats missing fields as required and a malformed id as an invalid choice", async () => {
    const missing = await invitationValidator.validate(form([]));
    expect(missing.error?.fieldErrors).toEqual({ email: "validation.required", organisationId: "validation.required", role: "validation.required" });
    const malformed = await invitationValidator.validate(form([["email", "a@b.example"], ["organisationId", "1 or 1=1"], ["role", "member"]]));
    expect(malformed.error?.fieldErrors).toEqual({ organisationId: "validation.invalidChoice" });
  });
});

describe("person forms", () => {
  it("accepts only the two network roles", async () => {
    expect((await roleValidator.validate(form([["role", "member"]]))).data).toEqual({ role: "member" });
    expect((await roleValidator.validate(form([["role", "root"]]))).error?.fieldErrors).toEqual({ role: "validation.invalidChoice" });
  });

  it("takes one or several ticked organisations, without duplicates", async () => {
    expect((await affiliationsValidator.validate(form([["organisationIds", "3"]]))).data).toEqual({ organisationIds: [3] });
    const several = await affiliationsValidator.validate(form([["organisationIds", "3"], ["organisationIds", "5"], ["organisationIds", "3"]]));
    expect(several.data).toEqual({ organisationIds: [3, 5] });
  });

  it("requires at least one organisation and rejects anything that is not an id", async () => {
    expect((await affiliationsValidator.validate(form([["intent", "affiliations"]]))).error?.fieldErrors).toEqual({
      organisationIds: "people.affiliationsRequired",
    });
    expect((await affiliationsValidator.validate(form([["organisationIds", "x"]]))).error?.fieldErrors).toEqual({
      organisationIds: "validation.invalidChoice",
    });
  });

  it("knows the intents of the person page", () => {
    expect(parsePersonIntent("deactivate")).toBe("deactivate");
    expect(parsePersonIntent("delete")).toBeNull();
    expect(parsePersonIntent(null)).toBeNull();
  });
});
