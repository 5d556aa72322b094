import { sql } from "kysely";
import { db } from "../db.server";
import { findNetworkBySlug } from "../networks/networks.server";
import { recordAudit } from "../audit/audit.server";
import type { Viewer } from "../auth/permissions";
import { visitorLayout } from "../auth/visitor-layout.server";
import type { LegalPageKind } from "../../db/schema";
import { renderMarkdown } from "../offers/markdown.server";
import { defaultLegalText } from "./legal-defaults";

// A network's privacy notice and imprint: Markdown written by its admins, rendered safely,
// readable by anyone (legal pages must be public). A template stands in until one is written.

/** The stored text, or null while the network uses the template. */
async function storedLegalText(networkId: number, kind: LegalPageKind) {
  return db
    .selectFrom("legal_pages")
    .select(["body", "updated_at"])
    .where("network_id", "=", networkId)
    .where("kind", "=", kind)
    .executeTakeFirst();
}

/** The page as shown: safe HTML from the stored text or from the template. */
export async function legalPage(network: { id: number; name: string; city: string }, kind: LegalPageKind) {
  const stored = await storedLegalText(network.id, kind);
  const body = stored?.body ?? defaultLegalText(kind, network);
  return { html: renderMarkdown(body), isDefault: !stored, updatedAt: stored?.updated_at ?? null };
}

/** Both texts for the admin's editor (the template prefilled where none is stored). */
export async function legalTextsForEditing(network: { id: number; name: string; city: string }) {
  const [privacy, imprint] = await Promise.all([storedLegalText(network.id, "privacy"), storedLegalText(network.id, "imprint")]);
  return {
    privacy: privacy?.body ?? defaultLegalText("privacy", network),
    imprint: imprint?.body ?? defaultLegalText("imprint", network),
  };
}

export async function saveLegalText(viewer: Viewer, kind: LegalPageKind, body: string) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("legal_pages")
      .values({ network_id: viewer.networkId, kind, body, updated_by: viewer.userId })
      .onConflict((oc) =>
        oc.columns(["network_id", "kind"]).doUpdateSet({ body, updated_by: viewer.userId, updated_at: sql<string>`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` }),
      )
      .execute();
    await recordAudit({ networkId: viewer.networkId, actorUserId: viewer.userId, action: "legal_page.updated", details: { kind } }, trx);
  });
}

/**
 * The network layout for someone who is not a member, on a legal page: anyone may read
 * those. Null otherwise (the layout then requires membership as usual).
 */
export async function publicLegalLayout(request: Request, networkSlug: string | undefined) {
  if (!networkSlug) return null;
  if (!new URL(request.url).pathname.startsWith(`/n/${networkSlug}/legal/`)) return null;
  const network = await findNetworkBySlug(networkSlug);
  if (!network) return null;
  return visitorLayout(request, network);
}
