import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireNetworkMember } from "~/auth/authorize.server";
import { canManageGroupMembership, canModerateGroup, groupRole, type Viewer } from "~/auth/permissions";
import { Link } from "~/components/link";
import { findGroupBySlug, groupMemberPage, type GroupMemberRow } from "~/groups/groups.server";
import { useT } from "~/i18n/use-translation";
import { MeetingList, MeetingWhen } from "~/meetings/meeting-form";
import { groupMeetings } from "~/meetings/upcoming.server";
import { loadAgenda } from "~/meetings/agenda.server";
import { AgendaView } from "~/meetings/agenda-view";
import { findMeeting } from "~/meetings/meetings.server";
import { GroupNewOffers } from "~/offers/group-offers";
import { groupNewOffers } from "~/offers/offers.server";
import { requestedPage } from "~/paging";
import { groupWorkPackages } from "~/work-packages/group-section.server";
import { GroupWorkPackages } from "~/work-packages/views";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.group.name ?? "Gremium"} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const group = await findGroupBySlug(viewer.networkId, params.slug ?? "");
  if (!group) notFound();
  const { members, memberPages } = await groupMemberPage(viewer.networkId, group.id, requestedPage(new URL(request.url).searchParams, "members"));
  const meetings = await groupMeetings({ networkId: viewer.networkId, groupId: group.id });
  return {
    networkSlug: viewer.networkSlug,
    group,
    members,
    memberPages,
    role: groupRole(viewer, group.id),
    canManageMembers: canManageGroupMembership(viewer, group.id),
    meetings,
    nextAgenda: await nextMeetingAgenda(viewer, meetings.next?.id),
    canPlan: canModerateGroup(viewer, group.id),
    newOffers: await groupNewOffers({ networkId: viewer.networkId, groupId: group.id }),
    workPackages: group.kind === "steering" ? null : await groupWorkPackages(viewer, group.id),
  };
}

/** The agenda of the group's next meeting, with its open proposals for moderators. */
async function nextMeetingAgenda(viewer: Viewer, meetingId: number | undefined) {
  const meeting = meetingId ? await findMeeting(viewer.networkId, meetingId) : undefined;
  return meeting ? loadAgenda(viewer.networkId, meeting, viewer) : null;
}

function MemberList({ members, networkSlug }: { members: GroupMemberRow[]; networkSlug: string }) {
  const t = useT();
  if (members.length === 0) return <p>{t("groups.noMembers")}</p>;
  return (
    <ul className="plain">
      {members.map((m) => (
        <li key={m.membershipId}>
          {m.organisationId ? <Link to={`/n/${networkSlug}/organisations/${m.organisationId}`}>{m.name}</Link> : m.name}
          {m.kind ? <span className="muted"> · {t(`orgKind.${m.kind}` as "orgKind.other")}</span> : <span className="muted"> · {t("groups.person")}</span>}
        </li>
      ))}
    </ul>
  );
}

export default function GroupPage() {
  const {
    networkSlug,
    group,
    members,
    memberPages,
    role,
    canManageMembers,
    meetings,
    canPlan,
    nextAgenda,
    newOffers,
    workPackages,
  } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <p className="muted">{t(`groups.kindSingular.${group.kind}`)}</p>
      <h1>{group.name}</h1>
      {role ? <p>{t("groups.yourRole", { role: t(`role.${role}`) })}</p> : null}
      <section className="card" aria-labelledby="mandate">
        <h2 id="mandate">{t("groups.mandate")}</h2>
        <p>{group.mandate}</p>
        <p className="muted">
          {t("groups.cadence")}: {t(`groups.cadence.${group.cadence}` as "groups.cadence.quarterly")}
        </p>
      </section>
      <section className="card" aria-labelledby="next-meeting">
        <h2 id="next-meeting">{t("meeting.next")}</h2>
        {meetings.next ? (
          <p>
            <MeetingWhen startsAt={meetings.next.starts_at} endsAt={meetings.next.ends_at} />
            {" · "}
            <Link to={`/n/${networkSlug}/meetings/${meetings.next.id}`}>{meetings.next.title}</Link>
            {meetings.next.status !== "planned" ? " " : null}
            {meetings.next.status !== "planned" ? <span className="badge">{t(`meeting.status.${meetings.next.status}`)}</span> : null}
            {meetings.next.hosts.length > 1 ? (
              <span className="muted">
                {" · "}
                {t("meeting.with", { groups: meetings.next.hosts.filter((h) => h.id !== group.id).map((h) => h.name).join(", ") })}
              </span>
            ) : null}
            {meetings.next.place ? <span className="muted"> · {meetings.next.place}</span> : null}
          </p>
        ) : (
          <p>{t("meeting.noNext")}</p>
        )}
        {canPlan ? (
          <p className="actions">
            <Link className="button" to={`/n/${networkSlug}/groups/${group.slug}/meetings/new`}>
              {t("meeting.plan")}
            </Link>
          </p>
        ) : null}
      </section>
      {nextAgenda ? <AgendaView agenda={nextAgenda} networkSlug={networkSlug} /> : null}
      <GroupNewOffers data={newOffers} networkSlug={networkSlug} />
      {workPackages ? <GroupWorkPackages data={workPackages} networkSlug={networkSlug} groupSlug={group.slug} /> : null}
      <div className="grid">
        <section className="card" aria-labelledby="upcoming-meetings">
          <h2 id="upcoming-meetings">{t("meeting.upcoming")}</h2>
          <MeetingList meetings={meetings.upcoming} networkSlug={networkSlug} hideHostId={group.id} emptyText={t("meeting.noUpcoming")} />
          <p>
            <a href={`/n/${networkSlug}/groups/${group.slug}/calendar.ics`}>{t("calendar.groupFeed")}</a>
          </p>
          <p className="field__hint">
            {t("calendar.groupFeedHint")} <Link to="/profile/calendar">{t("calendar.profileLink")}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="past-meetings">
          <h2 id="past-meetings">
            {t("meeting.past")} <span className="muted">({t("meeting.pastHint")})</span>
          </h2>
          <MeetingList meetings={meetings.past} networkSlug={networkSlug} hideHostId={group.id} emptyText={t("meeting.noPast")} />
        </section>
      </div>
      <div className="grid">
        <section className="card" aria-labelledby="preparation">
          <h2 id="preparation">{t("groups.preparation")}</h2>
          <MemberList members={members.filter((m) => m.tier === "preparation")} networkSlug={networkSlug} />
        </section>
        <section className="card" aria-labelledby="members">
          <h2 id="members">{t("groups.members")}</h2>
          <MemberList members={members.filter((m) => m.tier === "member")} networkSlug={networkSlug} />
          {memberPages.pageCount > 1 ? (
            <nav aria-label={t("groups.memberPages")} className="pagination">
              <p>{t("groups.memberPage", { page: memberPages.page, pages: memberPages.pageCount, total: memberPages.memberTotal })}</p>
              <p>
                {memberPages.page > 1 ? <Link to={`?members=${memberPages.page - 1}#members`} rel="prev">{t("groups.previousMembers")}</Link> : null}{" "}
                {memberPages.page < memberPages.pageCount ? <Link to={`?members=${memberPages.page + 1}#members`} rel="next">{t("groups.nextMembers")}</Link> : null}
              </p>
            </nav>
          ) : null}
        </section>
      </div>
      {canManageMembers ? (
        <p className="actions">
          <Link className="button" to={`/n/${networkSlug}/groups/${group.slug}/members`}>
            {t("groups.manageMembers")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
