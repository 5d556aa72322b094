import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { listNetworksOf } from "~/auth/accounts.server";
import { requireUser } from "~/auth/authorize.server";

// The start page sends a person to their (first) network; without one, to their account.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const networks = await listNetworksOf(user.id);
  throw redirect(networks.length ? `/n/${networks[0].slug}` : "/profile");
}
