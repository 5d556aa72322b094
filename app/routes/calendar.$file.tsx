import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePersonalFeed } from "~/calendar/access.server";
import { buildFeed } from "~/calendar/events";
import { calendarResponse, feedWindowStart, personalFeedFingerprint, personalMeetingIds } from "~/calendar/feeds.server";

// The personal feed /calendar/<token>.ics: every meeting of every group of the person's
// organisations (and their own memberships), in all their networks, each once. The token
// is the only credential; unknown or revoked tokens answer 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = await requirePersonalFeed(params.file);
  const origin = new URL(request.url).origin;
  const identity = `token:${token.id}|${origin}`;
  return calendarResponse({
    request,
    ids: personalMeetingIds(token.user_id, feedWindowStart()),
    identity,
    // Calendar programs poll this most: the 304 comes from the groups' change counters.
    fingerprint: () => personalFeedFingerprint(token.user_id, identity),
    filename: "netzwerkstatt.ics",
    build: (meetings) => buildFeed({ name: "Netzwerkstatt – meine Sitzungen", meetings, origin }),
  });
}
