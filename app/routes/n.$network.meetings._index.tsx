import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { useT } from "~/i18n/use-translation";
import { MeetingList } from "~/meetings/meeting-form";
import { networkUpcomingMeetings } from "~/meetings/upcoming.server";
import { requestedPage } from "~/paging";

export const meta: MetaFunction = () => [{ title: "Sitzungen – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const page = requestedPage(new URL(request.url).searchParams);
  return { networkSlug: viewer.networkSlug, ...(await networkUpcomingMeetings({ networkId: viewer.networkId, page })) };
}

export default function NetworkMeetings() {
  const { networkSlug, meetings, page, hasMore } = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${networkSlug}/meetings`;
  return (
    <>
      <h1>{t("meeting.networkTitle")}</h1>
      <p>{t("meeting.networkIntro")}</p>
      <section className="card" aria-labelledby="network-meetings">
        <h2 id="network-meetings">{page > 1 ? `${t("meeting.upcoming")} · ${t("meeting.pageOf", { page })}` : t("meeting.upcoming")}</h2>
        <MeetingList meetings={meetings} networkSlug={networkSlug} showHosts emptyText={t("meeting.networkNone")} />
      </section>
      {page > 1 || hasMore ? (
        <nav className="actions" aria-label={t("meeting.networkTitle")}>
          {page > 1 ? <Link to={page === 2 ? base : `${base}?page=${page - 1}`}>{t("meeting.previousPage")}</Link> : null}
          {hasMore ? <Link to={`${base}?page=${page + 1}`}>{t("meeting.nextPage")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
