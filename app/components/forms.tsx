import { useField, useFormContext, useIsSubmitting } from "remix-validated-form";
import type { ReactNode } from "react";
import { translateError } from "~/i18n/i18n";
import { useT } from "~/i18n/use-translation";

// Every form field goes through these components so that labels, hints, aria-invalid and
// aria-describedby are wired the same way everywhere.

type BaseProps = { name: string; label: string; hint?: string; formId?: string };

function describedBy(name: string, hint?: string, error?: string) {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldShell(props: { name: string; label: string; hint?: string; error?: string; required?: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <div className={props.error ? "field field--invalid" : "field"}>
      <label htmlFor={props.name}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.hint ? (
        <p id={`${props.name}-hint`} className="field__hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.name}-error`} className="field__error">
          {translateError(t, props.error)}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

export function TextField({
  name, label, hint, formId, type = "text", required, autoComplete, multiline, rows = 4,
}: BaseProps & { type?: string; required?: boolean; autoComplete?: string; multiline?: boolean; rows?: number }) {
  const { error, getInputProps } = useField(name, { formId });
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(name, hint, error) };
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} required={required}>
      {multiline ? (
        <textarea {...getInputProps({ id: name, rows, required, ...aria })} />
      ) : (
        <input {...getInputProps({ id: name, type, required, autoComplete, ...aria })} />
      )}
    </FieldShell>
  );
}

export function SelectField({
  name, label, hint, formId, options, required, placeholder,
}: BaseProps & { options: { value: string; label: string }[]; required?: boolean; placeholder?: string }) {
  const { error, getInputProps } = useField(name, { formId });
  return (
    <FieldShell name={name} label={label} hint={hint} error={error} required={required}>
      <select
        {...getInputProps({ id: name, required, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(name, hint, error) })}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
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
