import { visitorLayout } from "~/auth/visitor-layout.server";
import { findNetworkBySlug } from "~/networks/networks.server";

/**
 * The network layout for a visitor of the public offer board: anyone who is not a member of
 * the network, on an /offers page, while the network's public board is on. Null otherwise
 * (the layout then requires membership as usual).
 */
export async function publicOfferLayout(request: Request, networkSlug: string | undefined) {
  if (!networkSlug) return null;
  const path = new URL(request.url).pathname;
  const prefix = `/n/${networkSlug}/offers`;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return null;
  const network = await findNetworkBySlug(networkSlug);
  if (!network || network.public_offers !== 1) return null;
  return visitorLayout(request, network);
}
