// Organisation kinds as DESIGN section 3 lists them; labels live in the locale files.
export const organisationKinds = [
  "authority",
  "job_centre",
  "employment_agency",
  "counselling",
  "education_provider",
  "language_course_provider",
  "chamber",
  "mso",
  "welfare_association",
  "project_provider",
  "volunteer_initiative",
  "faith_community",
  "employer",
  "other",
] as const;

export type OrganisationKind = (typeof organisationKinds)[number];

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (organisationKinds as readonly string[]).includes(value);
}
