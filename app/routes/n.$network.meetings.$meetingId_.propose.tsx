import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ValidatedForm, validationError } from "remix-validated-form";
import { requireHostGroupMember } from "~/auth/authorize.server";
import { ErrorSummary, FormMessage, SelectField, SubmitButton, TextField } from "~/components/forms";
import { Link } from "~/components/link";
import { formatDateTime } from "~/i18n/format";
import { translator } from "~/i18n/i18n";
import { localeFromRequest } from "~/i18n/locale.server";
import { useLocale, useT } from "~/i18n/use-translation";
import { proposeItem, requireMeetingContext } from "~/meetings/agenda.server";
import { agendaItemKinds, proposalValidator } from "~/meetings/agenda-schemas";
import { acceptsProposals, isAgendaOpen } from "~/meetings/state-machines";

// /n/:network/meetings/:id/propose — members of a host group propose an agenda item until
// the proposal deadline. Named `$meetingId_` so it is not nested in the meeting page.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `TOP vorschlagen: ${data?.meeting.title ?? "Sitzung"} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, meeting } = await requireMeetingContext(request, params);
  requireHostGroupMember(viewer, meeting);
  return {
    networkSlug: viewer.networkSlug,
    meeting: { id: meeting.id, title: meeting.title, starts_at: meeting.starts_at, proposal_deadline: meeting.proposal_deadline },
    open: acceptsProposals(meeting, new Date()),
    closedReason: isAgendaOpen(meeting.status) ? ("deadline" as const) : ("meeting" as const),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireMeetingContext(request, params);
  requireHostGroupMember(ctx.viewer, ctx.meeting);
  const t = translator(localeFromRequest(request));
  const locale = localeFromRequest(request);
  const result = await proposalValidator.validate(await request.formData());
  const refused = () =>
    json(
      {
        fieldErrors: {},
        repopulateFields: result.submittedData,
        formError: isAgendaOpen(ctx.meeting.status)
          ? t("agenda.error.deadline", { deadline: formatDateTime(ctx.meeting.proposal_deadline, locale) })
          : t("agenda.error.meetingClosed"),
      },
      { status: 409 },
    );
  // A closed meeting refuses first: nothing typed after the deadline is stored.
  if (!acceptsProposals(ctx.meeting, new Date())) return refused();
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await proposeItem(ctx, result.data);
  if (!outcome.ok) return refused();
  throw redirect(`/n/${ctx.viewer.networkSlug}/meetings/${ctx.meeting.id}?proposed=1`);
}

export default function ProposeAgendaItem() {
  const { networkSlug, meeting, open, closedReason } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const formError = actionData && "formError" in actionData ? actionData.formError : null;
  const deadline = formatDateTime(meeting.proposal_deadline, locale);
  const labels = {
    title: t("agenda.field.title"),
    kind: t("agenda.field.kind"),
    description: t("agenda.field.description"),
    desiredMinutes: t("agenda.field.desiredMinutes"),
  };
  return (
    <>
      <p>
        <Link to={`/n/${networkSlug}/meetings/${meeting.id}`}>{t("agenda.backToMeeting", { title: meeting.title })}</Link>
      </p>
      <h1>{t("agenda.proposeTitle")}</h1>
      <p>{t("agenda.proposeFor", { title: meeting.title, date: formatDateTime(meeting.starts_at, locale) })}</p>
      <FormMessage message={formError} />
      {!open && !formError ? (
        <p className="notice notice--info">{closedReason === "deadline" ? t("agenda.closed.deadline", { deadline }) : t("agenda.closed.meeting")}</p>
      ) : (
        // After a refusal the form stays, filled in, so that nothing typed is lost.
        <section className="card" aria-labelledby="proposal-form-title">
          <h2 id="proposal-form-title" className="visually-hidden">
            {t("agenda.proposeTitle")}
          </h2>
          <p className="muted">{t("agenda.proposeUntil", { deadline })}</p>
          <ValidatedForm
            validator={proposalValidator}
            method="post"
            defaultValues={{ title: "", description: "", desiredMinutes: 15 }}
            noValidate
          >
            <ErrorSummary labels={labels} />
            <TextField name="title" label={labels.title} required />
            <SelectField
              name="kind"
              label={labels.kind}
              required
              placeholder={t("agenda.chooseKind")}
              options={agendaItemKinds.map((k) => ({ value: k, label: t(`agenda.kind.${k}`) }))}
            />
            <TextField name="description" label={labels.description} hint={t("agenda.field.descriptionHint")} multiline rows={5} />
            <TextField name="desiredMinutes" label={labels.desiredMinutes} hint={t("agenda.field.minutesHint")} required />
            <SubmitButton>{t("agenda.submitProposal")}</SubmitButton>
          </ValidatedForm>
        </section>
      )}
    </>
  );
}
