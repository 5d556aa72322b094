import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { PackageEditor } from "~/work-packages/package-editor";
import { organisationChoices } from "~/organisations/organisations.server";
import { newPackageAction, newPackageSource } from "~/work-packages/pages.server";

export const meta: MetaFunction = () => [{ title: "Neues Arbeitspaket – Netzwerkstatt" }];

/** /n/:network/work-packages/new?group=fg-arbeit or ?item=<agenda item id> */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const url = new URL(request.url);
  const source = await newPackageSource(viewer, { group: url.searchParams.get("group"), item: url.searchParams.get("item") });
  return { networkSlug: viewer.networkSlug, ...source, organisations: await organisationChoices(viewer.networkId) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  return newPackageAction(viewer, request);
}

export default function NewWorkPackagePage() {
  const { networkSlug, group, item, defaults, organisations } = useLoaderData<typeof loader>();
  const t = useT();
  const hidden: Record<string, string> = { groupId: String(group.id) };
  if (item) hidden.agendaItemId = String(item.id);
  return (
    <>
      <p>
        {item ? (
          <Link to={`/n/${networkSlug}/meetings/${item.meetingId}`}>{item.meetingTitle}</Link>
        ) : (
          <Link to={`/n/${networkSlug}/groups/${group.slug}`}>{group.name}</Link>
        )}
      </p>
      <h1>{t("workPackages.newTitle", { group: group.name })}</h1>
      {item ? <p className="muted">{t("workPackages.fromItemHint", { item: item.title, meeting: item.meetingTitle })}</p> : null}
      <PackageEditor defaults={{ priority: "normal", ...defaults }} organisations={organisations} hidden={hidden} submitLabel={t("workPackages.createDraft")} />
    </>
  );
}
