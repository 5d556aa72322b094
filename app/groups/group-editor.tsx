import { ValidatedForm } from "remix-validated-form";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import type { GroupKind } from "../../db/schema";
import { groupCadences, groupKinds, type GroupCadence } from "./cadence";
import { groupValidator } from "./schemas";

// One editor for "new group" and "edit group"; the action behind it is groupEditorAction
// in group-editor.server.ts.

export interface GroupFormValues {
  kind?: GroupKind;
  name: string;
  slug: string;
  mandate: string;
  cadence?: GroupCadence;
}

export function GroupEditor({ values, cancelTo }: { values?: GroupFormValues; cancelTo: string }) {
  const t = useT();
  const labels = {
    kind: t("groupEditor.kind"),
    name: t("groupEditor.name"),
    slug: t("groupEditor.slug"),
    mandate: t("groups.mandate"),
    cadence: t("groups.cadence"),
  };
  return (
    <ValidatedForm
      id="group-editor"
      validator={groupValidator}
      method="post"
      defaultValues={values ?? { name: "", slug: "", mandate: "", cadence: "quarterly" }}
      noValidate
      className="card"
    >
      <ErrorSummary labels={labels} />
      <SelectField
        name="kind"
        label={labels.kind}
        required
        placeholder={t("groupEditor.chooseKind")}
        options={groupKinds.map((k) => ({ value: k, label: t(`groups.kindSingular.${k}`) }))}
      />
      <TextField name="name" label={labels.name} required />
      <TextField
        name="slug"
        label={labels.slug}
        hint={values ? t("groupEditor.slugHintEdit") : t("groupEditor.slugHint")}
        required
        autoComplete="off"
      />
      <TextField name="mandate" label={labels.mandate} hint={t("groupEditor.mandateHint")} multiline rows={6} />
      <SelectField
        name="cadence"
        label={labels.cadence}
        required
        options={groupCadences.map((c) => ({ value: c, label: t(`groups.cadence.${c}`) }))}
      />
      <div className="actions">
        <SubmitButton>{t("app.save")}</SubmitButton>
        <Link to={cancelTo}>{t("app.cancel")}</Link>
      </div>
    </ValidatedForm>
  );
}
