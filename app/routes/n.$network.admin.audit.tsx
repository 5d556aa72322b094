import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { auditActions } from "~/audit/actions";
import { auditPeopleChoices, listAuditEvents } from "~/audit/audit-log.server";
import { parseAuditFilters } from "~/audit/filters";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { FieldShell, fieldAria } from "~/components/forms";
import { Link } from "~/components/link";
import { Pagination } from "~/components/pagination";
import { formatDateTime } from "~/i18n/format";
import type { MessageKey } from "~/i18n/messages";
import { useLocale, useT } from "~/i18n/use-translation";
import { pagedQuery } from "~/paging";

export const meta: MetaFunction = () => [{ title: "Protokoll – Netzwerkstatt" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const { filters, values, errors } = parseAuditFilters(new URL(request.url).searchParams);
  const hasErrors = Object.keys(errors).length > 0;
  const [log, people] = await Promise.all([
    hasErrors ? null : listAuditEvents({ networkId: viewer.networkId, filters }),
    auditPeopleChoices(viewer.networkId),
  ]);
  return { base: `/n/${viewer.networkSlug}/admin/audit`, values, errors, log, people };
}

function DateField({ name, label, value, error }: { name: "from" | "to"; label: string; value: string; error?: string }) {
  const t = useT();
  const hint = t("audit.dateHint");
  return (
    <FieldShell id={name} label={label} hint={hint} error={error}>
      <input id={name} name={name} type="date" defaultValue={value} {...fieldAria(name, hint, error)} />
    </FieldShell>
  );
}

export default function AuditLogPage() {
  const { base, values, errors, log, people } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p>{t("audit.intro")}</p>
      <Form method="get" action={base} className="filters card" aria-label={t("audit.filters")}>
        <FieldShell id="person" label={t("audit.person")}>
          <select id="person" name="person" defaultValue={values.person}>
            <option value="">{t("audit.anyPerson")}</option>
            {people.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.name}
              </option>
            ))}
          </select>
        </FieldShell>
        <FieldShell id="action" label={t("audit.action")}>
          <select id="action" name="action" defaultValue={values.action}>
            <option value="">{t("audit.anyAction")}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {t(`audit.action.${a}` as MessageKey)}
              </option>
            ))}
          </select>
        </FieldShell>
        <DateField name="from" label={t("audit.from")} value={values.from} error={errors.from} />
        <DateField name="to" label={t("audit.to")} value={values.to} error={errors.to} />
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t("audit.apply")}
          </button>
          <Link to={base} className="button">
            {t("audit.reset")}
          </Link>
        </div>
      </Form>
      {log ? (
        <>
          <p role="status">{t("audit.count", { count: log.total })}</p>
          {log.events.length === 0 ? (
            <p>{t("audit.empty")}</p>
          ) : (
            <DataTable columns={[t("audit.when"), t("audit.who"), t("audit.what"), t("audit.subject")]}>
              {log.events.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, locale)}</time>
                  </td>
                  {/* Events without an actor in this log are those of people since deleted. */}
                  <td>{e.actorName ?? t("privacy.formerPerson")}</td>
                  <td>{(auditActions as readonly string[]).includes(e.action) ? t(`audit.action.${e.action}` as MessageKey) : e.action}</td>
                  <td>
                    {e.subject
                      ? (e.subject.name ??
                        (e.subject.type === "user" ? t("audit.subject.user", { id: e.subject.id }) : t("audit.subject.other", { type: e.subject.type, id: e.subject.id })))
                      : t("audit.nobody")}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          <Pagination label={t("audit.pagination")} page={log.page} pageCount={log.pageCount} hrefOf={(n) => `${base}${pagedQuery(values, n)}`} />
        </>
      ) : null}
    </>
  );
}
