import type { Kysely, Transaction } from "kysely";
import { db as defaultDb } from "../db.server";
import type { Database } from "../../db/schema";
import type { AuditAction } from "./actions";

export type { AuditAction } from "./actions";

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
