import type { LoaderFunctionArgs } from "@remix-run/node";
import { atomFeed, requireFeedNetwork } from "~/offers/feeds.server";

// Atom feed of the current published offers; only while the network's public board is on.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const network = await requireFeedNetwork(params.network);
  return new Response(await atomFeed(network, new URL(request.url).origin), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
