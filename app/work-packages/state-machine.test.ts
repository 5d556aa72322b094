import { describe, expect, it } from "vitest";
import { availableActions, checkTransition, workPackageActions, workPackageStatuses, type WorkPackageAction } from "./state-machine";
import type { WorkPackageStatus } from "../../db/schema";

// Every action from every status for every role: exactly these are allowed.
const allowed: Record<WorkPackageAction, { role: "origin" | "steering"; from: WorkPackageStatus[]; to: WorkPackageStatus }> = {
  edit: { role: "origin", from: ["draft", "returned"], to: "draft" /* status stays; checked below */ },
  submit: { role: "origin", from: ["draft", "returned"], to: "submitted" },
  put_on_agenda: { role: "steering", from: ["submitted"], to: "in_review" },
  accept: { role: "steering", from: ["submitted", "in_review"], to: "accepted" },
  return: { role: "steering", from: ["submitted", "in_review"], to: "returned" },
  decline: { role: "steering", from: ["submitted", "in_review"], to: "declined" },
  start: { role: "steering", from: ["accepted"], to: "in_progress" },
  complete: { role: "steering", from: ["in_progress"], to: "done" },
};
const complete = { responsibleOrganisationId: 7, dueDate: "2027-03-31", rationale: "Begründung", resultSummary: "Ergebnis" };
const roleSets = { origin: ["origin"], steering: ["steering"], admin: ["origin", "steering"], member: [] } as const;

describe("work package state machine", () => {
  for (const action of workPackageActions) {
    for (const from of workPackageStatuses) {
      for (const [name, roles] of Object.entries(roleSets)) {
        const rule = allowed[action];
        const hasRole = (roles as readonly string[]).includes(rule.role);
        const legal = rule.from.includes(from);
        it(`${action} from ${from} as ${name}: ${!hasRole ? "403" : legal ? "allowed" : "409"}`, () => {
          const result = checkTransition(action, from, roles, complete);
          if (!hasRole) expect(result).toEqual({ ok: false, status: 403, message: `workPackages.refused.role.${rule.role}` });
          else if (!legal) expect(result).toEqual({ ok: false, status: 409, message: "workPackages.refused.status" });
          else expect(result).toEqual({ ok: true, to: action === "edit" ? from : rule.to });
        });
      }
    }
  }

  it("accepting needs a responsible organisation, a due date and a rationale (422)", () => {
    expect(checkTransition("accept", "in_review", ["steering"], { ...complete, responsibleOrganisationId: null })).toMatchObject({ status: 422, message: "workPackages.refused.needsResponsible" });
    expect(checkTransition("accept", "in_review", ["steering"], { ...complete, dueDate: "" })).toMatchObject({ status: 422, message: "workPackages.refused.needsDueDate" });
    expect(checkTransition("accept", "in_review", ["steering"], { ...complete, rationale: "  " })).toMatchObject({ status: 422, message: "workPackages.refused.needsRationale" });
  });

  it("returning and declining need a rationale; completing needs a result", () => {
    expect(checkTransition("return", "submitted", ["steering"], {})).toMatchObject({ status: 422, message: "workPackages.refused.needsRationale" });
    expect(checkTransition("decline", "in_review", ["steering"], {})).toMatchObject({ status: 422 });
    expect(checkTransition("complete", "in_progress", ["steering"], {})).toMatchObject({ status: 422, message: "workPackages.refused.needsResult" });
    expect(checkTransition("return", "submitted", ["steering"], { rationale: "Welche Träger?" })).toEqual({ ok: true, to: "returned" });
  });

  it("the role is checked before the status: a member hears 403 even on an impossible step", () => {
    expect(checkTransition("accept", "done", [], complete)).toMatchObject({ status: 403 });
  });

  it("lists the buttons a person gets", () => {
    expect(availableActions("draft", ["origin"])).toEqual(["edit", "submit"]);
    expect(availableActions("submitted", ["steering"])).toEqual(["put_on_agenda", "accept", "return", "decline"]);
    expect(availableActions("returned", ["origin", "steering"])).toEqual(["edit", "submit"]);
    expect(availableActions("done", ["origin", "steering"])).toEqual([]);
    expect(availableActions("submitted", [])).toEqual([]);
  });
});
