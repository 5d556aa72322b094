import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireNetworkAdmin } from "~/auth/authorize.server";
import { DataTable } from "~/components/data-table";
import { readEnv } from "~/env.server";
import { formatDateTime } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import { listOutbox, OUTBOX_PAGE_SIZE, outboxCounts } from "~/mail/outbox.server";

// The network's outgoing e-mail, newest first. Without SMTP_URL this is where invitations
// can be read (and passed on by hand).

export const meta: MetaFunction = () => [{ title: "Postausgang – Netzwerkstatt" }, { name: "referrer", content: "no-referrer" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireNetworkAdmin(request, params.network);
  const [messages, counts] = await Promise.all([listOutbox(viewer.networkId), outboxCounts(viewer.networkId)]);
  return { messages, counts, smtpConfigured: Boolean(readEnv().SMTP_URL), limit: OUTBOX_PAGE_SIZE };
}

export default function OutboxPage() {
  const { messages, counts, smtpConfigured, limit } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("rsvp.outbox.title")}</h1>
      <p>{t("rsvp.outbox.intro")}</p>
      <p className="notice notice--info">{smtpConfigured ? t("rsvp.outbox.smtpOn") : t("rsvp.outbox.smtpOff")}</p>
      <p>{t("rsvp.outbox.counts", counts)}</p>
      {messages.length === 0 ? (
        <p>{t("rsvp.outbox.empty")}</p>
      ) : (
        <>
          {messages.length >= limit ? <p className="muted">{t("rsvp.outbox.limit", { count: limit })}</p> : null}
          <DataTable
            columns={[t("rsvp.outbox.created"), t("rsvp.outbox.recipient"), t("rsvp.outbox.subject"), t("rsvp.outbox.status"), t("rsvp.outbox.preview")]}
          >
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{formatDateTime(m.created_at, locale)}</td>
                <td>{m.to_email}</td>
                <td>{m.subject}</td>
                <td>
                  <span className={m.status === "sent" ? "badge" : m.status === "failed" ? "badge badge--prep" : "badge badge--off"}>
                    {t(`rsvp.outbox.status.${m.status}`)}
                  </span>
                  {m.sent_at ? <div className="muted">{t("rsvp.outbox.sentAt", { date: formatDateTime(m.sent_at, locale) })}</div> : null}
                  {m.attempts > 0 && m.status !== "sent" ? <div className="muted">{t("rsvp.outbox.attempts", { count: m.attempts })}</div> : null}
                  {m.last_error ? <div className="muted">{t("rsvp.outbox.lastError", { error: m.last_error })}</div> : null}
                </td>
                <td>
                  <span style={{ whiteSpace: "pre-line" }}>
                    {m.preview}
                    {m.body_length > m.preview.length ? "…" : ""}
                  </span>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
