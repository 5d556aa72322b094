import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { groupRole } from "~/auth/permissions";
import { Link } from "~/components/link";
import { groupKinds } from "~/groups/cadence";
import { listGroups } from "~/groups/groups.server";
import { useT } from "~/i18n/use-translation";

export const meta: MetaFunction = () => [{ title: "Gremien – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const groups = await listGroups(viewer.networkId);
  // Only what the cards show: the page carries its data twice (HTML and hydration data).
  return {
    networkSlug: viewer.networkSlug,
    groups: groups.map(({ id, kind, slug, name, preparation, memberCount }) => ({ id, kind, slug, name, preparation, memberCount, role: groupRole(viewer, id) })),
  };
}

export default function GroupsDirectory() {
  const { networkSlug, groups } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("groups.title")}</h1>
      <p>{t("groups.intro")}</p>
      {groupKinds.map((kind) => {
        const ofKind = groups.filter((g) => g.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`groups.kind.${kind}`)}</h2>
            <div className="grid">
              {ofKind.map((g) => (
                <article key={g.id} className="card">
                  <h3>
                    <Link to={`/n/${networkSlug}/groups/${g.slug}`}>{g.name}</Link>
                    {g.role ? <span className={g.role === "moderator" ? "badge badge--prep" : "badge"}>{t(`role.${g.role}`)}</span> : null}
                  </h3>
                  <p className="muted">
                    {t("groups.preparation")}: {g.preparation.join(", ") || t("app.none")}
                  </p>
                  <p className="muted">{t("groups.memberCount", { count: g.memberCount })}</p>
                </article>
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
