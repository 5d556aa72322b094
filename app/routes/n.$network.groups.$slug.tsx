import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { notFound, requireNetworkMember } from "~/auth/authorize.server";
import { canManageGroupMembership, groupRole } from "~/auth/permissions";
import { findGroupBySlug, listGroupMembers, type GroupMemberRow } from "~/groups/groups.server";
import { useT } from "~/i18n/use-translation";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.group.name ?? "Gremium"} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const group = await findGroupBySlug(viewer.networkId, params.slug ?? "");
  if (!group) notFound();
  const members = await listGroupMembers(viewer.networkId, group.id);
  return {
    networkSlug: viewer.networkSlug,
    group,
    members,
    role: groupRole(viewer, group.id),
    canManageMembers: canManageGroupMembership(viewer, group.id),
  };
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
  const { networkSlug, group, members, role, canManageMembers } = useLoaderData<typeof loader>();
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
      <div className="grid">
        <section className="card" aria-labelledby="preparation">
          <h2 id="preparation">{t("groups.preparation")}</h2>
          <MemberList members={members.filter((m) => m.tier === "preparation")} networkSlug={networkSlug} />
        </section>
        <section className="card" aria-labelledby="members">
          <h2 id="members">{t("groups.members")}</h2>
          <MemberList members={members.filter((m) => m.tier === "member")} networkSlug={networkSlug} />
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
