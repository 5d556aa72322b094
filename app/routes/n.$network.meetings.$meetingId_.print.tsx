import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireNetworkMember } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { parseId } from "~/components/params";
import { formatDateTime } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import { findMeeting } from "~/meetings/meetings.server";
import { MinutesView } from "~/meetings/minutes-view";
import { loadPrintView } from "~/meetings/minutes.server";

// A clean page of agenda and minutes for printing (or "save as PDF"). The print stylesheet
// hides navigation and buttons, prints black on white and numbers the pages.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.meeting.title ?? "Sitzung"} – Tagesordnung und Protokoll` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const id = parseId(params.meetingId);
  const meeting = id ? await findMeeting(viewer.networkId, id) : undefined;
  if (!meeting) notFound();
  const view = await loadPrintView(viewer, meeting);
  return {
    networkSlug: viewer.networkSlug,
    meeting: {
      id: meeting.id,
      title: meeting.title,
      kind: meeting.kind,
      description: meeting.description,
      starts_at: meeting.starts_at,
      ends_at: meeting.ends_at,
      place: meeting.place,
      online_url: meeting.online_url,
      status: meeting.status,
      cancel_reason: meeting.cancel_reason,
      hosts: meeting.hosts.map((h) => h.name),
    },
    ...view,
  };
}

function timeOf(iso: string, locale: "de" | "en") {
  return formatDateTime(iso, locale).split(", ")[1] ?? "";
}

export default function PrintView() {
  const { networkSlug, meeting, agenda, totalMinutes, minutes } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <article className="print-page">
      <p className="no-print">
        <Link to={`/n/${networkSlug}/meetings/${meeting.id}`}>{t("minutes.backToMeeting")}</Link> · {t("minutes.printHint")}
      </p>
      <header>
        <p className="muted">
          {t(`meeting.kind.${meeting.kind}`)} · {meeting.hosts.join(", ")}
        </p>
        <h1>{meeting.title}</h1>
        <dl className="facts">
          <dt>{t("meeting.when")}</dt>
          <dd>
            {formatDateTime(meeting.starts_at, locale)} – {timeOf(meeting.ends_at, locale)}
          </dd>
          {meeting.place ? (
            <>
              <dt>{t("meeting.place")}</dt>
              <dd>{meeting.place}</dd>
            </>
          ) : null}
          {meeting.online_url ? (
            <>
              <dt>{t("meeting.online")}</dt>
              <dd>{meeting.online_url}</dd>
            </>
          ) : null}
          <dt>{t("meeting.hosts")}</dt>
          <dd>{meeting.hosts.join(", ")}</dd>
          <dt>{t("meeting.status")}</dt>
          <dd>{t(`meeting.status.${meeting.status}`)}</dd>
        </dl>
        {meeting.status === "cancelled" ? <p>{t("meeting.cancelledBecause", { reason: meeting.cancel_reason ?? "" })}</p> : null}
        {meeting.description ? <p className="minutes-text">{meeting.description}</p> : null}
      </header>

      <section aria-labelledby="print-agenda">
        <h2 id="print-agenda">{t("minutes.print.agenda")}</h2>
        {agenda.length === 0 ? (
          <p>{t("minutes.print.noAgenda")}</p>
        ) : (
          <>
            <ol className="print-agenda">
              {agenda.map((item) => (
                <li key={item.id}>
                  <span className="print-agenda__time">{timeOf(item.startsAt, locale)}</span>{" "}
                  <strong>{item.title}</strong>
                  <span className="muted">
                    {" "}
                    ({t("minutes.print.minutes", { minutes: item.plannedMinutes })}
                    {item.presenter ? ` · ${item.presenter}` : ""})
                  </span>
                  {item.description ? <p className="minutes-text">{item.description}</p> : null}
                </li>
              ))}
            </ol>
            <p className="muted">{t("minutes.print.total", { minutes: totalMinutes })}</p>
          </>
        )}
      </section>

      {minutes ? (
        <section aria-labelledby="print-minutes" className="print-minutes">
          <h2 id="print-minutes">
            {t("minutes.title")}
            {minutes.draft ? ` (${t("minutes.draft")})` : ""}
          </h2>
          <MinutesView minutes={minutes} itemLevel={3} actionsLevel={3} />
        </section>
      ) : null}
    </article>
  );
}
