import { useActionData } from "@remix-run/react";
import { ValidatedForm } from "remix-validated-form";
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { MAX_EVENT_DATES, eventFieldName, offerValidator, translationFieldName } from "./schemas";
import { offerCategories, offerLanguages, offerTargets, offerTopics, textDirection, translationLanguages, type TranslationLanguage } from "./vocab";

// One editor for "new offer" and "edit offer"; the action behind it is offerEditorAction in
// offer-editor.server.ts. Works without JavaScript: rejected input comes back filled in.

export interface OfferFormValues {
  organisationId: string;
  title: string;
  summary: string;
  body: string;
  category: string;
  topics: string[];
  targets: string[];
  languages: string[];
  groupIds: string[];
  place: string;
  online: boolean;
  validFrom: string;
  validTo: string;
  contact: string;
  /** local Berlin date (YYYY-MM-DD) and times (HH:MM) */
  eventDates: { date: string; start: string; end: string }[];
  translations: Partial<Record<TranslationLanguage, { title: string; summary: string }>>;
}

/** The ticked boxes after a rejected submission, or null before any submission. */
function submittedList(actionData: unknown, name: string): string[] | null {
  if (!actionData || typeof actionData !== "object" || !("repopulateFields" in actionData)) return null;
  const fields = (actionData as { repopulateFields?: Record<string, unknown> }).repopulateFields;
  if (!fields) return null;
  const value = fields[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

export function OfferEditor({
  values, version, organisations, groups, cancelTo,
}: {
  values?: OfferFormValues;
  version?: number;
  organisations: { id: number; name: string }[];
  groups: { id: number; name: string }[];
  cancelTo: string;
}) {
  const t = useT();
  const actionData = useActionData();
  const repopulated = actionData && typeof actionData === "object" && "repopulateFields" in actionData
    ? ((actionData as { repopulateFields?: Record<string, unknown> }).repopulateFields ?? {})
    : null;
  const lists = {
    topics: submittedList(actionData, "topics") ?? values?.topics ?? [],
    targets: submittedList(actionData, "targets") ?? values?.targets ?? [],
    languages: submittedList(actionData, "languages") ?? values?.languages ?? ["de"],
    groupIds: submittedList(actionData, "groupIds") ?? values?.groupIds ?? [],
  };
  const online = repopulated ? repopulated.online === "1" : (values?.online ?? false);
  const defaults: Record<string, string> = {
    organisationId: values?.organisationId ?? (organisations.length === 1 ? String(organisations[0].id) : ""),
    title: values?.title ?? "",
    summary: values?.summary ?? "",
    body: values?.body ?? "",
    category: values?.category ?? "",
    place: values?.place ?? "",
    validFrom: values?.validFrom ?? "",
    validTo: values?.validTo ?? "",
    contact: values?.contact ?? "",
  };
  const eventRows = Array.from({ length: MAX_EVENT_DATES }, (_, i) => i);
  for (const i of eventRows) {
    const row = values?.eventDates[i];
    defaults[eventFieldName(i, "date")] = row?.date ?? "";
    defaults[eventFieldName(i, "start")] = row?.start ?? "";
    defaults[eventFieldName(i, "end")] = row?.end ?? "";
  }
  for (const l of translationLanguages) {
    defaults[translationFieldName(l, "title")] = values?.translations[l]?.title ?? "";
    defaults[translationFieldName(l, "summary")] = values?.translations[l]?.summary ?? "";
  }
  const labels: Record<string, string> = {
    organisationId: t("offers.field.organisation"),
    title: t("offers.field.title"),
    summary: t("offers.field.summary"),
    body: t("offers.field.body"),
    category: t("offers.field.category"),
    topics: t("offers.field.topics"),
    targets: t("offers.field.targets"),
    languages: t("offers.field.languages"),
    groupIds: t("offers.field.groups"),
    place: t("offers.field.place"),
    validFrom: t("offers.field.validFrom"),
    validTo: t("offers.field.validTo"),
    contact: t("offers.field.contact"),
    version: t("offers.edit"),
  };
  for (const i of eventRows) {
    const n = String(i + 1);
    labels[eventFieldName(i, "date")] = t("offers.field.eventDate", { n });
    labels[eventFieldName(i, "start")] = t("offers.field.eventStart", { n });
    labels[eventFieldName(i, "end")] = t("offers.field.eventEnd", { n });
  }
  for (const l of translationLanguages) {
    const language = t(`offers.lang.${l}`);
    labels[translationFieldName(l, "title")] = t("offers.field.translationTitle", { language });
    labels[translationFieldName(l, "summary")] = t("offers.field.translationSummary", { language });
  }
  return (
    <ValidatedForm id="offer-editor" validator={offerValidator} method="post" defaultValues={defaults} noValidate className="card">
      <ErrorSummary labels={labels} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <SelectField
        name="organisationId"
        label={labels.organisationId}
        required
        placeholder={t("offers.field.choose")}
        options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
      />
      <TextField name="title" label={labels.title} required />
      <TextField name="summary" label={labels.summary} hint={t("offers.field.summaryHint")} required multiline rows={2} />
      <TextField name="body" label={labels.body} hint={t("offers.field.bodyHint")} multiline rows={10} />
      <SelectField
        name="category"
        label={labels.category}
        required
        placeholder={t("offers.field.choose")}
        options={offerCategories.map((c) => ({ value: c, label: t(`offers.category.${c}`) }))}
      />
      <CheckboxGroup name="topics" label={labels.topics} defaultValues={lists.topics} options={offerTopics.map((v) => ({ value: v, label: t(`offers.topic.${v}`) }))} />
      <CheckboxGroup name="targets" label={labels.targets} defaultValues={lists.targets} options={offerTargets.map((v) => ({ value: v, label: t(`offers.target.${v}`) }))} />
      <CheckboxGroup name="languages" label={labels.languages} defaultValues={lists.languages} options={offerLanguages.map((v) => ({ value: v, label: t(`offers.lang.${v}`) }))} />
      {groups.length ? (
        <CheckboxGroup name="groupIds" label={labels.groupIds} defaultValues={lists.groupIds} options={groups.map((g) => ({ value: String(g.id), label: g.name }))} />
      ) : null}
      <TextField name="place" label={labels.place} autoComplete="street-address" />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="online" value="1" defaultChecked={online} /> {t("offers.field.online")}
        </label>
      </div>
      <TextField name="validFrom" type="date" label={labels.validFrom} hint={t("offers.field.dateHint")} />
      <TextField name="validTo" type="date" label={labels.validTo} hint={t("offers.field.dateHint")} />
      <fieldset className="field">
        <legend>{t("offers.field.eventDates")}</legend>
        <p className="field__hint">{t("offers.field.eventDatesHint")}</p>
        {eventRows.map((i) => (
          <fieldset key={i} className="field event-date-row">
            <legend>{t("offers.field.eventRow", { n: String(i + 1) })}</legend>
            <TextField name={eventFieldName(i, "date")} type="date" label={labels[eventFieldName(i, "date")]} />
            <TextField name={eventFieldName(i, "start")} type="time" label={labels[eventFieldName(i, "start")]} />
            <TextField name={eventFieldName(i, "end")} type="time" label={labels[eventFieldName(i, "end")]} />
          </fieldset>
        ))}
      </fieldset>
      <TextField name="contact" label={labels.contact} hint={t("offers.field.contactHint")} multiline rows={2} />
      <fieldset className="field">
        <legend>{t("offers.field.translations")}</legend>
        <p className="field__hint">{t("offers.field.translationsHint")}</p>
        {translationLanguages.map((l) => {
          const filled = (["title", "summary"] as const).some(
            (part) => defaults[translationFieldName(l, part)] || (repopulated && repopulated[translationFieldName(l, part)]),
          );
          return (
            <details key={l} open={filled || undefined}>
              <summary>{t(`offers.lang.${l}`)}</summary>
              <TextField name={translationFieldName(l, "title")} label={labels[translationFieldName(l, "title")]} lang={l} dir={textDirection(l)} />
              <TextField name={translationFieldName(l, "summary")} label={labels[translationFieldName(l, "summary")]} lang={l} dir={textDirection(l)} multiline rows={2} />
            </details>
          );
        })}
      </fieldset>
      <div className="actions">
        <SubmitButton name="intent" value="publish">{t("offers.savePublish")}</SubmitButton>
        <button type="submit" className="button" name="intent" value="draft">{t("offers.saveDraft")}</button>
        <Link to={cancelTo}>{t("app.cancel")}</Link>
      </div>
    </ValidatedForm>
  );
}
