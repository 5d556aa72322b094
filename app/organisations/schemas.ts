import { formValidator } from "../components/form-validator";
import { z } from "zod";
import { organisationKinds } from "./kinds";

// The organisation editor's form (create and edit share it). Browser-safe: no server imports.
// Messages are i18n keys; the field components translate them.

/** Languages an organisation can tick, as ISO 639-1 codes; stored comma separated in this order. */
export const organisationLanguages = ["de", "en", "ar", "fa", "uk", "ru", "tr", "ti", "so", "ps", "ku", "fr", "pl", "vi"] as const;
export type OrganisationLanguage = (typeof organisationLanguages)[number];

/** Empty and whitespace-only inputs count as "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, "validation.tooLong").optional());

/** A choice from a fixed list: empty → "required", anything else unknown → "invalid choice". */
export function choice<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string({ required_error: "validation.required", invalid_type_error: "validation.invalidChoice" })
    .min(1, "validation.required")
    .pipe(z.enum(values, { errorMap: () => ({ message: "validation.invalidChoice" }) }));
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

const languages = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string(), { invalid_type_error: "validation.invalidChoice" })
    .refine((list) => list.every((l) => (organisationLanguages as readonly string[]).includes(l)), "validation.invalidChoice")
    // Stored in the fixed order of the list, each code once.
    .transform((list) => organisationLanguages.filter((l) => list.includes(l))),
);

export const organisationSchema = z.object({
  kind: choice(organisationKinds),
  name: z
    .string({ required_error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(200, "validation.tooLong"),
  shortName: optionalText(80),
  contactEmail: z.preprocess(
    blankToUndefined,
    z.string().trim().max(254, "validation.tooLong").email("validation.email").optional(),
  ),
  contactPhone: optionalText(60),
  address: optionalText(300),
  website: z.preprocess(
    blankToUndefined,
    z.string().trim().max(500, "validation.tooLong").refine(isWebAddress, "validation.url").optional(),
  ),
  languages,
});

export type OrganisationInput = z.infer<typeof organisationSchema>;
export const organisationValidator = formValidator(organisationSchema);
