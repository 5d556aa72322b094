import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireNetworkMember } from "~/auth/authorize.server";
import { canModerateMeeting } from "~/auth/permissions";
import { Link } from "~/components/link";
import { parseId } from "~/components/params";
import { formatDateTime } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import { findMeeting } from "~/meetings/meetings.server";
import { MinutesSection } from "~/meetings/minutes-view";
import { loadMinutes, minutesLinks } from "~/meetings/minutes.server";
import { rsvpForMeeting } from "~/meetings/invitations.server";
import { RsvpSection } from "~/meetings/rsvp-view";
import { loadAgenda } from "~/meetings/agenda.server";
import { AgendaView } from "~/meetings/agenda-view";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.meeting.title ?? "Sitzung"} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const id = parseId(params.meetingId);
  const meeting = id ? await findMeeting(viewer.networkId, id) : undefined;
  if (!meeting) notFound();
  const canModerate = canModerateMeeting(viewer, meeting.hosts.map((h) => h.id));
  return {
    networkSlug: viewer.networkSlug,
    meeting,
    canModerate,
    minutes: await loadMinutes(viewer.networkId, meeting, viewer),
    minutesLinks: minutesLinks(viewer, meeting),
    agenda: await loadAgenda(viewer.networkId, meeting, viewer),
    rsvp: await rsvpForMeeting(viewer, meeting, canModerate),
  };
}

export default function MeetingPage() {
  const { networkSlug, meeting, minutes, minutesLinks, canModerate, rsvp, agenda } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <p className="muted">{t(`meeting.kind.${meeting.kind}`)}</p>
      <h1>{meeting.title}</h1>
      {meeting.status === "cancelled" ? (
        <p className="notice notice--error">{t("meeting.cancelledBecause", { reason: meeting.cancel_reason ?? "" })}</p>
      ) : null}
      <section className="card" aria-labelledby="meeting-facts">
        <h2 id="meeting-facts" className="visually-hidden">{t("meeting.when")}</h2>
        <dl className="facts">
          <dt>{t("meeting.when")}</dt>
          <dd>
            {formatDateTime(meeting.starts_at, locale)} – {formatDateTime(meeting.ends_at, locale).split(", ")[1]}
          </dd>
          <dt>{t("meeting.hosts")}</dt>
          <dd>
            {meeting.hosts.map((h, i) => (
              <span key={h.id}>
                {i > 0 ? ", " : null}
                <Link to={`/n/${networkSlug}/groups/${h.slug}`}>{h.name}</Link>
              </span>
            ))}
          </dd>
          {meeting.place ? (<><dt>{t("meeting.place")}</dt><dd>{meeting.place}</dd></>) : null}
          {meeting.online_url ? (<><dt>{t("meeting.online")}</dt><dd><a href={meeting.online_url} rel="noopener noreferrer">{meeting.online_url}</a></dd></>) : null}
          <dt>{t("meeting.status")}</dt>
          <dd>{t(`meeting.status.${meeting.status}`)}</dd>
          <dt>{t("meeting.deadline")}</dt>
          <dd>{formatDateTime(meeting.proposal_deadline, locale)}</dd>
          {meeting.series_id ? (<><dt>{t("meeting.series")}</dt><dd>{t("meeting.seriesPart")}</dd></>) : null}
        </dl>
        {meeting.description ? <p style={{ whiteSpace: "pre-line" }}>{meeting.description}</p> : null}
        <p>
          <a href={`/n/${networkSlug}/meetings/${meeting.id}.ics`} download>
            {t("calendar.addToCalendar")}
          </a>
        </p>
        {canModerate ? (
          <p className="actions">
            <Link className="button" to={`/n/${networkSlug}/meetings/${meeting.id}/edit`}>
              {t("meeting.edit")}
            </Link>
          </p>
        ) : null}
      </section>
      <AgendaView agenda={agenda} networkSlug={networkSlug} />
      <RsvpSection networkSlug={networkSlug} meeting={meeting} rsvp={rsvp} canModerate={canModerate} />
      <MinutesSection
        minutes={minutes}
        links={minutesLinks}
        networkSlug={networkSlug}
        meetingId={meeting.id}
        workPackageHref={canModerate && meeting.hosts.some((h) => h.kind !== "steering") ? (itemId) => `/n/${networkSlug}/work-packages/new?item=${itemId}` : undefined}
      />
    </>
  );
}
