import { ValidatedForm } from "remix-validated-form";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/forms";
import { useT } from "~/i18n/use-translation";
import { PACKAGE_FORM_ID, packageValidator, priorities, type PackageFormValues } from "./schemas";

// The one editor behind "new work package" and "edit work package". The version travels in a
// hidden field taken from the page's data, so after a refused (409) save the kept text can
// be saved again against the version now stored.

export function PackageEditor({
  defaults, organisations, version, hidden, submitLabel,
}: {
  defaults: Partial<PackageFormValues>;
  organisations: { id: number; name: string }[];
  version?: number;
  hidden?: Record<string, string>;
  submitLabel: string;
}) {
  const t = useT();
  const labels = {
    title: t("workPackages.field.title"),
    problem: t("workPackages.field.problem"),
    request: t("workPackages.field.request"),
    responsibleOrganisationId: t("workPackages.field.responsible"),
    dueDate: t("workPackages.field.due"),
    priority: t("workPackages.field.priority"),
    version: t("workPackages.conflictStored"),
  };
  return (
    <ValidatedForm id={PACKAGE_FORM_ID} validator={packageValidator} method="post" noValidate defaultValues={defaults as never}>
      <ErrorSummary labels={labels} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField name="title" label={labels.title} required />
      <TextField name="problem" label={labels.problem} multiline rows={6} required />
      <TextField name="request" label={labels.request} hint={t("workPackages.field.requestHint")} multiline rows={4} required />
      <SelectField
        name="responsibleOrganisationId"
        label={labels.responsibleOrganisationId}
        placeholder={t("workPackages.field.noResponsible")}
        options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
      />
      <TextField name="dueDate" type="date" label={labels.dueDate} />
      <SelectField name="priority" label={labels.priority} options={priorities.map((p) => ({ value: p, label: t(`workPackages.priority.${p}`) }))} />
      <div className="actions">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}
