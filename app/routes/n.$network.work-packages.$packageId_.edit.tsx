import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember, requireWorkPackageAuthor } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { PackageEditor } from "~/work-packages/package-editor";
import { organisationChoices } from "~/organisations/organisations.server";
import { editPackageAction, requirePackage } from "~/work-packages/pages.server";
import { StatusBadge } from "~/work-packages/views";

export const meta: MetaFunction = () => [{ title: "Arbeitspaket bearbeiten – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const pkg = await requirePackage(viewer, params.packageId);
  requireWorkPackageAuthor(viewer, pkg);
  return { networkSlug: viewer.networkSlug, pkg, organisations: await organisationChoices(viewer.networkId) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const pkg = await requirePackage(viewer, params.packageId);
  return editPackageAction(viewer, request, pkg);
}

export default function EditWorkPackagePage() {
  const { networkSlug, pkg, organisations } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <p>
        <Link to={`/n/${networkSlug}/work-packages/${pkg.id}`}>{t("workPackages.backToPackage")}</Link>
      </p>
      <h1>{t("workPackages.editTitle")}</h1>
      <p>
        {pkg.title} <StatusBadge status={pkg.status} />
      </p>
      {pkg.status === "returned" && pkg.decision_rationale ? (
        <div className="notice notice--info">
          <p>
            <strong>{t("workPackages.questions")}</strong>
          </p>
          <p className="minutes-text">{pkg.decision_rationale}</p>
        </div>
      ) : null}
      <PackageEditor
        defaults={{
          title: pkg.title,
          problem: pkg.problem,
          request: pkg.request,
          responsibleOrganisationId: pkg.responsible_organisation_id ? String(pkg.responsible_organisation_id) : "",
          dueDate: pkg.due_date ?? "",
          priority: pkg.priority,
        }}
        organisations={organisations}
        version={pkg.version}
        submitLabel={t("workPackages.save")}
      />
    </>
  );
}
