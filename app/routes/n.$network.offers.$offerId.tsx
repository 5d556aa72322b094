import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { notFound, requireNetworkMember, requireOfferReader } from "~/auth/authorize.server";
import { canEditOffer } from "~/auth/permissions";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { parseId } from "~/components/params";
import { formatDateTime } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import { utcToLocal } from "~/meetings/local-time";
import { isExpired, todayIn } from "~/offers/dates";
import { renderMarkdown } from "~/offers/markdown.server";
import { requireEditableOffer } from "~/offers/offer-editor.server";
import { Validity } from "~/offers/offer-views";
import { changeOfferStatus, findReadableOffer, presentOffer, presentationTargets, publicContactText } from "~/offers/offers.server";
import { textDirection } from "~/offers/vocab";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.offer.title ?? "Angebot"} – Netzwerkstatt` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const reader = await requireOfferReader(request, params.network);
  const id = parseId(params.offerId);
  const offer = id ? await findReadableOffer(reader.networkId, id, reader.viewer) : undefined;
  if (!offer) notFound();
  const viewer = reader.viewer;
  const canEdit = viewer !== null && canEditOffer(viewer, offer);
  const isPublic = viewer === null;
  return {
    networkSlug: reader.networkSlug,
    isPublicView: isPublic,
    offer: {
      id: offer.id,
      title: offer.title,
      summary: offer.summary,
      category: offer.category,
      place: offer.place,
      online: offer.online,
      valid_from: offer.valid_from,
      valid_to: offer.valid_to,
      status: offer.status,
      version: offer.version,
      published_at: offer.published_at,
      organisation_id: offer.organisation_id,
      organisation_name: offer.organisation_name,
      topics: offer.topics,
      targets: offer.targets,
      languages: offer.languages,
      groups: offer.groups,
      translations: offer.translations,
      eventDates: offer.eventDates,
      // Anonymous readers see the organisation's contact, never people's e-mail addresses.
      contact: isPublic ? publicContactText(offer.contact) : offer.contact,
      organisationContact: {
        email: offer.organisation_email,
        phone: offer.organisation_phone,
        website: offer.organisation_website,
      },
    },
    bodyHtml: offer.body ? renderMarkdown(offer.body) : "",
    expired: isExpired(offer.valid_to, todayIn()),
    canEdit,
    targets: canEdit && offer.status === "published" ? await presentationTargets(reader.networkId, offer.organisation_id) : [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  const offer = await requireEditableOffer(viewer, params.offerId);
  const form = await request.formData();
  const intent = form.get("intent");
  const base = `/n/${viewer.networkSlug}/offers/${offer.id}`;
  if (intent === "publish" || intent === "archive" || intent === "draft") {
    const version = Number(form.get("version"));
    const to = intent === "publish" ? "published" : intent === "archive" ? "archived" : "draft";
    const ok = await changeOfferStatus(viewer, offer.id, to, Number.isInteger(version) ? version : -1);
    if (!ok) return { error: "offers.conflict" as const };
    throw redirect(`${base}?saved=1`);
  }
  if (intent === "present") {
    const groupId = parseId(String(form.get("groupId") ?? ""));
    if (!groupId || offer.status !== "published") return { error: "offers.present.closed" as const };
    const outcome = await presentOffer(viewer, offer, groupId);
    if (!outcome.ok) return { error: outcome.reason === "duplicate" ? ("offers.present.duplicate" as const) : ("offers.present.closed" as const) };
    throw redirect(`${base}?presented=${outcome.meetingId}`);
  }
  throw new Response("Bad Request", { status: 400 });
}

export default function OfferPage() {
  const { networkSlug, offer, bodyHtml, expired, canEdit, targets, isPublicView } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const base = `/n/${networkSlug}/offers`;
  const presented = parseId(params.get("presented") ?? undefined);
  return (
    <>
      <p>
        <Link to={base}>{t("offers.backToBoard")}</Link>
      </p>
      <p className="muted">
        {t(`offers.category.${offer.category}` as "offers.category.other")} · {offer.organisation_name}
        {offer.status !== "published" ? <> · <span className="badge">{t(`offers.status.${offer.status}`)}</span></> : null}
        {expired ? <> · <span className="badge">{t("offers.expired")}</span></> : null}
      </p>
      <h1 lang="de">{offer.title}</h1>
      {params.get("saved") ? <FormMessage tone="success" message={t("offers.saved")} /> : null}
      {presented ? (
        <p className="notice notice--success" role="status">
          {t("offers.present.done")} <Link to={`/n/${networkSlug}/meetings/${presented}`}>{t("nav.meetings")}</Link>
        </p>
      ) : null}
      {actionData?.error ? <FormMessage message={t(actionData.error)} /> : null}
      {offer.status === "draft" ? <p className="notice notice--info">{t("offers.draftNotice")}</p> : null}
      {offer.status === "archived" ? <p className="notice notice--info">{t("offers.archivedNotice")}</p> : null}
      {expired ? <p className="notice notice--info">{t("offers.expiredNotice")}</p> : null}
      <p className="lead" lang="de">{offer.summary}</p>

      {canEdit ? (
        <div className="actions">
          <Link to={`${base}/${offer.id}/edit`} className="button">
            {t("offers.edit")}
          </Link>
          {(["publish", "archive", "draft"] as const)
            .filter((intent) => (intent === "publish" ? offer.status !== "published" : intent === "archive" ? offer.status !== "archived" : offer.status !== "draft"))
            .map((intent) => (
              <Form method="post" key={intent}>
                <input type="hidden" name="version" value={offer.version} />
                <button type="submit" name="intent" value={intent} className="button">
                  {t(intent === "publish" ? "offers.publish" : intent === "archive" ? "offers.archive" : "offers.toDraft")}
                </button>
              </Form>
            ))}
        </div>
      ) : null}

      {bodyHtml ? <div className="card offer-body" lang="de" dangerouslySetInnerHTML={{ __html: bodyHtml }} /> : null}

      <section className="card" aria-labelledby="offer-details">
        <h2 id="offer-details">{t("offers.details")}</h2>
        <dl>
          <dt>{t("offers.organisation")}</dt>
          <dd>{isPublicView ? offer.organisation_name : <Link to={`/n/${networkSlug}/organisations/${offer.organisation_id}`}>{offer.organisation_name}</Link>}</dd>
          <dt>{t("offers.validity")}</dt>
          <dd><Validity from={offer.valid_from} to={offer.valid_to} /></dd>
          {offer.eventDates.length ? (
            <>
              <dt>{t("offers.eventDates")}</dt>
              <dd>
                <ul className="event-dates">
                  {offer.eventDates.map((e) => (
                    <li key={e.starts_at}>
                      <time dateTime={e.starts_at}>{formatDateTime(e.starts_at, locale)}</time>{" "}
                      <time dateTime={e.ends_at}>{t("offers.eventUntil", { time: utcToLocal(e.ends_at).time })}</time>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          {offer.place || offer.online ? (
            <>
              <dt>{t("offers.place")}</dt>
              <dd>
                {offer.place}
                {offer.place && offer.online ? " · " : null}
                {offer.online ? t("offers.online") : null}
              </dd>
            </>
          ) : null}
          {offer.topics.length ? (
            <>
              <dt>{t("offers.topics")}</dt>
              <dd>{offer.topics.map((v) => t(`offers.topic.${v}` as "offers.topic.arbeit")).join(", ")}</dd>
            </>
          ) : null}
          {offer.targets.length ? (
            <>
              <dt>{t("offers.targets")}</dt>
              <dd>{offer.targets.map((v) => t(`offers.target.${v}` as "offers.target.women")).join(", ")}</dd>
            </>
          ) : null}
          {offer.languages.length ? (
            <>
              <dt>{t("offers.languages")}</dt>
              <dd>{offer.languages.map((v) => t(`offers.lang.${v}` as "offers.lang.de")).join(", ")}</dd>
            </>
          ) : null}
          {offer.contact || offer.organisationContact.email || offer.organisationContact.phone ? (
            <>
              <dt>{t("offers.contact")}</dt>
              <dd>
                {offer.contact ? <span style={{ whiteSpace: "pre-line" }}>{offer.contact}</span> : null}
                {offer.organisationContact.email ? <><br /><a href={`mailto:${offer.organisationContact.email}`}>{offer.organisationContact.email}</a></> : null}
                {offer.organisationContact.phone ? <><br />{offer.organisationContact.phone}</> : null}
              </dd>
            </>
          ) : null}
          {offer.groups.length && !isPublicView ? (
            <>
              <dt>{t("offers.groups")}</dt>
              <dd>
                {offer.groups.map((g, i) => (
                  <span key={g.id}>
                    {i ? ", " : null}
                    <Link to={`/n/${networkSlug}/groups/${g.slug}`}>{g.name}</Link>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {offer.published_at ? (
            <>
              <dt>{t("offers.status.published")}</dt>
              <dd>{formatDateTime(offer.published_at, locale)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {offer.translations.length ? (
        <section className="card" aria-labelledby="offer-translations">
          <h2 id="offer-translations">{t("offers.translations")}</h2>
          {offer.translations.map((tr) => (
            <section key={tr.language} aria-label={t(`offers.lang.${tr.language}` as "offers.lang.en")}>
              <h3 lang={tr.language} dir={textDirection(tr.language)}>{tr.title}</h3>
              {tr.summary ? <p lang={tr.language} dir={textDirection(tr.language)}>{tr.summary}</p> : null}
            </section>
          ))}
        </section>
      ) : null}

      {canEdit && offer.status === "published" ? (
        <section className="card" aria-labelledby="offer-present">
          <h2 id="offer-present">{t("offers.present.title")}</h2>
          {targets.length === 0 ? (
            <p>{t("offers.present.none")}</p>
          ) : (
            <Form method="post">
              <p>{t("offers.present.intro")}</p>
              <div className="field">
                <label htmlFor="present-group">{t("offers.present.group")}</label>
                <select id="present-group" name="groupId">
                  {targets.map((target) => (
                    <option key={target.groupId} value={target.groupId}>
                      {t("offers.present.option", { group: target.groupName, meeting: target.meetingTitle, date: formatDateTime(target.startsAt, locale) })}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" name="intent" value="present" className="button">
                {t("offers.present.submit")}
              </button>
            </Form>
          )}
        </section>
      ) : null}
    </>
  );
}
