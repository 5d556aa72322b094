import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { Pagination } from "~/components/pagination";
import { useT } from "~/i18n/use-translation";
import { isOrganisationKind, organisationKinds } from "~/organisations/kinds";
import { organisationDirectoryPage } from "~/organisations/organisations.server";
import { requestedPage } from "~/paging";

export const meta: MetaFunction = () => [{ title: "Organisationen – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const query = new URL(request.url).searchParams;
  const requested = query.get("kind") ?? "";
  // An unknown kind in the URL is ignored rather than answered with an error.
  const kind = isOrganisationKind(requested) ? requested : "";
  const directory = await organisationDirectoryPage(viewer.networkId, { kind: kind || undefined, page: requestedPage(query) });
  return { networkSlug: viewer.networkSlug, kind, ...directory };
}

export default function OrganisationsDirectory() {
  const { networkSlug, kind, organisations, total, page, pageCount } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("orgs.title")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="kind">{t("orgs.filterKind")}</label>
          <select id="kind" name="kind" defaultValue={kind}>
            <option value="">{t("orgs.allKinds")}</option>
            {organisationKinds.map((k) => (
              <option key={k} value={k}>
                {t(`orgKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("orgs.filter")}
        </button>
      </Form>
      <p role="status">{t("orgs.count", { count: total })}</p>
      {organisations.length === 0 ? (
        <p>{t("orgs.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("orgs.title")}</th>
                <th scope="col">{t("orgs.kind")}</th>
                <th scope="col">{t("orgs.languages")}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/n/${networkSlug}/organisations/${o.id}`}>{o.name}</Link>
                    {o.short_name ? <span className="muted"> ({o.short_name})</span> : null}
                  </td>
                  <td>{isOrganisationKind(o.kind) ? t(`orgKind.${o.kind}`) : o.kind}</td>
                  <td>{o.languages.split(",").filter(Boolean).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination label={t("orgs.pagination")} page={page} pageCount={pageCount} hrefOf={(n) => `?${new URLSearchParams(kind ? { kind, page: String(n) } : { page: String(n) })}`} />
    </>
  );
}
