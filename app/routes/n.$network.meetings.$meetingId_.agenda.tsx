import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { requireMeetingModerator } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { FormMessage, SelectField, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { translator, type Translate } from "~/i18n/i18n";
import { localeFromRequest } from "~/i18n/locale.server";
import { useT } from "~/i18n/use-translation";
import {
  changeItemStatus,
  loadAgendaEditor,
  moveItem,
  requireMeetingContext,
  updateItem,
  type AgendaContext,
  type EditOutcome,
} from "~/meetings/agenda.server";
import { declineValidator, itemCommandSchema, updateItemValidator } from "~/meetings/agenda-schemas";

// /n/:network/meetings/:id/agenda — the moderators' agenda editor: decide on proposals,
// order the agenda, set durations and presenters. Every button is a plain form that works
// without JavaScript. Named `$meetingId_` so it is not nested in the meeting page.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Tagesordnung bearbeiten: ${data?.meeting.title ?? "Sitzung"} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const ctx = await requireMeetingContext(request, params);
  requireMeetingModerator(ctx.viewer, ctx.meeting);
  const data = await loadAgendaEditor(ctx);
  const t = translator(localeFromRequest(request));
  return {
    networkSlug: ctx.viewer.networkSlug,
    ...data,
    overrunWarning: data.agenda.overrunMinutes > 0 ? t("agenda.overrun", { minutes: data.agenda.overrunMinutes }) : null,
  };
}

const badRequest = () => new Response("Bad Request", { status: 400 });

const doneKeys = ["accepted", "declined", "deferred", "reopened", "moved", "updated"] as const;
type Done = (typeof doneKeys)[number];

interface KeptForm {
  formId?: string;
  submitted: unknown;
}

/** Turns a domain outcome into a redirect (done) or a 409/422 answer that keeps the user's input. */
function answer(ctx: AgendaContext, t: Translate, outcome: EditOutcome, done: Done, form?: KeptForm) {
  if (outcome.ok) throw redirect(`/n/${ctx.viewer.networkSlug}/meetings/${ctx.meeting.id}/agenda?done=${done}`);
  // Only a validated form gets its fields back, matched by its id; button forms have none.
  const keep = form?.formId ? { fieldErrors: {}, formId: form.formId, repopulateFields: form.submitted } : {};
  switch (outcome.reason) {
    case "presenter":
      return validationError({ fieldErrors: { presenter: "agenda.error.presenter" }, formId: form?.formId }, form?.submitted);
    case "conflict": {
      const current = outcome.current;
      const formError = t("agenda.error.conflict", {
        title: current.title,
        status: t(`agenda.status.${current.status}`),
        minutes: current.plannedMinutes,
        presenter: current.presenterName ?? t("agenda.noPresenter"),
      });
      return json({ ...keep, formError, conflict: { itemId: current.id, version: current.version, current } }, { status: 409 });
    }
    case "illegal":
      return json(
        { ...keep, formError: t("agenda.error.illegal", { title: outcome.title, from: t(`agenda.status.${outcome.from}`), to: t(`agenda.status.${outcome.to}`) }) },
        { status: 409 },
      );
    case "closed":
      return json({ formError: t("agenda.error.closed", { status: t(`meeting.status.${ctx.meeting.status}`) }) }, { status: 409 });
    case "notOnAgenda":
      return json({ formError: t("agenda.error.notOnAgenda") }, { status: 409 });
  }
}

async function command(ctx: AgendaContext, t: Translate, form: FormData) {
  // Buttons with hidden fields only: anything malformed did not come from the page.
  const parsed = itemCommandSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw badRequest();
  const { intent, itemId, version } = parsed.data;
  switch (intent) {
    case "accept":
      return answer(ctx, t, await changeItemStatus(ctx, { itemId, version, to: "accepted" }), "accepted");
    case "defer":
      return answer(ctx, t, await changeItemStatus(ctx, { itemId, version, to: "deferred" }), "deferred");
    case "reopen":
      return answer(ctx, t, await changeItemStatus(ctx, { itemId, version, to: "proposed" }), "reopened");
    case "moveUp":
    case "moveDown":
      return answer(ctx, t, await moveItem(ctx, { itemId, version, direction: intent === "moveUp" ? "up" : "down" }), "moved");
  }
}

