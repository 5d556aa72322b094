import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { OfferEditor } from "~/offers/offer-editor";
import { editorChoices, offerEditorAction } from "~/offers/offer-editor.server";

export const meta: MetaFunction = () => [{ title: "Neues Angebot – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  return { networkSlug: viewer.networkSlug, ...(await editorChoices(viewer)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  return offerEditorAction(viewer, request, null);
}

export default function NewOffer() {
  const { networkSlug, organisations, groups } = useLoaderData<typeof loader>();
  const t = useT();
  const board = `/n/${networkSlug}/offers`;
  return (
    <>
      <p>
        <Link to={board}>{t("offers.backToBoard")}</Link>
      </p>
      <h1>{t("offers.newTitle")}</h1>
      {organisations.length === 0 ? (
        <p className="notice notice--info">{t("offers.noOrganisation")}</p>
      ) : (
        <OfferEditor organisations={organisations} groups={groups} cancelTo={board} />
      )}
    </>
  );
}
