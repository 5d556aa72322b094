import type { Kysely, Transaction } from "kysely";
import { notFound, requireNetworkMember } from "~/auth/authorize.server";
import { canModerateMeeting, isHostGroupMember, type Viewer } from "~/auth/permissions";
import { parseId } from "~/components/params";
import { db } from "~/db.server";
import type { AgendaItemKind, AgendaItemStatus, Database } from "../../db/schema";
import { timeAgenda } from "./agenda-timing";
import { utcToLocal } from "./local-time";
import { parsePresenter, presenterValue, type ProposalInput, type UpdateItemInput } from "./agenda-schemas";
import { carryOverToNextMeeting } from "./carry-over.server";
import { findMeeting, type MeetingWithHosts } from "./meetings.server";
import { acceptsProposals, assertAgendaItemTransition, IllegalTransitionError, isAgendaOpen } from "./state-machines";
import { inGermanOrder } from "~/i18n/german-order";

// Agenda proposals, the moderators' agenda editor and the agenda on the meeting page.
// Every query takes the network id and the meeting the caller was authorised for; an item
// id that does not belong to both is a 404, never a change.

type Trx = Transaction<Database>;

export interface AgendaContext {
  viewer: Viewer;
  meeting: MeetingWithHosts;
}

/** A member of the network (else 404) looking at a meeting of that network (else 404). */
export async function requireMeetingContext(request: Request, params: { network?: string; meetingId?: string }): Promise<AgendaContext> {
  const viewer = await requireNetworkMember(request, params.network);
  const id = parseId(params.meetingId);
  const meeting = id ? await findMeeting(viewer.networkId, id) : undefined;
  if (!meeting) notFound();
  return { viewer, meeting };
}

const hostIds = (meeting: { hosts: { id: number }[] }) => meeting.hosts.map((h) => h.id);

/** "HH:mm" in the meeting's zone (Europe/Berlin). */
export function formatTime(iso: string | Date, zone: string): string {
  return utcToLocal(iso, zone).time;
}

// ── Reading ─────────────────────────────────────────────────────────────────

