import { sql, type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool, type Transaction } from "kysely";
import { recordAudit } from "../audit/audit.server";
import { canModerateMeeting, canSteerWorkPackages, type Viewer, workPackageRoles } from "../auth/permissions";
import { db } from "../db.server";
import { queueMessages } from "../mail/outbox.server";
import { isAgendaOpen } from "../meetings/state-machines";
import type { Database, WorkPackagePriority, WorkPackagesTable, WorkPackageStatus } from "../../db/schema";
import { DEFAULT_WAIT_DAYS, daysBetween, isOverdue, isWaitingTooLong, localToday, medianDaysToDecision, twelveMonthsBefore } from "./metrics";
import { summedCount } from "../kept-counts.server";
import { pageWithin } from "../paging";
import { checkTransition, type DecisionAction, type WorkPackageAction, type WorkPackageRefusal } from "./state-machine";
import { inGermanOrder } from "../i18n/german-order";

// Work packages: queries and changes. Every function takes the network id (or a Viewer,
// which carries it) and puts it in the WHERE, so no id from a URL or form reaches another
// network's rows. Every change runs in one transaction with its timeline event, audit
// event and outbox messages, and raises the version (optimistic concurrency).

type Db = Kysely<Database> | Transaction<Database>;

// ── Reading ──────────────────────────────────────────────────────────────────

function packageJoins(dbOrTrx: Db, networkId: number) {
  return dbOrTrx
    .selectFrom("work_packages as wp")
    .innerJoin("groups as g", (j) => j.onRef("g.id", "=", "wp.origin_group_id").on("g.network_id", "=", networkId))
    .leftJoin("organisations as o", (j) => j.onRef("o.id", "=", "wp.responsible_organisation_id").on("o.network_id", "=", networkId))
    .where("wp.network_id", "=", networkId);
}

function packageQuery(dbOrTrx: Db, networkId: number) {
  return packageJoins(dbOrTrx, networkId).select([
    "wp.id", "wp.network_id", "wp.origin_group_id", "wp.origin_meeting_id", "wp.origin_agenda_item_id", "wp.title", "wp.problem",
    "wp.request", "wp.responsible_organisation_id", "wp.due_date", "wp.priority", "wp.status", "wp.decision_rationale",
    "wp.decided_by", "wp.decided_at", "wp.submitted_at", "wp.result_summary", "wp.version", "wp.created_by", "wp.created_at",
    "wp.updated_at", "g.name as group_name", "g.slug as group_slug", "o.name as responsible_name",
  ]);
}

/**
 * The columns a list row shows, and no more: the rows travel to the browser once more as the
 * page's loader data. `answer` is the steering group's last word (result, else rationale).
 */
const summaryColumns = [
  "wp.id", "wp.title", "wp.due_date", "wp.status", "g.name as group_name", "g.slug as group_slug", "o.name as responsible_name",
  sql<string | null>`coalesce(nullif(wp.result_summary, ''), nullif(wp.decision_rationale, ''))`.as("answer"),
] as const;

/** The columns of an inbox row: what the steering group needs to put it on an agenda. */
const inboxColumns = ["wp.id", "wp.title", "wp.priority", "wp.submitted_at", "wp.version", "g.name as group_name"] as const;

/**
 * List rows of one page of packages whose ids `page` picks from an index alone (ordered and
 * limited there): only those rows are read and joined, not every package the filter matches.
 * The caller orders the result again. CROSS JOIN keeps the page as the outer loop: SQLite
 * otherwise walks all the network's packages in the order index to spare the final sort.
 */
function packageRowsOf(networkId: number, page: SelectQueryBuilder<Database & { wp: WorkPackagesTable }, "wp", { id: number }>) {
  return db
    .selectFrom(page.as("page"))
    .crossJoin("work_packages as wp")
    .whereRef("wp.id", "=", "page.id")
    .innerJoin("groups as g", (j) => j.onRef("g.id", "=", "wp.origin_group_id").on("g.network_id", "=", networkId))
    .leftJoin("organisations as o", (j) => j.onRef("o.id", "=", "wp.responsible_organisation_id").on("o.network_id", "=", networkId))
    .where("wp.network_id", "=", networkId);
}

