import { canWriteWorkPackage, type Viewer } from "../auth/permissions";
import { isOverdue } from "./metrics";
import { listPackages } from "./work-packages.server";

/** The group page shows this many of its packages; the list page (?group=) shows them all. */
export const GROUP_SECTION_PACKAGES = 10;

/** The origin group's section on its page: its latest packages with status and the steering group's answers. */
export async function groupWorkPackages(viewer: Viewer, groupId: number, now = new Date()) {
  const { rows, total } = await listPackages(viewer, { groupId, pageSize: GROUP_SECTION_PACKAGES });
  return {
    packages: rows.map((p) => ({ ...p, overdue: isOverdue(p, now) })),
    total,
    canCreate: canWriteWorkPackage(viewer, { origin_group_id: groupId }),
  };
}
