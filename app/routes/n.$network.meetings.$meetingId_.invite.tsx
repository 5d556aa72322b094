import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams, type ShouldRevalidateFunction } from "@remix-run/react";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { translator } from "~/i18n/i18n";
import { formatDateTime } from "~/i18n/format";
import { localeFromRequest } from "~/i18n/locale.server";
import { useLocale, useT } from "~/i18n/use-translation";
import { timeAgenda } from "~/meetings/agenda-timing";
import {
  acceptedAgenda, attendanceOverview, invitationBody, inviteeCounts, inviteTiers, publishInvitations, requireModeratedMeeting,
} from "~/meetings/invitations.server";
import { meetingSubject, meetingUrl, timeText } from "~/meetings/notify.server";
import { IllegalTransitionError } from "~/meetings/state-machines";

// Publishing the agenda: choose who is invited, then the meeting becomes `invited` and the
// invitations go to the outbox. Once invited, the page lists who was invited.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Einladen: ${data?.meeting.title ?? "Sitzung"} – Netzwerkstatt` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, meeting } = await requireModeratedMeeting(request, params);
  const base = {
    networkSlug: viewer.networkSlug,
    meeting: {
      id: meeting.id, title: meeting.title, status: meeting.status, kind: meeting.kind, version: meeting.version,
      invite_tier: meeting.invite_tier, starts_at: meeting.starts_at, ends_at: meeting.ends_at,
      hosts: meeting.hosts.map((h) => ({ id: h.id, name: h.name, slug: h.slug })),
    },
  };
  if (meeting.status !== "planned") {
    return { ...base, planned: null, invited: await attendanceOverview(viewer.networkId, meeting.id) };
  }
  const [counts, agenda] = await Promise.all([inviteeCounts(meeting), acceptedAgenda(viewer.networkId, meeting.id)]);
  const url = meetingUrl(new URL(request.url).origin, viewer.networkSlug, meeting.id);
  const timed = timeAgenda(meeting, agenda).items.map(({ item, startsAt }) => ({
    id: item.id,
    title: item.title,
    startTime: timeText(startsAt, meeting.time_zone),
    minutes: item.planned_minutes,
  }));
  return {
    ...base,
    planned: {
      counts,
      agenda: timed,
      defaultTier: meeting.kind === "preparation" ? "preparation" : meeting.invite_tier,
      preview: { subject: meetingSubject("Einladung", meeting), body: `Guten Tag [Name],\n\n${invitationBody(meeting, agenda, url)}` },
    },
    invited: null,
  };
}

const publishSchema = z.object({
  tier: z.enum(inviteTiers),
  version: z.coerce.number().int().positive(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, meeting } = await requireModeratedMeeting(request, params);
  const t = translator(localeFromRequest(request));
  const form = await request.formData();
  const parsed = publishSchema.safeParse({ tier: form.get("tier"), version: form.get("version") });
  if (!parsed.success) return data({ message: t("rsvp.invite.invalidTier") }, { status: 400 });
  try {
    const outcome = await publishInvitations({
      viewer,
      meeting,
      tier: parsed.data.tier,
      version: parsed.data.version,
      origin: new URL(request.url).origin,
    });
    if (!outcome.ok) return data({ message: t("rsvp.invite.conflict") }, { status: 409 });
    throw redirect(`/n/${viewer.networkSlug}/meetings/${meeting.id}/invite?done=${outcome.invited}`);
  } catch (error) {
    if (error instanceof IllegalTransitionError) {
      return data({ message: t("rsvp.invite.notPossible", { status: t(`meeting.status.${meeting.status}`) }) }, { status: 409 });
    }
    throw error;
  }
}

// After a refused publish (409) show what is stored now, also with JavaScript.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 ? true : defaultShouldRevalidate;

export default function InvitePage() {
  const { networkSlug, meeting, planned, invited } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const meetingPath = `/n/${networkSlug}/meetings/${meeting.id}`;
  const done = params.get("done");

  return (
    <>
      <p>
        <Link to={meetingPath}>{t("rsvp.backToMeeting")}</Link>
      </p>
      <h1>{planned ? t("rsvp.invite.title") : t("rsvp.invitedLink")}</h1>
      <p className="muted">
        {meeting.title} · {formatDateTime(meeting.starts_at, locale)} · {meeting.hosts.map((h) => h.name).join(", ")}
      </p>
      <FormMessage message={actionData?.message} />
      {done !== null && /^\d+$/.test(done) ? <FormMessage tone="success" message={t("rsvp.invite.done", { count: done })} /> : null}

      {planned ? (
        <>
          <p>{t("rsvp.invite.intro")}</p>
          <section className="card" aria-labelledby="invite-agenda">
            <h2 id="invite-agenda">{t("rsvp.invite.agenda")}</h2>
            {planned.agenda.length ? (
              <ol>
                {planned.agenda.map((item) => (
                  <li key={item.id}>
                    {item.startTime} Uhr – {item.title} <span className="muted">({item.minutes} min)</span>
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t("rsvp.invite.noAgenda")}</p>
            )}
          </section>

          <section className="card" aria-labelledby="invite-form">
            <h2 id="invite-form">{t("rsvp.invite.submit")}</h2>
            <Form method="post">
              <input type="hidden" name="version" value={meeting.version} />
              <fieldset className="field" aria-describedby="tier-hint">
                <legend>{t("rsvp.invite.tier")}</legend>
                <p id="tier-hint" className="field__hint">{t("rsvp.invite.tierHint")}</p>
                {inviteTierOptions.map((tier) => (
                  <label key={tier} className="checkbox">
                    <input type="radio" name="tier" value={tier} defaultChecked={planned.defaultTier === tier} required />
                    {t(`rsvp.invite.tierOption.${tier}`, { count: planned.counts[tier] })}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="button button--primary">{t("rsvp.invite.submit")}</button>
            </Form>
          </section>

          <section className="card" aria-labelledby="invite-preview">
            <h2 id="invite-preview">{t("rsvp.invite.preview")}</h2>
            <p>
              <strong>{t("rsvp.invite.subject")}:</strong> {planned.preview.subject}
            </p>
            <pre style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}>{planned.preview.body}</pre>
          </section>
        </>
      ) : invited ? (
        <>
          {meeting.status === "invited" || invited.people.length ? (
            <p>{t("rsvp.invite.invitedAs", { tier: t(`rsvp.tier.${meeting.invite_tier}`) })}</p>
          ) : (
            <p>{t("rsvp.invite.notPossible", { status: t(`meeting.status.${meeting.status}`) })}</p>
          )}
          <p>{t("rsvp.counts", invited.totals)}</p>
          <section aria-labelledby="invited-people">
            <h2 id="invited-people">{t("rsvp.invite.invitedPeople", { count: invited.people.length })}</h2>
            {invited.people.length ? (
              <ul className="plain">
                {invited.people.map((p) => (
                  <li key={p.userId}>
                    {p.name}
                    <span className={p.response === "pending" ? "badge badge--off" : "badge"}>{t(`rsvp.response.${p.response}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t("rsvp.attendance.none")}</p>
            )}
          </section>
          <p>
            <Link to={`${meetingPath}/attendance`}>{t("rsvp.attendanceLink")}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}

const inviteTierOptions = ["member", "preparation"] as const;

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
