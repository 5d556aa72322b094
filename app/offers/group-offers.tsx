import { Link } from "~/components/link";
import { formatDate } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import type { groupNewOffers } from "./offers.server";

// "Neue Angebote seit der letzten Sitzung" on a group page; data from groupNewOffers().
export function GroupNewOffers({ data, networkSlug }: { data: Awaited<ReturnType<typeof groupNewOffers>>; networkSlug: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="group-new-offers">
      <h2 id="group-new-offers">{t("offers.group.title")}</h2>
      {data.since ? <p className="muted">{t("offers.group.since", { date: formatDate(data.since, locale) })}</p> : null}
      {data.offers.length === 0 ? (
        <p>{t("offers.group.none")}</p>
      ) : (
        <ul className="plain">
          {data.offers.map((o) => (
            <li key={o.id}>
              <Link to={`/n/${networkSlug}/offers/${o.id}`}>{o.title}</Link>
              <span className="muted"> · {o.organisation_name}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
