import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/authorize.server";

// Target of the network switch (GET /n?network=slug); the network page itself checks access.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const slug = new URL(request.url).searchParams.get("network") ?? "";
  throw redirect(/^[a-z0-9-]+$/.test(slug) ? `/n/${slug}` : "/");
}
