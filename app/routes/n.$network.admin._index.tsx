import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { adminOverview } from "~/admin/overview.server";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";

export const meta: MetaFunction = () => [{ title: "Verwaltung – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  return adminOverview(viewer.networkId);
}

export default function AdminHome() {
  const counts = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("admin.title")}</h1>
      <div className="grid">
        <section className="card">
          <h2><Link to="organisations">{t("nav.organisations")}</Link></h2>
          <p>{t("orgs.count", { count: counts.organisations })}</p>
        </section>
        <section className="card">
          <h2><Link to="people">{t("admin.people")}</Link></h2>
          <p>{t("admin.peopleCount", { count: counts.people })}</p>
        </section>
        <section className="card">
          <h2><Link to="invitations">{t("admin.invitations")}</Link></h2>
          <p>{t("admin.openInvitations", { count: counts.openInvitations })}</p>
        </section>
        <section className="card">
          <h2><Link to="groups">{t("nav.groups")}</Link></h2>
          <p>{t("admin.groupCount", { count: counts.groups })}</p>
        </section>
        <section className="card">
          <h2><Link to="audit">{t("audit.title")}</Link></h2>
          <p>{t("audit.intro")}</p>
        </section>
        <section className="card">
          <h2><Link to="legal">{t("legal.admin.title")}</Link></h2>
          <p>{t("legal.admin.teaser")}</p>
        </section>
      </div>
    </>
  );
}
