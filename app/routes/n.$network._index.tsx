import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { homeOverview } from "~/groups/home.server";
import { MeetingList } from "~/meetings/meeting-form";
import { pendingInvitations } from "~/meetings/invitations.server";
import { PendingInvitations } from "~/meetings/rsvp-view";
import { proposalsToDecide } from "~/meetings/upcoming.server";
import { formatDate } from "~/i18n/format";
import { steeringNotice } from "~/work-packages/work-packages.server";
import { SteeringNotice } from "~/work-packages/views";
import { useLocale, useT } from "~/i18n/use-translation";

export const meta: MetaFunction = () => [{ title: "Übersicht – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  return { name: viewer.name, networkSlug: viewer.networkSlug, ...(await homeOverview(viewer)), invitations: await pendingInvitations(viewer), toDecide: await proposalsToDecide(viewer), workPackageNotice: await steeringNotice(viewer) };
}

export default function NetworkHome() {
  const {
    name,
    networkSlug,
    organisations,
    groups,
    nextMeetings,
    invitations,
    toDecide,
    workPackageNotice,
  } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("home.title", { name })}</h1>
      {invitations.length ? <PendingInvitations networkSlug={networkSlug} invitations={invitations} /> : null}
      <SteeringNotice notice={workPackageNotice} networkSlug={networkSlug} />
      {toDecide.length ? (
        <section className="card" aria-labelledby="to-decide">
          <h2 id="to-decide">{t("meeting.proposalsToDecide")}</h2>
          <ul className="plain">
            {toDecide.map((m) => (
              <li key={m.id}>
                {formatDate(m.starts_at, locale)} · <Link to={`/n/${networkSlug}/meetings/${m.id}/agenda`}>{m.title}</Link>{" "}
                <span className="badge">{t("meeting.openProposals", { count: Number(m.open) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="my-next-meetings">
        <h2 id="my-next-meetings">{t("meeting.myNext")}</h2>
        <MeetingList meetings={nextMeetings} networkSlug={networkSlug} showHosts emptyText={t("meeting.myNextNone")} />
        <p>
          <Link to={`/n/${networkSlug}/meetings`}>{t("meeting.allMeetings")}</Link>
        </p>
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="my-orgs">
          <h2 id="my-orgs">{t("home.myOrganisations")}</h2>
          {organisations.length ? (
            <ul className="plain">
              {organisations.map((o) => (
                <li key={o.id}>
                  <Link to={`/n/${networkSlug}/organisations/${o.id}`}>{o.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("home.noOrganisation")}</p>
          )}
        </section>
        <section className="card" aria-labelledby="my-groups">
          <h2 id="my-groups">{t("home.myGroups")}</h2>
          {groups.length ? (
            <ul className="plain">
              {groups.map((g) => (
                <li key={g.id}>
                  <Link to={`/n/${networkSlug}/groups/${g.slug}`}>{g.name}</Link>
                  {g.role ? <span className={g.role === "moderator" ? "badge badge--prep" : "badge"}>{t(`role.${g.role}`)}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("home.noGroups")}</p>
          )}
        </section>
      </div>
    </>
  );
}