/** One package of this network with its origin group and responsible organisation, or undefined (→ 404). */
export async function findWorkPackage(networkId: number, id: number, dbOrTrx: Db = db) {
  const row = await packageQuery(dbOrTrx, networkId)
    .leftJoin("users as decider", "decider.id", "wp.decided_by")
    .leftJoin("users as author", "author.id", "wp.created_by")
    .leftJoin("meetings as m", (j) => j.onRef("m.id", "=", "wp.origin_meeting_id").on("m.network_id", "=", networkId))
    .select(["decider.name as decided_by_name", "author.name as created_by_name", "m.title as origin_meeting_title"])
    .where("wp.id", "=", id)
    .executeTakeFirst();
  return row;
}

export type PackageListRow = Awaited<ReturnType<typeof listPackages>>["rows"][number];

/**
 * Packages of the network for the list pages, newest change first. Drafts are work in
 * progress of their group: only its moderators (and admins) see them.
 */
/** Lists and the inbox show this many packages per page, however many the network has. */
export const PACKAGE_PAGE_SIZE = 25;

type PackageCondition = (eb: ExpressionBuilder<{ wp: Pick<WorkPackagesTable, "origin_group_id" | "status"> }, "wp">) => Expression<SqlBool>;

/** How many of the network's packages meet `where`, from the counts that triggers keep (decision 022). */
function countedPackages(networkId: number, where: PackageCondition): Promise<number> {
  return summedCount(db.selectFrom("work_package_counts as wp").where("wp.network_id", "=", networkId).where(where));
}

/**
 * One page of the packages the viewer may see, most recently changed first, with the total.
 * The total adds up the counts per group and status that triggers keep (work_package_counts);
 * the page's ids come from the update index (it stops after the page), and only those rows
 * are joined.
 */
export async function listPackages(viewer: Viewer, opts: { groupId?: number; status?: WorkPackageStatus[]; page?: number; pageSize?: number } = {}) {
  const pageSize = opts.pageSize ?? PACKAGE_PAGE_SIZE;
  const moderated = Object.entries(viewer.groupTiers).filter(([, t]) => t === "preparation").map(([id]) => Number(id));
  const visible: PackageCondition = (eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (opts.groupId !== undefined) conditions.push(eb("wp.origin_group_id", "=", opts.groupId));
    if (opts.status?.length) conditions.push(eb("wp.status", "in", opts.status));
    if (viewer.networkRole !== "admin") {
      conditions.push(eb.or([eb("wp.status", "!=", "draft"), ...(moderated.length ? [eb("wp.origin_group_id", "in", moderated)] : [])]));
    }
    return eb.and(conditions);
  };
  const visiblePackages = db.selectFrom("work_packages as wp").where("wp.network_id", "=", viewer.networkId).where(visible);
  // A group's page is read through the group's own index: with the network in the condition
  // SQLite walks the whole network's packages in update order instead. The group belongs to
  // the viewer's network, and packageRowsOf checks the network of every row again.
  const pageIds = opts.groupId !== undefined ? db.selectFrom("work_packages as wp").where(visible) : visiblePackages;
  const total = await countedPackages(viewer.networkId, visible);
  const { page, pageCount, offset } = pageWithin(opts.page, total, pageSize);
  const rows = await packageRowsOf(
    viewer.networkId,
    pageIds.select("wp.id").orderBy("wp.updated_at", "desc").orderBy("wp.id", "desc").limit(pageSize).offset(offset),
  )
    .select(summaryColumns)
    .orderBy("wp.updated_at", "desc")
    .orderBy("wp.id", "desc")
    .execute();
  return { rows, total, page, pageCount };
}

