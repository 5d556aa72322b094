import { describe, expect, it } from "vitest";
import {
  declineValidator,
  itemCommandSchema,
  parsePresenter,
  presenterValue,
  proposalValidator,
  updateItemValidator,
} from "./agenda-schemas";

describe("proposal form", () => {
  it("accepts a proposal, trims text and turns minutes into a number", async () => {
    const result = await proposalValidator.validate({ title: "  Bericht Jobcenter ", kind: "report", description: "", desiredMinutes: " 15 " });
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ title: "Bericht Jobcenter", kind: "report", description: "", desiredMinutes: 15 });
  });

  it("takes every kind of the list and no other", async () => {
    for (const kind of ["information", "discussion", "decision", "offer_presentation", "report"]) {
      const result = await proposalValidator.validate({ title: "T", kind, desiredMinutes: "30" });
      expect(result.error, kind).toBeUndefined();
    }
    const bad = await proposalValidator.validate({ title: "T", kind: "gossip", desiredMinutes: "30" });
    expect(bad.error?.fieldErrors.kind).toBe("validation.invalidChoice");
    const empty = await proposalValidator.validate({ title: "T", kind: "", desiredMinutes: "30" });
    expect(empty.error?.fieldErrors.kind).toBe("validation.required");
  });

  it("wants whole minutes between 5 and 240", async () => {
    const minutes = async (desiredMinutes: string) => (await proposalValidator.validate({ title: "T", kind: "report", desiredMinutes })).error?.fieldErrors.desiredMinutes;
    expect(await minutes("5")).toBeUndefined();
    expect(await minutes("240")).toBeUndefined();
    expect(await minutes("4")).toBe("agenda.validation.minutes");
    expect(await minutes("241")).toBe("agenda.validation.minutes");
    expect(await minutes("12.5")).toBe("agenda.validation.minutes");
    expect(await minutes("-10")).toBe("agenda.validation.minutes");
    expect(await minutes("zehn")).toBe("agenda.validation.minutes");
    expect(await minutes("")).toBe("validation.required");
  });

  it("reports a missing title and over-long text", async () => {
    const result = await proposalValidator.validate({ title: " ", kind: "report", description: "x".repeat(4001), desiredMinutes: "15" });
    expect(result.error?.fieldErrors).toEqual({ title: "validation.required", description: "validation.tooLong" });
  });
});

describe("agenda editor forms", () => {
  it("requires a reason to decline", async () => {
    const empty = await declineValidator.validate({ intent: "decline", itemId: "3", version: "1", reason: "  " });
    expect(empty.error?.fieldErrors.reason).toBe("validation.required");
    const ok = await declineValidator.validate({ intent: "decline", itemId: "3", version: "1", reason: "Passt nicht zum Auftrag." });
    expect(ok.data).toEqual({ intent: "decline", itemId: 3, version: 1, reason: "Passt nicht zum Auftrag." });
  });

  it("takes button commands only with well-formed ids and versions", () => {
    expect(itemCommandSchema.safeParse({ intent: "moveUp", itemId: "7", version: "2" }).success).toBe(true);
    expect(itemCommandSchema.safeParse({ intent: "moveUp", itemId: "0", version: "2" }).success).toBe(false);
    expect(itemCommandSchema.safeParse({ intent: "moveUp", itemId: "7", version: "x" }).success).toBe(false);
    expect(itemCommandSchema.safeParse({ intent: "delete", itemId: "7", version: "2" }).success).toBe(false);
  });

  it("takes a person, an organisation or nobody as presenter", async () => {
    const update = (presenter: string) =>
      updateItemValidator.validate({ intent: "update", itemId: "1", version: "1", plannedMinutes: "20", presenter });
    expect((await update("user:12")).data?.presenter).toBe("user:12");
    expect((await update("org:5")).data?.presenter).toBe("org:5");
    expect((await update("")).data?.presenter).toBe("");
    expect((await update("admin:1")).error?.fieldErrors.presenter).toBe("validation.invalidChoice");
    expect((await update("user:1; drop")).error?.fieldErrors.presenter).toBe("validation.invalidChoice");
  });

  it("translates presenters between form value and columns", () => {
    expect(parsePresenter("user:12")).toEqual({ userId: 12, organisationId: null });
    expect(parsePresenter("org:5")).toEqual({ userId: null, organisationId: 5 });
    expect(parsePresenter("")).toEqual({ userId: null, organisationId: null });
    expect(presenterValue({ presenter_user_id: 12, presenter_organisation_id: null })).toBe("user:12");
    expect(presenterValue({ presenter_user_id: null, presenter_organisation_id: 5 })).toBe("org:5");
    expect(presenterValue({ presenter_user_id: null, presenter_organisation_id: null })).toBe("");
  });
});
