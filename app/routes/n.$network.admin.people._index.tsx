import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { listPeople, PEOPLE_LIST_LIMIT } from "~/people/people.server";

export const meta: MetaFunction = () => [{ title: "Personen – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const { people, truncated } = await listPeople({ networkId: viewer.networkId, query });
  const deleted = new URL(request.url).searchParams.get("deleted") === "1";
  return { base: `/n/${viewer.networkSlug}/admin`, query, people, truncated, deleted };
}

export default function PeopleList() {
  const { base, query, people, truncated, deleted } = useLoaderData<typeof loader>();
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
      <p role="status">{query ? t("people.countFiltered", { count: people.length, query }) : t("people.count", { count: people.length })}</p>
      {truncated ? <p className="notice notice--info">{t("people.truncated", { limit: PEOPLE_LIST_LIMIT })}</p> : null}
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
    </>
  );
}
