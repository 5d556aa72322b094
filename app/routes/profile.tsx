import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { changePassword, listNetworksOf } from "~/auth/accounts.server";
import { requireUser } from "~/auth/authorize.server";
import { changePasswordServerValidator } from "~/auth/password-policy.server";
import { changePasswordValidator } from "~/auth/schemas";
import { startSession } from "~/auth/session.server";
import { ErrorSummary, FormMessage, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";

export const meta: MetaFunction = () => [{ title: "Mein Konto – Netzwerkstatt" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request);
  return { user: { name: user.name, email: user.email }, networks: await listNetworksOf(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request);
  const result = await changePasswordServerValidator(user).validate(await request.formData());
  // Passwords are never sent back to the browser.
  if (result.error) return validationError(result.error, {});
  const outcome = await changePassword(user.id, result.data.currentPassword, result.data.newPassword);
  if (!outcome.ok) {
    return validationError({ fieldErrors: { currentPassword: "profile.wrongPassword" } }, {});
  }
  // Every old session ended with the change; this browser continues on a fresh one.
  const cookie = await startSession(request, user.id);
  throw redirect("/profile?passwordChanged=1", { headers: { "Set-Cookie": cookie } });
}

export default function ProfilePage() {
  const { user, networks } = useLoaderData<typeof loader>();
  useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  return (
    <main id="main" className="page">
      <h1>{t("profile.title")}</h1>
      <p>
        {user.name} · {user.email}
      </p>
      {params.get("passwordChanged") ? <FormMessage tone="success" message={t("profile.passwordChanged")} /> : null}
      <section className="card" aria-labelledby="networks-title">
        <h2 id="networks-title">{t("profile.networks")}</h2>
        {networks.length ? (
          <ul className="plain">
            {networks.map((n) => (
              <li key={n.slug}>
                <Link to={`/n/${n.slug}`}>{n.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("profile.noNetworks")}</p>
        )}
      </section>
      <section className="card" aria-labelledby="calendar-title">
        <h2 id="calendar-title">{t("calendar.title")}</h2>
        <p>{t("calendar.profileTeaser")}</p>
        <p>
          <Link to="/profile/calendar">{t("calendar.profileLink")}</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t("privacy.export.title")}</h2>
        <p>{t("privacy.export.text")}</p>
        <p>
          <a href="/profile/data.json" download>
            {t("privacy.export.download")}
          </a>
        </p>
      </section>
      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">{t("profile.changePassword")}</h2>
        <ValidatedForm validator={changePasswordValidator} method="post" noValidate>
          <ErrorSummary
            labels={{
              currentPassword: t("profile.currentPassword"),
              newPassword: t("profile.newPassword"),
              confirmPassword: t("profile.confirmPassword"),
            }}
          />
          <TextField name="currentPassword" type="password" label={t("profile.currentPassword")} autoComplete="current-password" required />
          <TextField name="newPassword" type="password" label={t("profile.newPassword")} hint={t("profile.newPasswordHint")} autoComplete="new-password" required />
          <TextField name="confirmPassword" type="password" label={t("profile.confirmPassword")} autoComplete="new-password" required />
          <SubmitButton>{t("profile.changePassword")}</SubmitButton>
        </ValidatedForm>
      </section>
    </main>
  );
}

