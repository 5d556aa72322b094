import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { forbidden, requireHostGroupMember } from "~/auth/authorize.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { answerInvitation, requireMeetingOfNetwork } from "~/meetings/invitations.server";

// Answers to an invitation: POST only, from the two buttons on the meeting page. Works
// without JavaScript: the answer is stored and the browser goes back to the meeting page.

const answerSchema = z.object({ response: z.enum(["attending", "declined"]) });

/** A GET (a reload, a bookmarked URL) shows the meeting, where the buttons are. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, meeting } = await requireMeetingOfNetwork(request, params);
  throw redirect(`/n/${viewer.networkSlug}/meetings/${meeting.id}`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, meeting } = await requireMeetingOfNetwork(request, params);
  requireHostGroupMember(viewer, meeting);
  const parsed = answerSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Bad Request", { status: 400 });
  const outcome = await answerInvitation({ viewer, meeting, response: parsed.data.response });
  if (!outcome.ok && outcome.reason === "not_invited") forbidden();
  const flag = outcome.ok ? "saved" : "closed";
  throw redirect(`/n/${viewer.networkSlug}/meetings/${meeting.id}?rsvp=${flag}#einladung`);
}

export default function Respond() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