/** All items of one meeting with presenter and proposer names: one query, no query per item. */
function itemsQuery(networkId: number, meetingId: number, executor: Kysely<Database> | Trx = db) {
  return executor
    .selectFrom("agenda_items")
    .leftJoin("users as presenter", "presenter.id", "agenda_items.presenter_user_id")
    .leftJoin("organisations as presenter_org", "presenter_org.id", "agenda_items.presenter_organisation_id")
    .leftJoin("users as proposer", "proposer.id", "agenda_items.proposed_by_user_id")
    .leftJoin("organisations as proposer_org", "proposer_org.id", "agenda_items.proposed_by_organisation_id")
    .leftJoin("offers", "offers.id", "agenda_items.offer_id")
    // The package an item discusses: same network only, so a foreign id never shows a title.
    .leftJoin("work_packages", (j) =>
      j.onRef("work_packages.id", "=", "agenda_items.work_package_id").on("work_packages.network_id", "=", networkId),
    )
    .select([
      "agenda_items.offer_id",
      "offers.title as offer_title",
      "work_packages.id as work_package_id",
      "work_packages.title as work_package_title",
      "agenda_items.id",
      "agenda_items.position",
      "agenda_items.title",
      "agenda_items.description",
      "agenda_items.kind",
      "agenda_items.planned_minutes",
      "agenda_items.presenter_user_id",
      "agenda_items.presenter_organisation_id",
      "agenda_items.status",
      "agenda_items.decline_reason",
      "agenda_items.proposed_by_user_id",
      "agenda_items.carried_from_item_id",
      "agenda_items.version",
      "presenter.name as presenter_user_name",
      "presenter_org.name as presenter_org_name",
      "proposer.name as proposer_name",
      "proposer_org.name as proposer_org_name",
    ])
    .where("agenda_items.network_id", "=", networkId)
    .where("agenda_items.meeting_id", "=", meetingId)
    .orderBy("agenda_items.position")
    .orderBy("agenda_items.id");
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof itemsQuery>["execute"]>>[number];

function presenterName(row: ItemRow): string | null {
  return row.presenter_user_name ?? row.presenter_org_name ?? null;
}

function timedAgenda(meeting: MeetingWithHosts, rows: ItemRow[]) {
  const accepted = rows.filter((r) => r.status === "accepted");
  const timing = timeAgenda(meeting, accepted);
  return {
    items: timing.items.map(({ item, startsAt, overrun }, index) => ({
      id: item.id,
      number: index + 1,
      title: item.title,
      offerId: item.offer_id,
      offerTitle: item.offer_title,
      workPackageId: item.work_package_id,
      workPackageTitle: item.work_package_title,
      kind: item.kind,
      description: item.description,
      plannedMinutes: item.planned_minutes,
      presenter: presenterValue(item),
      presenterName: presenterName(item),
      version: item.version,
      startsAt: startsAt.toISOString(),
      startTime: formatTime(startsAt, meeting.time_zone),
      overrun,
    })),
    totalMinutes: timing.totalMinutes,
    overrunMinutes: timing.overrunMinutes,
    startTime: formatTime(meeting.starts_at, meeting.time_zone),
    endTime: formatTime(meeting.ends_at, meeting.time_zone),
  };
}

/**
 * The agenda section of the meeting page. Everyone in the network reads the published
 * agenda (the meeting is no longer `planned`); moderators also read the draft. Members of
 * a host group see their own proposals with status and decline reason, moderators the
 * number of open proposals.
 */
export async function loadAgenda(networkId: number, meeting: MeetingWithHosts, viewer: Viewer, now = new Date()) {
  const rows = await itemsQuery(networkId, meeting.id).execute();
  const canModerate = canModerateMeeting(viewer, hostIds(meeting));
  const isMember = isHostGroupMember(viewer, hostIds(meeting));
  const published = meeting.status !== "planned";
  const visible = published || canModerate;
  const agenda = timedAgenda(meeting, rows);
  return {
    meetingId: meeting.id,
    published,
    visible,
    items: visible ? agenda.items.map(({ version: _v, presenter: _p, ...item }) => item) : [],
    totalMinutes: visible ? agenda.totalMinutes : 0,
    overrunMinutes: canModerate ? agenda.overrunMinutes : 0,
    ownProposals: isMember
      ? rows
          .filter((r) => r.proposed_by_user_id === viewer.userId)
          .map((r) => ({ id: r.id, title: r.title, kind: r.kind, status: r.status, declineReason: r.decline_reason }))
      : [],
    openProposalCount: canModerate ? rows.filter((r) => r.status === "proposed").length : null,
    canModerate,
    canEdit: canModerate && isAgendaOpen(meeting.status),
    canPropose: isMember && acceptsProposals(meeting, now),
  };
}

export type AgendaData = Awaited<ReturnType<typeof loadAgenda>>;

/** People of the host groups' organisations (and people who are members themselves) and those organisations. */
export async function presenterOptions(networkId: number, groupIds: number[]) {
  if (groupIds.length === 0) return { people: [], organisations: [] };
  const organisations = await db
    .selectFrom("organisations")
    .select(["organisations.id", "organisations.name"])
    .where("organisations.network_id", "=", networkId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("group_memberships")
          .select("group_memberships.id")
          .whereRef("group_memberships.organisation_id", "=", "organisations.id")
          .where("group_memberships.network_id", "=", networkId)
          .where("group_memberships.group_id", "in", groupIds),
      ),
    )
    .execute()
    .then(inGermanOrder);
  const people = await db
    .selectFrom("users")
    .innerJoin("network_members", "network_members.user_id", "users.id")
    .select((eb) => [
      "users.id",
      "users.name",
      eb
        .selectFrom("affiliations")
        .innerJoin("organisations", "organisations.id", "affiliations.organisation_id")
        .select((inner) => inner.fn.coalesce("organisations.short_name", "organisations.name").as("org"))
        .whereRef("affiliations.user_id", "=", "users.id")
        .where("affiliations.network_id", "=", networkId)
        .orderBy("affiliations.id")
        .limit(1)
        .as("organisation"),
    ])
    .where("network_members.network_id", "=", networkId)
    .where("network_members.active", "=", 1)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom("affiliations")
            .innerJoin("group_memberships", "group_memberships.organisation_id", "affiliations.organisation_id")
            .select("affiliations.id")
            .whereRef("affiliations.user_id", "=", "users.id")
            .where("affiliations.network_id", "=", networkId)
            .where("group_memberships.group_id", "in", groupIds),
        ),
        eb.exists(
          eb
            .selectFrom("group_memberships")
            .select("group_memberships.id")
            .whereRef("group_memberships.user_id", "=", "users.id")
            .where("group_memberships.network_id", "=", networkId)
            .where("group_memberships.group_id", "in", groupIds),
        ),
      ]),
    )
    .execute()
    .then(inGermanOrder);
  return {
    people: people.map((p) => ({ value: `user:${p.id}`, label: p.organisation ? `${p.name} (${p.organisation})` : p.name })),
    organisations: organisations.map((o) => ({ value: `org:${o.id}`, label: o.name })),
  };
}

