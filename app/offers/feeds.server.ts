import { notFound } from "~/auth/authorize.server";
import { renderMarkdown } from "./markdown.server";
import { findNetworkBySlug } from "../networks/networks.server";
import { feedOffers } from "./offers.server";

// The public offer board as Atom (RFC 4287) and JSON Feed 1.1, for a city's website.
// Only published, current offers; only while the network's public board is switched on.

export interface FeedNetwork {
  id: number;
  slug: string;
  name: string;
  city: string;
}

export async function requireFeedNetwork(slug: string | undefined): Promise<FeedNetwork> {
  const network = await findNetworkBySlug(slug);
  if (!network || network.public_offers !== 1) notFound();
  return network;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // characters XML 1.0 does not allow
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

function feedTitle(network: FeedNetwork) {
  return `Angebote – ${network.name}`;
}

export async function atomFeed(network: FeedNetwork, origin: string, now = new Date()): Promise<string> {
  const offers = await feedOffers(network.id, now);
  const board = `${origin}/n/${network.slug}/offers`;
  const updated = offers.reduce((latest, o) => (o.updated_at > latest ? o.updated_at : latest), offers[0]?.updated_at ?? now.toISOString());
  const entries = offers.map((o) => {
    const url = `${board}/${o.id}`;
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title type="text">${escapeXml(o.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${escapeXml(o.published_at ?? o.updated_at)}</published>
    <updated>${escapeXml(o.updated_at)}</updated>
    <author><name>${escapeXml(o.organisation_name)}</name></author>
    <category term="${escapeXml(o.category)}"/>
    <summary type="text">${escapeXml(o.summary)}</summary>
    <content type="html">${escapeXml(renderMarkdown(o.body))}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <id>${escapeXml(board)}</id>
  <title type="text">${escapeXml(feedTitle(network))}</title>
  <subtitle type="text">${escapeXml(`Kurse, Beratung, Projekte und Veranstaltungen im Netzwerk ${network.name} (${network.city})`)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${board}/feed.atom`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(board)}"/>
  <updated>${escapeXml(updated)}</updated>
  <generator>Netzwerkstatt</generator>
${entries.join("\n")}
</feed>
`;
}

export async function jsonFeed(network: FeedNetwork, origin: string, now = new Date()) {
  const offers = await feedOffers(network.id, now);
  const board = `${origin}/n/${network.slug}/offers`;
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feedTitle(network),
    home_page_url: board,
    feed_url: `${board}/feed.json`,
    description: `Kurse, Beratung, Projekte und Veranstaltungen im Netzwerk ${network.name} (${network.city})`,
    language: "de",
    items: offers.map((o) => ({
      id: `${board}/${o.id}`,
      url: `${board}/${o.id}`,
      title: o.title,
      summary: o.summary,
      content_html: renderMarkdown(o.body),
      date_published: o.published_at ?? o.updated_at,
      date_modified: o.updated_at,
      authors: [{ name: o.organisation_name }],
      tags: [o.category],
      _netzwerkstatt: { valid_from: o.valid_from, valid_to: o.valid_to },
    })),
  };
}
