import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { Link } from "~/components/link";
import { listGroups } from "~/groups/groups.server";
import { useT } from "~/i18n/use-translation";

export const meta: MetaFunction = () => [{ title: "Gremien verwalten – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  return { networkSlug: viewer.networkSlug, groups: await listGroups(viewer.networkId) };
}

export default function AdminGroups() {
  const { networkSlug, groups } = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${networkSlug}/admin/groups`;
  return (
    <>
      <h1>{t("groupEditor.listTitle")}</h1>
      <p className="actions">
        <Link className="button button--primary" to={`${base}/new`}>
          {t("groupEditor.new")}
        </Link>
      </p>
      <p role="status">{t("admin.groupCount", { count: groups.length })}</p>
      <DataTable
        columns={[
          t("groupEditor.name"),
          t("groupEditor.kind"),
          t("groups.cadence"),
          t("groups.preparation"),
          t("groups.members"),
          t("memberships.title"),
        ]}
      >
        {groups.map((g) => (
          <tr key={g.id}>
            <td>
              <Link to={`${base}/${g.id}`}>{g.name}</Link>
              <br />
              <code>{g.slug}</code>
            </td>
            <td>{t(`groups.kindSingular.${g.kind}`)}</td>
            <td>{t(`groups.cadence.${g.cadence}` as "groups.cadence.quarterly")}</td>
            <td>{g.preparation.join(", ") || t("app.none")}</td>
            <td>{g.memberCount}</td>
            <td>
              <Link to={`/n/${networkSlug}/groups/${g.slug}/members`} aria-label={`${t("groups.manageMembers")}: ${g.name}`}>
                {t("groups.manageMembers")}
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
