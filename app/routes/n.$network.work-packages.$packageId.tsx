import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ValidatedForm } from "remix-validated-form";
import { requireNetworkMember } from "~/auth/authorize.server";
import { ErrorSummary, FormMessage, SelectField, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { formatDate, formatDateTime } from "~/i18n/format";
import { translateError } from "~/i18n/i18n";
import type { MessageKey } from "~/i18n/messages";
import { useLocale, useT } from "~/i18n/use-translation";
import { loadPackagePage, packagePageAction, requirePackage } from "~/work-packages/pages.server";
import { COMMENT_FORM_ID, commentValidator, COMPLETE_FORM_ID, completeValidator, DECISION_FORM_ID, decisionValidator } from "~/work-packages/schemas";
import { Flag, formatLocalDate, StatusBadge, Timeline } from "~/work-packages/views";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.pkg.title ?? "Arbeitspaket"} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const pkg = await requirePackage(viewer, params.packageId);
  return loadPackagePage(viewer, pkg);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const pkg = await requirePackage(viewer, params.packageId);
  return packagePageAction(viewer, request, pkg);
}

const doneKeys = ["created", "saved", "submit", "put_on_agenda", "accept", "return", "decline", "start", "complete", "comment"] as const;

function DecisionForm() {
  const { pkg, organisations } = useLoaderData<typeof loader>();
  const t = useT();
  const labels = {
    decision: t("workPackages.decision"),
    rationale: t("workPackages.rationale"),
    responsibleOrganisationId: t("workPackages.field.responsibleDecision"),
    dueDate: t("workPackages.field.dueDecision"),
  };
  return (
    <section className="card" aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t("workPackages.decide")}</h2>
      <p className="field__hint">{t("workPackages.decisionHint")}</p>
      <ValidatedForm
        id={DECISION_FORM_ID}
        validator={decisionValidator}
        method="post"
        noValidate
        defaultValues={{ responsibleOrganisationId: pkg.responsible_organisation_id ? String(pkg.responsible_organisation_id) : "", dueDate: pkg.due_date ?? "" } as never}
      >
        <ErrorSummary labels={labels} formId={DECISION_FORM_ID} />
        <input type="hidden" name="intent" value="decide" />
        <input type="hidden" name="version" value={pkg.version} />
        <SelectField
          name="decision"
          formId={DECISION_FORM_ID}
          label={labels.decision}
          required
          placeholder={t("workPackages.choose")}
          options={(["accept", "return", "decline"] as const).map((d) => ({ value: d, label: t(`workPackages.decision.${d}`) }))}
        />
        <TextField name="rationale" formId={DECISION_FORM_ID} label={labels.rationale} multiline rows={5} required />
        <SelectField
          name="responsibleOrganisationId"
          formId={DECISION_FORM_ID}
          label={labels.responsibleOrganisationId}
          placeholder={t("workPackages.field.noResponsible")}
          options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <TextField name="dueDate" formId={DECISION_FORM_ID} type="date" label={labels.dueDate} />
        <SubmitButton formId={DECISION_FORM_ID}>{t("workPackages.recordDecision")}</SubmitButton>
      </ValidatedForm>
    </section>
  );
}

