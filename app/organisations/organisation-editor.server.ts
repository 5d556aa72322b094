import { redirect } from "@remix-run/node";
import { sql } from "kysely";
import { validationError } from "remix-validated-form";
import { recordAudit } from "~/audit/audit.server";
import { notFound } from "~/auth/authorize.server";
import type { Viewer } from "~/auth/permissions";
import { parseId } from "~/components/params";
import { db } from "~/db.server";
import { isOrganisationKind } from "./kinds";
import { findOrganisation, parseLanguages } from "./organisations.server";
import { organisationValidator, type OrganisationInput } from "./schemas";

// The one action behind "new organisation" and "edit organisation". The route has already
// checked that the viewer is a network admin; everything here is scoped to the viewer's network.

/** The organisation of the URL in the viewer's network, or a 404 (also for other networks' ids). */
export async function requireEditableOrganisation(networkId: number, orgIdParam: string | undefined) {
  const id = parseId(orgIdParam);
  const organisation = id ? await findOrganisation(networkId, id) : undefined;
  if (!organisation) notFound();
  return organisation;
}

/** Default values of the editor form for an existing organisation. */
export function organisationFormValues(o: Awaited<ReturnType<typeof requireEditableOrganisation>>) {
  return {
    kind: isOrganisationKind(o.kind) ? o.kind : undefined,
    name: o.name,
    shortName: o.short_name ?? "",
    contactEmail: o.contact_email ?? "",
    contactPhone: o.contact_phone ?? "",
    address: o.address ?? "",
    website: o.website ?? "",
    languages: parseLanguages(o.languages),
  };
}

function columns(input: OrganisationInput) {
  return {
    kind: input.kind,
    name: input.name,
    short_name: input.shortName ?? null,
    contact_email: input.contactEmail ?? null,
    contact_phone: input.contactPhone ?? null,
    address: input.address ?? null,
    website: input.website ?? null,
    languages: input.languages.join(","),
  };
}

async function nameTaken(networkId: number, name: string, exceptId: number | null) {
  let query = db
    .selectFrom("organisations")
    .select("id")
    .where("network_id", "=", networkId)
    .where(sql<string>`lower(name)`, "=", name.toLowerCase());
  if (exceptId) query = query.where("id", "!=", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

function isUniqueViolation(error: unknown) {
  return error instanceof Error && "code" in error && String((error as { code: unknown }).code).startsWith("SQLITE_CONSTRAINT_UNIQUE");
}

type SaveOutcome = { ok: true; id: number } | { ok: false; reason: "nameTaken" };

/** Creates (organisationId null) or updates an organisation of the viewer's network, with its audit event. */
export async function saveOrganisation(viewer: Viewer, organisationId: number | null, input: OrganisationInput): Promise<SaveOutcome> {
  if (await nameTaken(viewer.networkId, input.name, organisationId)) return { ok: false, reason: "nameTaken" };
  const values = columns(input);
  try {
    return await db.transaction().execute(async (trx) => {
      if (organisationId === null) {
        const { id } = await trx
          .insertInto("organisations")
          .values({ network_id: viewer.networkId, ...values })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(
          { networkId: viewer.networkId, actorUserId: viewer.userId, action: "organisation.created", subject: { type: "organisation", id }, details: { name: values.name } },
          trx,
        );
        return { ok: true as const, id };
      }
      const before = await trx
        .selectFrom("organisations")
        .select(["kind", "name", "short_name", "contact_email", "contact_phone", "address", "website", "languages"])
        .where("network_id", "=", viewer.networkId)
        .where("id", "=", organisationId)
        .executeTakeFirst();
      if (!before) notFound();
      await trx
        .updateTable("organisations")
        .set({ ...values, updated_at: new Date().toISOString() })
        .where("network_id", "=", viewer.networkId)
        .where("id", "=", organisationId)
        .execute();
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => before[k] !== values[k]);
      await recordAudit(
        {
          networkId: viewer.networkId,
          actorUserId: viewer.userId,
          action: "organisation.updated",
          subject: { type: "organisation", id: organisationId },
          details: { name: values.name, changed },
        },
        trx,
      );
      return { ok: true as const, id: organisationId };
    });
  } catch (error) {
    // Two admins saving the same name at once: the database's unique constraint decides.
    if (isUniqueViolation(error)) return { ok: false, reason: "nameTaken" };
    throw error;
  }
}

/**
 * The editor's action: validate → save → redirect to the organisation's page. On bad input it
 * answers 422 with one message per field and the submitted values, so the form refills
 * without JavaScript.
 */
export async function organisationEditorAction(viewer: Viewer, request: Request, organisationId: number | null) {
  const result = await organisationValidator.validate(await request.formData());
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await saveOrganisation(viewer, organisationId, result.data);
  if (!outcome.ok) {
    return validationError({ fieldErrors: { name: "orgEditor.nameTaken" }, formId: result.formId }, result.submittedData);
  }
  throw redirect(`/n/${viewer.networkSlug}/organisations/${outcome.id}`);
}
