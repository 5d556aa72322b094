import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { useT } from "~/i18n/use-translation";
import { OrganisationEditor } from "~/organisations/organisation-editor";
import { organisationEditorAction } from "~/organisations/organisation-editor.server";

export const meta: MetaFunction = () => [{ title: "Neue Organisation – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  return { networkSlug: viewer.networkSlug };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  return organisationEditorAction(viewer, request, null);
}

export default function NewOrganisation() {
  const { networkSlug } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("orgEditor.new")}</h1>
      <OrganisationEditor cancelTo={`/n/${networkSlug}/admin/organisations`} />
    </>
  );
}
