import { useSearchParams } from "@remix-run/react";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import type { AgendaData } from "./agenda.server";

// The agenda section of the meeting page: read-only, numbered, with computed start times.
// Data comes from loadAgenda() in the meeting page's loader.

export function AgendaView({ agenda, networkSlug }: { agenda: AgendaData; networkSlug: string }) {
  const t = useT();
  const [params] = useSearchParams();
  const base = `/n/${networkSlug}/meetings/${agenda.meetingId}`;
  return (
    <section className="card" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t("agenda.title")}</h2>
      {params.get("proposed") ? <FormMessage tone="success" message={t("agenda.proposed")} /> : null}
      {agenda.visible && !agenda.published ? <p className="notice notice--info">{t("agenda.draft")}</p> : null}
      {agenda.overrunMinutes > 0 ? (
        <p className="notice notice--error">{t("agenda.overrun", { minutes: agenda.overrunMinutes })}</p>
      ) : null}

      {!agenda.visible ? (
        <p>{t("agenda.notPublished")}</p>
      ) : agenda.items.length === 0 ? (
        <p>{t("agenda.empty")}</p>
      ) : (
        // The number is part of each heading ("TOP 1: …"), so the list shows no second one.
        <ol className="plain" style={{ listStyle: "none", paddingLeft: 0, margin: 0 }}>
          {agenda.items.map((item) => (
            <li key={item.id}>
              <h3>
                {t("agenda.number", { number: item.number })}: {item.title}
              </h3>
              <p className="muted">
                <time dateTime={item.startsAt}>{t("agenda.time", { time: item.startTime })}</time>
                {" · "}
                {t("agenda.minutesShort", { minutes: item.plannedMinutes })}
                {" · "}
                {t(`agenda.kind.${item.kind}`)}
                {item.presenterName ? <> · {t("agenda.presenter", { name: item.presenterName })}</> : null}
              </p>
              {item.description ? <p>{item.description}</p> : null}
              {item.offerId && item.offerTitle ? (
                <p>
                  {t("offers.nav")}: <Link to={`/n/${networkSlug}/offers/${item.offerId}`}>{item.offerTitle}</Link>
                </p>
              ) : null}
              {item.workPackageId && item.workPackageTitle ? (
                <p>
                  <Link to={`/n/${networkSlug}/work-packages/${item.workPackageId}`}>
                    {t("agenda.workPackage", { title: item.workPackageTitle })}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      {agenda.canModerate ? (
        <p>
          {agenda.openProposalCount !== null ? <>{t("agenda.openProposals", { count: agenda.openProposalCount })} · </> : null}
          <Link to={`${base}/agenda`}>{t("agenda.edit")}</Link>
        </p>
      ) : null}
      {agenda.canPropose ? (
        <p className="actions">
          <Link to={`${base}/propose`} className="button">
            {t("agenda.propose")}
          </Link>
        </p>
      ) : null}

      {agenda.ownProposals.length > 0 ? (
        <>
          <h3>{t("agenda.ownProposals")}</h3>
          <ul className="plain">
            {agenda.ownProposals.map((p) => (
              <li key={p.id}>
                {p.title} <span className={p.status === "declined" ? "badge badge--off" : "badge"}>{t(`agenda.status.${p.status}`)}</span>
                {p.status === "declined" && p.declineReason ? <p>{t("agenda.declineReasonShown", { reason: p.declineReason })}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