async function decline(ctx: AgendaContext, t: Translate, form: FormData) {
  const result = await declineValidator.validate(form);
  if (result.error) return validationError(result.error, result.submittedData);
  const { itemId, version, reason } = result.data;
  const outcome = await changeItemStatus(ctx, { itemId, version, to: "declined", note: reason });
  return answer(ctx, t, outcome, "declined", { formId: result.formId, submitted: result.submittedData });
}

async function update(ctx: AgendaContext, t: Translate, form: FormData) {
  const result = await updateItemValidator.validate(form);
  if (result.error) return validationError(result.error, result.submittedData);
  const { intent: _intent, ...input } = result.data;
  const outcome = await updateItem(ctx, input);
  return answer(ctx, t, outcome, "updated", { formId: result.formId, submitted: result.submittedData });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireMeetingContext(request, params);
  requireMeetingModerator(ctx.viewer, ctx.meeting);
  const t = translator(localeFromRequest(request));
  const form = await request.formData();
  switch (form.get("intent")) {
    case "accept":
    case "defer":
    case "reopen":
    case "moveUp":
    case "moveDown":
      return command(ctx, t, form);
    case "decline":
      return decline(ctx, t, form);
    case "update":
      return update(ctx, t, form);
    default:
      throw badRequest();
  }
}

// ── UI ──────────────────────────────────────────────────────────────────────

interface ActionAnswer {
  formError?: string;
  conflict?: { itemId: number; version: number };
}

/** One button that posts an intent for one item. */
function ItemButton({ intent, itemId, version, label, itemTitle, danger }: { intent: string; itemId: number; version: number; label: string; itemTitle: string; danger?: boolean }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className={danger ? "button button--danger" : "button"} aria-label={`${label}: ${itemTitle}`}>
        {label}
      </button>
    </Form>
  );
}

