import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { recordAudit } from "~/audit/audit.server";
import { endSession, getSignedIn } from "~/auth/session.server";

export async function loader() {
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const signedIn = await getSignedIn(request);
  const cookie = await endSession(request);
  if (signedIn) await recordAudit({ networkId: null, actorUserId: signedIn.user.id, action: "auth.sign_out" });
  throw redirect("/login", { headers: { "Set-Cookie": cookie } });
}
