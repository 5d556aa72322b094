import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { notFound } from "~/auth/authorize.server";
import { CheckboxGroup, ErrorSummary, FormMessage, SelectField, SubmitButton } from "~/components/forms";
import { Link } from "~/components/link";
import { translateError } from "~/i18n/i18n";
import { useT } from "~/i18n/use-translation";
import { requirePersonForAdmin } from "~/people/admin-person.server";
import { organisationChoices } from "~/organisations/organisations.server";
import { changeRole, deactivatePerson, reactivatePerson, setAffiliations } from "~/people/people.server";
import { affiliationsValidator, networkRoles, parsePersonIntent, roleValidator, type PersonIntent } from "~/people/schemas";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.person.name ?? "Person"} – Netzwerkstatt` }];

const doneMessages = {
  role: "people.done.role",
  affiliations: "people.done.affiliations",
  deactivated: "people.done.deactivated",
  reactivated: "people.done.reactivated",
} as const;
type Done = keyof typeof doneMessages;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, person } = await requirePersonForAdmin(request, params);
  const done = new URL(request.url).searchParams.get("done");
  return {
    base: `/n/${viewer.networkSlug}/admin`,
    person,
    isSelf: person.id === viewer.userId,
    organisations: await organisationChoices(viewer.networkId),
    done: done && done in doneMessages ? (done as Done) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, person } = await requirePersonForAdmin(request, params);
  const form = await request.formData();
  const intent = parsePersonIntent(form.get("intent"));
  const change = { networkId: viewer.networkId, actorUserId: viewer.userId, userId: person.id };
  const finished = (done: Done) => redirect(`${new URL(request.url).pathname}?done=${done}`);
  const refused = (failed: PersonIntent | null, formError: string) => data({ intent: failed, formError }, { status: failed ? 422 : 400 });

  switch (intent) {
    case "role": {
      const result = await roleValidator.validate(form);
      if (result.error) return validationError(result.error, { role: result.submittedData.role });
      const outcome = await changeRole({ ...change, role: result.data.role });
      if (!outcome.ok) return outcome.reason === "self" ? refused(intent, "people.cannotDemoteSelf") : notFound();
      throw finished("role");
    }
    case "affiliations": {
      const result = await affiliationsValidator.validate(form);
      if (result.error) return validationError(result.error, { organisationIds: result.submittedData.organisationIds });
      const outcome = await setAffiliations({ ...change, organisationIds: result.data.organisationIds });
      if (!outcome.ok) {
        if (outcome.reason === "notFound") notFound();
        const message = outcome.reason === "empty" ? "people.affiliationsRequired" : "validation.invalidChoice";
        return validationError({ fieldErrors: { organisationIds: message }, formId: result.formId }, { organisationIds: result.submittedData.organisationIds });
      }
      throw finished("affiliations");
    }
    case "deactivate": {
      const outcome = await deactivatePerson(change);
      if (!outcome.ok) return outcome.reason === "self" ? refused(intent, "people.cannotDeactivateSelf") : notFound();
      throw finished("deactivated");
    }
    case "reactivate": {
      const outcome = await reactivatePerson(change);
      if (!outcome.ok) notFound();
      throw finished("reactivated");
    }
    default:
      return refused(null, "people.unknownAction");
  }
}

function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" && value ? [value] : [];
}

export default function PersonPage() {
  const { base, person, isSelf, organisations, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  // Without JavaScript a rejected form comes back with what was ticked, not what is stored.
  const repopulated =
    actionData && "repopulateFields" in actionData && actionData.formId === "affiliations-form"
      ? (actionData.repopulateFields as { organisationIds?: unknown } | undefined)
      : undefined;
  const tickedOrganisations = repopulated ? asStrings(repopulated.organisationIds) : person.organisations.map((o) => String(o.id));

  // The fields below find their form through context; passing `formId` to them as well
  // would make remix-validated-form ignore the form's defaultValues.
  return (
    <>
      <p>
        <Link to={`${base}/people`}>{t("people.backToList")}</Link>
      </p>
      <h1>{person.name}</h1>
      {done ? <FormMessage tone="success" message={t(doneMessages[done])} /> : null}
      {formError ? <FormMessage message={translateError(t, formError)} /> : null}
      <dl className="facts card">
        <dt>{t("people.email")}</dt>
        <dd>{person.email}</dd>
        <dt>{t("people.role")}</dt>
        <dd>{t(`people.role.${person.role}`)}</dd>
        <dt>{t("people.status")}</dt>
        <dd>{person.active ? t("people.active") : t("people.deactivated")}</dd>
        <dt>{t("people.organisations")}</dt>
        <dd>{person.organisations.length ? person.organisations.map((o) => o.name).join("; ") : t("app.none")}</dd>
      </dl>
      {isSelf ? <p className="notice notice--info">{t("people.self")}</p> : null}

      {isSelf ? null : (
        <section className="card" aria-labelledby="role-title">
          <h2 id="role-title">{t("people.roleSection")}</h2>
          <ValidatedForm id="role-form" validator={roleValidator} method="post" defaultValues={{ role: person.role }} noValidate>
            <input type="hidden" name="intent" value="role" />
            <ErrorSummary labels={{ role: t("people.roleLabel") }} />
            <SelectField
              name="role"
              label={t("people.roleLabel")}
              hint={t("people.roleHint")}
              options={networkRoles.map((r) => ({ value: r, label: t(`people.role.${r}`) }))}
              required
            />
            <SubmitButton>{t("people.saveRole")}</SubmitButton>
          </ValidatedForm>
        </section>
      )}

      <section className="card" aria-labelledby="affiliations-title">
        <h2 id="affiliations-title">{t("people.affiliationsSection")}</h2>
        <ValidatedForm id="affiliations-form" validator={affiliationsValidator} method="post" noValidate>
          <input type="hidden" name="intent" value="affiliations" />
          <ErrorSummary labels={{ organisationIds: t("people.affiliationsLabel") }} />
          <CheckboxGroup
            name="organisationIds"
            label={t("people.affiliationsLabel")}
            hint={t("people.affiliationsHint")}
            options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
            defaultValues={tickedOrganisations}
          />
          <SubmitButton>{t("people.saveAffiliations")}</SubmitButton>
        </ValidatedForm>
      </section>

      {isSelf ? null : (
        <section className="card" aria-labelledby="status-title">
          <h2 id="status-title">{t("people.statusSection")}</h2>
          <p>{person.active ? t("people.isActive") : t("people.isDeactivated")}</p>
          <Form method="post">
            {person.active ? (
              <>
                <p className="field__hint">{t("people.deactivateHint")}</p>
                <button type="submit" name="intent" value="deactivate" className="button button--danger">
                  {t("people.deactivate")}
                </button>
              </>
            ) : (
              <button type="submit" name="intent" value="reactivate" className="button">
                {t("people.reactivate")}
              </button>
            )}
          </Form>
        </section>
      )}

      {isSelf ? null : (
        <section className="card" aria-labelledby="delete-title">
          <h2 id="delete-title">{t("privacy.delete.section")}</h2>
          <p>{t("privacy.delete.teaser")}</p>
          <p>
            <Link to={`${base}/people/${person.id}/delete`} className="button button--danger">
              {t("privacy.delete.link")}
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
