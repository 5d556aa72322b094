import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { notFound } from "~/auth/authorize.server";
import { CheckboxGroup, ErrorSummary, FormMessage, SubmitButton } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { requirePersonForAdmin } from "~/people/admin-person.server";
import { deletePerson, erasurePreview } from "~/privacy/erasure.server";
import { deletePersonValidator } from "~/privacy/schemas";

export const meta: MetaFunction = () => [{ title: "Person löschen – Netzwerkstatt" }];

// The confirmation step: what will go, what stays, and a box to tick.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, person } = await requirePersonForAdmin(request, params);
  return {
    base: `/n/${viewer.networkSlug}/admin`,
    person: { id: person.id, name: person.name },
    isSelf: person.id === viewer.userId,
    preview: await erasurePreview({ networkId: viewer.networkId, userId: person.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, person } = await requirePersonForAdmin(request, params);
  const result = await deletePersonValidator.validate(await request.formData());
  if (result.error) return validationError(result.error, {});
  const outcome = await deletePerson({ networkId: viewer.networkId, actorUserId: viewer.userId, userId: person.id });
  if (!outcome.ok) {
    if (outcome.reason === "notFound") notFound();
    return data({ formError: outcome.reason === "self" ? "privacy.delete.self" : "privacy.delete.lastAdmin" } as const, { status: 422 });
  }
  throw redirect(`/n/${viewer.networkSlug}/admin/people?deleted=1`);
}

export default function DeletePersonPage() {
  const { base, person, isSelf, preview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  return (
    <>
      <p>
        <Link to={`${base}/people/${person.id}`}>{t("privacy.delete.cancel")}</Link>
      </p>
      <h1>{t("privacy.delete.title", { name: person.name })}</h1>
      {formError ? <FormMessage message={t(formError)} /> : null}
      {isSelf ? (
        <FormMessage message={t("privacy.delete.self")} />
      ) : (
        <section className="card">
          <p>{t("privacy.delete.explain")}</p>
          <p>{preview.accountGoes ? t("privacy.delete.accountGoes") : t("privacy.delete.accountStays", { count: preview.otherNetworks })}</p>
          <ValidatedForm validator={deletePersonValidator} method="post" noValidate>
            <ErrorSummary labels={{ confirm: t("privacy.delete.confirmLegend") }} />
            <CheckboxGroup
              name="confirm"
              label={t("privacy.delete.confirmLegend")}
              options={[{ value: "yes", label: t("privacy.delete.confirm") }]}
              defaultValues={[]}
            />
            <div className="actions">
              <SubmitButton>{t("privacy.delete.submit")}</SubmitButton>
              <Link to={`${base}/people/${person.id}`} className="button">
                {t("privacy.delete.cancel")}
              </Link>
            </div>
          </ValidatedForm>
        </section>
      )}
    </>
  );
}
