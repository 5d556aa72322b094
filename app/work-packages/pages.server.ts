import { data, redirect } from "@remix-run/node";
import { validationError } from "remix-validated-form";
import { forbidden, notFound, requireWorkPackageAuthor, requireWorkPackageCommenter, requireWorkPackageSteering } from "~/auth/authorize.server";
import { canCommentOnWorkPackage, canModerateGroup, canSteerWorkPackages, workPackageRoles, type Viewer } from "~/auth/permissions";
import { parseId } from "~/components/params";
import { findGroupById, findGroupBySlug } from "~/groups/groups.server";
import { organisationChoices } from "~/organisations/organisations.server";
import { requestedPage } from "~/paging";
import { isOverdue, isWaitingTooLong, daysBetween } from "./metrics";
import { commentValidator, completeValidator, decisionValidator, packageValidator, PACKAGE_FORM_ID } from "./schemas";
import { availableActions, checkTransition } from "./state-machine";
import {
  addComment, agendaItemSource, agendaLinks, createWorkPackage, findWorkPackage, listPackages, loadTimeline, openSteeringMeetings,
  putOnAgenda, steeringInbox, transitionWorkPackage, updateWorkPackage, waitLimit, type ChangeOutcome,
} from "./work-packages.server";

// Loaders and actions of the work-package pages, so the route files stay thin:
// authorise → validate → domain function → redirect (or a refusal with its status).

type Pkg = NonNullable<Awaited<ReturnType<typeof findWorkPackage>>>;

/** The package of the URL in the viewer's network, or 404 (unknown, foreign, or a draft the viewer may not see). */
export async function requirePackage(viewer: Viewer, idParam: string | undefined): Promise<Pkg> {
  const id = parseId(idParam);
  const pkg = id ? await findWorkPackage(viewer.networkId, id) : undefined;
  if (!pkg) notFound();
  if (pkg.status === "draft" && !canModerateGroup(viewer, pkg.origin_group_id)) notFound();
  return pkg;
}

const packagePath = (viewer: Viewer, id: number) => `/n/${viewer.networkSlug}/work-packages/${id}`;

// ── List / inbox ──────────────────────────────────────────────────────────────

/**
 * The list page: the steering inbox (for the steering group) and all packages the viewer may
 * see, or, with `?group=<slug>`, the packages of one group (an unknown group answers 404).
 */
export async function loadListPage(viewer: Viewer, url: URL, now = new Date()) {
  const page = requestedPage(url.searchParams);
  const groupSlug = url.searchParams.get("group");
  const group = groupSlug === null ? null : ((await findGroupBySlug(viewer.networkId, groupSlug)) ?? notFound());
  const steering = canSteerWorkPackages(viewer) && group === null;
  const [all, inbox, meetings] = await Promise.all([
    listPackages(viewer, { page, groupId: group?.id }),
    steering ? steeringInbox(viewer.networkId, now) : Promise.resolve(null),
    steering ? openSteeringMeetings(viewer.networkId, now) : Promise.resolve([]),
  ]);
  return {
    networkSlug: viewer.networkSlug,
    group: group && { slug: group.slug, name: group.name },
    steering,
    inbox,
    meetings,
    all: { ...all, rows: all.rows.map((p) => ({ ...p, overdue: isOverdue(p, now) })) },
  };
}

function refusal(outcome: Extract<ChangeOutcome, { ok: false }>) {
  return data({ formError: outcome.message, formId: undefined as string | undefined }, { status: outcome.status });
}

/** "Auf die Tagesordnung von …" from the inbox or the package page. */
async function putOnAgendaAction(viewer: Viewer, form: FormData, packageId: number, back: string) {
  requireWorkPackageSteering(viewer);
  const meetingId = parseId(form.get("meetingId"));
  if (!meetingId) return data({ formError: "workPackages.refused.notFound", formId: undefined }, { status: 404 });
  const version = parseId(form.get("version")) ?? undefined;
  const outcome = await putOnAgenda(viewer, packageId, meetingId, version);
  if (!outcome.ok) return refusal(outcome);
  throw redirect(`${back}?done=put_on_agenda`);
}

