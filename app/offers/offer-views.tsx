import { Link } from "~/components/link";
import { formatDateTime } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import { formatLocalDate } from "./dates";
import { textDirection } from "./vocab";

// Pieces of the board and the offer page. User text is always rendered as React text
// (escaped); only the Markdown body, made safe on the server, is set as HTML.

/** "ab 01.02.2027 · bis 30.06.2027" or "unbefristet". */
export function Validity({ from, to }: { from: string | null; to: string | null }) {
  const t = useT();
  if (!from && !to) return <>{t("offers.validAlways")}</>;
  return (
    <>
      {from ? <time dateTime={from}>{t("offers.validFrom", { date: formatLocalDate(from) })}</time> : null}
      {from && to ? " " : null}
      {to ? <time dateTime={to}>{t("offers.validTo", { date: formatLocalDate(to) })}</time> : null}
    </>
  );
}

/** A title in the chosen language with lang/dir, or the German original marked as such. */
export function LocalizedText({
  german, translation, language, as: Tag = "span", showGermanMarker,
}: {
  german: string;
  translation: string | null | undefined;
  language: string | null;
  as?: "span" | "p";
  showGermanMarker: boolean;
}) {
  const t = useT();
  if (language && translation) {
    return (
      <Tag lang={language} dir={textDirection(language)}>
        {translation}
      </Tag>
    );
  }
  return (
    <Tag lang="de">
      {german}
      {showGermanMarker ? <span className="muted"> {t("offers.german")}</span> : null}
    </Tag>
  );
}

export interface BoardOffer {
  id: number;
  title: string;
  summary: string;
  category: string;
  place: string | null;
  online: number;
  valid_from: string | null;
  valid_to: string | null;
  status: string;
  expired: boolean;
  organisation_name: string;
  topics: string[];
  /** start of the next (or running) event date, UTC */
  next_event?: string | null;
  translation: { language: string; title: string; summary: string } | null;
}

export function OfferCard({ offer, networkSlug, language }: { offer: BoardOffer; networkSlug: string; language: string | null }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="card" aria-labelledby={`offer-${offer.id}`}>
      <h3 id={`offer-${offer.id}`}>
        <Link to={`/n/${networkSlug}/offers/${offer.id}`}>
          <LocalizedText german={offer.title} translation={offer.translation?.title} language={language} showGermanMarker={Boolean(language)} />
        </Link>
      </h3>
      <p className="muted">
        {t(`offers.category.${offer.category}` as "offers.category.other")} · {t("offers.by", { organisation: offer.organisation_name })} ·{" "}
        <Validity from={offer.valid_from} to={offer.valid_to} />
        {offer.place ? <> · {offer.place}</> : null}
        {offer.online ? <> · {t("offers.online")}</> : null}
        {offer.status === "archived" ? <> · <span className="badge">{t("offers.status.archived")}</span></> : null}
        {offer.expired ? <> · <span className="badge">{t("offers.expired")}</span></> : null}
      </p>
      {offer.next_event ? (
        <p className="offer-next-event">
          <time dateTime={offer.next_event}>{t("offers.nextEvent", { date: formatDateTime(offer.next_event, locale) })}</time>
        </p>
      ) : null}
      <LocalizedText as="p" german={offer.summary} translation={offer.translation?.summary || null} language={language} showGermanMarker={false} />
      {offer.topics.length ? (
        <p className="muted">
          {t("offers.topics")}: {offer.topics.map((topic) => t(`offers.topic.${topic}` as "offers.topic.arbeit")).join(", ")}
        </p>
      ) : null}
    </article>
  );
}
