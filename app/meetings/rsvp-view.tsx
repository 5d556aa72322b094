import { Form, useSearchParams } from "@remix-run/react";
import type { AttendanceResponse, MeetingStatus } from "../../db/schema";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { formatDateTime } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";

// The invitation pieces of the meeting page and the home page. Plain forms: answering
// works without JavaScript (POST to …/respond, which redirects back here).

export interface RsvpData {
  invitation: { response: AttendanceResponse; responded_at: string | null } | null;
  counts: Record<AttendanceResponse, number> | null;
}

export function RsvpSection({
  networkSlug,
  meeting,
  rsvp,
  canModerate,
}: {
  networkSlug: string;
  meeting: { id: number; status: MeetingStatus };
  rsvp: RsvpData;
  canModerate: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const base = `/n/${networkSlug}/meetings/${meeting.id}`;
  const { invitation, counts } = rsvp;
  const flag = params.get("rsvp");
  if (!invitation && !canModerate) return null;

  return (
    <section className="card" id="einladung" aria-labelledby="rsvp-title">
      <h2 id="rsvp-title">{invitation ? t("rsvp.title") : t("rsvp.moderation")}</h2>
      {flag === "saved" ? <FormMessage tone="success" message={t("rsvp.saved")} /> : null}
      {flag === "closed" ? <FormMessage message={t("rsvp.closed")} /> : null}

      {invitation ? (
        <>
          <p>{t("rsvp.youAreInvited")}</p>
          <p>
            {t("rsvp.yourAnswer")}:{" "}
            <strong className={invitation.response === "pending" ? "badge badge--off" : "badge"}>
              {t(`rsvp.response.${invitation.response}`)}
            </strong>
            {invitation.responded_at ? (
              <span className="muted"> ({t("rsvp.answeredAt", { date: formatDateTime(invitation.responded_at, locale) })})</span>
            ) : null}
          </p>
          {meeting.status === "invited" ? (
            <Form method="post" action={`${base}/respond`} className="actions" aria-label={t("rsvp.yourAnswer")}>
              {(["attending", "declined"] as const).map((response) => (
                <button
                  key={response}
                  type="submit"
                  name="response"
                  value={response}
                  className={invitation.response === response ? "button button--primary" : "button"}
                  aria-pressed={invitation.response === response}
                >
                  {response === "attending" ? t("rsvp.attend") : t("rsvp.decline")}
                </button>
              ))}
            </Form>
          ) : null}
          {meeting.status === "invited" ? <p className="muted">{t("rsvp.changeHint")}</p> : null}
        </>
      ) : null}

      {canModerate ? (
        <>
          {invitation ? <h3>{t("rsvp.moderation")}</h3> : null}
          {counts ? (
            <p>{t("rsvp.counts", counts)}</p>
          ) : meeting.status === "planned" ? (
            <p>{t("rsvp.notYetInvited")}</p>
          ) : null}
          <ul className="actions" role="list" style={{ listStyle: "none", paddingLeft: 0 }}>
            {meeting.status === "planned" ? (
              <li>
                <Link to={`${base}/invite`} className="button button--primary">{t("rsvp.publishLink")}</Link>
              </li>
            ) : (
              <li>
                <Link to={`${base}/invite`}>{t("rsvp.invitedLink")}</Link>
              </li>
            )}
            {meeting.status !== "planned" ? (
              <li>
                <Link to={`${base}/attendance`}>{t("rsvp.attendanceLink")}</Link>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** "What waits for me": invitations not answered yet, on the network's home page. */
export function PendingInvitations({
  networkSlug,
  invitations,
}: {
  networkSlug: string;
  invitations: { id: number; title: string; starts_at: string }[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="pending-invitations">
      <h2 id="pending-invitations">{t("rsvp.home.title")}</h2>
      {invitations.length ? (
        <ul className="plain">
          {invitations.map((m) => (
            <li key={m.id}>
              <Link to={`/n/${networkSlug}/meetings/${m.id}#einladung`}>{m.title}</Link>{" "}
              <span className="muted">{formatDateTime(m.starts_at, locale)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("rsvp.home.empty")}</p>
      )}
    </section>
  );
}
