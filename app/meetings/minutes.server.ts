import { createHash } from "node:crypto";
import { data, redirect } from "@remix-run/node";
import { sql, type Kysely, type Transaction } from "kysely";
import { validationError } from "remix-validated-form";
import { recordAudit } from "../audit/audit.server";
import { forbidden, notFound } from "../auth/authorize.server";
import { canModerateMeeting, type Viewer } from "../auth/permissions";
import { db } from "../db.server";
import { translator, type Translate } from "../i18n/i18n";
import { localeFromRequest } from "../i18n/locale.server";
import type { Database, MeetingStatus } from "../../db/schema";
import { timeAgenda } from "./agenda-timing";
import { carryOverToNextMeeting } from "./carry-over.server";
import type { MeetingWithHosts } from "./meetings.server";
import {
  actionItemChangeSchema, addActionItemValidator, lockMessage, MINUTES_FORM_ID, parseMinutesIntent, saveMinutesValidator, type AddActionItemInput,
  type MinutesItemInput, type SaveMinutesInput,
} from "./minutes-schemas";
import { assertMeetingTransition, canWriteMinutes, IllegalTransitionError } from "./state-machines";

// Minutes of a meeting: per accepted agenda item a text, an outcome and a decision, plus the
// meeting's action items. Moderators write them once the meeting has begun, then publish;
// every network member reads published minutes. Every query carries the network id and the
// meeting id, so no form can reach another meeting's records.

type Db = Kysely<Database> | Transaction<Database>;
type MeetingRef = Pick<MeetingWithHosts, "id" | "network_id" | "status" | "starts_at" | "hosts">;

/** The three texts of an item's minutes, reduced to a short fingerprint the form carries back. */
export function fingerprint(texts: { minutesText: string; outcome: string; decision: string }): string {
  return createHash("sha256").update(JSON.stringify([texts.minutesText, texts.outcome, texts.decision])).digest("base64url").slice(0, 22);
}

function isModerator(viewer: Viewer, meeting: MeetingRef) {
  return canModerateMeeting(viewer, meeting.hosts.map((h) => h.id));
}

// ── Reading ──────────────────────────────────────────────────────────────────

/** Accepted agenda items of the meeting in agenda order, with their minutes. */
export async function listMinutesItems(networkId: number, meetingId: number, dbOrTrx: Db = db) {
  const rows = await dbOrTrx
    .selectFrom("agenda_items")
    .select(["id", "position", "title", "kind", "minutes_text", "outcome", "decision", "version", "updated_at"])
    .where("network_id", "=", networkId)
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "accepted")
    .orderBy("position")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    title: r.title,
    kind: r.kind,
    minutesText: r.minutes_text,
    outcome: r.outcome,
    decision: r.decision,
    version: r.version,
    updatedAt: r.updated_at,
  }));
}

/** The meeting's action items, oldest first, with the title of the agenda item they belong to. */
export async function listActionItems(networkId: number, meetingId: number) {
  const rows = await db
    .selectFrom("action_items")
    .leftJoin("agenda_items", (join) =>
      join.onRef("agenda_items.id", "=", "action_items.agenda_item_id").on("agenda_items.network_id", "=", networkId),
    )
    .select([
      "action_items.id", "action_items.title", "action_items.owner", "action_items.due_date", "action_items.status",
      "action_items.carried_to_item_id", "agenda_items.title as agenda_item_title",
    ])
    .where("action_items.network_id", "=", networkId)
    .where("action_items.meeting_id", "=", meetingId)
    .orderBy("action_items.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    owner: r.owner,
    dueDate: r.due_date,
    status: r.status,
    carried: r.carried_to_item_id !== null,
    agendaItemTitle: r.agenda_item_title ?? null,
  }));
}

async function listDeferredTitles(networkId: number, meetingId: number) {
  return db
    .selectFrom("agenda_items")
    .select(["id", "title"])
    .where("network_id", "=", networkId)
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "deferred")
    .orderBy("position")
    .orderBy("id")
    .execute();
}

/**
 * The minutes a viewer may read on the meeting page: published minutes for every network
 * member, the draft (marked as such) only for the meeting's moderators. null: nothing to show.
 */
