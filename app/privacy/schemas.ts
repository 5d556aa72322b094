import { formValidator } from "../components/form-validator";
import { z } from "zod";

// Form schemas of the privacy pages, shared by browser and server. Messages are i18n keys.

/** Deleting a person needs a ticked confirmation: no deletion by a stray click. */
export const deletePersonSchema = z.object({
  confirm: z.literal("yes", { errorMap: () => ({ message: "privacy.delete.confirmRequired" }) }),
});
export const deletePersonValidator = formValidator(deletePersonSchema);

export const LEGAL_TEXT_MIN = 20;
export const LEGAL_TEXT_MAX = 50_000;

export const legalPageKinds = ["privacy", "imprint"] as const;

export const legalPageSchema = z.object({
  kind: z.enum(legalPageKinds, { errorMap: () => ({ message: "validation.invalidChoice" }) }),
  body: z
    .string({ required_error: "validation.required", invalid_type_error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .min(LEGAL_TEXT_MIN, "legal.admin.tooShort")
    .max(LEGAL_TEXT_MAX, "legal.admin.tooLong"),
});
export const legalPageValidator = formValidator(legalPageSchema);
