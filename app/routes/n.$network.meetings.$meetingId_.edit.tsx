import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { notFound, requireMeetingModerator, requireNetworkMember } from "~/auth/authorize.server";
import type { Viewer } from "~/auth/permissions";
import { FormMessage, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { parseId } from "~/components/params";
import { formatDate } from "~/i18n/format";
import { translator, type Translate } from "~/i18n/i18n";
import { localeFromRequest } from "~/i18n/locale.server";
import { useLocale, useT } from "~/i18n/use-translation";
import { MEETING_EDITOR_ID, MeetingEditor } from "~/meetings/meeting-form";
import { findMeeting, type MeetingWithHosts } from "~/meetings/meetings.server";
import { notifyMeetingChanged } from "~/meetings/notify.server";
import { cancelMeeting, markMeetingHeld, meetingFormValues, updateMeeting, type AfterChange } from "~/meetings/planning.server";
import { cancelMeetingValidator, meetingValidator, parseMeetingIntent, type MeetingFormValues } from "~/meetings/schemas";
import { canTransition, IllegalTransitionError, meetingTransitions } from "~/meetings/state-machines";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Sitzung bearbeiten: ${data?.meeting.title ?? ""} – Netzwerkstatt` }];

const CANCEL_FORM_ID = "meeting-cancel";

/** The meeting in the URL, for moderators of any of its host groups (404 / 403 otherwise). */
async function loadMeeting(request: Request, params: { network?: string; meetingId?: string }) {
  const viewer = await requireNetworkMember(request, params.network);
  const id = parseId(params.meetingId);
  const meeting = id ? await findMeeting(viewer.networkId, id) : undefined;
  if (!meeting) notFound();
  requireMeetingModerator(viewer, meeting);
  return { viewer, meeting };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, meeting } = await loadMeeting(request, params);
  const now = new Date();
  return {
    networkSlug: viewer.networkSlug,
    meeting: {
      id: meeting.id,
      title: meeting.title,
      status: meeting.status,
      cancel_reason: meeting.cancel_reason,
      version: meeting.version,
      hosts: meeting.hosts,
    },
    values: meetingFormValues(meeting),
    canCancel: canTransition(meetingTransitions, meeting.status, "cancelled"),
    canMarkHeld: canTransition(meetingTransitions, meeting.status, "held") && new Date(meeting.starts_at) <= now,
  };
}

type Refusal = { intent: "save" | "cancel" | "held" | null; formError: string };

function refused(intent: Refusal["intent"], formError: string, status: number) {
  return data<Refusal>({ intent, formError }, { status });
}

/** 409 for the editor: the input stays, the message says why, the stored state is shown. */
async function editConflict(viewer: Viewer, meetingId: number, t: Translate, submitted: Record<string, unknown>) {
  const stored = await findMeeting(viewer.networkId, meetingId);
  if (!stored) notFound();
  return data(
    {
      intent: "save" as const,
      formError: t("meeting.conflict"),
      fieldErrors: {} as Record<string, string>,
      formId: MEETING_EDITOR_ID,
      repopulateFields: submitted,
      stored: meetingFormValues(stored),
    },
    { status: 409 },
  );
}

// Invitees are told of a move or a cancellation in the same transaction as the change.
const tellInvitees = (origin: string): AfterChange => (trx, change) => notifyMeetingChanged(trx, change.meeting, change.kind, origin);

async function saveIntent(viewer: Viewer, meeting: MeetingWithHosts, form: FormData, t: Translate, page: string, origin: string) {
  const result = await meetingValidator.validate(form);
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await updateMeeting({ viewer, meeting, data: result.data, afterChange: tellInvitees(origin) });
  if (!outcome.ok) {
    if (outcome.reason === "invalid") {
      return validationError({ fieldErrors: { [outcome.field]: outcome.error }, formId: MEETING_EDITOR_ID }, result.submittedData);
    }
    if (outcome.reason === "cancelled") return refused("save", t("meeting.conflict.cancelled"), 409);
    return editConflict(viewer, meeting.id, t, result.submittedData);
  }
  throw redirect(page);
}

async function cancelIntent(viewer: Viewer, meeting: MeetingWithHosts, form: FormData, t: Translate, page: string, origin: string) {
  const result = await cancelMeetingValidator.validate(form);
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await cancelMeeting({
    viewer,
    meetingId: meeting.id,
    reason: result.data.reason,
    version: Number(result.data.version),
    afterChange: tellInvitees(origin),
  });
  if (!outcome.ok) {
    const stored = await findMeeting(viewer.networkId, meeting.id);
    return data(
      {
        intent: "cancel" as const,
        formError: t("meeting.conflict"),
        fieldErrors: {} as Record<string, string>,
        formId: CANCEL_FORM_ID,
        repopulateFields: { reason: result.data.reason },
        storedVersion: stored ? String(stored.version) : undefined,
      },
      { status: 409 },
    );
  }
  throw redirect(page);
}

async function heldIntent(viewer: Viewer, meeting: MeetingWithHosts, t: Translate, page: string) {
  const outcome = await markMeetingHeld({ viewer, meetingId: meeting.id });
  if (!outcome.ok) return refused("held", t("meeting.notStartedYet"), 409);
  throw redirect(page);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, meeting } = await loadMeeting(request, params);
  const form = await request.formData();
  const intent = parseMeetingIntent(form.get("intent"));
  const t = translator(localeFromRequest(request));
  const page = `/n/${viewer.networkSlug}/meetings/${meeting.id}`;
  try {
    switch (intent) {
      case "save":
        return await saveIntent(viewer, meeting, form, t, page, new URL(request.url).origin);
      case "cancel":
        return await cancelIntent(viewer, meeting, form, t, page, new URL(request.url).origin);
      case "held":
        return await heldIntent(viewer, meeting, t, page);
      default:
        return refused(null, t("meeting.unknownAction"), 400);
    }
  } catch (error) {
    // Never applied: the status does not allow this step (e.g. cancelling a cancelled meeting).
    if (error instanceof IllegalTransitionError) {
      return refused(intent, t("meeting.illegalTransition", { status: t(`meeting.status.${error.from}` as "meeting.status.planned") }), 409);
    }
    throw error;
  }
}

interface EditActionData {
  intent?: string | null;
  formError?: string;
  stored?: MeetingFormValues;
  storedVersion?: string;
}

function StoredValues({ stored }: { stored: MeetingFormValues }) {
  const t = useT();
  const locale = useLocale();
  const day = (d: string) => (d ? formatDate(`${d}T12:00:00Z`, locale) : t("app.none"));
  return (
    <section className="card" aria-labelledby="stored-title">
      <h2 id="stored-title">{t("meeting.conflict.stored")}</h2>
      <dl className="facts">
        <dt>{t("meeting.field.title")}</dt>
        <dd>{stored.title}</dd>
        <dt>{t("meeting.when")}</dt>
        <dd>{t("meeting.timeRange", { date: day(stored.date), start: stored.startTime, end: stored.endTime })}</dd>
        <dt>{t("meeting.field.place")}</dt>
        <dd>{stored.place || t("app.none")}</dd>
        <dt>{t("meeting.field.onlineUrl")}</dt>
        <dd>{stored.onlineUrl || t("app.none")}</dd>
        <dt>{t("meeting.field.deadlineDate")}</dt>
        <dd>{day(stored.deadlineDate)}</dd>
        <dt>{t("meeting.field.description")}</dt>
        <dd>{stored.description || t("app.none")}</dd>
      </dl>
    </section>
  );
}

export default function EditMeeting() {
  const { networkSlug, meeting, values, canCancel, canMarkHeld } = useLoaderData<typeof loader>();
  // Refusals (400/409) carry formError; an edit conflict also what is stored now.
  const actionData = useActionData<typeof action>() as EditActionData | undefined;
  const t = useT();
  const page = `/n/${networkSlug}/meetings/${meeting.id}`;
  const formError = actionData?.formError ?? null;
  const stored = actionData?.stored ?? null;
  const cancelVersion = actionData?.storedVersion ?? String(meeting.version);
  const cancelled = meeting.status === "cancelled";
  return (
    <>
      <p>
        <Link to={page}>{t("meeting.backToMeeting")}</Link>
      </p>
      <h1>{t("meeting.editTitle", { title: meeting.title })}</h1>
      <FormMessage message={formError} />
      {stored ? <StoredValues stored={stored} /> : null}
      {cancelled ? (
        <p className="notice notice--error">{t("meeting.cancelledBecause", { reason: meeting.cancel_reason ?? "" })}</p>
      ) : (
        <MeetingEditor
          mode="edit"
          values={values}
          version={stored ? stored.version : String(meeting.version)}
          hostNames={meeting.hosts.map((h) => h.name)}
          cancelTo={page}
        />
      )}

      {canMarkHeld ? (
        <section className="card" aria-labelledby="held-title">
          <h2 id="held-title">{t("meeting.heldSection")}</h2>
          <p className="field__hint">{t("meeting.heldHint")}</p>
          <Form method="post">
            <button type="submit" name="intent" value="held" className="button">
              {t("meeting.markHeld")}
            </button>
          </Form>
        </section>
      ) : null}

      {canCancel ? (
        <section className="card" aria-labelledby="cancel-title">
          <h2 id="cancel-title">{t("meeting.cancelSection")}</h2>
          <p className="field__hint">{t("meeting.cancelHint")}</p>
          <ValidatedForm id={CANCEL_FORM_ID} validator={cancelMeetingValidator} method="post" defaultValues={{ reason: "" }} noValidate>
            <input type="hidden" name="intent" value="cancel" />
            <input type="hidden" name="version" value={cancelVersion} />
            <TextField name="reason" label={t("meeting.cancelReason")} multiline rows={3} required />
            <button type="submit" className="button button--danger">
              {t("meeting.cancelSubmit")}
            </button>
          </ValidatedForm>
        </section>
      ) : null}
    </>
  );
}
