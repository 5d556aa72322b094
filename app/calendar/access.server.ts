import { db } from "../db.server";
import { notFound } from "../auth/authorize.server";
import { getSignedIn } from "../auth/session.server";
import { findCalendarToken, findCalendarTokenForNetwork } from "./tokens.server";

// Who may read a calendar file. Calendar programs cannot sign in, so feeds accept the
// personal token; everything else answers 404 (a feed does not reveal that it exists).

/** A network by slug, or 404. */
export async function requireCalendarNetwork(slug: string | undefined) {
  const network = slug
    ? await db.selectFrom("networks").select(["id", "slug", "name"]).where("slug", "=", slug).executeTakeFirst()
    : undefined;
  if (!network) notFound();
  return network;
}

/**
 * A group feed reader: the personal token in `?token=` of an active member of the network,
 * or a signed-in active member. Returns an identity for the ETag ("token:12" / "user:3").
 */
export async function requireGroupFeedReader(request: Request, networkId: number): Promise<string> {
  const token = new URL(request.url).searchParams.get("token");
  if (token) {
    const found = await findCalendarTokenForNetwork(token, networkId);
    if (!found) notFound();
    return `token:${found.id}`;
  }
  const signedIn = await getSignedIn(request);
  if (!signedIn) notFound();
  const member = await db
    .selectFrom("network_members")
    .select("id")
    .where("network_id", "=", networkId)
    .where("user_id", "=", signedIn.user.id)
    .where("active", "=", 1)
    .executeTakeFirst();
  if (!member) notFound();
  return `user:${signedIn.user.id}`;
}

/** `/calendar/<token>.ics`: the active token's owner, or 404. */
export async function requirePersonalFeed(file: string | undefined) {
  const match = /^(.+)\.ics$/.exec(file ?? "");
  const found = match ? await findCalendarToken(match[1]) : undefined;
  if (!found) notFound();
  return found;
}
