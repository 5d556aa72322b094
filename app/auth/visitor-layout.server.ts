import { db } from "../db.server";
import { getSignedIn } from "./session.server";

/**
 * The network layout for a visitor of a page open to the public (the public offer board, the
 * legal pages): null for an active member of the network, who gets the member layout as usual.
 */
export async function visitorLayout(request: Request, network: { id: number; slug: string; name: string }) {
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
  return { network: { slug: network.slug, name: network.name, role: "member" as const }, networks: [], isAdmin: false };
}
