import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ValidatedForm } from "remix-validated-form";
import { requireNetworkMember } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { ErrorSummary, FormMessage, SelectField, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { parseId } from "~/components/params";
import { formatDateTime } from "~/i18n/format";
import { translateError } from "~/i18n/i18n";
import { useLocale, useT } from "~/i18n/use-translation";
import { findMeeting } from "~/meetings/meetings.server";
import { ActionItemCells } from "~/meetings/minutes-view";
import {
  ACTION_ITEM_FORM_ID, addActionItemValidator, lockMessage, MINUTES_FORM_ID, minutesLimits, saveMinutesValidator,
} from "~/meetings/minutes-schemas";
import { loadMinutesEditor, minutesAction, requireMinutesModerator, type MinutesConflict } from "~/meetings/minutes.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Protokoll: ${data?.meeting.title ?? "Sitzung"} – Netzwerkstatt` }];

const doneMessages = { saved: "minutes.done.saved", actionAdded: "minutes.done.actionAdded", actionChanged: "minutes.done.actionChanged" } as const;
type Done = keyof typeof doneMessages;

/** The meeting of the URL, moderated by the viewer: 404 for unknown or foreign ids, 403 for non-moderators. */
async function loadMeeting(request: Request, params: { network?: string; meetingId?: string }) {
  const viewer = await requireNetworkMember(request, params.network);
  const id = parseId(params.meetingId);
  const meeting = id ? await findMeeting(viewer.networkId, id) : undefined;
  requireMinutesModerator(viewer, meeting);
  return { viewer, meeting };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, meeting } = await loadMeeting(request, params);
  const done = new URL(request.url).searchParams.get("done");
  return {
    networkSlug: viewer.networkSlug,
    meeting: { id: meeting.id, title: meeting.title, starts_at: meeting.starts_at, ends_at: meeting.ends_at, status: meeting.status, hosts: meeting.hosts },
    ...(await loadMinutesEditor(viewer, meeting)),
    done: done && done in doneMessages ? (done as Done) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, meeting } = await loadMeeting(request, params);
  return minutesAction(viewer, request, meeting);
}

interface FormItem {
  id: string;
  version: string;
  original: string;
  minutesText?: unknown;
  outcome?: unknown;
  decision?: unknown;
}

type ActionResult = {
  formId?: string;
  formError?: string;
  conflicts?: MinutesConflict[];
  repopulateFields?: { items?: FormItem[] };
};

function ConflictNote({ conflict }: { conflict: MinutesConflict }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="notice notice--error conflict" role="group" aria-label={t("minutes.conflictStored")}>
      <p>
        <strong>{t("minutes.conflictStored")}</strong> ({formatDateTime(conflict.updatedAt, locale)})
      </p>
      <dl className="facts">
        <dt>{t("minutes.text")}</dt>
        <dd className="minutes-text">{conflict.minutesText || "–"}</dd>
        <dt>{t("minutes.outcome")}</dt>
        <dd className="minutes-text">{conflict.outcome || "–"}</dd>
        <dt>{t("minutes.decision")}</dt>
        <dd className="minutes-text">{conflict.decision || "–"}</dd>
      </dl>
    </div>
  );
}

type TextKey = "minutesText" | "outcome" | "decision";

// Minutes textareas take their starting text from the page (the stored text, or after a
// refused save the text that was sent), not from the form library's store, which would keep
// the stale text when the server refuses a save.