/** The steering inbox: the oldest submitted packages (one page), their total, age and the waiting flag. */
export async function steeringInbox(networkId: number, now = new Date()) {
  const limit = await waitLimit(networkId);
  // The page's ids come from the inbox index alone, and only those rows are joined; the
  // total comes from the kept counts per group and status.
  const submitted = db.selectFrom("work_packages as wp").where("wp.network_id", "=", networkId).where("wp.status", "=", "submitted");
  const [rows, count] = await Promise.all([
    packageRowsOf(networkId, submitted.select("wp.id").orderBy("wp.submitted_at", "asc").orderBy("wp.id", "asc").limit(PACKAGE_PAGE_SIZE))
      .select(inboxColumns)
      .orderBy("wp.submitted_at", "asc")
      .orderBy("wp.id", "asc")
      .execute(),
    countedPackages(networkId, (eb) => eb("wp.status", "=", "submitted")),
  ]);
  return {
    limit,
    total: count,
    rows: rows.map((r) => ({
      ...r,
      ageDays: r.submitted_at ? daysBetween(r.submitted_at, now) : 0,
      waitingTooLong: isWaitingTooLong(r.submitted_at, now, limit),
    })),
  };
}

export async function waitLimit(networkId: number, dbOrTrx: Db = db): Promise<number> {
  const row = await dbOrTrx.selectFrom("networks").select("work_package_wait_days").where("id", "=", networkId).executeTakeFirst();
  return row?.work_package_wait_days ?? DEFAULT_WAIT_DAYS;
}

/** The network admin changes the waiting limit (days) of the steering inbox. */
export async function setWaitLimit(viewer: Viewer, days: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("networks").set({ work_package_wait_days: days }).where("id", "=", viewer.networkId).execute();
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action: "network.work_package_wait_days_changed", details: { days } },
      trx,
    );
  });
}

/** Meetings of the steering group whose agenda is still open and that lie ahead. */
export async function openSteeringMeetings(networkId: number, now = new Date()) {
  // From the steering group's hosted meetings ahead (the group and start index), not from all
  // of the network's meetings ahead, each checked for its host.
  return db
    .selectFrom("meeting_hosts as h")
    .innerJoin("meetings as m", "m.id", "h.meeting_id")
    .select(["m.id", "m.title", "m.starts_at", "m.status"])
    .where("h.network_id", "=", networkId)
    .where("h.group_id", "in", (eb) => eb.selectFrom("groups").select("id").where("network_id", "=", networkId).where("kind", "=", "steering"))
    .where("h.starts_at", ">", now.toISOString())
    .where("m.network_id", "=", networkId)
    .where("m.status", "in", ["planned", "invited"])
    .groupBy("m.id")
    .orderBy("m.starts_at")
    .limit(20)
    .execute();
}

export interface TimelineEntry {
  key: string;
  kind: "event" | "comment";
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string;
  actorName: string | null;
  /** a deleted author's organisation: the entry shows "former person (organisation)" */
  formerOrganisation: string | null;
  createdAt: string;
}

/** Every change and comment of a package, oldest first. Two queries, whatever the length. */
export async function loadTimeline(networkId: number, packageId: number): Promise<TimelineEntry[]> {
  const [events, comments] = await Promise.all([
    db
      .selectFrom("work_package_events as e")
      .leftJoin("users as u", "u.id", "e.actor_user_id")
      .select(["e.id", "e.action", "e.from_status", "e.to_status", "e.note", "e.created_at", "u.name"])
      .where("e.network_id", "=", networkId)
      .where("e.work_package_id", "=", packageId)
      .execute(),
    db
      .selectFrom("work_package_comments as c")
      .leftJoin("users as u", "u.id", "c.author_user_id")
      .leftJoin("organisations as o", "o.id", "c.author_organisation_id")
      .select(["c.id", "c.body", "c.created_at", "u.name", "o.name as former_organisation"])
      .where("c.network_id", "=", networkId)
      .where("c.work_package_id", "=", packageId)
      .execute(),
  ]);
  const entries: TimelineEntry[] = [
    ...events.map((e) => ({
      key: `e${e.id}`, kind: "event" as const, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note,
      actorName: e.name, formerOrganisation: null, createdAt: e.created_at,
    })),
    ...comments.map((c) => ({
      key: `c${c.id}`, kind: "comment" as const, action: "comment", fromStatus: null, toStatus: null, note: c.body, actorName: c.name,
      formerOrganisation: c.name ? null : c.former_organisation, createdAt: c.created_at,
    })),
  ];
  return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key));
}

