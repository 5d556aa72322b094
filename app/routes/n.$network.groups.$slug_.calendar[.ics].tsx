import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/auth/authorize.server";
import { requireCalendarNetwork, requireGroupFeedReader } from "~/calendar/access.server";
import { buildFeed } from "~/calendar/events";
import { calendarResponse, feedWindowStart, groupMeetingIds } from "~/calendar/feeds.server";
import { findGroupBySlug } from "~/groups/groups.server";

// A group's feed (/n/:network/groups/:slug/calendar.ics): its meetings including joint
// sessions, 12 months back and all future ones. Read with a member's personal token
// (?token=…) by calendar programs, or with a member's session in the browser; by anyone
// where the network made its calendar public (admin settings); 404 otherwise.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const network = await requireCalendarNetwork(params.network);
  const reader = await requireGroupFeedReader(request, network);
  const group = await findGroupBySlug(network.id, params.slug ?? "");
  if (!group) notFound();
  const origin = new URL(request.url).origin;
  return calendarResponse({
    request,
    ids: groupMeetingIds(network.id, group.id, feedWindowStart()),
    identity: `group:${group.id}|${reader}|${origin}`,
    filename: `${group.slug}.ics`,
    build: (meetings) => buildFeed({ name: `${group.name} – ${network.name}`, meetings, origin }),
  });
}
