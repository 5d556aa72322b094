import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { GroupEditor } from "~/groups/group-editor";
import { groupEditorAction } from "~/groups/group-editor.server";
import { useT } from "~/i18n/use-translation";

export const meta: MetaFunction = () => [{ title: "Neues Gremium – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  return { networkSlug: viewer.networkSlug };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  return groupEditorAction(viewer, request, null);
}

export default function NewGroup() {
  const { networkSlug } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("groupEditor.new")}</h1>
      <GroupEditor cancelTo={`/n/${networkSlug}/admin/groups`} />
    </>
  );
}
