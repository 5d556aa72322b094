import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import { byNetworkThenGermanName } from "../i18n/german-order";

// Everything stored about a person, from all their networks (GDPR art. 15 and 20). Secrets
// (password hash, session ids, calendar token hashes, invitation tokens) are never part of
// it, and neither is other people's data: audit events say whether the person acted, not who.

const EXPORT_FORMAT = "netzwerkstatt-personal-data/1";

export async function personalData(userId: number, now = new Date()) {
  const account = await db
    .selectFrom("users")
    .select(["id", "email", "name", "locale", "created_at", "updated_at"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();

  const [
    memberships, affiliations, groupMemberships, agendaProposals, presentations, offers, workPackages, decisions,
    comments, meetingAnswers, calendarTokens, sessions, invitations, emails, signInAttempts, auditEvents,
  ] = await Promise.all([
    db
      .selectFrom("network_members")
      .innerJoin("networks", "networks.id", "network_members.network_id")
      .select(["networks.slug as network", "networks.name as networkName", "network_members.role", "network_members.active", "network_members.created_at"])
      .where("network_members.user_id", "=", userId)
      .orderBy("networks.slug")
      .execute(),
    db
      .selectFrom("affiliations")
      .innerJoin("networks", "networks.id", "affiliations.network_id")
      .innerJoin("organisations", "organisations.id", "affiliations.organisation_id")
      .select(["networks.slug as network", "organisations.name as organisation", "affiliations.position"])
      .where("affiliations.user_id", "=", userId)
      .execute(),
    // Groups the person belongs to in person, and those they take part in for their organisation.
    db
      .selectFrom("group_memberships")
      .innerJoin("networks", "networks.id", "group_memberships.network_id")
      .innerJoin("groups", "groups.id", "group_memberships.group_id")
      .leftJoin("organisations", "organisations.id", "group_memberships.organisation_id")
      .select(["networks.slug as network", "groups.name as group", "group_memberships.tier", "organisations.name as viaOrganisation", "group_memberships.created_at"])
      .where((eb) =>
        eb.or([
          eb("group_memberships.user_id", "=", userId),
          eb(
            "group_memberships.organisation_id",
            "in",
            eb.selectFrom("affiliations").select("affiliations.organisation_id").where("affiliations.user_id", "=", userId),
          ),
        ]),
      )
      .execute(),
    db
      .selectFrom("agenda_items")
      .innerJoin("networks", "networks.id", "agenda_items.network_id")
      .innerJoin("meetings", "meetings.id", "agenda_items.meeting_id")
      .select([
        "networks.slug as network", "agenda_items.id", "meetings.title as meeting", "agenda_items.title", "agenda_items.description",
        "agenda_items.kind", "agenda_items.status", "agenda_items.decline_reason", "agenda_items.created_at",
      ])
      .where("agenda_items.proposed_by_user_id", "=", userId)
      .orderBy("agenda_items.created_at")
      .execute(),
    db
      .selectFrom("agenda_items")
      .innerJoin("networks", "networks.id", "agenda_items.network_id")
      .innerJoin("meetings", "meetings.id", "agenda_items.meeting_id")
      .select(["networks.slug as network", "agenda_items.id", "meetings.title as meeting", "agenda_items.title", "meetings.starts_at"])
      .where("agenda_items.presenter_user_id", "=", userId)
      .orderBy("meetings.starts_at")
      .execute(),
    db
      .selectFrom("offers")
      .innerJoin("networks", "networks.id", "offers.network_id")
      .innerJoin("organisations", "organisations.id", "offers.organisation_id")
      .select([
        "networks.slug as network", "offers.id", "organisations.name as organisation", "offers.title", "offers.summary", "offers.body",
        "offers.category", "offers.status", "offers.valid_from", "offers.valid_to", "offers.contact", "offers.created_at", "offers.updated_at",
      ])
      .where("offers.created_by", "=", userId)
      .orderBy("offers.created_at")
      .execute(),
    db
      .selectFrom("work_packages")
      .innerJoin("networks", "networks.id", "work_packages.network_id")
      .select([
        "networks.slug as network", "work_packages.id", "work_packages.title", "work_packages.problem", "work_packages.request",
        "work_packages.status", "work_packages.created_at",
      ])
      .where("work_packages.created_by", "=", userId)
      .orderBy("work_packages.created_at")
      .execute(),
    db
      .selectFrom("work_packages")
      .innerJoin("networks", "networks.id", "work_packages.network_id")
      .select(["networks.slug as network", "work_packages.id", "work_packages.title", "work_packages.status", "work_packages.decision_rationale", "work_packages.decided_at"])
      .where("work_packages.decided_by", "=", userId)
      .orderBy("work_packages.decided_at")
      .execute(),
    db
      .selectFrom("work_package_comments")
      .innerJoin("networks", "networks.id", "work_package_comments.network_id")
      .innerJoin("work_packages", "work_packages.id", "work_package_comments.work_package_id")
      .select(["networks.slug as network", "work_package_comments.id", "work_packages.title as workPackage", "work_package_comments.body", "work_package_comments.created_at"])
      .where("work_package_comments.author_user_id", "=", userId)
      .orderBy("work_package_comments.created_at")
      .execute(),
    db
      .selectFrom("meeting_attendance")
      .innerJoin("networks", "networks.id", "meeting_attendance.network_id")
      .innerJoin("meetings", "meetings.id", "meeting_attendance.meeting_id")
      .select([
        "networks.slug as network", "meetings.id as meetingId", "meetings.title as meeting", "meetings.starts_at", "meeting_attendance.response",
        "meeting_attendance.attended", "meeting_attendance.invited_at", "meeting_attendance.responded_at",
      ])
      .where("meeting_attendance.user_id", "=", userId)
      .orderBy("meetings.starts_at")
      .execute(),
    db.selectFrom("calendar_tokens").select(["created_at", "revoked_at"]).where("user_id", "=", userId).orderBy("created_at").execute(),
    db.selectFrom("sessions").select("expires_at").where("user_id", "=", userId).orderBy("expires_at").execute(),
    db
      .selectFrom("invitations")
      .innerJoin("networks", "networks.id", "invitations.network_id")
      .innerJoin("organisations", "organisations.id", "invitations.organisation_id")
      .select(["networks.slug as network", "organisations.name as organisation", "invitations.role", "invitations.created_at", "invitations.expires_at", "invitations.accepted_at"])
      .where("invitations.email", "=", account.email)
      .orderBy("invitations.created_at")
      .execute(),
    db
      .selectFrom("outbox_messages")
      .select(["kind", "subject", "status", "created_at", "sent_at"])
      .where((eb) => eb.or([eb("to_user_id", "=", userId), eb("to_email", "=", account.email)]))
      .orderBy("created_at")
      .execute(),
    db.selectFrom("login_attempts").select(["succeeded", "attempted_at"]).where("email", "=", account.email).orderBy("attempted_at").execute(),
    db
      .selectFrom("audit_events")
      .leftJoin("networks", "networks.id", "audit_events.network_id")
      .select(["networks.slug as network", "audit_events.action", "audit_events.subject_type", "audit_events.subject_id", "audit_events.actor_user_id", "audit_events.created_at"])
      .where((eb) =>
        eb.or([
          eb("audit_events.actor_user_id", "=", userId),
          eb.and([eb("audit_events.subject_type", "=", "user"), eb("audit_events.subject_id", "=", String(userId))]),
        ]),
      )
      .orderBy("audit_events.created_at")
      .execute(),
  ]);

  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account,
    networks: memberships.map((m) => ({ ...m, active: m.active === 1 })),
    affiliations: byNetworkThenGermanName(affiliations, (a) => a.organisation),
    groupMemberships: byNetworkThenGermanName(groupMemberships, (g) => g.group),
    agendaProposals,
    presentations,
    offers,
    workPackages,
    workPackageDecisions: decisions,
    workPackageComments: comments,
    meetingAnswers: meetingAnswers.map((a) => ({ ...a, attended: a.attended === null ? null : a.attended === 1 })),
    calendarTokens,
    sessions: sessions.map((s) => ({ expiresAt: new Date(s.expires_at * 1000).toISOString() })),
    invitations,
    emails,
    signInAttempts: signInAttempts.map((a) => ({ succeeded: a.succeeded === 1, attemptedAt: a.attempted_at })),
    auditEvents: auditEvents.map(({ actor_user_id, ...event }) => ({ ...event, byYou: actor_user_id === userId })),
  };
}

/** The export as a download, recorded in the audit log. */
export async function exportPersonalData(userId: number, now = new Date()) {
  const data = await personalData(userId, now);
  await recordAudit({ networkId: null, actorUserId: userId, action: "privacy.data_exported", subject: { type: "user", id: userId } });
  return {
    body: JSON.stringify(data, null, 2),
    fileName: `netzwerkstatt-meine-daten-${now.toISOString().slice(0, 10)}.json`,
  };
}
