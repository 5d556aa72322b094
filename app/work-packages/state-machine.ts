import type { WorkPackageStatus } from "../../db/schema";

// The one lifecycle of a work package. Pure: every status change in the app asks
// `checkTransition` first and applies nothing it refuses. Wrong role → 403, a change that
// the current status does not allow → 409, a missing required field → 422.
//
//   draft ──submit──▶ submitted ──put_on_agenda──▶ in_review
//   returned ──submit──▶ submitted          (origin group answers and resubmits)
//   submitted | in_review ──accept──▶ accepted ──start──▶ in_progress ──complete──▶ done
//   submitted | in_review ──return──▶ returned
//   submitted | in_review ──decline──▶ declined

export const workPackageStatuses = ["draft", "submitted", "in_review", "accepted", "returned", "declined", "in_progress", "done"] as const satisfies readonly WorkPackageStatus[];

/** origin: moderators of the origin group; steering: lead or member of the steering group. Admins are both. */
export type WorkPackageRole = "origin" | "steering";

export type WorkPackageAction = "edit" | "submit" | "put_on_agenda" | "accept" | "return" | "decline" | "start" | "complete";

export const decisionActions = ["accept", "return", "decline"] as const;
export type DecisionAction = (typeof decisionActions)[number];

interface Rule {
  role: WorkPackageRole;
  from: readonly WorkPackageStatus[];
  /** undefined: the status stays (editing) */
  to?: WorkPackageStatus;
}

export const workPackageRules: Record<WorkPackageAction, Rule> = {
  edit: { role: "origin", from: ["draft", "returned"] },
  submit: { role: "origin", from: ["draft", "returned"], to: "submitted" },
  put_on_agenda: { role: "steering", from: ["submitted"], to: "in_review" },
  accept: { role: "steering", from: ["submitted", "in_review"], to: "accepted" },
  return: { role: "steering", from: ["submitted", "in_review"], to: "returned" },
  decline: { role: "steering", from: ["submitted", "in_review"], to: "declined" },
  start: { role: "steering", from: ["accepted"], to: "in_progress" },
  complete: { role: "steering", from: ["in_progress"], to: "done" },
};

export const workPackageActions = Object.keys(workPackageRules) as WorkPackageAction[];

/** What the transition needs besides the right role and status. */
export interface TransitionInput {
  responsibleOrganisationId?: number | null;
  dueDate?: string | null;
  rationale?: string | null;
  resultSummary?: string | null;
}

export type TransitionCheck =
  | { ok: true; to: WorkPackageStatus }
  | { ok: false; status: 403 | 409 | 422; message: WorkPackageRefusal };

/** Message keys (app/work-packages/messages.ts) for every refusal. */
export type WorkPackageRefusal =
  | "workPackages.refused.role.origin"
  | "workPackages.refused.role.steering"
  | "workPackages.refused.status"
  | "workPackages.refused.needsResponsible"
  | "workPackages.refused.needsDueDate"
  | "workPackages.refused.needsRationale"
  | "workPackages.refused.needsResult";

const blank = (v: string | null | undefined) => !v || v.trim() === "";

export function checkTransition(
  action: WorkPackageAction,
  from: WorkPackageStatus,
  roles: ReadonlySet<WorkPackageRole> | readonly WorkPackageRole[],
  input: TransitionInput = {},
): TransitionCheck {
  const rule = workPackageRules[action];
  const has = (r: WorkPackageRole) => ("has" in roles ? roles.has(r) : roles.includes(r));
  if (!has(rule.role)) return { ok: false, status: 403, message: `workPackages.refused.role.${rule.role}` };
  if (!rule.from.includes(from)) return { ok: false, status: 409, message: "workPackages.refused.status" };
  if (action === "accept") {
    if (!input.responsibleOrganisationId) return { ok: false, status: 422, message: "workPackages.refused.needsResponsible" };
    if (blank(input.dueDate)) return { ok: false, status: 422, message: "workPackages.refused.needsDueDate" };
  }
  if ((action === "accept" || action === "return" || action === "decline") && blank(input.rationale)) {
    return { ok: false, status: 422, message: "workPackages.refused.needsRationale" };
  }
  if (action === "complete" && blank(input.resultSummary)) return { ok: false, status: 422, message: "workPackages.refused.needsResult" };
  return { ok: true, to: rule.to ?? from };
}

/** The actions a person with these roles may take on a package in this status (for the page's buttons). */
export function availableActions(from: WorkPackageStatus, roles: readonly WorkPackageRole[]): WorkPackageAction[] {
  return workPackageActions.filter((a) => roles.includes(workPackageRules[a].role) && workPackageRules[a].from.includes(from));
}

/** Statuses that count as decided (the steering group has answered). */
export function isDecided(status: WorkPackageStatus): boolean {
  return status === "accepted" || status === "returned" || status === "declined" || status === "in_progress" || status === "done";
}