/** Everything the agenda editor shows. */
export async function loadAgendaEditor({ viewer, meeting }: AgendaContext) {
  const networkId = viewer.networkId;
  const rows = await itemsQuery(networkId, meeting.id).execute();
  const agenda = timedAgenda(meeting, rows);
  const options = await presenterOptions(networkId, hostIds(meeting));
  // A presenter chosen earlier stays selectable even if their organisation left the group.
  const known = new Set([...options.people, ...options.organisations].map((o) => o.value));
  const extra = agenda.items
    .filter((i) => i.presenter && !known.has(i.presenter))
    .map((i) => ({ value: i.presenter, label: i.presenterName ?? i.presenter }));
  const proposal = (r: ItemRow) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    description: r.description,
    plannedMinutes: r.planned_minutes,
    proposerName: r.proposer_name,
    proposerOrganisation: r.proposer_org_name,
    carried: r.carried_from_item_id !== null,
    status: r.status,
    declineReason: r.decline_reason,
    version: r.version,
  });
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      status: meeting.status,
      starts_at: meeting.starts_at,
      ends_at: meeting.ends_at,
      hosts: meeting.hosts,
    },
    editable: isAgendaOpen(meeting.status),
    proposals: rows.filter((r) => r.status === "proposed").map(proposal),
    closed: rows.filter((r) => r.status === "declined" || r.status === "deferred").map(proposal),
    agenda,
    presenterOptions: { people: [...options.people, ...extra], organisations: options.organisations },
  };
}

// ── Proposing ───────────────────────────────────────────────────────────────

/** The person's first organisation that belongs to a host group, else their first organisation. */
export async function proposerOrganisation(networkId: number, userId: number, groupIds: number[]): Promise<number | null> {
  const rows = await db
    .selectFrom("affiliations")
    .select((eb) => [
      "affiliations.organisation_id",
      eb
        .exists(
          eb
            .selectFrom("group_memberships")
            .select("group_memberships.id")
            .whereRef("group_memberships.organisation_id", "=", "affiliations.organisation_id")
            .where("group_memberships.network_id", "=", networkId)
            .where("group_memberships.group_id", "in", groupIds.length ? groupIds : [-1]),
        )
        .as("in_host_group"),
    ])
    .where("affiliations.network_id", "=", networkId)
    .where("affiliations.user_id", "=", userId)
    .orderBy("affiliations.id")
    .execute();
  return (rows.find((r) => Number(r.in_host_group) === 1) ?? rows[0])?.organisation_id ?? null;
}

export type ProposeOutcome = { ok: true; id: number } | { ok: false; reason: "closed" };

/** Checked again inside the write: the deadline may have passed since the page was loaded. */
export async function meetingTakesProposals(trx: Transaction<Database>, networkId: number, meetingId: number, now: Date): Promise<boolean> {
  const fresh = await trx
    .selectFrom("meetings")
    .select(["status", "proposal_deadline"])
    .where("network_id", "=", networkId)
    .where("id", "=", meetingId)
    .executeTakeFirst();
  return Boolean(fresh && acceptsProposals(fresh, now));
}

