import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireNetworkMember } from "~/auth/authorize.server";
import { isNetworkAdmin } from "~/auth/permissions";
import { Link } from "~/components/link";
import { parseId } from "~/components/params";
import { useT } from "~/i18n/use-translation";
import { isOrganisationKind } from "~/organisations/kinds";
import { findOrganisation, organisationProfile, parseLanguages } from "~/organisations/organisations.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? "Organisation"} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const id = parseId(params.orgId);
  const organisation = id ? await findOrganisation(viewer.networkId, id) : undefined;
  if (!organisation) notFound();
  const profile = await organisationProfile(viewer.networkId, organisation.id);
  return { networkSlug: viewer.networkSlug, organisation, ...profile, canEdit: isNetworkAdmin(viewer) };
}

export default function OrganisationPage() {
  const { networkSlug, organisation: o, groups, people, canEdit } = useLoaderData<typeof loader>();
  const t = useT();
  const website = o.website && /^https?:\/\//.test(o.website) ? o.website : null;
  return (
    <>
      <p className="muted">{isOrganisationKind(o.kind) ? t(`orgKind.${o.kind}`) : o.kind}</p>
      <h1>{o.name}</h1>
      <section className="card" aria-labelledby="contact">
        <h2 id="contact">{t("orgs.contact")}</h2>
        <dl className="facts">
          {o.short_name ? (<><dt>{t("orgs.shortName")}</dt><dd>{o.short_name}</dd></>) : null}
          {o.contact_email ? (<><dt>{t("orgs.email")}</dt><dd><a href={`mailto:${o.contact_email}`}>{o.contact_email}</a></dd></>) : null}
          {o.contact_phone ? (<><dt>{t("orgs.phone")}</dt><dd>{o.contact_phone}</dd></>) : null}
          {o.address ? (<><dt>{t("orgs.address")}</dt><dd>{o.address}</dd></>) : null}
          {website ? (<><dt>{t("orgs.website")}</dt><dd><a href={website} rel="noopener noreferrer">{website}</a></dd></>) : null}
          <dt>{t("orgs.languages")}</dt>
          <dd>{parseLanguages(o.languages).join(", ") || t("app.none")}</dd>
        </dl>
        {canEdit ? (
          <p className="actions">
            <Link className="button" to={`/n/${networkSlug}/admin/organisations/${o.id}`}>{t("admin.title")}</Link>
          </p>
        ) : null}
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="org-groups">
          <h2 id="org-groups">{t("orgs.groups")}</h2>
          {groups.length ? (
            <ul className="plain">
              {groups.map((g) => (
                <li key={g.slug}>
                  <Link to={`/n/${networkSlug}/groups/${g.slug}`}>{g.name}</Link>
                  <span className={g.tier === "preparation" ? "badge badge--prep" : "badge"}>
                    {g.tier === "preparation" ? t("groups.preparation") : t("role.member")}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("orgs.noGroups")}</p>
          )}
        </section>
        <section className="card" aria-labelledby="org-people">
          <h2 id="org-people">{t("orgs.people")}</h2>
          {people.length ? (
            <ul className="plain">
              {people.map((p) => (
                <li key={p.id}>
                  {p.name}
                  {p.position ? <span className="muted"> · {p.position}</span> : null}
                  <br />
                  <a href={`mailto:${p.email}`}>{p.email}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("orgs.noPeople")}</p>
          )}
        </section>
      </div>
    </>
  );
}