/**
 * The inbox's buttons share one form with the meeting choice; each names its package as
 * `package=<id>:<version>` (the version it was shown in, for the conflict check).
 */
export async function listPageAction(viewer: Viewer, request: Request) {
  const form = await request.formData();
  if (form.get("intent") !== "putOnAgenda") return data({ formError: "workPackages.refused.status", formId: undefined }, { status: 400 });
  const [id, version] = String(form.get("package") ?? "").split(":");
  const pkg = await requirePackage(viewer, id);
  form.set("version", version ?? "");
  return putOnAgendaAction(viewer, form, pkg.id, `/n/${viewer.networkSlug}/work-packages`);
}

// ── Package page ──────────────────────────────────────────────────────────────

export async function loadPackagePage(viewer: Viewer, pkg: Pkg, now = new Date()) {
  const roles = workPackageRoles(viewer, pkg);
  const steering = roles.includes("steering");
  const [timeline, links, organisations, meetings, limit] = await Promise.all([
    loadTimeline(viewer.networkId, pkg.id),
    agendaLinks(viewer.networkId, pkg.id),
    steering ? organisationChoices(viewer.networkId) : Promise.resolve([]),
    steering && pkg.status === "submitted" ? openSteeringMeetings(viewer.networkId, now) : Promise.resolve([]),
    waitLimit(viewer.networkId),
  ]);
  return {
    networkSlug: viewer.networkSlug,
    pkg: {
      ...pkg,
      overdue: isOverdue(pkg, now),
      waitingTooLong: pkg.status === "submitted" && isWaitingTooLong(pkg.submitted_at, now, limit),
      ageDays: pkg.submitted_at ? daysBetween(pkg.submitted_at, now) : null,
    },
    actions: availableActions(pkg.status, roles),
    canComment: canCommentOnWorkPackage(viewer, pkg),
    timeline,
    agendaLinks: links,
    organisations,
    meetings,
  };
}

const buttonIntents = ["submit", "start"] as const;

export async function packagePageAction(viewer: Viewer, request: Request, pkg: Pkg) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const origin = new URL(request.url).origin;
  const back = packagePath(viewer, pkg.id);

  if ((buttonIntents as readonly string[]).includes(intent)) {
    const outcome = await transitionWorkPackage(viewer, pkg.id, {
      action: intent as (typeof buttonIntents)[number],
      version: parseId(form.get("version")) ?? undefined,
      origin,
    });
    if (!outcome.ok) return refusal(outcome);
    throw redirect(`${back}?done=${intent}`);
  }

  if (intent === "putOnAgenda") return putOnAgendaAction(viewer, form, pkg.id, back);

  if (intent === "decide") {
    const result = await decisionValidator.validate(form);
    if (result.error) {
      // Wrong role first: a member posting a decision hears 403, not a form error.
      const check = checkTransition("accept", pkg.status, workPackageRoles(viewer, pkg));
      if (!check.ok && check.status === 403) return refusal({ ok: false, status: 403, message: check.message });
      return validationError(result.error, result.submittedData);
    }
    const v = result.data;
    const outcome = await transitionWorkPackage(viewer, pkg.id, {
      action: v.decision, version: v.version, rationale: v.rationale, responsibleOrganisationId: v.responsibleOrganisationId ?? null, dueDate: v.dueDate ?? null, origin,
    });
    if (!outcome.ok) {
      return validationError({ fieldErrors: { decision: outcome.message }, formId: result.formId }, result.submittedData, { status: outcome.status });
    }
    throw redirect(`${back}?done=${v.decision}`);
  }

  if (intent === "complete") {
    const result = await completeValidator.validate(form);
    if (result.error) return validationError(result.error, result.submittedData);
    const outcome = await transitionWorkPackage(viewer, pkg.id, { action: "complete", version: result.data.version, resultSummary: result.data.resultSummary, origin });
    if (!outcome.ok) {
      return validationError({ fieldErrors: { resultSummary: outcome.message }, formId: result.formId }, result.submittedData, { status: outcome.status });
    }
    throw redirect(`${back}?done=complete`);
  }

  if (intent === "comment") {
    requireWorkPackageCommenter(viewer, pkg);
    const result = await commentValidator.validate(form);
    if (result.error) return validationError(result.error, result.submittedData);
    await addComment(viewer, pkg.id, result.data.body);
    throw redirect(`${back}?done=comment#verlauf`);
  }

  return data({ formError: "workPackages.refused.status", formId: undefined }, { status: 400 });
}

