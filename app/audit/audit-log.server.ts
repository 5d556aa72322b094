import type { ExpressionBuilder } from "kysely";
import { db } from "../db.server";
import { pageWithin } from "../paging";
import type { Database } from "../../db/schema";
import { AUDIT_PAGE_SIZE, utcRange, type AuditFilters } from "./filters";
import { inGermanOrder } from "../i18n/german-order";

// The audit log an admin reads (docs/decisions/014-audit-log-scope.md): the events of their
// network, plus the events without a network (sign-ins, sign-outs, password changes,
// exports) of people who are members of it. Never another network's events.

type Eb = ExpressionBuilder<Database & { e: Database["audit_events"] }, "e">;

function inScope(eb: Eb, networkId: number) {
  return eb.or([
    eb("e.network_id", "=", networkId),
    eb.and([
      eb("e.network_id", "is", null),
      eb("e.actor_user_id", "in", eb.selectFrom("network_members").select("network_members.user_id").where("network_members.network_id", "=", networkId)),
    ]),
  ]);
}

function filtered(networkId: number, filters: AuditFilters) {
  const { start, end } = utcRange(filters.from, filters.to);
  let query = db.selectFrom("audit_events as e").where((eb) => inScope(eb, networkId));
  if (filters.actorUserId !== null) query = query.where("e.actor_user_id", "=", filters.actorUserId);
  if (filters.action !== null) query = query.where("e.action", "=", filters.action);
  if (start) query = query.where("e.created_at", ">=", start);
  if (end) query = query.where("e.created_at", "<", end);
  return query;
}

/** One page of events, newest first, with the total for the page count. */
export async function listAuditEvents({ networkId, filters }: { networkId: number; filters: AuditFilters }) {
  const countRow = await filtered(networkId, filters).select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  const total = Number(countRow.count);
  const { page, pageCount, offset } = pageWithin(filters.page, total, AUDIT_PAGE_SIZE);
  const rows = await filtered(networkId, filters)
    .leftJoin("users as actor", "actor.id", "e.actor_user_id")
    .select(["e.id", "e.action", "e.subject_type", "e.subject_id", "e.created_at", "e.actor_user_id", "actor.name as actor_name"])
    .orderBy("e.created_at", "desc")
    .orderBy("e.id", "desc")
    .limit(AUDIT_PAGE_SIZE)
    .offset(offset)
    .execute();
  const subjectNames = await namesOfSubjects(networkId, rows);
  return {
    total,
    page,
    pageCount,
    events: rows.map((row) => ({
      id: row.id,
      action: row.action,
      createdAt: row.created_at,
      actorName: row.actor_name,
      subject: row.subject_type
        ? { type: row.subject_type, id: row.subject_id ?? "", name: row.subject_type === "user" ? (subjectNames.get(row.subject_id ?? "") ?? null) : null }
        : null,
    })),
  };
}

/** Names of the people events are about, if they are still members of this network. */
async function namesOfSubjects(networkId: number, rows: { subject_type: string | null; subject_id: string | null }[]) {
  const ids = [...new Set(rows.filter((r) => r.subject_type === "user" && r.subject_id).map((r) => Number(r.subject_id)))];
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const people = await db
    .selectFrom("network_members")
    .innerJoin("users", "users.id", "network_members.user_id")
    .select(["users.id", "users.name"])
    .where("network_members.network_id", "=", networkId)
    .where("users.id", "in", ids)
    .execute();
  for (const person of people) names.set(String(person.id), person.name);
  return names;
}

/** The people of the network, for the "who" filter. */
export async function auditPeopleChoices(networkId: number) {
  const people = await db
    .selectFrom("network_members")
    .innerJoin("users", "users.id", "network_members.user_id")
    .select(["users.id", "users.name"])
    .where("network_members.network_id", "=", networkId)
    .execute();
  return inGermanOrder(people);
}
