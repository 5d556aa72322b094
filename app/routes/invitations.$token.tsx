import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { acceptInvitationServerValidator } from "~/auth/password-policy.server";
import { acceptInvitationValidator } from "~/auth/schemas";
import { getSignedIn, startSession } from "~/auth/session.server";
import { ErrorSummary, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { acceptInvitation, accountExists, findUsableInvitation } from "~/people/invitations.server";

export const meta: MetaFunction = () => [{ title: "Einladung – Netzwerkstatt" }, { name: "referrer", content: "no-referrer" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findUsableInvitation(params.token ?? "");
  if (!invitation) return data({ invitation: null, mode: "invalid" as const }, { status: 404 });
  const signedIn = await getSignedIn(request);
  const shown = { email: invitation.email, networkName: invitation.networkName, organisationName: invitation.organisationName };
  if (await accountExists(invitation.email)) {
    const mode = signedIn?.user.email === invitation.email ? ("acceptExisting" as const) : ("signInFirst" as const);
    return { invitation: shown, mode };
  }
  return { invitation: shown, mode: "signUp" as const };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const invitation = await findUsableInvitation(params.token ?? "");
  if (!invitation) return data({ invalid: true }, { status: 404 });
  const form = await request.formData();
  const signedIn = await getSignedIn(request);

  if (form.get("intent") === "acceptExisting") {
    if (!signedIn || signedIn.user.email !== invitation.email) throw new Response("Forbidden", { status: 403 });
    await acceptInvitation(invitation, { existingUserId: signedIn.user.id });
    throw redirect(`/n/${invitation.networkSlug}`);
  }

  if (await accountExists(invitation.email)) throw new Response("Conflict", { status: 409 });
  const result = await acceptInvitationServerValidator(invitation.email).validate(form);
  if (result.error) return validationError(result.error, { name: result.submittedData.name });
  const userId = await acceptInvitation(invitation, { name: result.data.name, password: result.data.password });
  const cookie = await startSession(request, userId);
  throw redirect(`/n/${invitation.networkSlug}`, { headers: { "Set-Cookie": cookie } });
}

export default function AcceptInvitationPage() {
  const { invitation: loaded, mode } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  // A link that was used up meanwhile: the action says so (4xx answers do not reload the loader).
  const invitation = actionData && "invalid" in actionData ? null : loaded;
  const t = useT();
  const location = useLocation();
  return (
    <main id="main" className="page page--narrow">
      <h1>{t("invite.title")}</h1>
      {!invitation ? (
        <p className="notice notice--error">{t("invite.invalid")}</p>
      ) : (
        <>
          <p>{t("invite.intro", { network: invitation.networkName, organisation: invitation.organisationName })}</p>
          {mode === "signUp" ? (
            <div className="card">
              <ValidatedForm validator={acceptInvitationValidator} method="post" noValidate>
                <ErrorSummary labels={{ name: t("invite.name"), password: t("invite.password"), confirmPassword: t("invite.confirm") }} />
                <p>
                  {t("login.email")}: <strong>{invitation.email}</strong>
                </p>
                <TextField name="name" label={t("invite.name")} autoComplete="name" required />
                <TextField name="password" type="password" label={t("invite.password")} hint={t("profile.newPasswordHint")} autoComplete="new-password" required />
                <TextField name="confirmPassword" type="password" label={t("invite.confirm")} autoComplete="new-password" required />
                <SubmitButton>{t("invite.submit")}</SubmitButton>
              </ValidatedForm>
            </div>
          ) : mode === "acceptExisting" ? (
            <Form method="post">
              <button type="submit" name="intent" value="acceptExisting" className="button button--primary">
                {t("invite.acceptExisting")}
              </button>
            </Form>
          ) : (
            <p>
              {t("invite.existingAccount", { email: invitation.email })}{" "}
              <Link to={`/login?${new URLSearchParams({ redirectTo: location.pathname })}`}>{t("app.signIn")}</Link>
            </p>
          )}
        </>
      )}
    </main>
  );
}