function MinutesForm() {
  const { items } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const t = useT();
  const mine = actionData?.formId === MINUTES_FORM_ID ? actionData : undefined;
  // After a refused save the form shows what was sent (with the versions now stored);
  // otherwise what is stored.
  const formItems: FormItem[] =
    mine?.repopulateFields?.items ??
    items.map((i) => ({ id: String(i.id), version: String(i.version), original: i.original, minutesText: i.minutesText, outcome: i.outcome, decision: i.decision }));
  const titles = new Map(items.map((i, index) => [String(i.id), { title: i.title, number: index + 1 }]));
  const conflicts = new Map((mine?.conflicts ?? []).map((c) => [String(c.id), c]));
  const labels: Record<string, string> = {};
  formItems.forEach((item, i) => {
    const top = titles.get(item.id);
    const name = top ? t("minutes.itemHeading", { number: top.number, title: top.title }) : `#${item.id}`;
    labels[`items[${i}].minutesText`] = `${name}: ${t("minutes.text")}`;
    labels[`items[${i}].outcome`] = `${name}: ${t("minutes.outcome")}`;
    labels[`items[${i}].decision`] = `${name}: ${t("minutes.decision")}`;
  });
  // Fields and their hidden versions start afresh only when the server sends new ones: after
  // a refused save, or when the stored versions changed (e.g. after this person's own save).
  // Until then the versions stay those the text was written against, so a concurrent change
  // is always noticed.
  const formKey = `${mine ? "refused" : "stored"}-${formItems.map((i) => `${i.id}:${i.version}`).join(",")}`;
  const text = (item: FormItem, key: TextKey) => (typeof item[key] === "string" ? (item[key] as string) : "");

  return (
    <ValidatedForm id={MINUTES_FORM_ID} validator={saveMinutesValidator} method="post" noValidate>
      <input type="hidden" name="intent" value="saveMinutes" />
      <ErrorSummary labels={labels} />
      {formItems.length === 0 ? <p className="notice notice--info">{t("minutes.noAcceptedItems")}</p> : null}
      {formItems.map((item, i) => {
        const top = titles.get(item.id);
        const conflict = conflicts.get(item.id);
        return (
          <fieldset key={`${formKey}-${item.id}`} className="card minutes-item-form">
            <legend>
              <h2>{top ? t("minutes.itemHeading", { number: top.number, title: top.title }) : `#${item.id}`}</h2>
            </legend>
            <input type="hidden" name={`items[${i}].id`} defaultValue={item.id} />
            <input type="hidden" name={`items[${i}].version`} defaultValue={item.version} />
            <input type="hidden" name={`items[${i}].original`} defaultValue={item.original} />
            {conflict ? <ConflictNote conflict={conflict} /> : null}
            <TextField multiline
              name={`items[${i}].minutesText`}
              label={t("minutes.text")}
              hint={t("minutes.textHint", { max: minutesLimits.minutesText })}
              rows={6}
              defaultValue={text(item, "minutesText")}
            />
            <TextField multiline name={`items[${i}].outcome`} label={t("minutes.outcome")} rows={2} defaultValue={text(item, "outcome")} />
            <TextField multiline name={`items[${i}].decision`} label={t("minutes.decision")} rows={2} defaultValue={text(item, "decision")} />
          </fieldset>
        );
      })}
      <div className="actions">
        <SubmitButton>{t("minutes.save")}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

function ActionItemsEditor() {
  const { items, actionItems } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="card" id="aufgaben" aria-labelledby="action-items-heading">
      <h2 id="action-items-heading">{t("minutes.actionItems")}</h2>
      {actionItems.length === 0 ? (
        <p className="muted">{t("minutes.noActionItems")}</p>
      ) : (
        <DataTable columns={[t("minutes.action.title"), t("minutes.action.owner"), t("minutes.action.due"), t("minutes.action.status"), t("minutes.action.change")]}>
          {actionItems.map((a) => (
            <tr key={a.id}>
              <ActionItemCells item={a} />
              <td>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="actionItemId" value={a.id} />
                  <button
                    type="submit"
                    name="intent"
                    value={a.status === "done" ? "reopenActionItem" : "completeActionItem"}
                    className="link-button"
                    aria-label={`${a.status === "done" ? t("minutes.action.reopen") : t("minutes.action.markDone")}: ${a.title}`}
                  >
                    {a.status === "done" ? t("minutes.action.reopen") : t("minutes.action.markDone")}
                  </button>
                </Form>{" "}
                ·{" "}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="actionItemId" value={a.id} />
                  <button type="submit" name="intent" value="removeActionItem" className="link-button" aria-label={`${t("minutes.action.remove")}: ${a.title}`}>
                    {t("minutes.action.remove")}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h3 id="add-action-heading">{t("minutes.action.add")}</h3>
      <p className="field__hint">{t("minutes.action.addHint")}</p>
      <ValidatedForm id={ACTION_ITEM_FORM_ID} validator={addActionItemValidator} method="post" noValidate aria-labelledby="add-action-heading">
        <input type="hidden" name="intent" value="addActionItem" />
        <ErrorSummary
          labels={{ actionTitle: t("minutes.action.title"), actionOwner: t("minutes.action.owner"), actionDue: t("minutes.action.due"), actionAgendaItem: t("minutes.action.item") }}
        />
        <TextField name="actionTitle" label={t("minutes.action.title")} required />
        <TextField name="actionOwner" label={t("minutes.action.owner")} hint={t("minutes.action.ownerHint")} />
        <TextField name="actionDue" type="date" label={t("minutes.action.due")} hint={t("minutes.action.dueHint")} />
        <SelectField
          name="actionAgendaItem"
          label={t("minutes.action.item")}
          placeholder={t("minutes.action.noItem")}
          options={items.map((i, index) => ({ value: String(i.id), label: t("minutes.itemHeading", { number: index + 1, title: i.title }) }))}
        />
        <SubmitButton>{t("minutes.action.add")}</SubmitButton>
      </ValidatedForm>
    </section>
  );
}

export default function MinutesEditorPage() {
  const { networkSlug, meeting, lock, canPublish, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const t = useT();
  const locale = useLocale();
  const page = `/n/${networkSlug}/meetings/${meeting.id}`;
  return (
    <>
      <p>
        <Link to={page}>{t("minutes.backToMeeting")}</Link>
      </p>
      <h1>{t("minutes.editorTitle", { title: meeting.title })}</h1>
      <p className="muted">
        {formatDateTime(meeting.starts_at, locale)} · {meeting.hosts.map((h) => h.name).join(", ")} · {t(`meeting.status.${meeting.status}`)}
      </p>
      {done ? <FormMessage tone="success" message={t(doneMessages[done])} /> : null}
      {actionData?.formError ? <FormMessage message={translateError(t, actionData.formError)} /> : null}
      {lock ? (
        <>
          <p className="notice notice--info">{t(lockMessage(lock))}</p>
          <p className="actions">
            <Link to={page}>{t("minutes.backToMeeting")}</Link>
            <Link to={`${page}/print`}>{t("minutes.printView")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("minutes.editorIntro")}</p>
          <MinutesForm />
          <ActionItemsEditor />
          <section className="card" aria-labelledby="publish-heading">
            <h2 id="publish-heading">{t("minutes.publishHeading")}</h2>
            {canPublish ? (
              <>
                <p>{t("minutes.publishHint")}</p>
                <Form method="post">
                  <button type="submit" name="intent" value="publishMinutes" className="button button--primary">
                    {t("minutes.publish")}
                  </button>
                </Form>
              </>
            ) : (
              <p className="muted">{t("minutes.publishAfterSave")}</p>
            )}
          </section>
          <p className="actions">
            <Link to={`${page}/print`}>{t("minutes.printView")}</Link>
          </p>
        </>
      )}
    </>
  );
}