export async function loadMinutes(networkId: number, meeting: MeetingRef, viewer: Viewer, now = new Date()) {
  if (meeting.network_id !== networkId || viewer.networkId !== networkId) return null;
  let draft: boolean;
  if (meeting.status === "minutes_published") draft = false;
  else if (isModerator(viewer, meeting) && (meeting.status === "held" || canWriteMinutes(meeting, now))) draft = true;
  else return null;

  const [items, actionItems, deferred] = await Promise.all([
    listMinutesItems(networkId, meeting.id),
    listActionItems(networkId, meeting.id),
    listDeferredTitles(networkId, meeting.id),
  ]);
  // A meeting that has begun but has no minutes yet shows nothing, not an empty draft.
  const written = items.some((i) => i.minutesText || i.outcome || i.decision) || actionItems.length > 0;
  if (draft && meeting.status !== "held" && !written) return null;
  return {
    draft,
    items: items.map(({ id, position, title, kind, minutesText, outcome, decision }) => ({ id, position, title, kind, minutesText, outcome, decision })),
    deferred,
    actionItems,
  };
}

export type MinutesData = NonNullable<Awaited<ReturnType<typeof loadMinutes>>>;

/** Why the minutes of this meeting cannot be written now (null: they can). */
export function minutesLock(meeting: { status: MeetingStatus; starts_at: string }, now: Date): "published" | "cancelled" | "notYet" | null {
  if (canWriteMinutes(meeting, now)) return null;
  if (meeting.status === "minutes_published") return "published";
  if (meeting.status === "cancelled") return "cancelled";
  return "notYet";
}

/** What the meeting page offers around the minutes: editor and print view. */
export function minutesLinks(viewer: Viewer, meeting: MeetingRef, now = new Date()) {
  const moderator = isModerator(viewer, meeting);
  return {
    canEdit: moderator && minutesLock(meeting, now) === null,
    canPrint: moderator || agendaPublished(meeting.status),
  };
}

/** Everything the editor shows: items with their versions and fingerprints, action items, lock. */
export async function loadMinutesEditor(viewer: Viewer, meeting: MeetingRef, now = new Date()) {
  const items = await listMinutesItems(viewer.networkId, meeting.id);
  return {
    lock: minutesLock(meeting, now),
    canPublish: meeting.status === "held",
    items: items.map((i) => ({ ...i, original: fingerprint(i) })),
    actionItems: await listActionItems(viewer.networkId, meeting.id),
  };
}

// ── Writing ──────────────────────────────────────────────────────────────────

class MinutesRefused extends Error {
  constructor(readonly reason: "locked") {
    super(reason);
  }
}

/**
 * Inside a write: re-reads the meeting, refuses when minutes cannot be written, and turns a
 * planned or invited meeting into a held one (the first minutes mean it took place).
 */
async function prepareMinutesWrite(trx: Transaction<Database>, viewer: Viewer, meetingId: number, now: Date) {
  const current = await trx
    .selectFrom("meetings")
    .select(["id", "status", "starts_at"])
    .where("network_id", "=", viewer.networkId)
    .where("id", "=", meetingId)
    .executeTakeFirst();
  if (!current) notFound();
  if (!canWriteMinutes(current, now)) throw new MinutesRefused("locked");
  if (current.status !== "held") {
    assertMeetingTransition(current.status, "held");
    const updated = await trx
      .updateTable("meetings")
      .set({ status: "held", version: sql`version + 1`, updated_at: now.toISOString() })
      .where("network_id", "=", viewer.networkId)
      .where("id", "=", meetingId)
      .where("status", "=", current.status)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new IllegalTransitionError("meeting", current.status, "held");
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action: "meeting.held", subject: { type: "meeting", id: meetingId }, details: { from: current.status } },
      trx,
    );
  }
}

export interface MinutesConflict {
  id: number;
  title: string;
  minutesText: string;
  outcome: string;
  decision: string;
  updatedAt: string;
}

export type SaveMinutesOutcome =
  | { ok: true; saved: number }
  | { ok: false; reason: "conflict"; conflicts: MinutesConflict[]; refreshed: MinutesItemInput[] };