/** Stores a proposal while the meeting takes proposals; the status check runs again inside the write. */
export async function proposeItem({ viewer, meeting }: AgendaContext, input: ProposalInput, now = new Date()): Promise<ProposeOutcome> {
  const organisationId = await proposerOrganisation(viewer.networkId, viewer.userId, hostIds(meeting));
  return db.transaction().execute(async (trx): Promise<ProposeOutcome> => {
    if (!(await meetingTakesProposals(trx, viewer.networkId, meeting.id, now))) return { ok: false, reason: "closed" };
    const { id } = await trx
      .insertInto("agenda_items")
      .values({
        network_id: viewer.networkId,
        meeting_id: meeting.id,
        title: input.title,
        description: input.description,
        kind: input.kind,
        planned_minutes: input.desiredMinutes,
        status: "proposed",
        proposed_by_user_id: viewer.userId,
        proposed_by_organisation_id: organisationId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("agenda_item_events")
      .values({ network_id: viewer.networkId, agenda_item_id: id, actor_user_id: viewer.userId, from_status: null, to_status: "proposed" })
      .execute();
    return { ok: true, id };
  });
}

// ── Editing ─────────────────────────────────────────────────────────────────

/** What is stored now, shown beside the user's kept input when their save conflicts. */
export interface CurrentItem {
  id: number;
  title: string;
  kind: AgendaItemKind;
  status: AgendaItemStatus;
  plannedMinutes: number;
  presenter: string;
  presenterName: string | null;
  declineReason: string | null;
  version: number;
}

export type EditOutcome =
  | { ok: true }
  | { ok: false; reason: "closed" }
  | { ok: false; reason: "conflict"; current: CurrentItem }
  | { ok: false; reason: "illegal"; title: string; from: AgendaItemStatus; to: AgendaItemStatus }
  | { ok: false; reason: "notOnAgenda" }
  | { ok: false; reason: "presenter" };

async function currentItem(trx: Trx, networkId: number, meetingId: number, itemId: number): Promise<CurrentItem> {
  const row = await itemsQuery(networkId, meetingId, trx).where("agenda_items.id", "=", itemId).executeTakeFirstOrThrow();
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    plannedMinutes: row.planned_minutes,
    presenter: presenterValue(row),
    presenterName: presenterName(row),
    declineReason: row.decline_reason,
    version: row.version,
  };
}

/** Someone else saved the item first: the answer carries the item as it is now. */
async function conflictOutcome(trx: Trx, { viewer, meeting }: AgendaContext, itemId: number): Promise<EditOutcome> {
  return { ok: false, reason: "conflict", current: await currentItem(trx, viewer.networkId, meeting.id, itemId) };
}

/** Accepted items of the meeting in agenda order. */
function acceptedItemsInOrder(trx: Trx, { viewer, meeting }: AgendaContext) {
  return trx
    .selectFrom("agenda_items")
    .select(["id", "position", "version"])
    .where("network_id", "=", viewer.networkId)
    .where("meeting_id", "=", meeting.id)
    .where("status", "=", "accepted")
    .orderBy("position")
    .orderBy("id")
    .execute();
}

/** The item, if it belongs to this network and this meeting; anything else is a 404. */
async function findItem(trx: Trx, { viewer, meeting }: AgendaContext, itemId: number) {
  const item = await trx
    .selectFrom("agenda_items")
    .select(["id", "title", "status", "version", "position", "decline_reason", "presenter_user_id", "presenter_organisation_id"])
    .where("network_id", "=", viewer.networkId)
    .where("meeting_id", "=", meeting.id)
    .where("id", "=", itemId)
    .executeTakeFirst();
  if (!item) notFound();
  return item;
}

/** Accepted items get positions 1..n in their current order (or the order given). */
async function renumber(trx: Trx, ctx: AgendaContext, order?: number[]) {
  const networkId = ctx.viewer.networkId;
  const accepted = await acceptedItemsInOrder(trx, ctx);
  const ids = order ?? accepted.map((a) => a.id);
  const positions = new Map(accepted.map((a) => [a.id, a.position]));
  for (const [index, id] of ids.entries()) {
    if (positions.get(id) === index + 1) continue;
    await trx.updateTable("agenda_items").set({ position: index + 1 }).where("id", "=", id).where("network_id", "=", networkId).execute();
  }
}

/**
 * Accept, decline (with reason), defer, or send an item back to the proposals. Checks the
 * version the moderator saw, then the lifecycle; records who did it in agenda_item_events.
 * A deferred item turns up as a proposal in the next meeting of each host group.
 */
export async function changeItemStatus(
  ctx: AgendaContext,
  input: { itemId: number; version: number; to: AgendaItemStatus; note?: string },
  now = new Date(),
): Promise<EditOutcome> {
  const { viewer, meeting } = ctx;
  if (!isAgendaOpen(meeting.status)) return { ok: false, reason: "closed" };
  const outcome = await db.transaction().execute(async (trx): Promise<EditOutcome> => {
    const item = await findItem(trx, ctx, input.itemId);
    if (item.version !== input.version) return conflictOutcome(trx, ctx, item.id);
    try {
      assertAgendaItemTransition(item.status, input.to);
    } catch (error) {
      if (error instanceof IllegalTransitionError) return { ok: false, reason: "illegal", title: item.title, from: item.status, to: input.to };
      throw error;
    }
    let position = item.position;
    if (input.to === "accepted") {
      const last = await trx
        .selectFrom("agenda_items")
        .select((eb) => eb.fn.max("position").as("max"))
        .where("network_id", "=", viewer.networkId)
        .where("meeting_id", "=", meeting.id)
        .where("status", "=", "accepted")
        .executeTakeFirst();
      position = Number(last?.max ?? 0) + 1;
    }
    const updated = await trx
      .updateTable("agenda_items")
      .set({
        status: input.to,
        position,
        decline_reason: input.to === "declined" ? (input.note ?? "") : input.to === "proposed" ? null : item.decline_reason,
        version: item.version + 1,
        updated_at: now.toISOString(),
      })
      .where("id", "=", item.id)
      .where("network_id", "=", viewer.networkId)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      return conflictOutcome(trx, ctx, item.id);
    }
    await trx
      .insertInto("agenda_item_events")
      .values({
        network_id: viewer.networkId,
        agenda_item_id: item.id,
        actor_user_id: viewer.userId,
        from_status: item.status,
        to_status: input.to,
        note: input.note ?? "",
      })
      .execute();
    if (input.to === "accepted" || item.status === "accepted") await renumber(trx, ctx);
    if (input.to === "deferred") {
      // "The next meeting" is the one after this meeting, even while this one lies ahead.
      const after = new Date(Math.max(now.getTime(), new Date(meeting.starts_at).getTime()));
      for (const groupId of hostIds(meeting)) {
        await carryOverToNextMeeting(trx, { networkId: viewer.networkId, groupId, now: after });
      }
    }
    return { ok: true };
  });
  return outcome;
}