/** The agenda items this package sits on (steering meetings), for its page. */
export async function agendaLinks(networkId: number, packageId: number) {
  return db
    .selectFrom("agenda_items as a")
    .innerJoin("meetings as m", "m.id", "a.meeting_id")
    .select(["a.id", "a.status", "m.id as meeting_id", "m.title as meeting_title", "m.starts_at"])
    .where("a.network_id", "=", networkId)
    .where("a.work_package_id", "=", packageId)
    .orderBy("m.starts_at")
    .execute();
}

/** The home-page notice for the steering group: how many packages wait in its inbox. */
export async function steeringNotice(viewer: Viewer) {
  if (!canSteerWorkPackages(viewer)) return null;
  const row = await db
    .selectFrom("work_packages")
    .select((eb) => [eb.fn.countAll<number>().as("count"), eb.fn.min("submitted_at").as("oldest")])
    .where("network_id", "=", viewer.networkId)
    .where("status", "=", "submitted")
    .executeTakeFirst();
  const count = Number(row?.count ?? 0);
  return count > 0 ? { count, oldest: (row?.oldest as string | null) ?? null } : null;
}

/** The steering dashboard: counts by status and by origin group, median days to decision, one page of the overdue list. */
export async function dashboard(networkId: number, now = new Date(), overduePageNumber = 1) {
  const overdue = db
    .selectFrom("work_packages as wp")
    .where("wp.network_id", "=", networkId)
    .where("wp.status", "in", ["accepted", "in_progress"])
    .where("wp.due_date", "<", localToday(now));
  const overdueTotal = Number((await overdue.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow()).total);
  const overduePages = pageWithin(overduePageNumber, overdueTotal, PACKAGE_PAGE_SIZE);
  const [byGroup, decided, overduePage] = await Promise.all([
    // The counts per group and status kept by triggers, one row per group (a large city's 40
    // rows instead of 270); the counts by status are their sums.
    db
      .selectFrom("work_package_counts as c")
      .innerJoin("groups as g", "g.id", "c.origin_group_id")
      .select(["g.id", "g.name", "g.slug", sql<string>`json_group_object(c.status, c.count)`.as("counts")])
      .where("c.network_id", "=", networkId)
      .where("c.status", "!=", "draft")
      .where("c.count", ">", 0)
      .groupBy("g.id")
      .execute(),
    db
      .selectFrom("work_packages")
      .select(["submitted_at", "decided_at"])
      .where("network_id", "=", networkId)
      .where("decided_at", ">=", twelveMonthsBefore(now).toISOString())
      .execute(),
    // The most overdue first, one page of them: ids from the due-date index, only they joined.
    packageRowsOf(networkId, overdue.select("wp.id").orderBy("wp.due_date").orderBy("wp.id").limit(PACKAGE_PAGE_SIZE).offset(overduePages.offset))
      .select(summaryColumns)
      .orderBy("wp.due_date")
      .orderBy("wp.id")
      .execute(),
  ]);
  const byStatus: Partial<Record<WorkPackageStatus, number>> = {};
  const groups = byGroup.map(({ counts, ...group }) => {
    const groupByStatus = JSON.parse(counts) as Partial<Record<WorkPackageStatus, number>>;
    let total = 0;
    for (const [status, count] of Object.entries(groupByStatus) as [WorkPackageStatus, number][]) {
      byStatus[status] = (byStatus[status] ?? 0) + count;
      total += count;
    }
    return { ...group, total, byStatus: groupByStatus };
  });
  return {
    byStatus,
    byGroup: inGermanOrder(groups),
    medianDays: medianDaysToDecision(decided, now),
    decidedCount: decided.length,
    overdue: overduePage.filter((p) => isOverdue(p, now)),
    overdueTotal,
    overduePages: { page: overduePages.page, pageCount: overduePages.pageCount },
  };
}

// ── People to tell ──────────────────────────────────────────────────────────

