import { DataTable } from "~/components/data-table";
import { Link } from "~/components/link";
import { formatDate, formatDateTime } from "~/i18n/format";
import type { Locale } from "~/i18n/i18n";
import type { MessageKey } from "~/i18n/messages";
import { useLocale, useT } from "~/i18n/use-translation";
import type { WorkPackageStatus } from "../../db/schema";

// UI pieces of the work packages, shared by the inbox, the package page, the dashboard and
// the origin group's page. User text is rendered as text; line breaks survive via `minutes-text`.

/** "2026-12-31" → "31.12.2026" (German) or "31 Dec 2026". Due dates are local dates, not instants. */
export function formatLocalDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number);
  return formatDate(new Date(Date.UTC(y, m - 1, d, 12)), locale);
}

export function StatusBadge({ status }: { status: WorkPackageStatus }) {
  const t = useT();
  return <span className={status === "returned" || status === "submitted" ? "badge badge--prep" : "badge"}>{t(`workPackages.status.${status}`)}</span>;
}

export function Flag({ children }: { children: string }) {
  return <span className="badge badge--prep">{children}</span>;
}

export interface PackageSummary {
  id: number;
  title: string;
  status: WorkPackageStatus;
  group_name: string;
  group_slug: string;
  due_date: string | null;
  responsible_name: string | null;
  /** the steering group's last word: the result summary, else the decision's rationale */
  answer: string | null;
  overdue?: boolean;
}

/** A table of packages: title, origin group, status (with overdue flag), due date, answer. */
export function PackageTable({ packages, networkSlug, showGroup = true, caption }: { packages: PackageSummary[]; networkSlug: string; showGroup?: boolean; caption?: string }) {
  const t = useT();
  const locale = useLocale();
  const columns = [t("workPackages.col.title"), ...(showGroup ? [t("workPackages.col.group")] : []), t("workPackages.col.status"), t("workPackages.col.responsible"), t("workPackages.col.due"), t("workPackages.col.answer")];
  return (
    <DataTable columns={columns} caption={caption}>
      {packages.map((p) => (
        <tr key={p.id}>
          <td>
            <Link to={`/n/${networkSlug}/work-packages/${p.id}`}>{p.title}</Link>
          </td>
          {showGroup ? (
            <td>
              <Link to={`/n/${networkSlug}/groups/${p.group_slug}`}>{p.group_name}</Link>
            </td>
          ) : null}
          <td>
            <StatusBadge status={p.status} />
            {p.overdue ? <Flag>{t("workPackages.overdue")}</Flag> : null}
          </td>
          <td>{p.responsible_name ?? "–"}</td>
          <td>{p.due_date ? formatLocalDate(p.due_date, locale) : "–"}</td>
          <td className="minutes-text">{p.answer ?? "–"}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export interface TimelineItem {
  key: string;
  kind: "event" | "comment";
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string;
  actorName: string | null;
  formerOrganisation: string | null;
  createdAt: string;
}

function actorLabel(entry: TimelineItem, t: ReturnType<typeof useT>): string {
  if (entry.actorName) return entry.actorName;
  if (entry.formerOrganisation) return t("privacy.formerPersonOf", { organisation: entry.formerOrganisation });
  return t("privacy.formerPerson");
}

export function Timeline({ entries }: { entries: TimelineItem[] }) {
  const t = useT();
  const locale = useLocale();
  if (entries.length === 0) return <p className="muted">{t("workPackages.timelineEmpty")}</p>;
  return (
    <ol className="plain timeline">
      {entries.map((e) => (
        <li key={e.key}>
          <p>
            <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, locale)}</time> · <strong>{actorLabel(e, t)}</strong>{" "}
            {t(`workPackages.event.${e.action}` as MessageKey)}
            {e.toStatus && e.fromStatus !== e.toStatus ? (
              <>
                {" "}
                <StatusBadge status={e.toStatus as WorkPackageStatus} />
              </>
            ) : null}
          </p>
          {e.note ? <p className="minutes-text">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** The section on the origin group's page (app/routes/n.$network.groups.$slug.tsx). */
export function GroupWorkPackages({
  data, networkSlug, groupSlug,
}: {
  data: { packages: PackageSummary[]; total: number; canCreate: boolean };
  networkSlug: string;
  groupSlug: string;
}) {
  const t = useT();
  if (data.packages.length === 0 && !data.canCreate) return null;
  return (
    <section className="card" aria-labelledby="work-packages-heading">
      <h2 id="work-packages-heading">{t("workPackages.groupSection")}</h2>
      {data.total > data.packages.length ? (
        <p>
          {t("workPackages.groupMore", { shown: data.packages.length, total: data.total })}{" "}
          <Link to={`/n/${networkSlug}/work-packages?group=${encodeURIComponent(groupSlug)}`}>{t("workPackages.allOfGroup")}</Link>
        </p>
      ) : null}
      {data.packages.length === 0 ? <p>{t("workPackages.groupEmpty")}</p> : <PackageTable packages={data.packages} networkSlug={networkSlug} showGroup={false} />}
      {data.canCreate ? (
        <p className="actions">
          <Link className="button" to={`/n/${networkSlug}/work-packages/new?group=${encodeURIComponent(groupSlug)}`}>
            {t("workPackages.new")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** The notice on the steering group's home page. */
export function SteeringNotice({ notice, networkSlug }: { notice: { count: number } | null; networkSlug: string }) {
  const t = useT();
  if (!notice) return null;
  return (
    <section className="card" aria-labelledby="steering-notice">
      <h2 id="steering-notice">{t("workPackages.homeNotice")}</h2>
      <p>{t("workPackages.homeNoticeText", { count: notice.count })}</p>
      <p>
        <Link to={`/n/${networkSlug}/work-packages`}>{t("workPackages.toInbox")}</Link>
      </p>
    </section>
  );
}
