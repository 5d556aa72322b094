import { db } from "../db.server";
import { inGermanOrder } from "../i18n/german-order";
import { inIdOrder, keptOrders } from "../kept-order.server";
import { pageWithin } from "../paging";

/** The directory lists this many organisations per page; a large city has thousands. */
const ORGANISATION_PAGE_SIZE = 50;

interface SortedOrganisation {
  id: number;
  kind: string;
}

/** 100 networks of 3,000 organisations take a few MB. */
const directoryOrders = keptOrders<SortedOrganisation[]>(100);

/**
 * The network's organisations in German name order (SQLite cannot collate German), kept while
 * the network's counter in organisation_order_changes stands: triggers raise it when an
 * organisation is added, removed or renamed, or changes its kind (decision 021).
 */
async function sortedOrganisations(networkId: number): Promise<SortedOrganisation[]> {
  const counter = await db.selectFrom("organisation_order_changes").select("version").where("network_id", "=", networkId).executeTakeFirst();
  return directoryOrders.get(String(networkId), counter?.version ?? 0, async () => {
    const rows = await db.selectFrom("organisations").select(["id", "kind", "name"]).where("network_id", "=", networkId).execute();
    return inGermanOrder(rows).map(({ id, kind }) => ({ id, kind }));
  });
}

/** One page of the network's organisations (of one kind, if given) in German name order, with the total. */
export async function organisationDirectoryPage(networkId: number, opts: { kind?: string; page?: number } = {}) {
  const matching = (await sortedOrganisations(networkId)).filter((o) => !opts.kind || o.kind === opts.kind);
  const { page, pageCount, offset } = pageWithin(opts.page, matching.length, ORGANISATION_PAGE_SIZE);
  const ids = matching.slice(offset, offset + ORGANISATION_PAGE_SIZE).map((o) => o.id);
  const rows = ids.length
    ? await db.selectFrom("organisations").select(["id", "kind", "name", "short_name", "languages"]).where("network_id", "=", networkId).where("id", "in", ids).execute()
    : [];
  return { organisations: inIdOrder(ids, rows, (r) => r.id), total: matching.length, page, pageCount };
}

/**
 * Organisations of the network read by some other query, put in the directory's kept German
 * order instead of collating them again (thousands in a large city). The rows must belong to
 * the network; one that the kept order does not hold is left out, as the directory does.
 */
export async function inDirectoryOrder<T extends { id: number }>(networkId: number, rows: T[]): Promise<T[]> {
  return inIdOrder((await sortedOrganisations(networkId)).map((o) => o.id), rows, (r) => r.id);
}

/** The network's organisations in German name order, for selects and checkboxes. */
export async function organisationChoices(networkId: number) {
  return inDirectoryOrder(networkId, await db.selectFrom("organisations").select(["id", "name"]).where("network_id", "=", networkId).execute());
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
    .execute();
  return { groups: inGermanOrder(groups), people: inGermanOrder(people) };
}

export function parseLanguages(value: string): string[] {
  return value.split(",").map((l) => l.trim()).filter(Boolean);
}
