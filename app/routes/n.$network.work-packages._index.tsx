import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireNetworkMember } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { FormMessage, useRowFormProps } from "~/components/forms";
import { parseId } from "~/components/params";
import { formatDate, formatDateTime } from "~/i18n/format";
import { translateError } from "~/i18n/i18n";
import { useLocale, useT } from "~/i18n/use-translation";
import { listPageAction, loadListPage } from "~/work-packages/pages.server";
import { Flag, PackageTable } from "~/work-packages/views";

export const meta: MetaFunction = () => [{ title: "Arbeitspakete – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  return loadListPage(viewer, parseId(new URL(request.url).searchParams.get("page")) ?? 1);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await requireNetworkMember(request, params.network);
  return listPageAction(viewer, request);
}

export default function WorkPackagesPage() {
  const { networkSlug, steering, inbox, meetings, all } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as { formError?: string } | undefined;
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const rowForm = useRowFormProps();
  // The same choice of meetings sits in every inbox row: built once.
  const meetingOptions = meetings.map((m) => (
    <option key={m.id} value={m.id}>
      {formatDateTime(m.starts_at, locale)} – {m.title}
    </option>
  ));
  return (
    <>
      <h1>{t("workPackages.title")}</h1>
      <p>{t("workPackages.intro")}</p>
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
                      <form {...rowForm} className="inline-form">
                        <input type="hidden" name="packageId" value={p.id} />
                        <input type="hidden" name="version" value={p.version} />
                        <label htmlFor={`meeting-${p.id}`} className="visually-hidden">
                          {t("workPackages.putOnAgendaFor", { title: p.title })}
                        </label>
                        <select id={`meeting-${p.id}`} name="meetingId">
                          {meetingOptions}
                        </select>{" "}
                        <button type="submit" name="intent" value="putOnAgenda" className="button" aria-label={`${t("workPackages.putOnAgenda")}: ${p.title}`}>
                          {t("workPackages.putOnAgenda")}
                        </button>
                      </form>
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
        <h2 id="all-heading">{t("workPackages.all")}</h2>
        {all.rows.length === 0 ? <p>{t("workPackages.allEmpty")}</p> : <PackageTable packages={all.rows} networkSlug={networkSlug} />}
        {all.pageCount > 1 ? (
          <nav aria-label={t("workPackages.pagination")} className="pagination">
            <p>{t("workPackages.page", { page: all.page, pages: all.pageCount })}</p>
            <p>
              {all.page > 1 ? <Link to={`?page=${all.page - 1}`} rel="prev">{t("workPackages.previous")}</Link> : null}{" "}
              {all.page < all.pageCount ? <Link to={`?page=${all.page + 1}`} rel="next">{t("workPackages.next")}</Link> : null}
            </p>
          </nav>
        ) : null}
      </section>
    </>
  );
}
