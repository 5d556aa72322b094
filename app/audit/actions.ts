// Every action the audit log records. Pure, so the audit log's filter form can list them.
export const auditActions = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_out",
  "auth.password_changed",
  "invitation.created",
  "invitation.accepted",
  "person.deactivated",
  "person.reactivated",
  "person.role_changed",
  "person.affiliations_changed",
  "organisation.created",
  "organisation.updated",
  "group.created",
  "group.updated",
  "membership.added",
  "membership.changed",
  "membership.removed",
  // planning (M1); "meeting.held" is listed below
  "meeting.created",
  "meeting.updated",
  "meeting.moved",
  "meeting.cancelled",
  // minutes (M4)
  "meeting.held",
  "meeting.minutes_saved",
  "meeting.minutes_published",
  "action_item.created",
  "action_item.completed",
  "action_item.reopened",
  "action_item.removed",
  // invitations, answers, attendance (M3)
  "meeting.invited",
  "meeting.answered",
  "meeting.attendance_recorded",
  // offers
  "offer.created",
  "offer.updated",
  "offer.published",
  "offer.archived",
  "offer.presented",
  "network.public_offers_changed",
  // work packages
  "work_package.created",
  "work_package.updated",
  "work_package.transition",
  "work_package.commented",
  "network.work_package_wait_days_changed",
  // calendar feeds
  "calendar.token_created",
  "calendar.token_revoked",
  "network.public_calendar_changed",
  // privacy
  "person.deleted",
  "privacy.data_exported",
  "legal_page.updated",
] as const;

export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (auditActions as readonly string[]).includes(value);
}
