import type { LoaderFunctionArgs } from "@remix-run/node";
import { jsonFeed, requireFeedNetwork } from "~/offers/feeds.server";

// JSON Feed 1.1 of the current published offers; only while the network's public board is on.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const network = await requireFeedNetwork(params.network);
  return new Response(JSON.stringify(await jsonFeed(network, new URL(request.url).origin)), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