// ── Editor (new and edit) ─────────────────────────────────────────────────────

/**
 * Where a new package comes from: a group (by slug, "Arbeitspaket anlegen" on the group page)
 * or an agenda item of the group's minutes (title and problem prefilled). 404 for foreign
 * ids, 403 for people who do not moderate the group.
 */
export async function newPackageSource(viewer: Viewer, input: { group?: string | null; groupId?: unknown; item?: unknown }) {
  const itemId = parseId(input.item);
  if (itemId) {
    const item = await agendaItemSource(viewer.networkId, itemId);
    if (!item) notFound();
    const group = item.hosts.find((h) => canModerateGroup(viewer, h.id));
    if (!group) forbidden();
    const problem = [item.description, item.minutes_text, item.outcome, item.decision].filter((s) => s && s.trim()).join("\n\n");
    return { group, item: { id: item.id, title: item.title, meetingId: item.meeting_id, meetingTitle: item.meeting_title }, defaults: { title: item.title, problem } };
  }
  const groupIdNum = parseId(input.groupId);
  const group = input.group
    ? await findGroupBySlug(viewer.networkId, input.group)
    : groupIdNum
      ? await findGroupById(viewer.networkId, groupIdNum)
      : undefined;
  if (!group) notFound();
  requireWorkPackageAuthor(viewer, { origin_group_id: group.id });
  return { group: { id: group.id, slug: group.slug, name: group.name }, item: null, defaults: {} };
}

export async function newPackageAction(viewer: Viewer, request: Request) {
  const form = await request.formData();
  const source = await newPackageSource(viewer, { groupId: form.get("groupId"), item: form.get("agendaItemId") });
  const result = await packageValidator.validate(form);
  if (result.error) return validationError(result.error, result.submittedData);
  const v = result.data;
  const outcome = await createWorkPackage(viewer, {
    groupId: source.group.id, meetingId: source.item?.meetingId ?? null, agendaItemId: source.item?.id ?? null, title: v.title, problem: v.problem,
    request: v.request, responsibleOrganisationId: v.responsibleOrganisationId ?? null, dueDate: v.dueDate ?? null, priority: v.priority,
  });
  if (!outcome.ok) {
    return validationError({ fieldErrors: { responsibleOrganisationId: outcome.message }, formId: PACKAGE_FORM_ID }, result.submittedData, { status: outcome.status });
  }
  throw redirect(`${packagePath(viewer, outcome.id)}?done=created`);
}

export async function editPackageAction(viewer: Viewer, request: Request, pkg: Pkg) {
  requireWorkPackageAuthor(viewer, pkg);
  const result = await packageValidator.validate(await request.formData());
  if (result.error) return validationError(result.error, result.submittedData);
  const v = result.data;
  const outcome = await updateWorkPackage(viewer, pkg.id, v.version ?? 0, {
    title: v.title, problem: v.problem, request: v.request, responsibleOrganisationId: v.responsibleOrganisationId ?? null, dueDate: v.dueDate ?? null, priority: v.priority,
  });
  if (!outcome.ok) {
    // Keeps the person's text (repopulated) and says why; 409 for a concurrent change or a status that no longer allows editing.
    const field = outcome.message === "workPackages.refused.invalidOrganisation" ? "responsibleOrganisationId" : "version";
    return validationError({ fieldErrors: { [field]: outcome.message }, formId: PACKAGE_FORM_ID }, result.submittedData, { status: outcome.status });
  }
  throw redirect(`${packagePath(viewer, pkg.id)}?done=saved`);
}

