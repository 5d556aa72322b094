import { notFound, requireNetworkAdmin } from "../auth/authorize.server";
import { parseId } from "../components/params";
import { findPerson } from "./people.server";

/** The person behind an admin URL, as a member of the admin's network; anyone else is 404. */
export async function requirePersonForAdmin(request: Request, params: { network?: string; userId?: string }) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const userId = parseId(params.userId);
  const person = userId ? await findPerson({ networkId: viewer.networkId, userId }) : null;
  if (!person) notFound();
  return { viewer, person };
}