/**
 * Saves the minutes of every submitted item whose text changed, all or nothing. An item
 * someone else saved since the form was loaded is a conflict when this person changed it too
 * (nothing is written then); an item they left alone is skipped and keeps the other's text.
 */
export async function saveMinutes(viewer: Viewer, meeting: MeetingRef, input: SaveMinutesInput, now = new Date()): Promise<SaveMinutesOutcome> {
  const ids = [...new Set(input.items.map((i) => Number(i.id)))];
  return db.transaction().execute(async (trx) => {
    const stored = ids.length
      ? await trx
          .selectFrom("agenda_items")
          .select(["id", "title", "minutes_text", "outcome", "decision", "version", "updated_at"])
          .where("network_id", "=", viewer.networkId)
          .where("meeting_id", "=", meeting.id)
          .where("id", "in", ids)
          .execute()
      : [];
    // An id of another meeting or network: 404, and nothing is written.
    if (stored.length !== ids.length) notFound();
    const byId = new Map(stored.map((s) => [s.id, s]));

    const conflicts: MinutesConflict[] = [];
    const writes: MinutesItemInput[] = [];
    const refreshed: MinutesItemInput[] = [];
    for (const item of input.items) {
      const row = byId.get(Number(item.id))!;
      const current = { minutesText: row.minutes_text, outcome: row.outcome, decision: row.decision };
      const submitted = fingerprint(item);
      const unchangedHere = item.original !== "" && item.original === submitted;
      if (submitted === fingerprint(current)) {
        refreshed.push({ ...item, version: row.version, original: submitted });
      } else if (row.version !== item.version) {
        if (unchangedHere) {
          // Left alone here, changed elsewhere: the other person's text stays.
          refreshed.push({ ...item, ...current, version: row.version, original: fingerprint(current) });
        } else {
          conflicts.push({ id: row.id, title: row.title, ...current, updatedAt: row.updated_at });
          refreshed.push({ ...item, version: row.version, original: fingerprint(current) });
        }
      } else {
        writes.push(item);
        refreshed.push(item);
      }
    }
    if (conflicts.length) return { ok: false as const, reason: "conflict" as const, conflicts, refreshed };

    await prepareMinutesWrite(trx, viewer, meeting.id, now);
    for (const item of writes) {
      const updated = await trx
        .updateTable("agenda_items")
        .set({
          minutes_text: item.minutesText,
          outcome: item.outcome,
          decision: item.decision,
          version: sql`version + 1`,
          updated_at: now.toISOString(),
        })
        .where("network_id", "=", viewer.networkId)
        .where("meeting_id", "=", meeting.id)
        .where("id", "=", Number(item.id))
        .where("version", "=", item.version)
        .executeTakeFirst();
      // Cannot happen inside the transaction; if it does, nothing of this save stays.
      if (Number(updated.numUpdatedRows) !== 1) throw new Error(`agenda item ${item.id} changed during the save`);
    }
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: "meeting.minutes_saved",
        subject: { type: "meeting", id: meeting.id },
        details: { items: writes.map((w) => Number(w.id)) },
      },
      trx,
    );
    return { ok: true as const, saved: writes.length };
  });
}

export async function addActionItem(viewer: Viewer, meeting: MeetingRef, input: AddActionItemInput, now = new Date()) {
  return db.transaction().execute(async (trx) => {
    if (input.actionAgendaItem !== null) {
      const item = await trx
        .selectFrom("agenda_items")
        .select("id")
        .where("network_id", "=", viewer.networkId)
        .where("meeting_id", "=", meeting.id)
        .where("id", "=", input.actionAgendaItem)
        .executeTakeFirst();
      if (!item) notFound();
    }
    await prepareMinutesWrite(trx, viewer, meeting.id, now);
    const { id } = await trx
      .insertInto("action_items")
      .values({
        network_id: viewer.networkId,
        meeting_id: meeting.id,
        agenda_item_id: input.actionAgendaItem,
        title: input.actionTitle,
        owner: input.actionOwner,
        due_date: input.actionDue,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action: "action_item.created", subject: { type: "action_item", id }, details: { meetingId: meeting.id, title: input.actionTitle } },
      trx,
    );
    return id;
  });
}

