import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember, requireWorkPackageSteering } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { Link } from "~/components/link";
import { Pagination } from "~/components/pagination";
import { useT } from "~/i18n/use-translation";
import { requestedPage } from "~/paging";
import { workPackageStatuses } from "~/work-packages/state-machine";
import { dashboard } from "~/work-packages/work-packages.server";
import { PackageTable } from "~/work-packages/views";

export const meta: MetaFunction = () => [{ title: "Übersicht der Steuerungsgruppe – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  requireWorkPackageSteering(viewer);
  const overduePage = requestedPage(new URL(request.url).searchParams, "overdue");
  return { networkSlug: viewer.networkSlug, ...(await dashboard(viewer.networkId, new Date(), overduePage)) };
}

const shown = workPackageStatuses.filter((s) => s !== "draft");

export default function WorkPackageDashboard() {
  const { networkSlug, byStatus, byGroup, medianDays, decidedCount, overdue, overdueTotal, overduePages } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <p>
        <Link to={`/n/${networkSlug}/work-packages`}>{t("workPackages.backToList")}</Link>
      </p>
      <h1>{t("workPackages.dashboard")}</h1>
      <section className="card" aria-labelledby="median-heading">
        <h2 id="median-heading">{t("workPackages.median")}</h2>
        <p>{medianDays === null ? t("workPackages.medianNone") : t("workPackages.medianValue", { days: medianDays.toLocaleString("de-DE"), count: decidedCount })}</p>
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="by-status-heading">
          <h2 id="by-status-heading">{t("workPackages.byStatus")}</h2>
          <DataTable columns={[t("workPackages.col.status"), t("workPackages.col.count")]}>
            {shown.map((s) => (
              <tr key={s}>
                <td>{t(`workPackages.status.${s}`)}</td>
                <td>{byStatus[s] ?? 0}</td>
              </tr>
            ))}
          </DataTable>
        </section>
        <section className="card" aria-labelledby="by-group-heading">
          <h2 id="by-group-heading">{t("workPackages.byGroup")}</h2>
          <DataTable columns={[t("workPackages.col.group"), t("workPackages.col.total"), ...shown.map((s) => t(`workPackages.status.${s}`))]}>
            {byGroup.map((g) => (
              <tr key={g.id}>
                <td>
                  <Link to={`/n/${networkSlug}/groups/${g.slug}`}>{g.name}</Link>
                </td>
                <td>{g.total}</td>
                {shown.map((s) => (
                  <td key={s}>{g.byStatus[s] ?? 0}</td>
                ))}
              </tr>
            ))}
          </DataTable>
        </section>
      </div>
      <section className="card" aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{t("workPackages.overdueList")}</h2>
        {overduePages.pageCount > 1 ? <p>{t("workPackages.overdueTotal", { total: overdueTotal })}</p> : null}
        {overdue.length === 0 ? <p>{t("workPackages.overdueEmpty")}</p> : <PackageTable packages={overdue.map((p) => ({ ...p, overdue: true }))} networkSlug={networkSlug} />}
        <Pagination label={t("workPackages.overduePagination")} page={overduePages.page} pageCount={overduePages.pageCount} hrefOf={(n) => `?overdue=${n}#overdue-heading`} />
      </section>
    </>
  );
}
