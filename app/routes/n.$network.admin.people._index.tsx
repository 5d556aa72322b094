import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { Pagination } from "~/components/pagination";
import { useT } from "~/i18n/use-translation";
import { pagedQuery, requestedPage } from "~/paging";
import { listPeople } from "~/people/people.server";

export const meta: MetaFunction = () => [{ title: "Personen – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const searchParams = new URL(request.url).searchParams;
  const query = (searchParams.get("q") ?? "").trim().slice(0, 100);
  const list = await listPeople({ networkId: viewer.networkId, query, page: requestedPage(searchParams) });
  return { base: `/n/${viewer.networkSlug}/admin`, query, ...list, deleted: searchParams.get("deleted") === "1" };
}

export default function PeopleList() {
  const { base, query, people, total, page, pageCount, deleted } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("people.title")}</h1>
      {deleted ? <FormMessage tone="success" message={t("privacy.delete.done")} /> : null}
      <p>{t("people.intro")}</p>
      <p>
        <Link to={`${base}/invitations`} className="button">
          {t("people.inviteSomeone")}
        </Link>
      </p>
      <Form method="get" action={`${base}/people`} className="filters" role="search">
        <div className="field">
          <label htmlFor="q">{t("people.filterLabel")}</label>
          <input id="q" name="q" type="search" defaultValue={query} />
        </div>
        <button type="submit" className="button">
          {t("people.filter")}
        </button>
        {query ? (
          <Link to={`${base}/people`} className="button">
            {t("people.resetFilter")}
          </Link>
        ) : null}
      </Form>
      <p role="status">{query ? t("people.countFiltered", { count: total, query }) : t("people.count", { count: total })}</p>
      {people.length === 0 ? (
        <p>{t("people.empty")}</p>
      ) : (
        <DataTable columns={[t("people.name"), t("people.email"), t("people.organisations"), t("people.role"), t("people.status")]}>
          {people.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`${base}/people/${p.id}`}>{p.name}</Link>
              </td>
              <td>{p.email}</td>
              <td>{p.organisations.length ? p.organisations.map((o) => o.name).join("; ") : t("app.none")}</td>
              <td>{t(`people.role.${p.role}`)}</td>
              <td>
                <span className={p.active ? "badge" : "badge badge--off"}>{p.active ? t("people.active") : t("people.deactivated")}</span>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        label={t("people.pagination")}
        page={page}
        pageCount={pageCount}
        hrefOf={(n) => `${base}/people${pagedQuery({ q: query }, n)}`}
      />
    </>
  );
}
