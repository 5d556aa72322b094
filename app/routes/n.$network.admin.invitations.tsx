import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/forms";
import { formatDate } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import { INVITATION_VALID_DAYS } from "~/people/invitations";
import { organisationChoices } from "~/organisations/organisations.server";
import { invitationOverview, invitePerson } from "~/people/people.server";
import { invitationValidator, networkRoles } from "~/people/schemas";
import { queueAccountInvitation } from "~/mail/outbox.server";

export const meta: MetaFunction = () => [{ title: "Einladungen – Netzwerkstatt" }, { name: "referrer", content: "no-referrer" }];

// The answer that carries the one-time link must not be kept by any cache.
export const headers: HeadersFunction = ({ actionHeaders, parentHeaders }) => {
  const headers = new Headers(parentHeaders);
  const cacheControl = actionHeaders.get("Cache-Control");
  if (cacheControl) headers.set("Cache-Control", cacheControl);
  return headers;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const [organisations, invitations] = await Promise.all([organisationChoices(viewer.networkId), invitationOverview(viewer.networkId)]);
  return { organisations, invitations };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const result = await invitationValidator.validate(await request.formData());
  const { email, organisationId, role } = result.submittedData;
  const submitted = { email, organisationId, role };
  if (result.error) return validationError(result.error, submitted);

  const outcome = await invitePerson({ networkId: viewer.networkId, invitedBy: viewer.userId, ...result.data });
  if (!outcome.ok) return validationError({ fieldErrors: { [outcome.field]: outcome.message } }, submitted);

  // The plain token exists only in this answer; the database keeps its hash.
  const link = `${new URL(request.url).origin}/invitations/${outcome.token}`;
  // …and the e-mail to the invitee, delivered from the outbox (M3).
  await queueAccountInvitation({ networkId: viewer.networkId, email: outcome.email, link, expiresAt: outcome.expiresAt });
  return data({ created: { email: outcome.email, link } }, { headers: { "Cache-Control": "no-store" } });
}

export default function InvitationsPage() {
  const { organisations, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const created = actionData && "created" in actionData ? actionData.created : null;
  const t = useT();
  const locale = useLocale();
  const labels = { email: t("invitations.email"), organisationId: t("invitations.organisation"), role: t("invitations.role") };
  return (
    <>
      <h1>{t("invitations.title")}</h1>
      <p>{t("invitations.intro")}</p>

      {created ? (
        <section className="card" role="status" aria-labelledby="created-title">
          <h2 id="created-title">{t("invitations.createdTitle", { email: created.email })}</h2>
          <p>{t("invitations.linkHint", { days: INVITATION_VALID_DAYS })}</p>
          <code className="secret">{created.link}</code>
          <p className="muted">{t("invitations.linkOnce")}</p>
        </section>
      ) : null}

      <section className="card" aria-labelledby="new-invitation-title">
        <h2 id="new-invitation-title">{t("invitations.newTitle")}</h2>
        <ValidatedForm validator={invitationValidator} method="post" defaultValues={{ role: "member" }} resetAfterSubmit noValidate>
          <ErrorSummary labels={labels} />
          <TextField name="email" type="email" label={labels.email} autoComplete="off" required />
          <SelectField
            name="organisationId"
            label={labels.organisationId}
            placeholder={t("invitations.chooseOrganisation")}
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            required
          />
          <SelectField
            name="role"
            label={labels.role}
            hint={t("people.roleHint")}
            options={networkRoles.map((r) => ({ value: r, label: t(`people.role.${r}`) }))}
            required
          />
          <SubmitButton>{t("invitations.submit")}</SubmitButton>
        </ValidatedForm>
      </section>

      <section aria-labelledby="invitation-list-title">
        <h2 id="invitation-list-title">{t("invitations.listTitle")}</h2>
        {invitations.length === 0 ? (
          <p>{t("invitations.empty")}</p>
        ) : (
          <DataTable
            columns={[
              t("invitations.email"),
              t("invitations.organisation"),
              t("invitations.role"),
              t("invitations.created"),
              t("invitations.expires"),
              t("invitations.status"),
            ]}
          >
            {invitations.map((i) => (
              <tr key={i.id}>
                <td>{i.email}</td>
                <td>{i.organisationName}</td>
                <td>{t(`people.role.${i.role}`)}</td>
                <td>{formatDate(i.createdAt, locale)}</td>
                <td>{formatDate(i.expiresAt, locale)}</td>
                <td>
                  <span className={i.status === "open" ? "badge" : "badge badge--off"}>{t(`invitations.status.${i.status}`)}</span>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
