import { redirect } from "@remix-run/node";
import { validationError } from "remix-validated-form";
import { forbidden, notFound, requireOfferEditor } from "~/auth/authorize.server";
import type { Viewer } from "~/auth/permissions";
import { parseId } from "~/components/params";
import { utcToLocal } from "~/meetings/local-time";
import type { OfferFormValues } from "./offer-editor";
import { findOffer, networkGroups, postingOrganisations, saveOffer, type OfferDetails } from "./offers.server";
import { offerValidator } from "./schemas";
import { isOneOf, translationLanguages } from "./vocab";

// The one action behind "new offer" and "edit offer", and the editor's loader data.

/** The offer of the URL in the viewer's network that the viewer may edit: 404 / 403 otherwise. */
export async function requireEditableOffer(viewer: Viewer, offerIdParam: string | undefined): Promise<OfferDetails> {
  const id = parseId(offerIdParam);
  const offer = id ? await findOffer(viewer.networkId, id) : undefined;
  if (!offer) notFound();
  requireOfferEditor(viewer, offer);
  return offer;
}

export async function editorChoices(viewer: Viewer) {
  const [organisations, groups] = await Promise.all([postingOrganisations(viewer), networkGroups(viewer.networkId)]);
  return { organisations, groups };
}

export function offerFormValues(o: OfferDetails): OfferFormValues {
  const translations: OfferFormValues["translations"] = {};
  for (const tr of o.translations) if (isOneOf(translationLanguages, tr.language)) translations[tr.language] = { title: tr.title, summary: tr.summary };
  return {
    organisationId: String(o.organisation_id),
    title: o.title,
    summary: o.summary,
    body: o.body,
    category: o.category,
    topics: o.topics,
    targets: o.targets,
    languages: o.languages,
    groupIds: o.groups.map((g) => String(g.id)),
    place: o.place ?? "",
    online: o.online === 1,
    validFrom: o.valid_from ?? "",
    validTo: o.valid_to ?? "",
    contact: o.contact ?? "",
    eventDates: o.eventDates.map((e) => {
      const start = utcToLocal(e.starts_at);
      return { date: start.date, start: start.time, end: utcToLocal(e.ends_at).time };
    }),
    translations,
  };
}

/** validate → save → redirect to the offer page; 422 with messages on bad input, 403 for a foreign organisation. */
export async function offerEditorAction(viewer: Viewer, request: Request, offerId: number | null) {
  const result = await offerValidator.validate(await request.formData());
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await saveOffer(viewer, offerId, result.data);
  if (!outcome.ok) {
    if (outcome.reason === "organisation") forbidden();
    const fieldErrors: Record<string, string> =
      outcome.reason === "groups" ? { groupIds: "validation.invalidChoice" } : { version: "offers.conflict" };
    return validationError({ fieldErrors, formId: result.formId }, result.submittedData);
  }
  throw redirect(`/n/${viewer.networkSlug}/offers/${outcome.id}?saved=1`);
}
