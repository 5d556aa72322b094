import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";

// One boundary for every route: a friendly German page per status, no stack traces.
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status >= 500 && !isRouteErrorResponse(error)) console.error(error);
  const title = status === 404 ? t("error.404.title") : status === 403 ? t("error.403.title") : t("error.title");
  const text =
    status === 404 ? t("error.404") : status === 403 ? t("error.403") : status === 401 ? t("error.401") : status === 400 ? t("error.400") : t("error.500");
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">{t("error.toHome")}</Link>
      </p>
    </section>
  );
}
