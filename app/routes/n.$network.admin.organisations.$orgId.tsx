import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { OrganisationEditor } from "~/organisations/organisation-editor";
import {
  organisationEditorAction,
  organisationFormValues,
  requireEditableOrganisation,
} from "~/organisations/organisation-editor.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? "Organisation"} bearbeiten – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const organisation = await requireEditableOrganisation(viewer.networkId, params.orgId);
  return { networkSlug: viewer.networkSlug, id: organisation.id, name: organisation.name, values: organisationFormValues(organisation) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const organisation = await requireEditableOrganisation(viewer.networkId, params.orgId);
  return organisationEditorAction(viewer, request, organisation.id);
}

export default function EditOrganisation() {
  const { networkSlug, id, name, values } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("orgEditor.editTitle", { name })}</h1>
      <p>
        <Link to={`/n/${networkSlug}/organisations/${id}`}>{t("orgEditor.page")}</Link>
      </p>
      <OrganisationEditor values={values} cancelTo={`/n/${networkSlug}/admin/organisations`} />
    </>
  );
}
