import { redirect } from "@remix-run/node";
import { validationError } from "remix-validated-form";
import { recordAudit } from "~/audit/audit.server";
import { notFound } from "~/auth/authorize.server";
import type { Viewer } from "~/auth/permissions";
import { parseId } from "~/components/params";
import { db } from "~/db.server";
import { groupCadences } from "./cadence";
import { findGroupById } from "./groups.server";
import { groupValidator, type GroupInput } from "./schemas";

// The one action behind "new group" and "edit group". The route has already checked that
// the viewer is a network admin; everything here is scoped to the viewer's network.

/** The group of the URL in the viewer's network, or a 404 (also for other networks' ids). */
export async function requireEditableGroup(networkId: number, groupIdParam: string | undefined) {
  const id = parseId(groupIdParam);
  const group = id ? await findGroupById(networkId, id) : undefined;
  if (!group) notFound();
  return group;
}

export function groupFormValues(g: Awaited<ReturnType<typeof requireEditableGroup>>) {
  const cadence = groupCadences.find((c) => c === g.cadence);
  return { kind: g.kind, name: g.name, slug: g.slug, mandate: g.mandate, cadence };
}

async function slugTaken(networkId: number, slug: string, exceptId: number | null) {
  let query = db.selectFrom("groups").select("id").where("network_id", "=", networkId).where("slug", "=", slug);
  if (exceptId) query = query.where("id", "!=", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

function isUniqueViolation(error: unknown) {
  return error instanceof Error && "code" in error && String((error as { code: unknown }).code).startsWith("SQLITE_CONSTRAINT_UNIQUE");
}

type SaveOutcome = { ok: true; slug: string } | { ok: false; reason: "slugTaken" };

/** Creates (groupId null) or updates a group of the viewer's network, with its audit event. */
export async function saveGroup(viewer: Viewer, groupId: number | null, input: GroupInput): Promise<SaveOutcome> {
  if (await slugTaken(viewer.networkId, input.slug, groupId)) return { ok: false, reason: "slugTaken" };
  const values = { kind: input.kind, name: input.name, slug: input.slug, mandate: input.mandate, cadence: input.cadence };
  try {
    return await db.transaction().execute(async (trx) => {
      if (groupId === null) {
        const { id } = await trx
          .insertInto("groups")
          .values({ network_id: viewer.networkId, ...values })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(
          { networkId: viewer.networkId, actorUserId: viewer.userId, action: "group.created", subject: { type: "group", id }, details: { name: values.name, slug: values.slug } },
          trx,
        );
        return { ok: true as const, slug: values.slug };
      }
      const before = await trx
        .selectFrom("groups")
        .select(["kind", "name", "slug", "mandate", "cadence"])
        .where("network_id", "=", viewer.networkId)
        .where("id", "=", groupId)
        .executeTakeFirst();
      if (!before) notFound();
      await trx
        .updateTable("groups")
        .set({ ...values, updated_at: new Date().toISOString() })
        .where("network_id", "=", viewer.networkId)
        .where("id", "=", groupId)
        .execute();
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => before[k] !== values[k]);
      await recordAudit(
        {
          networkId: viewer.networkId,
          actorUserId: viewer.userId,
          action: "group.updated",
          subject: { type: "group", id: groupId },
          details: { name: values.name, changed, ...(before.slug !== values.slug ? { previousSlug: before.slug } : {}) },
        },
        trx,
      );
      return { ok: true as const, slug: values.slug };
    });
  } catch (error) {
    // Two admins choosing the same slug at once: the database's unique constraint decides.
    if (isUniqueViolation(error)) return { ok: false, reason: "slugTaken" };
    throw error;
  }
}

/** The editor's action: validate → save → redirect to the group's page; 422 with field errors otherwise. */
export async function groupEditorAction(viewer: Viewer, request: Request, groupId: number | null) {
  const result = await groupValidator.validate(await request.formData());
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await saveGroup(viewer, groupId, result.data);
  if (!outcome.ok) {
    return validationError({ fieldErrors: { slug: "groupEditor.slugTaken" }, formId: result.formId }, result.submittedData);
  }
  throw redirect(`/n/${viewer.networkSlug}/groups/${outcome.slug}`);
}
