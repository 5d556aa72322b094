import { db } from "~/db.server";

// Ids of the seeded demo data, looked up by what the tests know them by (slug, name, e-mail).
// Each lookup throws when the row is missing, so a renamed seed fails loudly.

/** The network with this slug ("halle", "vogtland"). */
export async function networkId(slug: string) {
  return (await db.selectFrom("networks").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
}

/** The group with this slug in the network with this slug. */
export async function groupId(slug: string, network = "halle") {
  const row = await db
    .selectFrom("groups")
    .innerJoin("networks", "networks.id", "groups.network_id")
    .select("groups.id")
    .where("networks.slug", "=", network)
    .where("groups.slug", "=", slug)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The organisation with this (unique in the demo data) name. */
export async function organisationId(name: string) {
  return (await db.selectFrom("organisations").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
}

/** The account with this e-mail address. */
export async function userId(email: string) {
  return (await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
}

/** The organisation a person is affiliated with in a network. */
export async function affiliatedOrganisationId(email: string, networkId: number) {
  const row = await db
    .selectFrom("affiliations")
    .innerJoin("users", "users.id", "affiliations.user_id")
    .select("affiliations.organisation_id")
    .where("users.email", "=", email)
    .where("affiliations.network_id", "=", networkId)
    .executeTakeFirstOrThrow();
  return row.organisation_id;
}

/** The audit events of one action on one subject (a group, an organisation …). */
export async function auditEventsFor(subjectType: string, action: string, subjectId: number) {
  return db
    .selectFrom("audit_events")
    .selectAll()
    .where("action", "=", action)
    .where("subject_type", "=", subjectType)
    .where("subject_id", "=", String(subjectId))
    .execute();
}
