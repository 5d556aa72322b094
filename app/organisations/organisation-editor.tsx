import { useActionData } from "@remix-run/react";
import { ValidatedForm } from "remix-validated-form";
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { organisationKinds, type OrganisationKind } from "./kinds";
import { organisationLanguages, organisationValidator } from "./schemas";

// One editor for "new organisation" and "edit organisation"; the action behind it is
// organisationEditorAction in organisation-editor.server.ts.

export interface OrganisationFormValues {
  kind?: OrganisationKind;
  name: string;
  shortName: string;
  contactEmail: string;
  contactPhone: string;
  address: string;
  website: string;
  languages: string[];
}

/** The ticked languages after a rejected submission (so nothing is lost without JavaScript). */
function submittedLanguages(actionData: unknown): string[] | null {
  if (!actionData || typeof actionData !== "object" || !("repopulateFields" in actionData)) return null;
  const fields = (actionData as { repopulateFields?: { languages?: unknown } }).repopulateFields;
  if (!fields) return null;
  const value = fields.languages;
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

export function OrganisationEditor({ values, cancelTo }: { values?: OrganisationFormValues; cancelTo: string }) {
  const t = useT();
  const actionData = useActionData();
  // The checkboxes take their state from here, not from the form library's defaults.
  const { languages: savedLanguages = [], ...fieldValues } = values ?? {};
  const languages = submittedLanguages(actionData) ?? savedLanguages;
  const labels = {
    kind: t("orgs.kind"),
    name: t("orgEditor.name"),
    shortName: t("orgs.shortName"),
    contactEmail: t("orgEditor.contactEmail"),
    contactPhone: t("orgs.phone"),
    address: t("orgs.address"),
    website: t("orgs.website"),
    languages: t("orgs.languages"),
  };
  return (
    <ValidatedForm
      id="organisation-editor"
      validator={organisationValidator}
      method="post"
      defaultValues={values ? fieldValues : { name: "", shortName: "", contactEmail: "", contactPhone: "", address: "", website: "" }}
      noValidate
      className="card"
    >
      <ErrorSummary labels={labels} />
      <SelectField
        name="kind"
        label={labels.kind}
        required
        placeholder={t("orgEditor.chooseKind")}
        options={organisationKinds.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
      />
      <TextField name="name" label={labels.name} hint={t("orgEditor.nameHint")} required autoComplete="organization" />
      <TextField name="shortName" label={labels.shortName} hint={t("orgEditor.shortNameHint")} />
      <TextField name="contactEmail" type="email" label={labels.contactEmail} autoComplete="email" />
      <TextField name="contactPhone" type="tel" label={labels.contactPhone} autoComplete="tel" />
      <TextField name="address" label={labels.address} multiline rows={2} autoComplete="street-address" />
      <TextField name="website" type="url" label={labels.website} hint={t("orgEditor.websiteHint")} autoComplete="url" />
      <CheckboxGroup
        name="languages"
        label={labels.languages}
        hint={t("orgEditor.languagesHint")}
        defaultValues={languages}
        options={organisationLanguages.map((l) => ({ value: l, label: `${t(`orgEditor.language.${l}`)} (${l})` }))}
      />
      <div className="actions">
        <SubmitButton>{t("app.save")}</SubmitButton>
        <Link to={cancelTo}>{t("app.cancel")}</Link>
      </div>
    </ValidatedForm>
  );
}
