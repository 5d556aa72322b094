import { db } from "../db.server";
import type { Viewer } from "../auth/permissions";
import { groupRole } from "../auth/permissions";
import { sortGroups } from "./groups.server";
import { myNextMeetings } from "../meetings/upcoming.server";
import { inGermanOrder } from "../i18n/german-order";

/** The network home page: the person's organisations and their groups with their role. */
export async function homeOverview(viewer: Viewer) {
  const organisations = viewer.organisationIds.length
    ? await db
        .selectFrom("organisations")
        .select(["id", "name", "kind"])
        .where("network_id", "=", viewer.networkId)
        .where("id", "in", viewer.organisationIds)
        .execute()
        .then(inGermanOrder)
    : [];
  const groupIds = Object.keys(viewer.groupTiers).map(Number);
  const groups = groupIds.length
    ? await db
        .selectFrom("groups")
        .select(["id", "kind", "slug", "name", "cadence"])
        .where("network_id", "=", viewer.networkId)
        .where("id", "in", groupIds)
        .execute()
    : [];
  return {
    organisations,
    groups: sortGroups(groups).map((g) => ({ ...g, role: groupRole(viewer, g.id) })),
    /** "Meine nächsten Sitzungen": the next 5 of all the person's groups, joint sessions once */
    nextMeetings: await myNextMeetings(viewer),
  };
}
