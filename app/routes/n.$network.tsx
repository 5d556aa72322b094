import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { listNetworksOf } from "~/auth/accounts.server";
import { requireNetworkMember } from "~/auth/authorize.server";
import { isNetworkAdmin } from "~/auth/permissions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { publicOfferLayout } from "~/offers/public.server";
import { publicLegalLayout } from "~/privacy/legal.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  // The public offer board (if the network switched it on) is readable without membership.
  const publicLayout = await publicOfferLayout(request, params.network);
  if (publicLayout) return publicLayout;
  // Datenschutz and Impressum are readable by anyone.
  const legalLayout = await publicLegalLayout(request, params.network);
  if (legalLayout) return legalLayout;
  const viewer = await requireNetworkMember(request, params.network);
  const networks = await listNetworksOf(viewer.userId);
  return {
    network: networks.find((n) => n.slug === viewer.networkSlug)!,
    networks,
    isAdmin: isNetworkAdmin(viewer),
    visitor: null,
  };
}

function NetworkSwitch({ networks, current }: { networks: { slug: string; name: string }[]; current: string }) {
  const t = useT();
  if (networks.length < 2) return null;
  // A GET form to /n: works without JavaScript, the server redirects to the chosen network.
  return (
    <Form method="get" action="/n" className="network-switch">
      <label htmlFor="network-switch">{t("app.switchNetwork")}</label>
      <select id="network-switch" name="network" defaultValue={current}>
        {networks.map((n) => (
          <option key={n.slug} value={n.slug}>
            {n.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button">
        {t("app.switchNetwork")}
      </button>
    </Form>
  );
}

/** A visitor who is not a member sees only what is open to them: the public board, if on. */
function VisitorLinks({ base, publicOffers }: { base: string; publicOffers: boolean }) {
  const t = useT();
  if (!publicOffers) return null;
  return (
    <ul>
      <li>
        <NavLink to={`${base}/offers`}>{t("offers.nav")}</NavLink>
      </li>
    </ul>
  );
}

function MemberLinks({ base, isAdmin }: { base: string; isAdmin: boolean }) {
  const t = useT();
  return (
    <ul>
      <li>
        <NavLink to={base} end>
          {t("nav.home")}
        </NavLink>
      </li>
      <li>
        <NavLink to={`${base}/groups`}>{t("nav.groups")}</NavLink>
      </li>
      <li>
        <NavLink to={`${base}/meetings`}>{t("nav.meetings")}</NavLink>
      </li>
      <li>
        <NavLink to={`${base}/organisations`}>{t("nav.organisations")}</NavLink>
      </li>
      <li>
        <NavLink to={`${base}/offers`}>{t("offers.nav")}</NavLink>
      </li>
      <li>
        <NavLink to={`${base}/work-packages`}>{t("workPackages.nav")}</NavLink>
      </li>
      {isAdmin ? (
        <li>
          <NavLink to={`${base}/admin`}>{t("nav.admin")}</NavLink>
        </li>
      ) : null}
    </ul>
  );
}

export default function NetworkLayout() {
  const { network, networks, isAdmin, visitor } = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${network.slug}`;
  return (
    <>
      <nav className="network-nav" aria-label={t("app.mainNavigation")}>
        <div className="network-nav__inner">
          <span className="network-nav__name">{network.name}</span>
          {visitor ? <VisitorLinks base={base} publicOffers={visitor.publicOffers} /> : <MemberLinks base={base} isAdmin={isAdmin} />}
          <NetworkSwitch networks={networks} current={network.slug} />
        </div>
      </nav>
      <main id="main" className="page">
        <Outlet />
      </main>
      <footer className="site-footer">
        <nav aria-label={t("legal.footer")}>
          <ul>
            <li>
              <Link to={`${base}/legal/privacy`}>{t("legal.privacy")}</Link>
            </li>
            <li>
              <Link to={`${base}/legal/imprint`}>{t("legal.imprint")}</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <main id="main" className="page">
      <GeneralErrorBoundary />
    </main>
  );
}
