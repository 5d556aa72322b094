import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import { notFound } from "../auth/authorize.server";
import type { Viewer } from "../auth/permissions";
import { getSignedIn } from "../auth/session.server";
import { findCalendarToken, findCalendarTokenForNetwork } from "./tokens.server";

// Who may read a calendar file. Calendar programs cannot sign in, so feeds accept the
// personal token; everything else answers 404 (a feed does not reveal that it exists) —
// unless the network made its calendar public, then group feeds are open to anyone.

/** A network by slug, or 404. */
export async function requireCalendarNetwork(slug: string | undefined) {
  const network = slug
    ? await db.selectFrom("networks").select(["id", "slug", "name", "public_calendar"]).where("slug", "=", slug).executeTakeFirst()
    : undefined;
  if (!network) notFound();
  return network;
}

/**
 * A group feed reader: the personal token in `?token=` of an active member of the network,
 * or a signed-in active member; where the network's calendar is public, anyone else too.
 * A token that is given must be valid (a revoked one stays 404, public or not).
 * Returns an identity for the ETag ("token:12" / "user:3" / "public").
 */
export async function requireGroupFeedReader(request: Request, network: { id: number; public_calendar: number }): Promise<string> {
  const networkId = network.id;
  const token = new URL(request.url).searchParams.get("token");
  if (token) {
    const found = await findCalendarTokenForNetwork(token, networkId);
    if (!found) notFound();
    return `token:${found.id}`;
  }
  const signedIn = await getSignedIn(request);
  const member = signedIn
    ? await db
        .selectFrom("network_members")
        .select("id")
        .where("network_id", "=", networkId)
        .where("user_id", "=", signedIn.user.id)
        .where("active", "=", 1)
        .executeTakeFirst()
    : undefined;
  if (signedIn && member) return `user:${signedIn.user.id}`;
  if (network.public_calendar === 1) return "public";
  notFound();
}

/** Whether the network's group feeds are open without token or session. */
export async function isCalendarPublic(networkId: number): Promise<boolean> {
  const row = await db.selectFrom("networks").select("public_calendar").where("id", "=", networkId).executeTakeFirst();
  return row?.public_calendar === 1;
}

/** The network admin opens or closes the group feeds for readers without token or session. */
export async function setPublicCalendar(viewer: Viewer, on: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("networks").set({ public_calendar: on ? 1 : 0 }).where("id", "=", viewer.networkId).execute();
    await recordAudit({ networkId: viewer.networkId, actorUserId: viewer.userId, action: "network.public_calendar_changed", details: { on } }, trx);
  });
}

/** `/calendar/<token>.ics`: the active token's owner, or 404. */
export async function requirePersonalFeed(file: string | undefined) {
  const match = /^(.+)\.ics$/.exec(file ?? "");
  const found = match ? await findCalendarToken(match[1]) : undefined;
  if (!found) notFound();
  return found;
}