/** Active network members in the given groups (directly or through their organisation), each once. */
async function peopleOfGroups(trx: Db, networkId: number, where: { steering: true } | { groupId: number; tier: "preparation" }) {
  const groupFilter = (q: any) =>
    "steering" in where
      ? q.innerJoin("groups as g", "g.id", "gm.group_id").where("g.kind", "=", "steering").where("g.network_id", "=", networkId)
      : q.where("gm.group_id", "=", where.groupId).where("gm.tier", "=", where.tier);
  const direct = groupFilter(trx.selectFrom("group_memberships as gm").select("gm.user_id as id").where("gm.network_id", "=", networkId).where("gm.user_id", "is not", null));
  const viaOrg = groupFilter(
    trx
      .selectFrom("group_memberships as gm")
      .innerJoin("affiliations as a", (j) => j.onRef("a.organisation_id", "=", "gm.organisation_id").on("a.network_id", "=", networkId))
      .select("a.user_id as id")
      .where("gm.network_id", "=", networkId),
  );
  return trx
    .selectFrom("users as u")
    .innerJoin("network_members as nm", (j) => j.onRef("nm.user_id", "=", "u.id").on("nm.network_id", "=", networkId).on("nm.active", "=", 1))
    .select(["u.id", "u.email", "u.name"])
    .where((eb) => eb.or([eb("u.id", "in", direct), eb("u.id", "in", viaOrg)]))
    .orderBy("u.id")
    .execute() as Promise<{ id: number; email: string; name: string }[]>;
}

export const steeringMembers = (trx: Db, networkId: number) => peopleOfGroups(trx, networkId, { steering: true });
export const originModerators = (trx: Db, networkId: number, groupId: number) => peopleOfGroups(trx, networkId, { groupId, tier: "preparation" });

function packageUrl(origin: string, networkSlug: string, id: number) {
  return `${origin}/n/${networkSlug}/work-packages/${id}`;
}

// ── Changes ─────────────────────────────────────────────────────────────────

export interface PackageInput {
  title: string;
  problem: string;
  request: string;
  responsibleOrganisationId: number | null;
  dueDate: string | null;
  priority: WorkPackagePriority;
}

export type ChangeOutcome =
  | { ok: true; id: number }
  | { ok: false; status: 403 | 404 | 409 | 422; message: WorkPackageRefusal | "workPackages.refused.conflict" | "workPackages.refused.notFound" | "workPackages.refused.meetingClosed" | "workPackages.refused.invalidOrganisation" };

async function organisationInNetwork(trx: Db, networkId: number, id: number | null) {
  if (id === null) return true;
  return !!(await trx.selectFrom("organisations").select("id").where("network_id", "=", networkId).where("id", "=", id).executeTakeFirst());
}

async function addEvent(
  trx: Db,
  viewer: Viewer,
  packageId: number,
  e: { action: string; from?: WorkPackageStatus | null; to?: WorkPackageStatus | null; note?: string },
  now: Date,
) {
  await trx
    .insertInto("work_package_events")
    .values({
      network_id: viewer.networkId, work_package_id: packageId, actor_user_id: viewer.userId, action: e.action,
      from_status: e.from ?? null, to_status: e.to ?? null, note: e.note ?? "", created_at: now.toISOString(),
    })
    .execute();
}

