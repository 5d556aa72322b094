import { useSearchParams } from "@remix-run/react";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { useLocale, useT } from "~/i18n/use-translation";
import { formatDueDate } from "./minutes-schemas";
import type { MinutesData } from "./minutes.server";

// Reading minutes: per agenda item the minutes text, outcome and decision, then the action
// items. User text is rendered as text (React escapes it); line breaks survive through the
// `minutes-text` class (white-space: pre-wrap). Used on the meeting page and the print view.

type Level = 2 | 3 | 4;

function Heading({ level, id, children }: { level: Level; id?: string; children: React.ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}

/** What, who, by when and status of one action item: the cells the view and the editor share. */
export function ActionItemCells({ item: a }: { item: MinutesData["actionItems"][number] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <td>
        <span className="minutes-text">{a.title}</span>
        {a.agendaItemTitle ? <span className="muted"> ({t("minutes.action.fromItem", { title: a.agendaItemTitle })})</span> : null}
      </td>
      <td>{a.owner || "–"}</td>
      <td>{a.dueDate ? formatDueDate(a.dueDate, locale) : "–"}</td>
      <td>{a.status === "done" ? t("minutes.action.done") : t("minutes.action.open")}</td>
    </>
  );
}

export function ActionItemsTable({ actionItems }: { actionItems: MinutesData["actionItems"] }) {
  const t = useT();
  if (actionItems.length === 0) return <p className="muted">{t("minutes.noActionItems")}</p>;
  return (
    <div className="table-wrap">
      <table className="action-items">
        <thead>
          <tr>
            <th scope="col">{t("minutes.action.title")}</th>
            <th scope="col">{t("minutes.action.owner")}</th>
            <th scope="col">{t("minutes.action.due")}</th>
            <th scope="col">{t("minutes.action.status")}</th>
          </tr>
        </thead>
        <tbody>
          {actionItems.map((a) => (
            <tr key={a.id}>
              <ActionItemCells item={a} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The minutes themselves, without the surrounding section heading. */
export function MinutesView({
  minutes, itemLevel = 3, actionsLevel = itemLevel, workPackageHref,
}: { minutes: MinutesData; itemLevel?: Level; actionsLevel?: Level; workPackageHref?: (itemId: number) => string }) {
  const t = useT();
  return (
    <div className="minutes">
      {minutes.items.length === 0 ? <p className="muted">{t("minutes.noItems")}</p> : null}
      {minutes.items.map((item, index) => (
        <article key={item.id} className="minutes-item">
          <Heading level={itemLevel}>{t("minutes.itemHeading", { number: index + 1, title: item.title })}</Heading>
          {item.outcome || item.decision ? (
            <dl className="facts">
              {item.outcome ? (
                <>
                  <dt>{t("minutes.outcome")}</dt>
                  <dd className="minutes-text">{item.outcome}</dd>
                </>
              ) : null}
              {item.decision ? (
                <>
                  <dt>{t("minutes.decision")}</dt>
                  <dd className="minutes-text">{item.decision}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
          {item.minutesText ? <p className="minutes-text">{item.minutesText}</p> : null}
          {!item.minutesText && !item.outcome && !item.decision ? <p className="muted">{t("minutes.itemEmpty")}</p> : null}
          {workPackageHref ? (
            <p>
              <Link to={workPackageHref(item.id)} aria-label={`${t("workPackages.fromItem")}: ${item.title}`}>
                {t("workPackages.fromItem")}
              </Link>
            </p>
          ) : null}
        </article>
      ))}
      {minutes.deferred.length > 0 ? (
        <p>
          <strong>{t("minutes.deferred")}</strong> {minutes.deferred.map((d) => d.title).join("; ")}
        </p>
      ) : null}
      <Heading level={actionsLevel}>{t("minutes.actionItems")}</Heading>
      <ActionItemsTable actionItems={minutes.actionItems} />
    </div>
  );
}

/** The minutes block of the meeting page: heading, draft marker, links to editor and print view. */
export function MinutesSection({
  minutes, links, networkSlug, meetingId, workPackageHref,
}: {
  minutes: MinutesData | null;
  links: { canEdit: boolean; canPrint: boolean };
  networkSlug: string;
  meetingId: number;
  /** moderators of a host group: "Arbeitspaket daraus machen" per item */
  workPackageHref?: (itemId: number) => string;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const base = `/n/${networkSlug}/meetings/${meetingId}`;
  if (!minutes && !links.canEdit) {
    // Nothing to read yet: only the way to the printable agenda.
    return links.canPrint ? (
      <p className="actions">
        <Link to={`${base}/print`}>{t("minutes.printView")}</Link>
      </p>
    ) : null;
  }
  return (
    <section className="card" id="protokoll" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">
        {t("minutes.title")}
        {minutes?.draft ? <span className="badge">{t("minutes.draft")}</span> : null}
      </h2>
      {params.get("minutes") === "published" ? <FormMessage tone="success" message={t("minutes.published")} /> : null}
      {minutes?.draft ? <p className="notice notice--info">{t("minutes.draftHint")}</p> : null}
      {minutes ? <MinutesView minutes={minutes} workPackageHref={workPackageHref} /> : <p className="muted">{t("minutes.notPublished")}</p>}
      <p className="actions">
        {links.canEdit ? <Link to={`${base}/minutes`}>{t("minutes.edit")}</Link> : null}
        {links.canPrint ? <Link to={`${base}/print`}>{t("minutes.printView")}</Link> : null}
      </p>
    </section>
  );
}
