import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { GroupEditor } from "~/groups/group-editor";
import { groupEditorAction, groupFormValues, requireEditableGroup } from "~/groups/group-editor.server";
import { useT } from "~/i18n/use-translation";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? "Gremium"} bearbeiten – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const group = await requireEditableGroup(viewer.networkId, params.groupId);
  return { networkSlug: viewer.networkSlug, name: group.name, slug: group.slug, values: groupFormValues(group) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const group = await requireEditableGroup(viewer.networkId, params.groupId);
  return groupEditorAction(viewer, request, group.id);
}

export default function EditGroup() {
  const { networkSlug, name, slug, values } = useLoaderData<typeof loader>();
  const t = useT();
  const page = `/n/${networkSlug}/groups/${slug}`;
  return (
    <>
      <h1>{t("groupEditor.editTitle", { name })}</h1>
      <p className="actions">
        <Link to={page}>{t("groupEditor.page")}</Link>
        <Link to={`${page}/members`}>{t("groups.manageMembers")}</Link>
      </p>
      <GroupEditor values={values} cancelTo={`/n/${networkSlug}/admin/groups`} />
    </>
  );
}
