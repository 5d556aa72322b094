import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { FormMessage, useRowFormProps } from "~/components/forms";
import { Link } from "~/components/link";
import { Pagination } from "~/components/pagination";
import { formatDate, formatDateTime } from "~/i18n/format";
import { translateError } from "~/i18n/i18n";
import { useLocale, useT } from "~/i18n/use-translation";
import { listPageAction, loadListPage } from "~/work-packages/pages.server";
import { Flag, PackageTable } from "~/work-packages/views";

export const meta: MetaFunction = () => [{ title: "Arbeitspakete – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  return loadListPage(viewer, new URL(request.url));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  return listPageAction(viewer, request);
}

/** Another page of the same list, the group filter kept. */
function pageQuery(group: { slug: string } | null, page: number): string {
  return `?${new URLSearchParams(group ? { group: group.slug, page: String(page) } : { page: String(page) })}`;
}

export default function WorkPackagesPage() {
  const { networkSlug, group, steering, inbox, meetings, all } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as { formError?: string } | undefined;
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const rowForm = useRowFormProps();
  return (
    <>
      <h1>{group ? t("workPackages.ofGroup", { group: group.name }) : t("workPackages.title")}</h1>
      <p>{t("workPackages.intro")}</p>
      {group ? (
        <p>
          <Link to={`/n/${networkSlug}/groups/${group.slug}`}>{t("workPackages.toGroup", { group: group.name })}</Link>
          {" · "}
          <Link to={`/n/${networkSlug}/work-packages`}>{t("workPackages.allOfNetwork")}</Link>
        </p>
      ) : null}
      {params.get("done") === "put_on_agenda" ? <FormMessage tone="success" message={t("workPackages.done.put_on_agenda")} /> : null}
      {actionData?.formError ? <FormMessage message={translateError(t, actionData.formError)} /> : null}
      {steering && inbox ? (
        <section className="card" aria-labelledby="inbox-heading">
          <h2 id="inbox-heading">{t("workPackages.inbox")}</h2>
          <p className="muted">{t("workPackages.inboxIntro", { days: inbox.limit })}</p>
          {inbox.total > inbox.rows.length ? <p>{t("workPackages.inboxMore", { shown: inbox.rows.length, total: inbox.total })}</p> : null}
          <p>
            <Link to={`/n/${networkSlug}/work-packages/dashboard`}>{t("workPackages.toDashboard")}</Link>
          </p>
          {inbox.rows.length > 0 && meetings.length > 0 ? (
            // One choice of meeting for the whole inbox; every row's button submits this form.
            <form id="put-on-agenda" {...rowForm} className="inline-form">
              <input type="hidden" name="intent" value="putOnAgenda" />
              <label htmlFor="inbox-meeting">{t("workPackages.inboxMeeting")}</label>{" "}
              <select id="inbox-meeting" name="meetingId" aria-describedby="inbox-meeting-hint">
                {meetings.map((m) => (
                  <option key={m.id} value={m.id}>{`${formatDateTime(m.starts_at, locale)} – ${m.title}`}</option>
                ))}
              </select>
              <p id="inbox-meeting-hint" className="field__hint">{t("workPackages.inboxMeetingHint")}</p>
            </form>
          ) : null}
          {inbox.rows.length === 0 ? (
            <p>{t("workPackages.inboxEmpty")}</p>
          ) : (
            <DataTable columns={[t("workPackages.col.title"), t("workPackages.col.group"), t("workPackages.col.submitted"), t("workPackages.col.age"), t("workPackages.col.agenda")]}>
              {inbox.rows.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/n/${networkSlug}/work-packages/${p.id}`}>{p.title}</Link>
                    {p.priority === "high" ? <span className="badge">{t("workPackages.priority.high")}</span> : null}
                  </td>
                  <td>{p.group_name}</td>
                  <td>{p.submitted_at ? <time dateTime={p.submitted_at}>{formatDate(p.submitted_at, locale)}</time> : "–"}</td>
                  <td>
                    {t("workPackages.ageDays", { days: p.ageDays })}
                    {p.waitingTooLong ? <Flag>{t("workPackages.waitingTooLong")}</Flag> : null}
                  </td>
                  <td>
                    {meetings.length ? (
                      <button
                        type="submit"
                        form="put-on-agenda"
                        name="package"
                        value={`${p.id}:${p.version}`}
                        className="button"
                        aria-label={`${t("workPackages.putOnAgenda")}: ${p.title}`}
                      >
                        {t("workPackages.putOnAgenda")}
                      </button>
                    ) : (
                      <span className="muted">{t("workPackages.noOpenMeetings")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ) : null}
      <section className="card" aria-labelledby="all-heading">
        <h2 id="all-heading">{group ? t("workPackages.groupSection") : t("workPackages.all")}</h2>
        {all.rows.length === 0 ? <p>{t("workPackages.allEmpty")}</p> : <PackageTable packages={all.rows} networkSlug={networkSlug} />}
        <Pagination label={t("workPackages.pagination")} page={all.page} pageCount={all.pageCount} hrefOf={(n) => pageQuery(group, n)} />
      </section>
    </>
  );
}