/** Moves an accepted item one place up or down; positions become 1..n in one transaction. */
export async function moveItem(ctx: AgendaContext, input: { itemId: number; version: number; direction: "up" | "down" }, now = new Date()): Promise<EditOutcome> {
  const { viewer, meeting } = ctx;
  if (!isAgendaOpen(meeting.status)) return { ok: false, reason: "closed" };
  return db.transaction().execute(async (trx): Promise<EditOutcome> => {
    const item = await findItem(trx, ctx, input.itemId);
    if (item.version !== input.version) return conflictOutcome(trx, ctx, item.id);
    if (item.status !== "accepted") return { ok: false, reason: "notOnAgenda" };
    const accepted = await acceptedItemsInOrder(trx, ctx);
    const index = accepted.findIndex((a) => a.id === item.id);
    const other = input.direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= accepted.length) {
      await renumber(trx, ctx);
      return { ok: true };
    }
    const order = accepted.map((a) => a.id);
    [order[index], order[other]] = [order[other], order[index]];
    // Both swapped items change: a save still holding the old version is a conflict.
    for (const swapped of [accepted[index], accepted[other]]) {
      await trx
        .updateTable("agenda_items")
        .set((eb) => ({ version: eb("version", "+", 1), updated_at: now.toISOString() }))
        .where("id", "=", swapped.id)
        .where("network_id", "=", viewer.networkId)
        .execute();
    }
    await renumber(trx, ctx, order);
    return { ok: true };
  });
}

/** Planned minutes and presenter of one item. The presenter must come from the host groups. */
export async function updateItem(ctx: AgendaContext, input: Omit<UpdateItemInput, "intent">, now = new Date()): Promise<EditOutcome> {
  const { viewer, meeting } = ctx;
  if (!isAgendaOpen(meeting.status)) return { ok: false, reason: "closed" };
  const options = input.presenter ? await presenterOptions(viewer.networkId, hostIds(meeting)) : null;
  return db.transaction().execute(async (trx): Promise<EditOutcome> => {
    const item = await findItem(trx, ctx, input.itemId);
    if (item.version !== input.version) return conflictOutcome(trx, ctx, item.id);
    const unchanged = input.presenter === presenterValue(item);
    if (options && !unchanged && ![...options.people, ...options.organisations].some((o) => o.value === input.presenter)) {
      return { ok: false, reason: "presenter" };
    }
    const presenter = parsePresenter(input.presenter);
    const updated = await trx
      .updateTable("agenda_items")
      .set({
        planned_minutes: input.plannedMinutes,
        presenter_user_id: presenter.userId,
        presenter_organisation_id: presenter.organisationId,
        version: item.version + 1,
        updated_at: now.toISOString(),
      })
      .where("id", "=", item.id)
      .where("network_id", "=", viewer.networkId)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      return conflictOutcome(trx, ctx, item.id);
    }
    return { ok: true };
  });
}
