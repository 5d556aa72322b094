import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireOfferReader } from "~/auth/authorize.server";
import { isNetworkAdmin } from "~/auth/permissions";
import { Link } from "~/components/link";
import { Pagination } from "~/components/pagination";
import { useT } from "~/i18n/use-translation";
import { filterQuery, hasNarrowingFilters, parseOfferFilters } from "~/offers/filters";
import { OfferCard } from "~/offers/offer-views";
import { findNetworkBySlug } from "~/networks/networks.server";
import { listBoard } from "~/offers/offers.server";
import { offerCategories, offerLanguages, offerTargets, offerTopics, translationLanguages } from "~/offers/vocab";
import { organisationKinds } from "~/organisations/kinds";

export const meta: MetaFunction = () => [{ title: "Angebote – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const reader = await requireOfferReader(request, params.network);
  const { filters, ignored } = parseOfferFilters(new URL(request.url).searchParams);
  const [board, network] = await Promise.all([
    listBoard({ networkId: reader.networkId, filters, viewer: reader.viewer }),
    findNetworkBySlug(reader.networkSlug),
  ]);
  const viewer = reader.viewer;
  return {
    networkSlug: reader.networkSlug,
    filters: { ...filters, page: board.page },
    ignored,
    board,
    isPublicView: viewer === null,
    canPost: viewer !== null && (isNetworkAdmin(viewer) || viewer.organisationIds.length > 0),
    feeds: network?.public_offers === 1,
  };
}

const paramLabels: Record<string, string> = {
  category: "offers.filter.category",
  topic: "offers.filter.topic",
  target: "offers.filter.target",
  language: "offers.filter.language",
  org_kind: "offers.filter.orgKind",
  from: "offers.filter.from",
  to: "offers.filter.to",
  sort: "offers.filter.sort",
  view: "offers.view.current",
  page: "offers.pagination",
  lang: "offers.filter.lang",
};

function Select({ name, label, value, options, anyLabel }: { name: string; label: string; value: string | null; options: { value: string; label: string }[]; anyLabel?: string }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function OfferBoard() {
  const { networkSlug, filters, ignored, board, isPublicView, canPost, feeds } = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/n/${networkSlug}/offers`;
  const any = t("offers.filter.any");
  const narrowing = hasNarrowingFilters(filters);
  return (
    <>
      <h1>{filters.view === "archive" ? t("offers.view.archive") : t("offers.title")}</h1>
      <p>{t("offers.intro")}</p>
      {isPublicView ? <p className="notice notice--info">{t("offers.publicNotice")}</p> : null}
      <p className="actions">
        {canPost ? (
          <Link to={`${base}/new`} className="button button--primary">
            {t("offers.new")}
          </Link>
        ) : null}
        {filters.view === "archive" ? (
          <Link to={`${base}${filterQuery(filters, { view: "current", page: 1 })}`}>{t("offers.view.current")}</Link>
        ) : (
          <Link to={`${base}${filterQuery(filters, { view: "archive", page: 1 })}`}>{t("offers.view.archive")}</Link>
        )}
      </p>

      <section className="card" aria-labelledby="offer-filters">
        <h2 id="offer-filters">{t("offers.filter.title")}</h2>
        <Form method="get" action={base} className="filter-form">
          {filters.view === "archive" ? <input type="hidden" name="view" value="archive" /> : null}
          <div className="field">
            <label htmlFor="filter-q">{t("offers.filter.q")}</label>
            <p id="filter-q-hint" className="field__hint">{t("offers.filter.qHint")}</p>
            <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ""} aria-describedby="filter-q-hint" />
          </div>
          <Select name="category" label={t("offers.filter.category")} value={filters.category} anyLabel={any}
            options={offerCategories.map((c) => ({ value: c, label: t(`offers.category.${c}`) }))} />
          <Select name="topic" label={t("offers.filter.topic")} value={filters.topic} anyLabel={any}
            options={offerTopics.map((c) => ({ value: c, label: t(`offers.topic.${c}`) }))} />
          <Select name="target" label={t("offers.filter.target")} value={filters.target} anyLabel={any}
            options={offerTargets.map((c) => ({ value: c, label: t(`offers.target.${c}`) }))} />
          <Select name="language" label={t("offers.filter.language")} value={filters.language} anyLabel={any}
            options={offerLanguages.map((c) => ({ value: c, label: t(`offers.lang.${c}`) }))} />
          <Select name="org_kind" label={t("offers.filter.orgKind")} value={filters.orgKind} anyLabel={any}
            options={organisationKinds.map((c) => ({ value: c, label: t(`orgKind.${c}`) }))} />
          <div className="field">
            <label htmlFor="filter-from">{t("offers.filter.from")}</label>
            <input id="filter-from" type="date" name="from" defaultValue={filters.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">{t("offers.filter.to")}</label>
            <input id="filter-to" type="date" name="to" defaultValue={filters.to ?? ""} />
          </div>
          <Select name="sort" label={t("offers.filter.sort")} value={filters.sort}
            options={[
              ...(filters.q ? [{ value: "relevance", label: t("offers.sort.relevance") }] : []),
              { value: "newest", label: t("offers.sort.newest") },
              { value: "ending", label: t("offers.sort.ending") },
            ]} />
          <Select name="lang" label={t("offers.filter.lang")} value={filters.lang ?? "de"}
            options={[{ value: "de", label: t("offers.lang.de") }, ...translationLanguages.map((l) => ({ value: l, label: t(`offers.lang.${l}`) }))]} />
          <div className="actions">
            <button type="submit" className="button button--primary">{t("offers.filter.apply")}</button>
            {narrowing ? <Link to={`${base}${filterQuery(filters, { q: null, category: null, topic: null, target: null, language: null, orgKind: null, from: null, to: null, page: 1 })}`}>{t("offers.filter.reset")}</Link> : null}
          </div>
        </Form>
      </section>

      {ignored.length ? (
        <p className="notice notice--info" role="status">
          {t("offers.ignored", { names: ignored.map((n) => (paramLabels[n] ? t(paramLabels[n] as "offers.filter.topic") : n)).join(", ") })}
        </p>
      ) : null}

      <section aria-labelledby="offer-results">
        <h2 id="offer-results">{t("offers.results")}</h2>
        <p role="status">{t("offers.count", { count: board.total })}</p>
        {board.offers.length === 0 ? (
          <div className="notice notice--info">
            <p>{t("offers.none")}</p>
            {narrowing ? (
              <p>
                {t("offers.noneHint")}{" "}
                <Link to={`${base}${filterQuery(filters, { q: null, category: null, topic: null, target: null, language: null, orgKind: null, from: null, to: null, page: 1 })}`}>
                  {t("offers.filter.reset")}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          board.offers.map((offer) => <OfferCard key={offer.id} offer={offer} networkSlug={networkSlug} language={filters.lang} />)
        )}
      </section>

      <Pagination label={t("offers.pagination")} page={board.page} pageCount={board.pageCount} hrefOf={(n) => `${base}${filterQuery(filters, { page: n })}`} />

      {feeds ? (
        <p className="muted">
          {t("offers.feeds")} <a href={`${base}/feed.atom`}>{t("offers.feedAtom")}</a> · <a href={`${base}/feed.json`}>{t("offers.feedJson")}</a>
        </p>
      ) : null}
    </>
  );
}
