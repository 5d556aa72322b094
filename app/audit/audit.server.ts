import type { Kysely, Transaction } from "kysely";
import { db as defaultDb } from "../db.server";
import type { Database } from "../../db/schema";

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_in_throttled"
  | "auth.sign_out"
  | "auth.password_changed"
  | "invitation.created"
  | "invitation.accepted"
  | "person.deactivated"
  | "person.reactivated"
  | "person.role_changed"
  | "person.affiliations_changed"
  | "organisation.created"
  | "organisation.updated"
  | "group.created"
  | "group.updated"
  | "membership.added"
  | "membership.changed"
  | "membership.removed"
  // planning (M1); "meeting.held" is listed below
  | "meeting.created"
  | "meeting.updated"
  | "meeting.moved"
  | "meeting.cancelled"
  // minutes (M4)
  | "meeting.held"
  | "meeting.minutes_saved"
  | "meeting.minutes_published"
  | "action_item.created"
  | "action_item.completed"
  | "action_item.reopened"
  | "action_item.removed"
  // invitations, answers, attendance (M3)
  | "meeting.invited"
  | "meeting.answered"
  | "meeting.attendance_recorded"
  // offers
  | "offer.created"
  | "offer.updated"
  | "offer.published"
  | "offer.archived"
  | "offer.presented"
  | "network.public_offers_changed"
  // work packages
  | "work_package.created"
  | "work_package.updated"
  | "work_package.transition"
  | "work_package.commented"
  | "network.work_package_wait_days_changed"
  // calendar feeds
  | "calendar.token_created"
  | "calendar.token_revoked"
  | "network.public_calendar_changed";

export interface AuditEvent {
  networkId: number | null;
  actorUserId: number | null;
  action: AuditAction;
  subject?: { type: string; id: number | string };
  details?: Record<string, unknown>;
}

/** Records who did what to which record. Pass the transaction when the change runs in one. */
export async function recordAudit(event: AuditEvent, db: Kysely<Database> | Transaction<Database> = defaultDb) {
  await db
    .insertInto("audit_events")
    .values({
      network_id: event.networkId,
      actor_user_id: event.actorUserId,
      action: event.action,
      subject_type: event.subject?.type ?? null,
      subject_id: event.subject ? String(event.subject.id) : null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}
