import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { useT } from "~/i18n/use-translation";

// Everything under /n/:network/admin is for network admins; the child routes check again
// in their own loaders and actions, because Remix runs them independently of this one.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireNetworkAdmin(request, params.network);
  return null;
}

export default function AdminLayout() {
  const t = useT();
  return (
    <>
      <nav aria-label={t("admin.title")} className="card">
        <ul className="admin-nav">
          <li><NavLink to="." end>{t("admin.title")}</NavLink></li>
          <li><NavLink to="organisations">{t("nav.organisations")}</NavLink></li>
          <li><NavLink to="people">{t("admin.people")}</NavLink></li>
          <li><NavLink to="invitations">{t("admin.invitations")}</NavLink></li>
          <li><NavLink to="groups">{t("nav.groups")}</NavLink></li>
          <li><NavLink to="outbox">{t("rsvp.outbox.title")}</NavLink></li>
          <li><NavLink to="settings">{t("offers.settings.title")}</NavLink></li>
          <li><NavLink to="audit">{t("audit.title")}</NavLink></li>
          <li><NavLink to="legal">{t("legal.admin.title")}</NavLink></li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