export async function changeActionItem(
  viewer: Viewer,
  meeting: MeetingRef,
  input: { intent: "completeActionItem" | "reopenActionItem" | "removeActionItem"; actionItemId: number },
  now = new Date(),
) {
  await db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom("action_items")
      .select(["id", "title", "status"])
      .where("network_id", "=", viewer.networkId)
      .where("meeting_id", "=", meeting.id)
      .where("id", "=", input.actionItemId)
      .executeTakeFirst();
    if (!item) notFound();
    await prepareMinutesWrite(trx, viewer, meeting.id, now);
    if (input.intent === "removeActionItem") {
      await trx
        .deleteFrom("action_items")
        .where("network_id", "=", viewer.networkId)
        .where("meeting_id", "=", meeting.id)
        .where("id", "=", item.id)
        .execute();
    } else {
      await trx
        .updateTable("action_items")
        .set({ status: input.intent === "completeActionItem" ? "done" : "open" })
        .where("network_id", "=", viewer.networkId)
        .where("meeting_id", "=", meeting.id)
        .where("id", "=", item.id)
        .execute();
    }
    const action = input.intent === "removeActionItem" ? "action_item.removed" : input.intent === "completeActionItem" ? "action_item.completed" : "action_item.reopened";
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action, subject: { type: "action_item", id: item.id }, details: { meetingId: meeting.id, title: item.title } },
      trx,
    );
  });
}

/**
 * Publishes the minutes of a held meeting (anything else: IllegalTransitionError) and carries
 * deferred items and open action items over to each host group's next open meeting.
 */
export async function publishMinutes(viewer: Viewer, meeting: MeetingRef, now = new Date()) {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("meetings")
      .select(["status"])
      .where("network_id", "=", viewer.networkId)
      .where("id", "=", meeting.id)
      .executeTakeFirst();
    if (!current) notFound();
    assertMeetingTransition(current.status, "minutes_published");
    const updated = await trx
      .updateTable("meetings")
      .set({ status: "minutes_published", version: sql`version + 1`, updated_at: now.toISOString() })
      .where("network_id", "=", viewer.networkId)
      .where("id", "=", meeting.id)
      .where("status", "=", current.status)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new IllegalTransitionError("meeting", current.status, "minutes_published");
    let carried = 0;
    for (const host of meeting.hosts) {
      carried += await carryOverToNextMeeting(trx, { networkId: viewer.networkId, groupId: host.id, now });
    }
    await recordAudit(
      {
        networkId: viewer.networkId,
        actorUserId: viewer.userId,
        action: "meeting.minutes_published",
        subject: { type: "meeting", id: meeting.id },
        details: { carried },
      },
      trx,
    );
    return { carried };
  });
}

// ── The editor's action ──────────────────────────────────────────────────────

function refusal(t: Translate, key: Parameters<Translate>[0], status = 409, extra: Record<string, unknown> = {}) {
  return data({ formError: t(key), ...extra }, { status });
}

/**
 * The minutes editor's action. The route has checked that the viewer moderates the meeting.
 * Dispatches on `intent`; successful writes redirect back (or, after publishing, to the
 * meeting page); refusals answer 409 with a German message and keep what was typed.
 */
