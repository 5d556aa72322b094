import { db } from "../db.server";
import { getSignedIn } from "./session.server";

/**
 * The network layout for a visitor of a page open to the public (the public offer board, the
 * legal pages): null for an active member of the network, who gets the member layout as usual.
 */
export async function visitorLayout(request: Request, network: { id: number; slug: string; name: string; public_offers: number }) {
  const signedIn = await getSignedIn(request);
  if (signedIn) {
    const member = await db
      .selectFrom("network_members")
      .select("id")
      .where("network_id", "=", network.id)
      .where("user_id", "=", signedIn.user.id)
      .where("active", "=", 1)
      .executeTakeFirst();
    if (member) return null;
  }
  // A visitor's navigation shows only what is open to them: the public board, if on.
  return {
    network: { slug: network.slug, name: network.name, role: "member" as const },
    networks: [],
    isAdmin: false,
    visitor: { publicOffers: network.public_offers === 1 },
  };
}
