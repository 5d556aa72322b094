import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireNetworkMember } from "~/auth/authorize.server";
import { buildMeetingFile } from "~/calendar/events";
import { calendarResponse, singleMeetingId } from "~/calendar/feeds.server";
import { parseId } from "~/components/params";

// "In den Kalender": one meeting as an .ics file (/n/:network/meetings/:meetingId.ics), for
// members of its network; another network's meeting answers 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const meetingId = parseId(params.meetingId);
  if (!meetingId) notFound();
  const origin = new URL(request.url).origin;
  return calendarResponse({
    request,
    ids: singleMeetingId(viewer.networkId, meetingId),
    identity: `meeting:${meetingId}|${origin}`,
    filename: `sitzung-${meetingId}.ics`,
    disposition: "attachment",
    requireAny: true,
    build: (meetings) => buildMeetingFile({ meeting: meetings[0], origin }),
  });
}
