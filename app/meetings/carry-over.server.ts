import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Deferred agenda items and open action items of a group's earlier meetings turn up as
 * proposals for the group's next open meeting. Idempotent: an item is carried once
 * (agenda_items.carried_from_item_id, action_items.carried_to_item_id remember it), so it
 * can be called after every deferral, every new meeting and every published minutes.
 */
export async function carryOverToNextMeeting(db: Db, input: { networkId: number; groupId: number; now?: Date }): Promise<number> {
  const now = (input.now ?? new Date()).toISOString();
  const next = await db
    .selectFrom("meeting_hosts")
    .innerJoin("meetings", "meetings.id", "meeting_hosts.meeting_id")
    .select(["meetings.id", "meetings.starts_at"])
    .where("meeting_hosts.network_id", "=", input.networkId)
    .where("meeting_hosts.group_id", "=", input.groupId)
    .where("meeting_hosts.starts_at", ">", now)
    .where("meetings.status", "in", ["planned", "invited"])
    .orderBy("meeting_hosts.starts_at")
    .limit(1)
    .executeTakeFirst();
  if (!next) return 0;

  const deferred = await db
    .selectFrom("agenda_items")
    .innerJoin("meeting_hosts", "meeting_hosts.meeting_id", "agenda_items.meeting_id")
    .leftJoin("agenda_items as copy", "copy.carried_from_item_id", "agenda_items.id")
    .select([
      "agenda_items.id", "agenda_items.title", "agenda_items.description", "agenda_items.kind", "agenda_items.planned_minutes",
      "agenda_items.presenter_user_id", "agenda_items.presenter_organisation_id", "agenda_items.proposed_by_user_id",
      "agenda_items.proposed_by_organisation_id",
    ])
    .where("agenda_items.network_id", "=", input.networkId)
    .where("meeting_hosts.group_id", "=", input.groupId)
    .where("agenda_items.status", "=", "deferred")
    .where("agenda_items.meeting_id", "!=", next.id)
    .where("meeting_hosts.starts_at", "<", next.starts_at)
    .where("copy.id", "is", null)
    .execute();

  const openActions = await db
    .selectFrom("action_items")
    .innerJoin("meeting_hosts", "meeting_hosts.meeting_id", "action_items.meeting_id")
    .innerJoin("meetings", "meetings.id", "action_items.meeting_id")
    .select(["action_items.id", "action_items.title", "action_items.owner", "action_items.due_date"])
    .where("action_items.network_id", "=", input.networkId)
    .where("meeting_hosts.group_id", "=", input.groupId)
    .where("meetings.status", "=", "minutes_published")
    .where("action_items.status", "=", "open")
    .where("action_items.carried_to_item_id", "is", null)
    .where("meeting_hosts.starts_at", "<", next.starts_at)
    .execute();

  for (const item of deferred) {
    await db
      .insertInto("agenda_items")
      .values({
        network_id: input.networkId,
        meeting_id: next.id,
        title: item.title,
        description: item.description,
        kind: item.kind,
        planned_minutes: item.planned_minutes,
        presenter_user_id: item.presenter_user_id,
        presenter_organisation_id: item.presenter_organisation_id,
        proposed_by_user_id: item.proposed_by_user_id,
        proposed_by_organisation_id: item.proposed_by_organisation_id,
        carried_from_item_id: item.id,
        status: "proposed",
        position: 1000 + item.id,
      })
      .execute();
  }
  for (const action of openActions) {
    const created = await db
      .insertInto("agenda_items")
      .values({
        network_id: input.networkId,
        meeting_id: next.id,
        title: action.title,
        description: [action.owner && `Verantwortlich: ${action.owner}`, action.due_date && `Fällig: ${action.due_date}`].filter(Boolean).join(" · "),
        kind: "report",
        planned_minutes: 10,
        status: "proposed",
        position: 2000 + action.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.updateTable("action_items").set({ carried_to_item_id: created.id }).where("id", "=", action.id).execute();
  }
  return deferred.length + openActions.length;
}