/** Creates a draft in a group the viewer moderates (checked by the caller). */
export async function createWorkPackage(
  viewer: Viewer,
  input: PackageInput & { groupId: number; meetingId?: number | null; agendaItemId?: number | null },
  now = new Date(),
): Promise<ChangeOutcome> {
  return db.transaction().execute(async (trx) => {
    if (!(await organisationInNetwork(trx, viewer.networkId, input.responsibleOrganisationId))) {
      return { ok: false, status: 422, message: "workPackages.refused.invalidOrganisation" } as const;
    }
    const stamp = now.toISOString();
    const { id } = await trx
      .insertInto("work_packages")
      .values({
        network_id: viewer.networkId, origin_group_id: input.groupId, origin_meeting_id: input.meetingId ?? null,
        origin_agenda_item_id: input.agendaItemId ?? null, title: input.title, problem: input.problem, request: input.request,
        responsible_organisation_id: input.responsibleOrganisationId, due_date: input.dueDate, priority: input.priority,
        created_by: viewer.userId, created_at: stamp, updated_at: stamp,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await addEvent(trx, viewer, id, { action: "create", to: "draft" }, now);
    await recordAudit({ networkId: viewer.networkId, actorUserId: viewer.userId, action: "work_package.created", subject: { type: "work_package", id } }, trx);
    return { ok: true, id } as const;
  });
}

/** Saves the origin group's text of a draft or returned package; a stale version is a conflict (409). */
export async function updateWorkPackage(viewer: Viewer, packageId: number, version: number, input: PackageInput, now = new Date()): Promise<ChangeOutcome> {
  return db.transaction().execute(async (trx) => {
    const pkg = await findWorkPackage(viewer.networkId, packageId, trx);
    if (!pkg) return { ok: false, status: 404, message: "workPackages.refused.notFound" } as const;
    const check = checkTransition("edit", pkg.status, workPackageRoles(viewer, pkg));
    if (!check.ok) return { ok: false, status: check.status, message: check.message } as const;
    if (!(await organisationInNetwork(trx, viewer.networkId, input.responsibleOrganisationId))) {
      return { ok: false, status: 422, message: "workPackages.refused.invalidOrganisation" } as const;
    }
    const result = await trx
      .updateTable("work_packages")
      .set((eb) => ({
        title: input.title, problem: input.problem, request: input.request, responsible_organisation_id: input.responsibleOrganisationId,
        due_date: input.dueDate, priority: input.priority, version: eb("version", "+", 1), updated_at: now.toISOString(),
      }))
      .where("network_id", "=", viewer.networkId)
      .where("id", "=", packageId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { ok: false, status: 409, message: "workPackages.refused.conflict" } as const;
    await addEvent(trx, viewer, packageId, { action: "edit" }, now);
    await recordAudit({ networkId: viewer.networkId, actorUserId: viewer.userId, action: "work_package.updated", subject: { type: "work_package", id: packageId } }, trx);
    return { ok: true, id: packageId } as const;
  });
}

export interface TransitionRequest {
  action: Exclude<WorkPackageAction, "edit" | "put_on_agenda">;
  /** the version the person saw; a different stored version is a conflict */
  version?: number;
  rationale?: string;
  responsibleOrganisationId?: number | null;
  dueDate?: string | null;
  resultSummary?: string;
  /** origin of the request, for links in e-mails */
  origin: string;
}

const decisionWords: Record<DecisionAction | "complete", string> = {
  accept: "angenommen",
  return: "mit Rückfragen zurückgegeben",
  decline: "abgelehnt",
  complete: "als erledigt gemeldet",
};

/** submit, accept, return, decline, start, complete — checked by the state machine, applied in one transaction. */
export async function transitionWorkPackage(viewer: Viewer, packageId: number, req: TransitionRequest, now = new Date()): Promise<ChangeOutcome> {
  return db.transaction().execute(async (trx) => {
    const pkg = await findWorkPackage(viewer.networkId, packageId, trx);
    if (!pkg) return { ok: false, status: 404, message: "workPackages.refused.notFound" } as const;
    const roles = workPackageRoles(viewer, pkg);
    const check = checkTransition(req.action, pkg.status, roles, {
      rationale: req.rationale, responsibleOrganisationId: req.responsibleOrganisationId, dueDate: req.dueDate, resultSummary: req.resultSummary,
    });
    if (!check.ok) return { ok: false, status: check.status, message: check.message } as const;
    if (req.version !== undefined && req.version !== pkg.version) return { ok: false, status: 409, message: "workPackages.refused.conflict" } as const;
    if (req.action === "accept" && !(await organisationInNetwork(trx, viewer.networkId, req.responsibleOrganisationId ?? null))) {
      return { ok: false, status: 422, message: "workPackages.refused.invalidOrganisation" } as const;
    }
    const stamp = now.toISOString();
    const isDecision = req.action === "accept" || req.action === "return" || req.action === "decline";
    const result = await trx
      .updateTable("work_packages")
      .set((eb) => ({
        status: check.to,
        version: eb("version", "+", 1),
        updated_at: stamp,
        ...(req.action === "submit" ? { submitted_at: stamp } : {}),
        ...(isDecision ? { decision_rationale: req.rationale!.trim(), decided_by: viewer.userId, decided_at: stamp } : {}),
        ...(req.action === "accept" ? { responsible_organisation_id: req.responsibleOrganisationId!, due_date: req.dueDate! } : {}),
        ...(req.action === "complete" ? { result_summary: req.resultSummary!.trim() } : {}),
      }))
      .where("network_id", "=", viewer.networkId)
      .where("id", "=", packageId)
      .where("version", "=", pkg.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { ok: false, status: 409, message: "workPackages.refused.conflict" } as const;
    const note = isDecision ? req.rationale!.trim() : req.action === "complete" ? req.resultSummary!.trim() : "";
    await addEvent(trx, viewer, packageId, { action: req.action, from: pkg.status, to: check.to, note }, now);
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action: "work_package.transition", subject: { type: "work_package", id: packageId }, details: { action: req.action, from: pkg.status, to: check.to } },
      trx,
    );
    const url = packageUrl(req.origin, viewer.networkSlug, packageId);
    if (req.action === "submit") {
      const steering = await steeringMembers(trx, viewer.networkId);
      await queueMessages(
        trx,
        steering.map((person) => ({
          networkId: viewer.networkId, toEmail: person.email, toUserId: person.id, kind: "work_package.submitted",
          subject: `Neues Arbeitspaket für die Steuerungsgruppe: ${pkg.title}`,
          bodyText: [
            `Guten Tag ${person.name},`,
            "",
            `${pkg.group_name} hat der Steuerungsgruppe ein Arbeitspaket übergeben${pkg.status === "returned" ? " (nach Rückfragen erneut eingereicht)" : ""}:`,
            "",
            pkg.title,
            "",
            `Anliegen an die Steuerungsgruppe: ${pkg.request || "–"}`,
            "",
            `Zum Arbeitspaket: ${url}`,
            "",
            "Netzwerkstatt",
          ].join("\n"),
        })),
      );
    }
    if (isDecision || req.action === "complete") {
      const word = decisionWords[req.action as DecisionAction | "complete"];
      const moderators = await originModerators(trx, viewer.networkId, pkg.origin_group_id);
      await queueMessages(
        trx,
        moderators.map((person) => ({
          networkId: viewer.networkId, toEmail: person.email, toUserId: person.id, kind: "work_package.decided",
          subject: `Arbeitspaket ${word}: ${pkg.title}`,
          bodyText: [
            `Guten Tag ${person.name},`,
            "",
            `die Steuerungsgruppe hat das Arbeitspaket „${pkg.title}“ von ${pkg.group_name} ${word}.`,
            "",
            req.action === "complete" ? "Ergebnis:" : req.action === "return" ? "Rückfragen:" : "Begründung:",
            note,
            "",
            `Zum Arbeitspaket: ${url}`,
            "",
            "Netzwerkstatt",
          ].join("\n"),
        })),
      );
    }
    return { ok: true, id: packageId } as const;
  });
}

/**
 * "Auf die Tagesordnung von …": an agenda item linked to the package in an open steering
 * meeting (accepted when the person moderates that meeting, otherwise proposed), and the
 * package moves to in_review.
 */
export async function putOnAgenda(viewer: Viewer, packageId: number, meetingId: number, version: number | undefined, now = new Date()): Promise<ChangeOutcome> {
  return db.transaction().execute(async (trx) => {
    const pkg = await findWorkPackage(viewer.networkId, packageId, trx);
    if (!pkg) return { ok: false, status: 404, message: "workPackages.refused.notFound" } as const;
    const check = checkTransition("put_on_agenda", pkg.status, workPackageRoles(viewer, pkg));
    if (!check.ok) return { ok: false, status: check.status, message: check.message } as const;
    if (version !== undefined && version !== pkg.version) return { ok: false, status: 409, message: "workPackages.refused.conflict" } as const;
    const meeting = await trx.selectFrom("meetings").select(["id", "title", "status", "starts_at"]).where("network_id", "=", viewer.networkId).where("id", "=", meetingId).executeTakeFirst();
    const hosts = meeting
      ? await trx.selectFrom("meeting_hosts as h").innerJoin("groups as g", "g.id", "h.group_id").select(["g.id", "g.kind"]).where("h.network_id", "=", viewer.networkId).where("h.meeting_id", "=", meetingId).execute()
      : [];
    if (!meeting || !hosts.some((h) => h.kind === "steering")) return { ok: false, status: 404, message: "workPackages.refused.notFound" } as const;
    if (!isAgendaOpen(meeting.status) || meeting.starts_at <= now.toISOString()) return { ok: false, status: 409, message: "workPackages.refused.meetingClosed" } as const;
    const stamp = now.toISOString();
    const moderates = canModerateMeeting(viewer, hosts.map((h) => h.id));
    const { max } = await trx
      .selectFrom("agenda_items")
      .select((eb) => eb.fn.max<number | null>("position").as("max"))
      .where("network_id", "=", viewer.networkId)
      .where("meeting_id", "=", meetingId)
      .executeTakeFirstOrThrow();
    const { id: itemId } = await trx
      .insertInto("agenda_items")
      .values({
        network_id: viewer.networkId, meeting_id: meetingId, position: moderates ? (max ?? 0) + 1 : 0,
        title: `Arbeitspaket: ${pkg.title}`.slice(0, 200), description: `${pkg.group_name}: ${pkg.request}`.slice(0, 2000),
        kind: "decision", planned_minutes: 20, status: moderates ? "accepted" : "proposed", proposed_by_user_id: viewer.userId,
        work_package_id: packageId, created_at: stamp, updated_at: stamp,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("agenda_item_events")
      .values({ network_id: viewer.networkId, agenda_item_id: itemId, actor_user_id: viewer.userId, from_status: null, to_status: moderates ? "accepted" : "proposed", note: "Arbeitspaket" })
      .execute();
    await trx.updateTable("meetings").set((eb) => ({ version: eb("version", "+", 1), updated_at: stamp })).where("network_id", "=", viewer.networkId).where("id", "=", meetingId).execute();
    await trx
      .updateTable("work_packages")
      .set((eb) => ({ status: check.to, version: eb("version", "+", 1), updated_at: stamp }))
      .where("network_id", "=", viewer.networkId)
      .where("id", "=", packageId)
      .execute();
    await addEvent(trx, viewer, packageId, { action: "put_on_agenda", from: pkg.status, to: check.to, note: meeting.title }, now);
    await recordAudit(
      { networkId: viewer.networkId, actorUserId: viewer.userId, action: "work_package.transition", subject: { type: "work_package", id: packageId }, details: { action: "put_on_agenda", meetingId, agendaItemId: itemId } },
      trx,
    );
    return { ok: true, id: packageId } as const;
  });
}

export async function addComment(viewer: Viewer, packageId: number, body: string, now = new Date()) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("work_package_comments")
      .values({ network_id: viewer.networkId, work_package_id: packageId, author_user_id: viewer.userId, body, created_at: now.toISOString() })
      .execute();
    await recordAudit({ networkId: viewer.networkId, actorUserId: viewer.userId, action: "work_package.commented", subject: { type: "work_package", id: packageId } }, trx);
  });
}

/** An agenda item of a group's meeting, to prefill a new package from (undefined: not in this network). */
export async function agendaItemSource(networkId: number, itemId: number) {
  const item = await db
    .selectFrom("agenda_items as a")
    .innerJoin("meetings as m", "m.id", "a.meeting_id")
    .select(["a.id", "a.title", "a.description", "a.minutes_text", "a.outcome", "a.decision", "a.meeting_id", "m.title as meeting_title"])
    .where("a.network_id", "=", networkId)
    .where("m.network_id", "=", networkId)
    .where("a.id", "=", itemId)
    .executeTakeFirst();
  if (!item) return undefined;
  const hosts = await db
    .selectFrom("meeting_hosts as h")
    .innerJoin("groups as g", "g.id", "h.group_id")
    .select(["g.id", "g.slug", "g.name"])
    .where("h.network_id", "=", networkId)
    .where("h.meeting_id", "=", item.meeting_id)
    .execute()
    .then(inGermanOrder);
  return { ...item, hosts };
}

