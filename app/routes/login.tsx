import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { demoDataLoaded } from "~/auth/accounts.server";
import { DEMO_PASSWORD, demoAccounts } from "~/auth/demo-accounts";
import { loginValidator, safeRedirect } from "~/auth/schemas";
import { getSignedIn, startSession } from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { ErrorSummary, FormMessage, SubmitButton, TextField } from "~/components/forms";
import { formatDateTime } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { localeFromRequest } from "~/i18n/locale.server";
import { useLocale, useT } from "~/i18n/use-translation";

export const meta: MetaFunction = () => [{ title: "Anmelden – Netzwerkstatt" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (await getSignedIn(request)) throw redirect(redirectTo);
  return { showDemo: await demoDataLoaded() };
}

export async function action({ request }: ActionFunctionArgs) {
  const result = await loginValidator.validate(await request.formData());
  if (result.error) {
    return validationError(result.error, { email: result.submittedData.email, redirectTo: result.submittedData.redirectTo });
  }
  const { email, password, redirectTo } = result.data;
  const outcome = await signIn(email, password);
  if (!outcome.ok) {
    const t = translator(localeFromRequest(request));
    const message =
      outcome.reason === "throttled"
        ? t("login.throttled", { time: formatDateTime(outcome.retryAt, localeFromRequest(request)) })
        : t("login.invalid");
    return data({ formError: message, email }, { status: outcome.reason === "throttled" ? 429 : 401 });
  }
  const cookie = await startSession(request, outcome.userId);
  throw redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": cookie } });
}

export default function LoginPage() {
  const { showDemo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  const lastEmail = actionData && "email" in actionData ? actionData.email : "";
  return (
    <main id="main" className="page page--narrow">
      <h1>{t("login.title")}</h1>
      <p>{t("login.intro")}</p>
      <div className="card">
        <ValidatedForm validator={loginValidator} method="post" defaultValues={{ email: lastEmail }} noValidate>
          <FormMessage message={formError} />
          <ErrorSummary labels={{ email: t("login.email"), password: t("login.password") }} />
          <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
          <TextField name="email" type="email" label={t("login.email")} autoComplete="username" required />
          <TextField name="password" type="password" label={t("login.password")} autoComplete="current-password" required />
          <SubmitButton>{t("login.submit")}</SubmitButton>
        </ValidatedForm>
      </div>
      {showDemo ? (
        <section className="card" aria-labelledby="demo-title">
          <h2 id="demo-title">{t("login.demoTitle")}</h2>
          <p>{t("login.demoIntro", { password: DEMO_PASSWORD })}</p>
          <ul className="plain">
            {demoAccounts.map((a) => (
              <li key={a.email}>
                <code>{a.email}</code> – {a[locale]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
