import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { Pagination } from "~/components/pagination";
import { useT } from "~/i18n/use-translation";
import { MeetingList } from "~/meetings/meeting-form";
import { networkUpcomingMeetings } from "~/meetings/upcoming.server";
import { pagedQuery, requestedPage } from "~/paging";

export const meta: MetaFunction = () => [{ title: "Sitzungen – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const page = requestedPage(new URL(request.url).searchParams);
  return { networkSlug: viewer.networkSlug, ...(await networkUpcomingMeetings({ networkId: viewer.networkId, page })) };
}

export default function NetworkMeetings() {
  const { networkSlug, meetings, total, page, pageCount } = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${networkSlug}/meetings`;
  return (
    <>
      <h1>{t("meeting.networkTitle")}</h1>
      <p>{t("meeting.networkIntro")}</p>
      <section className="card" aria-labelledby="network-meetings">
        <h2 id="network-meetings">{t("meeting.upcoming")}</h2>
        {total > 0 ? <p className="muted">{t("meeting.upcomingCount", { count: total })}</p> : null}
        <MeetingList meetings={meetings} networkSlug={networkSlug} showHosts emptyText={t("meeting.networkNone")} />
      </section>
      <Pagination label={t("meeting.pagination")} page={page} pageCount={pageCount} hrefOf={(n) => `${base}${pagedQuery({}, n)}`} />
    </>
  );
}
