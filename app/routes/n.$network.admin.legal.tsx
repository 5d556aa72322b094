import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { notFound, requireNetworkAdmin } from "~/auth/authorize.server";
import { FormMessage, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { findNetworkBySlug } from "~/networks/networks.server";
import { legalTextsForEditing, saveLegalText } from "~/privacy/legal.server";
import { legalPageValidator } from "~/privacy/schemas";

export const meta: MetaFunction = () => [{ title: "Datenschutz und Impressum – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const network = await findNetworkBySlug(viewer.networkSlug);
  if (!network) notFound();
  return { base: `/n/${viewer.networkSlug}`, texts: await legalTextsForEditing(network) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const result = await legalPageValidator.validate(await request.formData());
  if (result.error) return validationError(result.error, result.submittedData);
  await saveLegalText(viewer, result.data.kind, result.data.body);
  throw redirect(`/n/${viewer.networkSlug}/admin/legal?saved=${result.data.kind}`);
}

/** One text in a form of its own; the hidden field says which. */
function LegalTextForm({ kind, title, hint, body, publicUrl }: { kind: "privacy" | "imprint"; title: string; hint: string; body: string; publicUrl: string }) {
  const t = useT();
  const formId = `${kind}-form`;
  const fieldId = `${kind}-body`;
  return (
    <ValidatedForm id={formId} validator={legalPageValidator} method="post" defaultValues={{ kind, body }} noValidate className="card">
      <h2>{title}</h2>
      <input type="hidden" name="kind" value={kind} />
      <TextField formId={formId} id={fieldId} name="body" label={t("legal.admin.body")} hint={hint} multiline rows={16} required />
      <div className="actions">
        <SubmitButton formId={formId}>{t("legal.admin.save")}</SubmitButton>
        <Link to={publicUrl}>{t("legal.admin.view")}</Link>
      </div>
    </ValidatedForm>
  );
}

export default function LegalTextsPage() {
  const { base, texts } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT();
  return (
    <>
      <h1>{t("legal.admin.title")}</h1>
      {params.get("saved") ? <FormMessage tone="success" message={t("legal.admin.saved")} /> : null}
      <p>{t("legal.admin.intro")}</p>
      <LegalTextForm kind="privacy" title={t("legal.privacy")} hint={t("legal.admin.privacyHint")} body={texts.privacy} publicUrl={`${base}/legal/privacy`} />
      <LegalTextForm kind="imprint" title={t("legal.imprint")} hint={t("legal.admin.imprintHint")} body={texts.imprint} publicUrl={`${base}/legal/imprint`} />
    </>
  );
}