export async function minutesAction(viewer: Viewer, request: Request, meeting: MeetingWithHosts, now = new Date()) {
  const t = translator(localeFromRequest(request));
  const form = await request.formData();
  const intent = parseMinutesIntent(form.get("intent"));
  const editor = `/n/${viewer.networkSlug}/meetings/${meeting.id}/minutes`;
  try {
    switch (intent) {
      case "saveMinutes": {
        const result = await saveMinutesValidator.validate(form);
        if (result.error) return validationError(result.error, result.submittedData);
        const outcome = await saveMinutes(viewer, meeting, result.data, now);
        if (!outcome.ok) {
          const fieldErrors: Record<string, string> = {};
          outcome.refreshed.forEach((item, i) => {
            if (outcome.conflicts.some((c) => String(c.id) === item.id)) fieldErrors[`items[${i}].minutesText`] = "minutes.conflictField";
          });
          return data(
            {
              fieldErrors,
              repopulateFields: { intent: "saveMinutes", items: outcome.refreshed.map((i) => ({ ...i, version: String(i.version) })) },
              formId: result.formId ?? MINUTES_FORM_ID,
              formError: t("minutes.conflict"),
              conflicts: outcome.conflicts,
            },
            { status: 409 },
          );
        }
        throw redirect(`${editor}?done=saved`);
      }
      case "addActionItem": {
        const result = await addActionItemValidator.validate(form);
        if (result.error) return validationError(result.error, result.submittedData);
        await addActionItem(viewer, meeting, result.data, now);
        throw redirect(`${editor}?done=actionAdded#aufgaben`);
      }
      case "completeActionItem":
      case "reopenActionItem":
      case "removeActionItem": {
        const parsed = actionItemChangeSchema.safeParse({ intent, actionItemId: form.get("actionItemId") ?? undefined });
        if (!parsed.success) notFound();
        await changeActionItem(viewer, meeting, parsed.data, now);
        throw redirect(`${editor}?done=actionChanged#aufgaben`);
      }
      case "publishMinutes": {
        await publishMinutes(viewer, meeting, now);
        throw redirect(`/n/${viewer.networkSlug}/meetings/${meeting.id}?minutes=published#protokoll`);
      }
      default:
        return refusal(t, "minutes.unknownAction", 400);
    }
  } catch (error) {
    if (error instanceof MinutesRefused) return refusal(t, lockMessage(minutesLock(meeting, now) ?? "published"));
    if (error instanceof IllegalTransitionError) {
      return refusal(t, intent === "publishMinutes" ? "minutes.cannotPublish" : lockMessage(minutesLock(meeting, now) ?? "published"));
    }
    throw error;
  }
}

/** The editor's loader/action gate: a moderator of a meeting of this network. */
export function requireMinutesModerator(viewer: Viewer, meeting: MeetingWithHosts | undefined): asserts meeting is MeetingWithHosts {
  if (!meeting) notFound();
  if (!isModerator(viewer, meeting)) forbidden();
}

// ── Print view ───────────────────────────────────────────────────────────────

/** The agenda has been sent out: from `invited` on (a cancelled meeting only if it had been). */
export function agendaPublished(status: MeetingStatus): boolean {
  return status === "invited" || status === "held" || status === "minutes_published";
}

/** Agenda with computed start times and, where the viewer may read them, the minutes. */
export async function loadPrintView(viewer: Viewer, meeting: MeetingWithHosts, now = new Date()) {
  if (!isModerator(viewer, meeting) && !agendaPublished(meeting.status)) forbidden();
  const rows = await db
    .selectFrom("agenda_items")
    .leftJoin("users", "users.id", "agenda_items.presenter_user_id")
    .leftJoin("organisations", (join) =>
      join.onRef("organisations.id", "=", "agenda_items.presenter_organisation_id").on("organisations.network_id", "=", viewer.networkId),
    )
    .select([
      "agenda_items.id", "agenda_items.title", "agenda_items.description", "agenda_items.kind", "agenda_items.planned_minutes",
      "users.name as presenter_name", "organisations.name as presenter_organisation",
    ])
    .where("agenda_items.network_id", "=", viewer.networkId)
    .where("agenda_items.meeting_id", "=", meeting.id)
    .where("agenda_items.status", "=", "accepted")
    .orderBy("agenda_items.position")
    .orderBy("agenda_items.id")
    .execute();
  const timed = timeAgenda(meeting, rows);
  return {
    agenda: timed.items.map(({ item, startsAt, overrun }) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      kind: item.kind,
      plannedMinutes: item.planned_minutes,
      presenter: [item.presenter_name, item.presenter_organisation].filter(Boolean).join(", "),
      startsAt: startsAt.toISOString(),
      overrun,
    })),
    totalMinutes: timed.totalMinutes,
    minutes: await loadMinutes(viewer.networkId, meeting, viewer, now),
  };
}
