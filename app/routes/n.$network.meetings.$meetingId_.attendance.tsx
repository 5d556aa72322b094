import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormMessage } from "~/components/forms";
import { Link } from "~/components/link";
import { parseId } from "~/components/params";
import { translator } from "~/i18n/i18n";
import { formatDateTime } from "~/i18n/format";
import { localeFromRequest } from "~/i18n/locale.server";
import { useLocale, useT } from "~/i18n/use-translation";
import {
  attendanceOverview, canRecordAttendance, recordAttendance, requireModeratedMeeting,
} from "~/meetings/invitations.server";

// Moderators see the answers per organisation and, once the meeting has started, tick who
// attended.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Anwesenheit: ${data?.meeting.title ?? "Sitzung"} – Netzwerkstatt` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, meeting } = await requireModeratedMeeting(request, params);
  const overview = await attendanceOverview(viewer.networkId, meeting.id);
  return {
    networkSlug: viewer.networkSlug,
    meeting: { id: meeting.id, title: meeting.title, status: meeting.status, starts_at: meeting.starts_at, hosts: meeting.hosts.map((h) => h.name) },
    canRecord: canRecordAttendance(meeting),
    ...overview,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, meeting } = await requireModeratedMeeting(request, params);
  const t = translator(localeFromRequest(request));
  const form = await request.formData();
  if (form.get("intent") !== "attendance") throw new Response("Bad Request", { status: 400 });
  if (!canRecordAttendance(meeting)) return data({ message: t("rsvp.attendance.notYet") }, { status: 409 });
  const ids = form.getAll("attended").map((v) => parseId(v));
  if (ids.some((id) => id === null)) throw new Response("Bad Request", { status: 400 });
  await recordAttendance({ viewer, meetingId: meeting.id, attendedUserIds: ids as number[] });
  throw redirect(`/n/${viewer.networkSlug}/meetings/${meeting.id}/attendance?saved=1`);
}

export default function AttendancePage() {
  const { networkSlug, meeting, canRecord, people, organisations, totals } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const anyRecorded = people.some((p) => p.attended !== null);
  const attendedCount = people.filter((p) => p.attended).length;

  return (
    <>
      <p>
        <Link to={`/n/${networkSlug}/meetings/${meeting.id}`}>{t("rsvp.backToMeeting")}</Link>
      </p>
      <h1>{t("rsvp.attendance.title")}</h1>
      <p className="muted">
        {meeting.title} · {formatDateTime(meeting.starts_at, locale)} · {meeting.hosts.join(", ")}
      </p>
      <FormMessage message={actionData?.message} />
      {params.get("saved") ? <FormMessage tone="success" message={t("rsvp.attendance.saved")} /> : null}

      {people.length === 0 ? (
        <p>{t("rsvp.attendance.none")}</p>
      ) : (
        <>
          <section aria-labelledby="by-organisation">
            <h2 id="by-organisation">{t("rsvp.attendance.byOrganisation")}</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("rsvp.attendance.organisation")}</th>
                    <th scope="col">{t("rsvp.attendance.attending")}</th>
                    <th scope="col">{t("rsvp.attendance.declined")}</th>
                    <th scope="col">{t("rsvp.attendance.pending")}</th>
                    <th scope="col">{t("rsvp.attendance.people")}</th>
                  </tr>
                </thead>
                <tbody>
                  {organisations.map((org) => (
                    <tr key={org.id ?? "none"}>
                      <th scope="row">{org.name ?? t("rsvp.attendance.withoutOrganisation")}</th>
                      <td>{org.counts.attending}</td>
                      <td>{org.counts.declined}</td>
                      <td>{org.counts.pending}</td>
                      <td>
                        {org.people.map((p, i) => (
                          <span key={p.userId}>
                            {i > 0 ? ", " : null}
                            {p.name} ({t(`rsvp.response.${p.response}`)}{p.attended ? `, ${t("rsvp.attendance.wasPresent")}` : ""})
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t("rsvp.attendance.total")}</th>
                    <td>{totals.attending}</td>
                    <td>{totals.declined}</td>
                    <td>{totals.pending}</td>
                    <td>{people.length}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <section className="card" aria-labelledby="record-attendance">
            <h2 id="record-attendance">{t("rsvp.attendance.record")}</h2>
            {canRecord ? (
              <Form method="post">
                <input type="hidden" name="intent" value="attendance" />
                <fieldset className="field" aria-describedby="attendance-hint">
                  <legend>{t("rsvp.attendance.present")}</legend>
                  <p id="attendance-hint" className="field__hint">
                    {t("rsvp.attendance.recordHint")} {anyRecorded ? t("rsvp.attendance.attendedCount", { count: attendedCount }) : t("rsvp.attendance.preselected")}
                  </p>
                  <div className="checkbox-grid">
                    {people.map((p) => (
                      <label key={p.userId} className="checkbox">
                        <input
                          type="checkbox"
                          name="attended"
                          value={p.userId}
                          defaultChecked={anyRecorded ? p.attended === true : p.response === "attending"}
                        />
                        {p.name} <span className="muted">({t(`rsvp.response.${p.response}`)})</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                <button type="submit" className="button button--primary">{t("rsvp.attendance.save")}</button>
              </Form>
            ) : (
              <p>{t("rsvp.attendance.notYet")}</p>
            )}
          </section>
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
