import { useField, useFormContext, useIsSubmitting } from "remix-validated-form";
import { useFormAction, useSubmit } from "@remix-run/react";
import type { FormEvent, ReactNode } from "react";
import { translateError } from "~/i18n/i18n";
import { useT } from "~/i18n/use-translation";

// Every form field goes through these components so that labels, hints, aria-invalid and
// aria-describedby are wired the same way everywhere.

type BaseProps = { name: string; label: string; hint?: string; formId?: string };

function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Label, hint and error around one control whose element id is `id`. */
export function FieldShell(props: { id: string; label: string; hint?: string; error?: string; required?: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <div className={props.error ? "field field--invalid" : "field"}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="field__error">
          {translateError(t, props.error)}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** aria-invalid and aria-describedby for the control of a FieldShell. */
export function fieldAria(id: string, hint?: string, error?: string) {
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) };
}

export function TextField({
  name, label, hint, formId, id = name, type = "text", required, autoComplete, multiline, rows = 4, inputMode, lang, dir, defaultValue,
}: BaseProps & {
  /** the element id; defaults to the name, set it where one page holds several forms with the same fields */
  id?: string;
  type?: string;
  required?: boolean;
  autoComplete?: string;
  multiline?: boolean;
  rows?: number;
  inputMode?: "numeric" | "text";
  lang?: string;
  dir?: "ltr" | "rtl";
  /** a starting text from the page that wins over the form library's store */
  defaultValue?: string;
}) {
  const { error, getInputProps } = useField(name, { formId });
  const common = { id, required, lang, dir, ...fieldAria(id, hint, error) };
  const given = defaultValue === undefined ? {} : { defaultValue };
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      {multiline ? (
        <textarea {...getInputProps({ ...common, rows })} {...given} />
      ) : (
        <input {...getInputProps({ ...common, type, autoComplete, inputMode })} {...given} />
      )}
    </FieldShell>
  );
}

type Option = { value: string; label: string };

export function SelectField({
  name, label, hint, formId, id = name, options, optionGroups, required, placeholder,
}: BaseProps & { id?: string; options?: Option[]; optionGroups?: { label: string; options: Option[] }[]; required?: boolean; placeholder?: string }) {
  const { error, getInputProps } = useField(name, { formId });
  const optionList = (list: Option[]) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} required={required}>
      <select {...getInputProps({ id, required, ...fieldAria(id, hint, error) })}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {optionList(options ?? [])}
        {(optionGroups ?? [])
          .filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {optionList(g.options)}
            </optgroup>
          ))}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes that submits every ticked value under one name. */
export function CheckboxGroup({
  name, label, hint, formId, options, defaultValues,
}: BaseProps & { options: { value: string; label: string }[]; defaultValues: string[] }) {
  const { error } = useField(name, { formId });
  const t = useT();
  return (
    <fieldset className={error ? "field field--invalid" : "field"} aria-describedby={describedBy(name, hint, error)}>
      <legend>{label}</legend>
      {hint ? <p id={`${name}-hint`} className="field__hint">{hint}</p> : null}
      {error ? <p id={`${name}-error`} className="field__error">{translateError(t, error)}</p> : null}
      <div className="checkbox-grid">
        {options.map((o, index) => (
          <label key={o.value} className="checkbox">
            {/* The first box carries the field's id, so the error summary's link lands in the group. */}
            <input type="checkbox" id={index === 0 ? name : undefined} name={name} value={o.value} defaultChecked={defaultValues.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Lists every field error at the top of a submitted form, each linking to its field. */
export function ErrorSummary({ labels, formId }: { labels: Record<string, string>; formId?: string }) {
  const { fieldErrors, hasBeenSubmitted } = useFormContext(formId);
  const t = useT();
  const entries = Object.entries(fieldErrors);
  if (!hasBeenSubmitted && entries.length === 0) return null;
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <p>{t("app.formErrors")}</p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>
              {labels[field] ?? field}: {translateError(t, message)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SubmitButton({ children, formId, name, value }: { children: ReactNode; formId?: string; name?: string; value?: string }) {
  const submitting = useIsSubmitting(formId);
  return (
    <button type="submit" className="button button--primary" disabled={submitting} name={name} value={value}>
      {children}
    </button>
  );
}

/** A message for the whole form (e.g. "wrong password"), announced to screen readers. */
export function FormMessage({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  if (!message) return null;
  return (
    <p className={`notice notice--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {message}
    </p>
  );
}

/**
 * For a list with a small form in every row: the props of a plain `<form method="post">`
 * that posts to the current route as Remix's `<Form>` does (with JavaScript through Remix,
 * without it as a normal form post). Computed once for the list: a `<Form>` per row resolves
 * the route's action URL again for each row, which cost 4 ms on a page of 25 rows.
 */
export function useRowFormProps() {
  const action = useFormAction();
  const submit = useSubmit();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    submit(submitter ?? event.currentTarget, { method: "post", action });
  };
  return { method: "post" as const, action, onSubmit };
}