export default function WorkPackagePage() {
  const { networkSlug, pkg, actions, canComment, timeline, agendaLinks, meetings } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as { formError?: string } | undefined;
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const done = params.get("done");
  const base = `/n/${networkSlug}/work-packages/${pkg.id}`;
  const answerLabel = pkg.status === "returned" ? t("workPackages.questions") : t("workPackages.rationale");
  return (
    <>
      <p>
        <Link to={`/n/${networkSlug}/work-packages`}>{t("workPackages.backToList")}</Link>
      </p>
      <p className="muted">{t("workPackages.title")}</p>
      <h1>{pkg.title}</h1>
      <p>
        <StatusBadge status={pkg.status} />
        {pkg.overdue ? <Flag>{t("workPackages.overdue")}</Flag> : null}
        {pkg.waitingTooLong ? <Flag>{t("workPackages.waitingTooLong")}</Flag> : null}
      </p>
      {done && (doneKeys as readonly string[]).includes(done) ? <FormMessage tone="success" message={t(`workPackages.done.${done}` as MessageKey)} /> : null}
      {actionData?.formError ? <FormMessage message={translateError(t, actionData.formError)} /> : null}
      {pkg.status === "returned" && actions.includes("submit") ? <p className="notice notice--info">{t("workPackages.returnedNotice")}</p> : null}

      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t("workPackages.details")}</h2>
        <dl className="facts">
          <dt>{t("workPackages.col.group")}</dt>
          <dd>
            <Link to={`/n/${networkSlug}/groups/${pkg.group_slug}`}>{pkg.group_name}</Link>
          </dd>
          {pkg.origin_meeting_id && pkg.origin_meeting_title ? (
            <>
              <dt>{t("workPackages.origin")}</dt>
              <dd>
                <Link to={`/n/${networkSlug}/meetings/${pkg.origin_meeting_id}`}>{pkg.origin_meeting_title}</Link>
              </dd>
            </>
          ) : null}
          <dt>{t("workPackages.field.problem")}</dt>
          <dd className="minutes-text">{pkg.problem}</dd>
          <dt>{t("workPackages.field.request")}</dt>
          <dd className="minutes-text">{pkg.request}</dd>
          <dt>{t("workPackages.col.responsible")}</dt>
          <dd>{pkg.responsible_name ?? "–"}</dd>
          <dt>{t("workPackages.col.due")}</dt>
          <dd>{pkg.due_date ? formatLocalDate(pkg.due_date, locale) : "–"}</dd>
          <dt>{t("workPackages.col.priority")}</dt>
          <dd>{t(`workPackages.priority.${pkg.priority}`)}</dd>
          {pkg.submitted_at ? (
            <>
              <dt>{t("workPackages.col.submitted")}</dt>
              <dd>
                {formatDate(pkg.submitted_at, locale)}
                {pkg.status === "submitted" && pkg.ageDays !== null ? ` (${t("workPackages.col.age")} ${t("workPackages.ageDays", { days: pkg.ageDays })})` : null}
              </dd>
            </>
          ) : null}
          <dt>{t("workPackages.createdBy")}</dt>
          <dd>
            {pkg.created_by_name ?? t("privacy.formerPerson")}, {formatDateTime(pkg.created_at, locale)}
          </dd>
        </dl>
        {agendaLinks.length ? (
          <>
            <h3>{t("workPackages.agendaLinks")}</h3>
            <ul className="plain">
              {agendaLinks.map((a) => (
                <li key={a.id}>
                  {formatDate(a.starts_at, locale)} · <Link to={`/n/${networkSlug}/meetings/${a.meeting_id}`}>{a.meeting_title}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <div className="actions">
          {actions.includes("edit") ? (
            <Link className="button" to={`${base}/edit`}>
              {t("workPackages.edit")}
            </Link>
          ) : null}
          {actions.includes("submit") ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="version" value={pkg.version} />
              <button type="submit" name="intent" value="submit" className="button button--primary">
                {pkg.status === "returned" ? t("workPackages.resubmit") : t("workPackages.submit")}
              </button>
            </Form>
          ) : null}
          {actions.includes("start") ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="version" value={pkg.version} />
              <button type="submit" name="intent" value="start" className="button button--primary">
                {t("workPackages.start")}
              </button>
            </Form>
          ) : null}
        </div>
      </section>

      <section className="card" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t("workPackages.decisionHeading")}</h2>
        {pkg.decided_at ? (
          <dl className="facts">
            <dt>{t("workPackages.decision")}</dt>
            <dd>{t("workPackages.decidedBy", { name: pkg.decided_by_name ?? t("privacy.formerPerson"), date: formatDateTime(pkg.decided_at, locale) })}</dd>
            <dt>{answerLabel}</dt>
            <dd className="minutes-text">{pkg.decision_rationale || "–"}</dd>
            {pkg.result_summary ? (
              <>
                <dt>{t("workPackages.result")}</dt>
                <dd className="minutes-text">{pkg.result_summary}</dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p className="muted">{t("workPackages.noDecision")}</p>
        )}
      </section>

      {actions.includes("put_on_agenda") ? (
        <section className="card" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">{t("workPackages.putOnAgendaOf")}</h2>
          {meetings.length ? (
            <Form method="post">
              <input type="hidden" name="version" value={pkg.version} />
              <div className="field">
                <label htmlFor="meetingId">{t("workPackages.field.meeting")}</label>
                <select id="meetingId" name="meetingId">
                  {meetings.map((m) => (
                    <option key={m.id} value={m.id}>
                      {formatDateTime(m.starts_at, locale)} – {m.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" name="intent" value="putOnAgenda" className="button">
                {t("workPackages.putOnAgenda")}
              </button>
            </Form>
          ) : (
            <p className="muted">{t("workPackages.noOpenMeetings")}</p>
          )}
        </section>
      ) : null}

      {actions.includes("accept") ? <DecisionForm /> : null}

      {actions.includes("complete") ? (
        <section className="card" aria-labelledby="complete-heading">
          <h2 id="complete-heading">{t("workPackages.complete")}</h2>
          <ValidatedForm id={COMPLETE_FORM_ID} validator={completeValidator} method="post" noValidate>
            <ErrorSummary labels={{ resultSummary: t("workPackages.resultSummary") }} formId={COMPLETE_FORM_ID} />
            <input type="hidden" name="intent" value="complete" />
            <input type="hidden" name="version" value={pkg.version} />
            <TextField name="resultSummary" formId={COMPLETE_FORM_ID} label={t("workPackages.resultSummary")} multiline rows={4} required />
            <SubmitButton formId={COMPLETE_FORM_ID}>{t("workPackages.complete")}</SubmitButton>
          </ValidatedForm>
        </section>
      ) : null}

      <section className="card" id="verlauf" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("workPackages.timeline")}</h2>
        <Timeline entries={timeline} />
        {canComment ? (
          <ValidatedForm id={COMMENT_FORM_ID} validator={commentValidator} method="post" noValidate resetAfterSubmit>
            <ErrorSummary labels={{ body: t("workPackages.comment") }} formId={COMMENT_FORM_ID} />
            <input type="hidden" name="intent" value="comment" />
            <TextField name="body" formId={COMMENT_FORM_ID} label={t("workPackages.addComment")} multiline rows={3} required />
            <SubmitButton formId={COMMENT_FORM_ID}>{t("workPackages.sendComment")}</SubmitButton>
          </ValidatedForm>
        ) : null}
      </section>
    </>
  );
}
