import { formValidator } from "../components/form-validator";
import { z } from "zod";
import { choice } from "../organisations/schemas";
import { groupCadences, groupKinds } from "./cadence";

// Forms of the group editor and of the membership page. Browser-safe: no server imports.
// Messages are i18n keys; the field components translate them.

export const membershipTiers = ["preparation", "member"] as const;

/** Lower-case letters and digits, words joined by single hyphens: "fg-arbeit". */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const groupSchema = z.object({
  kind: choice(groupKinds),
  name: z.string({ required_error: "validation.required" }).trim().min(1, "validation.required").max(120, "validation.tooLong"),
  slug: z
    .string({ required_error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(60, "validation.tooLong")
    .regex(slugPattern, "validation.slug"),
  mandate: z.string().trim().max(4000, "validation.tooLong").optional().default(""),
  cadence: choice(groupCadences),
});
export type GroupInput = z.infer<typeof groupSchema>;
export const groupValidator = formValidator(groupSchema);

// ── Membership page: one form per intent ────────────────────────────────────
// Ids travel as strings; the server checks that each belongs to this network and group.
const requiredId = z.string({ required_error: "validation.required" }).trim().min(1, "validation.required");

export const addOrganisationSchema = z.object({
  intent: z.literal("addOrganisation"),
  organisationId: requiredId,
  // Each form on the page has its own field names: the field components use them as ids.
  organisationTier: choice(membershipTiers),
});
export const addOrganisationValidator = formValidator(addOrganisationSchema);

export const addPersonSchema = z.object({
  intent: z.literal("addPerson"),
  userId: requiredId,
  personTier: choice(membershipTiers),
});
export const addPersonValidator = formValidator(addPersonSchema);

export const changeTierSchema = z.object({
  intent: z.literal("changeTier"),
  membershipId: requiredId,
  tier: choice(membershipTiers),
});

export const removeMembershipSchema = z.object({
  intent: z.literal("remove"),
  membershipId: requiredId,
});
