import { db } from "../db.server";

export async function listOrganisations(networkId: number, kind?: string) {
  let query = db
    .selectFrom("organisations")
    .select(["id", "kind", "name", "short_name", "languages"])
    .where("network_id", "=", networkId);
  if (kind) query = query.where("kind", "=", kind);
  return query.orderBy("name").execute();
}

export async function findOrganisation(networkId: number, id: number) {
  return db
    .selectFrom("organisations")
    .select(["id", "kind", "name", "short_name", "contact_email", "contact_phone", "address", "website", "languages", "updated_at"])
    .where("network_id", "=", networkId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** An organisation's page: its groups (with tier) and its active people. */
export async function organisationProfile(networkId: number, organisationId: number) {
  const groups = await db
    .selectFrom("group_memberships")
    .innerJoin("groups", "groups.id", "group_memberships.group_id")
    .select(["groups.slug", "groups.name", "groups.kind", "group_memberships.tier"])
    .where("group_memberships.network_id", "=", networkId)
    .where("group_memberships.organisation_id", "=", organisationId)
    .orderBy("groups.name")
    .execute();
  const people = await db
    .selectFrom("affiliations")
    .innerJoin("users", "users.id", "affiliations.user_id")
    .innerJoin("network_members", (join) =>
      join.onRef("network_members.user_id", "=", "affiliations.user_id").onRef("network_members.network_id", "=", "affiliations.network_id"),
    )
    .select(["users.id", "users.name", "users.email", "affiliations.position"])
    .where("affiliations.network_id", "=", networkId)
    .where("affiliations.organisation_id", "=", organisationId)
    .where("network_members.active", "=", 1)
    .orderBy("users.name")
    .execute();
  return { groups, people };
}

export function parseLanguages(value: string): string[] {
  return value.split(",").map((l) => l.trim()).filter(Boolean);
}
