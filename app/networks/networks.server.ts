import { db } from "../db.server";

/** A network by its URL slug, with what its public pages need; undefined if there is none. */
export async function findNetworkBySlug(slug: string | undefined) {
  if (!slug) return undefined;
  return db.selectFrom("networks").select(["id", "slug", "name", "city", "public_offers"]).where("slug", "=", slug).executeTakeFirst();
}
