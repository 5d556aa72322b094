import { formValidator } from "../components/form-validator";
import { z } from "zod";
import type { NetworkRole } from "../../db/schema";

// Form schemas of the people and invitation pages, shared by browser and server.
// Messages are i18n keys; whether an organisation belongs to the network is checked on the
// server (people.server.ts), because only the server knows.

export const networkRoles = ["member", "admin"] as const satisfies readonly NetworkRole[];

const ID_PATTERN = /^[1-9]\d{0,15}$/;

const email = z
  .string({ required_error: "validation.required", invalid_type_error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .email("validation.email");

/** A required choice from a list of ids (a <select>). */
const idChoice = z
  .string({ required_error: "validation.required", invalid_type_error: "validation.invalidChoice" })
  .trim()
  .min(1, "validation.required")
  .regex(ID_PATTERN, "validation.invalidChoice")
  .transform(Number);

const role = z.enum(networkRoles, {
  errorMap: (issue) => ({ message: issue.code === "invalid_type" ? "validation.required" : "validation.invalidChoice" }),
});

export const invitationSchema = z.object({ email, organisationId: idChoice, role });
export const invitationValidator = formValidator(invitationSchema);

export const roleSchema = z.object({ role });
export const roleValidator = formValidator(roleSchema);

/** Ticked checkboxes arrive as nothing, one string or several strings. */
function asList(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

export const affiliationsSchema = z.object({
  organisationIds: z
    .preprocess(asList, z.array(z.string(), { invalid_type_error: "validation.invalidChoice" }))
    .refine((ids) => ids.length > 0, "people.affiliationsRequired")
    .refine((ids) => ids.every((id) => ID_PATTERN.test(id)), "validation.invalidChoice")
    .transform((ids) => [...new Set(ids.map(Number))]),
});
export const affiliationsValidator = formValidator(affiliationsSchema);

/** The forms of the person page; the action dispatches on this field. */
export const personIntents = ["role", "affiliations", "deactivate", "reactivate"] as const;
export type PersonIntent = (typeof personIntents)[number];

export function parsePersonIntent(value: unknown): PersonIntent | null {
  return typeof value === "string" && (personIntents as readonly string[]).includes(value) ? (value as PersonIntent) : null;
}
