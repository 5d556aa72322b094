import { useField, ValidatedForm } from "remix-validated-form";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { formatDate, NETWORK_TIME_ZONE } from "~/i18n/format";
import { translateError } from "~/i18n/i18n";
import { useLocale, useT } from "~/i18n/use-translation";
import type { MeetingKind, MeetingStatus } from "../../db/schema";
import { utcToLocal } from "./local-time";
import { inviteTiers, meetingKinds, meetingValidator, type MeetingFormValues } from "./schemas";

// One editor for "plan a meeting" and "edit a meeting" (same fields, same schema), and the
// compact meeting list used by the group page, the home page and the network's list.

export const MEETING_EDITOR_ID = "meeting-editor";

function JointGroupsField({ groups }: { groups: { id: number; name: string }[] }) {
  const t = useT();
  const name = "jointGroupIds";
  const { error, getInputProps } = useField(name);
  const hintId = `${name}-hint`;
  return (
    <fieldset
      id={name}
      className={error ? "field field--invalid" : "field"}
      aria-describedby={error ? `${hintId} ${name}-error` : hintId}
    >
      <legend>{t("meeting.field.jointGroups")}</legend>
      <p id={hintId} className="field__hint">
        {t("meeting.field.jointGroupsHint")}
      </p>
      {error ? (
        <p id={`${name}-error`} className="field__error">
          {translateError(t, error)}
        </p>
      ) : null}
      <div className="checkbox-grid">
        {groups.map((g) => (
          <label key={g.id} className="checkbox">
            <input {...getInputProps({ type: "checkbox", value: String(g.id), id: `${name}-${g.id}` })} />
            {g.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function SeriesField({ cadenceLabel, dates }: { cadenceLabel: string; dates: string[] }) {
  const t = useT();
  const locale = useLocale();
  const { getInputProps } = useField("createSeries");
  return (
    <div className="field">
      <label className="checkbox" htmlFor="createSeries">
        <input {...getInputProps({ type: "checkbox", value: "on", id: "createSeries", "aria-describedby": "createSeries-hint" })} />
        {t("meeting.field.createSeries")}
      </label>
      <p id="createSeries-hint" className="field__hint">
        {t("meeting.field.createSeriesHint", { cadence: cadenceLabel })}{" "}
        {dates.length ? t("meeting.field.seriesPreview", { dates: dates.map((d) => formatDate(`${d}T12:00:00Z`, locale)).join(", ") }) : null}
      </p>
    </div>
  );
}

export interface MeetingEditorProps {
  mode: "create" | "edit";
  values: MeetingFormValues;
  /** the version the next save is based on (after a conflict: the stored one) */
  version?: string;
  /** create: the network's other groups for a joint session */
  otherGroups?: { id: number; name: string }[];
  /** create: the group's cadence, translated, and the dates a series would get */
  series?: { cadenceLabel: string; dates: string[] } | null;
  /** edit: the host groups (fixed once planned) */
  hostNames?: string[];
  cancelTo: string;
}

export function MeetingEditor({ mode, values, version, otherGroups, series, hostNames, cancelTo }: MeetingEditorProps) {
  const t = useT();
  const labels: Record<string, string> = {
    title: t("meeting.field.title"),
    kind: t("meeting.field.kind"),
    date: t("meeting.field.date"),
    startTime: t("meeting.field.startTime"),
    endTime: t("meeting.field.endTime"),
    place: t("meeting.field.place"),
    onlineUrl: t("meeting.field.onlineUrl"),
    description: t("meeting.field.description"),
    deadlineDate: t("meeting.field.deadlineDate"),
    inviteTier: t("meeting.field.inviteTier"),
    jointGroupIds: t("meeting.field.jointGroups"),
    createSeries: t("meeting.field.createSeries"),
  };
  return (
    <ValidatedForm id={MEETING_EDITOR_ID} validator={meetingValidator} method="post" defaultValues={values} noValidate className="card">
      <input type="hidden" name="intent" value="save" />
      {mode === "edit" ? <input type="hidden" name="version" value={version ?? values.version} /> : null}
      <ErrorSummary labels={labels} />
      <TextField name="title" label={labels.title} required />
      <SelectField
        name="kind"
        label={labels.kind}
        required
        options={meetingKinds.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
      />
      {hostNames?.length ? <p className="muted">{t("meeting.hostsFixed", { groups: hostNames.join(", ") })}</p> : null}
      <TextField name="date" type="date" label={labels.date} hint={t("meeting.field.dateHint")} required />
      <div className="grid">
        <TextField name="startTime" type="time" label={labels.startTime} hint={t("meeting.field.timeHint")} required />
        <TextField name="endTime" type="time" label={labels.endTime} hint={t("meeting.field.timeHint")} required />
      </div>
      <TextField name="place" label={labels.place} hint={t("meeting.field.placeHint")} autoComplete="off" />
      <TextField name="onlineUrl" type="url" label={labels.onlineUrl} hint={t("meeting.field.onlineUrlHint")} autoComplete="url" />
      <TextField name="description" label={labels.description} multiline rows={5} />
      <TextField name="deadlineDate" type="date" label={labels.deadlineDate} hint={t("meeting.field.deadlineHint")} />
      <SelectField
        name="inviteTier"
        label={labels.inviteTier}
        options={inviteTiers.map((tier) => ({ value: tier, label: t(`meeting.field.inviteTier.${tier}`) }))}
      />
      {mode === "create" && otherGroups?.length ? <JointGroupsField groups={otherGroups} /> : null}
      {mode === "create" && series ? <SeriesField cadenceLabel={series.cadenceLabel} dates={series.dates} /> : null}
      {mode === "edit" ? <p className="field__hint">{t("meeting.sequenceNote")}</p> : null}
      <div className="actions">
        <SubmitButton>{mode === "create" ? t("meeting.create") : t("meeting.save")}</SubmitButton>
        <Link to={cancelTo}>{t("app.cancel")}</Link>
      </div>
    </ValidatedForm>
  );
}

// ── Meeting lists ───────────────────────────────────────────────────────────

export interface MeetingListEntry {
  id: number;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  starts_at: string;
  ends_at: string;
  cancel_reason: string | null;
  hosts: { id: number; slug: string; name: string }[];
}

/** "26.03.2026, 10:00 – 12:00 Uhr" (Berlin time) for lists. */
export function MeetingWhen({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const locale = useLocale();
  const t = useT();
  const text = t("meeting.timeRange", {
    date: formatDate(startsAt, locale),
    start: utcToLocal(startsAt, NETWORK_TIME_ZONE).time,
    end: utcToLocal(endsAt, NETWORK_TIME_ZONE).time,
  });
  return <time dateTime={startsAt}>{text}</time>;
}

/**
 * Meetings as a list: date and time, title (linked), host groups when the meeting is a
 * joint session (or `showHosts`), and the status when it is not simply planned.
 */
export function MeetingList({
  meetings, networkSlug, showHosts = false, hideHostId, emptyText,
}: {
  meetings: MeetingListEntry[];
  networkSlug: string;
  showHosts?: boolean;
  /** on a group page: name only the other host groups */
  hideHostId?: number;
  emptyText: string;
}) {
  const t = useT();
  if (meetings.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="plain meeting-list">
      {meetings.map((m) => {
        const hosts = m.hosts.filter((h) => h.id !== hideHostId);
        const cancelled = m.status === "cancelled";
        return (
          <li key={m.id}>
            <MeetingWhen startsAt={m.starts_at} endsAt={m.ends_at} />
            {" · "}
            <Link to={`/n/${networkSlug}/meetings/${m.id}`}>{cancelled ? <s>{m.title}</s> : m.title}</Link>
            {m.status !== "planned" ? " " : null}
            {m.status !== "planned" ? (
              <span className={cancelled ? "badge badge--off" : "badge"}>{t(`meeting.status.${m.status}`)}</span>
            ) : null}
            {(showHosts || m.hosts.length > 1) && hosts.length ? (
              <span className="muted">
                {" · "}
                {showHosts ? hosts.map((h) => h.name).join(", ") : t("meeting.with", { groups: hosts.map((h) => h.name).join(", ") })}
              </span>
            ) : null}
            {cancelled && m.cancel_reason ? <span className="muted"> · {t("meeting.cancelledBecause", { reason: m.cancel_reason })}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
