import { formValidator } from "../components/form-validator";
import { z } from "zod";

// The forms of the work-package pages. Browser-safe: no server imports. Messages are i18n keys.

export const priorities = ["low", "normal", "high"] as const;
export const PACKAGE_FORM_ID = "work-package-form";
export const DECISION_FORM_ID = "decision-form";
export const COMMENT_FORM_ID = "comment-form";
export const COMPLETE_FORM_ID = "complete-form";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const requiredText = (max: number) =>
  z.string({ required_error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");
const optionalId = z.preprocess(
  blankToUndefined,
  z.string().regex(/^[1-9]\d{0,9}$/, "validation.invalidChoice").transform(Number).optional(),
);

export function isLocalDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
const localDate = z.preprocess(blankToUndefined, z.string().refine(isLocalDate, "workPackages.validation.date").optional());
const version = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).optional());

export const packageSchema = z.object({
  version,
  groupId: optionalId,
  agendaItemId: optionalId,
  title: requiredText(200),
  problem: requiredText(5000),
  request: requiredText(5000),
  responsibleOrganisationId: optionalId,
  dueDate: localDate,
  priority: z.enum(priorities, { errorMap: () => ({ message: "validation.invalidChoice" }) }).default("normal"),
});
export type PackageFormValues = z.input<typeof packageSchema>;
export const packageValidator = formValidator(packageSchema);

export const decisionSchema = z
  .object({
    version,
    decision: z.enum(["accept", "return", "decline"], { errorMap: () => ({ message: "workPackages.validation.decision" }) }),
    rationale: requiredText(5000),
    responsibleOrganisationId: optionalId,
    dueDate: localDate,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "accept" && !v.responsibleOrganisationId) {
      ctx.addIssue({ code: "custom", path: ["responsibleOrganisationId"], message: "workPackages.validation.responsibleRequired" });
    }
    if (v.decision === "accept" && !v.dueDate) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "workPackages.validation.dueRequired" });
  });
export const decisionValidator = formValidator(decisionSchema);

export const commentValidator = formValidator(z.object({ body: requiredText(5000) }));
export const completeValidator = formValidator(z.object({ version, resultSummary: requiredText(5000) }));

/** The network settings field "waiting limit of the steering inbox": whole days, 1–365. */
export const WAIT_DAYS_FORM_ID = "work-package-wait-days-form";
export const waitDaysSchema = z.object({
  workPackageWaitDays: z.preprocess(
    blankToUndefined,
    z
      .string({ required_error: "validation.required" })
      .trim()
      .regex(/^\d{1,3}$/, "workPackages.validation.waitDays")
      .transform(Number)
      .refine((n) => n >= 1 && n <= 365, "workPackages.validation.waitDays"),
  ),
});
export const waitDaysValidator = formValidator(waitDaysSchema);
