import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/authorize.server";
import { exportPersonalData } from "~/privacy/export.server";

// "Meine Daten herunterladen": everything stored about the signed-in person, as a download.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  const { body, fileName } = await exportPersonalData(user.id);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
