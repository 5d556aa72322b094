import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { getSignedIn } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link, useAppLinkNavigation } from "~/components/link";
import { useNonce } from "~/components/nonce";
import { locales, translator } from "~/i18n/i18n";
import { localeFromRequest } from "~/i18n/locale.server";
import { useT } from "~/i18n/use-translation";
import stylesheet from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Netzwerkstatt" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = await getSignedIn(request);
  return {
    locale: localeFromRequest(request),
    user: signedIn ? { name: signedIn.user.name, email: signedIn.user.email } : null,
  };
}

function LanguageSwitch() {
  const data = useRouteLoaderData<typeof loader>("root");
  const location = useLocation();
  const current = data?.locale ?? "de";
  return (
    <Form method="post" action="/locale" className="language-switch">
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {locales
        .filter((l) => l !== current)
        .map((l) => (
          <button key={l} type="submit" name="locale" value={l} lang={l} className="link-button" aria-label={`${translator(l)("app.switchLanguage")}: ${translator(l)(`app.language.${l}`)}`}>
            {translator(l)(`app.language.${l}`)}
          </button>
        ))}
    </Form>
  );
}

function SiteHeader() {
  const t = useT();
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <div className="site-header__inner">
        <Link to="/" className="brand">
          {t("app.name")}
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch />
          {data?.user ? (
            <>
              <Link to="/profile">{t("app.profile")}</Link>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  {t("app.signOut")}
                </button>
              </Form>
            </>
          ) : (
            <Link to="/login">{t("app.signIn")}</Link>
          )}
        </div>
      </div>
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  return (
    <html lang={data?.locale ?? "de"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteHeader />
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  useAppLinkNavigation();
  return <Outlet />;
}

export function ErrorBoundary() {
  return (
    <main id="main" className="page">
      <GeneralErrorBoundary />
    </main>
  );
}
