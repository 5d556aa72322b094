import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { Link } from "~/components/link";
import { Pagination } from "~/components/pagination";
import { useT } from "~/i18n/use-translation";
import { isOrganisationKind } from "~/organisations/kinds";
import { organisationDirectoryPage } from "~/organisations/organisations.server";
import { requestedPage } from "~/paging";

export const meta: MetaFunction = () => [{ title: "Organisationen verwalten – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const page = requestedPage(new URL(request.url).searchParams);
  return { networkSlug: viewer.networkSlug, ...(await organisationDirectoryPage(viewer.networkId, { page })) };
}

export default function AdminOrganisations() {
  const { networkSlug, organisations, total, page, pageCount } = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${networkSlug}/admin/organisations`;
  return (
    <>
      <h1>{t("orgEditor.listTitle")}</h1>
      <p className="actions">
        <Link className="button button--primary" to={`${base}/new`}>
          {t("orgEditor.new")}
        </Link>
      </p>
      <p role="status">{t("orgs.count", { count: total })}</p>
      <DataTable columns={[t("orgEditor.name"), t("orgs.kind"), t("orgs.languages"), t("orgEditor.page")]}>
        {organisations.map((o) => (
          <tr key={o.id}>
            <td>
              <Link to={`${base}/${o.id}`}>{o.name}</Link>
              {o.short_name ? <span className="muted"> ({o.short_name})</span> : null}
            </td>
            <td>{isOrganisationKind(o.kind) ? t(`orgKind.${o.kind}`) : o.kind}</td>
            <td>{o.languages.split(",").filter(Boolean).join(", ")}</td>
            <td>
              <Link to={`/n/${networkSlug}/organisations/${o.id}`} aria-label={`${t("orgEditor.page")}: ${o.name}`}>
                {t("orgEditor.page")}
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination label={t("orgs.pagination")} page={page} pageCount={pageCount} hrefOf={(n) => `?page=${n}`} />
    </>
  );
}