export default function AgendaEditor() {
  const { networkSlug, meeting, editable, proposals, closed, agenda, presenterOptions, overrunWarning } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionAnswer | undefined;
  const [params] = useSearchParams();
  const t = useT();
  const done = params.get("done");
  const doneMessage = done && (doneKeys as readonly string[]).includes(done) ? t(`agenda.done.${done as Done}`) : null;
  // After a conflict the form posts the version now stored, so a second save is deliberate.
  const versionOf = (item: { id: number; version: number }) =>
    actionData?.conflict?.itemId === item.id ? Math.max(item.version, actionData.conflict.version) : item.version;
  const meetingUrl = `/n/${networkSlug}/meetings/${meeting.id}`;

  return (
    <>
      <p>
        <Link to={meetingUrl}>{t("agenda.backToMeeting", { title: meeting.title })}</Link>
      </p>
      <h1>
        {t("agenda.editorTitle")}: {meeting.title}
      </h1>
      <FormMessage tone="success" message={doneMessage} />
      <FormMessage message={actionData?.formError} />
      {!editable ? <p className="notice notice--info">{t("agenda.editorClosed", { status: t(`meeting.status.${meeting.status}`) })}</p> : null}

      <section className="card" aria-labelledby="proposals-title">
        <h2 id="proposals-title">{t("agenda.proposalsTitle")}</h2>
        {proposals.length === 0 ? <p>{t("agenda.noProposals")}</p> : null}
        {proposals.map((p) => {
          const declineFormId = `decline-${p.id}`;
          return (
            <article key={p.id} className="card" aria-labelledby={`proposal-${p.id}-title`}>
              <h3 id={`proposal-${p.id}-title`}>{p.title}</h3>
              <p className="muted">
                {t(`agenda.kind.${p.kind}`)} · {t("agenda.desiredMinutes", { minutes: p.plannedMinutes })}
                {p.proposerOrganisation || p.proposerName ? (
                  <> · {t("agenda.proposedBy", { name: [p.proposerOrganisation, p.proposerName].filter(Boolean).join(" – ") })}</>
                ) : null}
                {p.carried ? <span className="badge">{t("agenda.carried")}</span> : null}
              </p>
              {p.description ? <p>{p.description}</p> : null}
              {editable ? (
                <>
                  <div className="actions">
                    <ItemButton intent="accept" itemId={p.id} version={versionOf(p)} label={t("agenda.accept")} itemTitle={p.title} />
                    <ItemButton intent="defer" itemId={p.id} version={versionOf(p)} label={t("agenda.defer")} itemTitle={p.title} />
                  </div>
                  <ValidatedForm id={declineFormId} validator={declineValidator} method="post" defaultValues={{ reason: "" }} noValidate>
                    <input type="hidden" name="intent" value="decline" />
                    <input type="hidden" name="itemId" value={p.id} />
                    <input type="hidden" name="version" value={versionOf(p)} />
                    <TextField id={`${declineFormId}-reason`} name="reason" label={t("agenda.field.reason")} hint={t("agenda.field.reasonHint")} multiline rows={3} required />
                    <SubmitButton formId={declineFormId}>{t("agenda.decline")}</SubmitButton>
                  </ValidatedForm>
                </>
              ) : null}
            </article>
          );
        })}
      </section>

      <section className="card" aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t("agenda.title")}</h2>
        <p>
          {t("agenda.timing", { start: agenda.startTime, end: agenda.endTime, total: agenda.totalMinutes })}
        </p>
        {overrunWarning ? (
          <p className="notice notice--error" role="status">
            {overrunWarning}
          </p>
        ) : null}
        {agenda.items.length === 0 ? (
          <p>{t("agenda.empty")}</p>
        ) : (
          <DataTable columns={[t("agenda.col.number"), t("agenda.col.start"), t("agenda.col.item"), t("agenda.col.details"), t("agenda.col.actions")]}>
            {agenda.items.map((item, index) => {
              const formId = `item-${item.id}`;
              return (
                <tr key={item.id}>
                  <th scope="row">{item.number}</th>
                  <td>
                    <time dateTime={item.startsAt}>{t("agenda.time", { time: item.startTime })}</time>
                  </td>
                  <td>
                    <strong>{item.title}</strong>
                    <br />
                    <span className="muted">{t(`agenda.kind.${item.kind}`)}</span>
                    {item.description ? <p>{item.description}</p> : null}
                  </td>
                  <td>
                    {editable ? (
                      <ValidatedForm
                        id={formId}
                        validator={updateItemValidator}
                        method="post"
                        defaultValues={{ plannedMinutes: item.plannedMinutes, presenter: item.presenter }}
                        noValidate
                      >
                        <input type="hidden" name="intent" value="update" />
                        <input type="hidden" name="itemId" value={item.id} />
                        <input type="hidden" name="version" value={versionOf(item)} />
                        <TextField id={`${formId}-plannedMinutes`} name="plannedMinutes" label={t("agenda.field.plannedMinutes")} hint={t("agenda.field.minutesHint")} inputMode="numeric" required />
                        <SelectField
                          id={`${formId}-presenter`}
                          name="presenter"
                          label={t("agenda.field.presenter")}
                          placeholder={t("agenda.noPresenter")}
                          optionGroups={[
                            { label: t("agenda.presenterPeople"), options: presenterOptions.people },
                            { label: t("agenda.presenterOrganisations"), options: presenterOptions.organisations },
                          ]}
                        />
                        <SubmitButton formId={formId}>{t("agenda.saveItem")}</SubmitButton>
                      </ValidatedForm>
                    ) : (
                      <>
                        {t("agenda.minutesShort", { minutes: item.plannedMinutes })}
                        {item.presenterName ? <> · {t("agenda.presenter", { name: item.presenterName })}</> : null}
                      </>
                    )}
                  </td>
                  <td>
                    {editable ? (
                      <div className="actions">
                        {index > 0 ? (
                          <ItemButton intent="moveUp" itemId={item.id} version={versionOf(item)} label={t("agenda.moveUp")} itemTitle={item.title} />
                        ) : null}
                        {index < agenda.items.length - 1 ? (
                          <ItemButton intent="moveDown" itemId={item.id} version={versionOf(item)} label={t("agenda.moveDown")} itemTitle={item.title} />
                        ) : null}
                        <ItemButton intent="defer" itemId={item.id} version={versionOf(item)} label={t("agenda.defer")} itemTitle={item.title} />
                        <ItemButton intent="reopen" itemId={item.id} version={versionOf(item)} label={t("agenda.reopen")} itemTitle={item.title} />
                      </div>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>

      {closed.length > 0 ? (
        <section className="card" aria-labelledby="closed-title">
          <h2 id="closed-title">{t("agenda.closedTitle")}</h2>
          <ul className="plain">
            {closed.map((c) => (
              <li key={c.id}>
                {c.title} <span className="badge badge--off">{t(`agenda.status.${c.status}`)}</span>
                {c.declineReason ? <p>{t("agenda.declineReasonShown", { reason: c.declineReason })}</p> : null}
                {editable && c.status === "declined" ? (
                  <ItemButton intent="reopen" itemId={c.id} version={versionOf(c)} label={t("agenda.reopen")} itemTitle={c.title} />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
