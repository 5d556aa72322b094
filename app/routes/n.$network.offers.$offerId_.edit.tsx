import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { OfferEditor } from "~/offers/offer-editor";
import { editorChoices, offerEditorAction, offerFormValues, requireEditableOffer } from "~/offers/offer-editor.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Angebot"} bearbeiten – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const offer = await requireEditableOffer(viewer, params.offerId);
  const choices = await editorChoices(viewer);
  // An admin editing another organisation's offer keeps that organisation selectable.
  const organisations = choices.organisations.some((o) => o.id === offer.organisation_id)
    ? choices.organisations
    : [...choices.organisations, { id: offer.organisation_id, name: offer.organisation_name }];
  return {
    networkSlug: viewer.networkSlug,
    id: offer.id,
    title: offer.title,
    version: offer.version,
    values: offerFormValues(offer),
    organisations,
    groups: choices.groups,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const offer = await requireEditableOffer(viewer, params.offerId);
  return offerEditorAction(viewer, request, offer.id);
}

export default function EditOffer() {
  const { networkSlug, id, title, version, values, organisations, groups } = useLoaderData<typeof loader>();
  const t = useT();
  const page = `/n/${networkSlug}/offers/${id}`;
  return (
    <>
      <p>
        <Link to={page}>{t("offers.backToOffer")}</Link>
      </p>
      <h1>{t("offers.editTitle", { title })}</h1>
      <OfferEditor values={values} version={version} organisations={organisations} groups={groups} cancelTo={page} />
    </>
  );
}
