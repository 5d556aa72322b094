import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { validationError } from "remix-validated-form";
import { notFound, requireGroupModerator, requireNetworkMember } from "~/auth/authorize.server";
import { Link } from "~/components/link";
import { findGroupBySlug } from "~/groups/groups.server";
import { formatDate } from "~/i18n/format";
import { useLocale, useT } from "~/i18n/use-translation";
import { MEETING_EDITOR_ID, MeetingEditor } from "~/meetings/meeting-form";
import { otherGroupChoices, planMeetings, planningDefaults } from "~/meetings/planning.server";
import { meetingValidator } from "~/meetings/schemas";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Sitzung planen: ${data?.group.name ?? "Gremium"} – Netzwerkstatt` }];

/** The group in the URL, planned by its moderators only (404 unknown, 403 not a moderator). */
async function loadPlanning(request: Request, params: { network?: string; slug?: string }) {
  const viewer = await requireNetworkMember(request, params.network);
  const group = await findGroupBySlug(viewer.networkId, params.slug ?? "");
  if (!group) notFound();
  requireGroupModerator(viewer, group.id);
  return { viewer, group };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, group } = await loadPlanning(request, params);
  const defaults = await planningDefaults({ networkId: viewer.networkId, group });
  return {
    networkSlug: viewer.networkSlug,
    group: { id: group.id, slug: group.slug, name: group.name, cadence: defaults.cadence },
    values: defaults.values,
    lastDate: defaults.lastDate,
    seriesDates: defaults.seriesPreview,
    otherGroups: await otherGroupChoices(viewer.networkId, group.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, group } = await loadPlanning(request, params);
  const result = await meetingValidator.validate(await request.formData());
  if (result.error) return validationError(result.error, result.submittedData);
  const outcome = await planMeetings({ viewer, group, data: result.data });
  if (!outcome.ok) {
    return validationError({ fieldErrors: { [outcome.field]: outcome.error }, formId: result.formId ?? MEETING_EDITOR_ID }, result.submittedData);
  }
  throw redirect(`/n/${viewer.networkSlug}/meetings/${outcome.meetingId}`);
}

export default function PlanMeeting() {
  const { networkSlug, group, values, lastDate, seriesDates, otherGroups } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const cadenceLabel = t(`groups.cadence.${group.cadence}` as "groups.cadence.quarterly");
  const groupPage = `/n/${networkSlug}/groups/${group.slug}`;
  return (
    <>
      <p>
        <Link to={groupPage}>{group.name}</Link>
      </p>
      <h1>{t("meeting.planTitle", { group: group.name })}</h1>
      <p>
        {t("meeting.planIntro", { cadence: cadenceLabel })}{" "}
        {lastDate ? t("meeting.planBasisLast", { date: formatDate(`${lastDate}T12:00:00Z`, locale) }) : t("meeting.planBasisNone")}
      </p>
      <MeetingEditor
        mode="create"
        values={values}
        otherGroups={otherGroups}
        series={group.cadence === "ad_hoc" ? null : { cadenceLabel, dates: seriesDates }}
        cancelTo={groupPage}
      />
    </>
  );
}
