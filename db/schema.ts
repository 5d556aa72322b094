import type { Generated, Insertable, Selectable, Updateable } from "kysely";

// The one place where the tables' TypeScript types live. `db/schema.test.ts` compares
// these interfaces with the migrated database, column by column.

export type NetworkRole = "admin" | "member";
export type GroupKind = "steering" | "forum" | "specialist";
export type MembershipTier = "preparation" | "member";

export interface NetworksTable {
  id: Generated<number>;
  slug: string;
  name: string;
  city: string;
  time_zone: Generated<string>;
  public_offers: Generated<number>;
  /** work packages waiting longer than this many days in the steering inbox are flagged */
  work_package_wait_days: Generated<number>;
  /** 1 = group calendar feeds are readable without token or session */
  public_calendar: Generated<number>;
  created_at: Generated<string>;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string | null;
  locale: Generated<string>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  expires_at: number;
}

export interface NetworkMembersTable {
  id: Generated<number>;
  network_id: number;
  user_id: number;
  role: NetworkRole;
  active: Generated<number>;
  created_at: Generated<string>;
}

export interface OrganisationsTable {
  id: Generated<number>;
  network_id: number;
  kind: string;
  name: string;
  short_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  address: string | null;
  website: string | null;
  languages: Generated<string>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface AffiliationsTable {
  id: Generated<number>;
  network_id: number;
  user_id: number;
  organisation_id: number;
  position: string | null;
}

export interface GroupsTable {
  id: Generated<number>;
  network_id: number;
  kind: GroupKind;
  slug: string;
  name: string;
  mandate: Generated<string>;
  cadence: Generated<string>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface GroupMembershipsTable {
  id: Generated<number>;
  network_id: number;
  group_id: number;
  organisation_id: number | null;
  user_id: number | null;
  tier: MembershipTier;
  created_at: Generated<string>;
}

export interface InvitationsTable {
  id: Generated<number>;
  network_id: number;
  organisation_id: number;
  email: string;
  role: NetworkRole;
  token_hash: string;
  invited_by: number | null;
  expires_at: string;
  accepted_at: string | null;
  created_at: Generated<string>;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  succeeded: number;
  attempted_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  network_id: number | null;
  actor_user_id: number | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Generated<string>;
  created_at: Generated<string>;
}

export type MeetingKind = "regular" | "joint" | "preparation";
export type MeetingStatus = "planned" | "invited" | "held" | "minutes_published" | "cancelled";
export type AgendaItemKind = "information" | "discussion" | "decision" | "offer_presentation" | "report";
export type AgendaItemStatus = "proposed" | "accepted" | "declined" | "deferred";
export type AttendanceResponse = "pending" | "attending" | "declined";

export interface MeetingSeriesTable {
  id: Generated<number>;
  network_id: number;
  group_id: number;
  cadence: string;
  created_at: Generated<string>;
}

export interface MeetingsTable {
  id: Generated<number>;
  network_id: number;
  series_id: number | null;
  kind: MeetingKind;
  title: string;
  description: Generated<string>;
  /** UTC ISO timestamps; shown in time_zone */
  starts_at: string;
  ends_at: string;
  time_zone: Generated<string>;
  place: string | null;
  online_url: string | null;
  proposal_deadline: string;
  status: Generated<MeetingStatus>;
  cancel_reason: string | null;
  invite_tier: Generated<MembershipTier>;
  /** iCalendar SEQUENCE: raised by every change attendees must notice */
  sequence: Generated<number>;
  /** optimistic concurrency for the meeting and its agenda */
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface MeetingHostsTable {
  meeting_id: number;
  group_id: number;
  network_id: number;
  /** copy of meetings.starts_at so a group's meetings are read in order from one index */
  starts_at: string;
}

export interface AgendaItemsTable {
  id: Generated<number>;
  network_id: number;
  meeting_id: number;
  position: Generated<number>;
  title: string;
  description: Generated<string>;
  kind: AgendaItemKind;
  planned_minutes: Generated<number>;
  presenter_user_id: number | null;
  presenter_organisation_id: number | null;
  status: Generated<AgendaItemStatus>;
  decline_reason: string | null;
  proposed_by_user_id: number | null;
  proposed_by_organisation_id: number | null;
  carried_from_item_id: number | null;
  /** the offer an `offer_presentation` item presents */
  offer_id: number | null;
  /** the work package this item puts before the steering group */
  work_package_id: number | null;
  minutes_text: Generated<string>;
  outcome: Generated<string>;
  decision: Generated<string>;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface AgendaItemEventsTable {
  id: Generated<number>;
  network_id: number;
  agenda_item_id: number;
  actor_user_id: number | null;
  from_status: string | null;
  to_status: string;
  note: Generated<string>;
  created_at: Generated<string>;
}

export interface MeetingAttendanceTable {
  meeting_id: number;
  user_id: number;
  network_id: number;
  response: Generated<AttendanceResponse>;
  attended: number | null;
  invited_at: Generated<string>;
  responded_at: string | null;
}

export interface ActionItemsTable {
  id: Generated<number>;
  network_id: number;
  meeting_id: number;
  agenda_item_id: number | null;
  title: string;
  owner: Generated<string>;
  due_date: string | null;
  status: Generated<"open" | "done">;
  carried_to_item_id: number | null;
  created_at: Generated<string>;
}

export interface OutboxMessagesTable {
  id: Generated<number>;
  network_id: number | null;
  to_email: string;
  to_user_id: number | null;
  kind: string;
  subject: string;
  body_text: string;
  ics: string | null;
  status: Generated<"pending" | "sent" | "failed">;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Generated<string>;
  sent_at: string | null;
}

export type OfferCategory = "counselling" | "course" | "project" | "event" | "job_fair" | "other";
export type OfferStatus = "draft" | "published" | "archived";

export interface OffersTable {
  id: Generated<number>;
  network_id: number;
  organisation_id: number;
  title: string;
  summary: Generated<string>;
  /** Markdown, rendered safely */
  body: Generated<string>;
  category: OfferCategory;
  place: string | null;
  online: Generated<number>;
  /** local dates YYYY-MM-DD (Europe/Berlin) */
  valid_from: string | null;
  valid_to: string | null;
  contact: string | null;
  status: Generated<OfferStatus>;
  created_by: number | null;
  version: Generated<number>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
  published_at: string | null;
}

export interface OfferTopicsTable {
  offer_id: number;
  topic: string;
}

export interface OfferTargetsTable {
  offer_id: number;
  target: string;
}

export interface OfferLanguagesTable {
  offer_id: number;
  language: string;
}

export interface OfferGroupsTable {
  offer_id: number;
  group_id: number;
}

export interface OfferTranslationsTable {
  offer_id: number;
  language: string;
  title: string;
  summary: Generated<string>;
}

/** Optional event dates of an offer, in UTC (ISO 8601). */
export interface OfferEventDatesTable {
  id: Generated<number>;
  offer_id: number;
  network_id: number;
  starts_at: string;
  ends_at: string;
}

export interface CalendarTokensTable {
  id: Generated<number>;
  user_id: number;
  /** SHA-256 of the secret in the feed URL; the secret itself is never stored */
  token_hash: string;
  created_at: Generated<string>;
  revoked_at: string | null;
}

/** A counter per group, raised by triggers whenever anything a calendar feed shows of it changes. */
export interface CalendarGroupChangesTable {
  group_id: number;
  version: Generated<number>;
  changed_at: Generated<string>;
}

/** A counter per group, raised by triggers whenever the German name order of its members may change. */
export interface MemberOrderChangesTable {
  group_id: number;
  version: Generated<number>;
}

/** How many memberships a group has in each tier; kept by triggers on group_memberships. */
export interface GroupMemberCountsTable {
  network_id: number;
  group_id: number;
  tier: MembershipTier;
  count: number;
}

/** How many offers a network has per status and end date ('' for none); kept by triggers on offers. */
export interface OfferBoardCountsTable {
  network_id: number;
  status: OfferStatus;
  valid_to: string;
  count: number;
}

/** A counter per network, raised by triggers whenever the German name order of its organisations may change. */
export interface OrganisationOrderChangesTable {
  network_id: number;
  version: Generated<number>;
}

/** A counter per network, raised by triggers whenever the German name order of its people may change. */
export interface PeopleOrderChangesTable {
  network_id: number;
  version: Generated<number>;
}

/** How many packages a network's group has in each status; kept by triggers on work_packages. */
export interface WorkPackageCountsTable {
  network_id: number;
  origin_group_id: number;
  status: WorkPackageStatus;
  count: number;
}

export type WorkPackagePriority = "low" | "normal" | "high";
export type WorkPackageStatus = "draft" | "submitted" | "in_review" | "accepted" | "returned" | "declined" | "in_progress" | "done";

export interface WorkPackagesTable {
  id: Generated<number>;
  network_id: number;
  origin_group_id: number;
  origin_meeting_id: number | null;
  origin_agenda_item_id: number | null;
  title: string;
  problem: Generated<string>;
  /** what the origin group asks of the steering group */
  request: Generated<string>;
  responsible_organisation_id: number | null;
  /** local date YYYY-MM-DD (Europe/Berlin) */
  due_date: string | null;
  priority: Generated<WorkPackagePriority>;
  status: Generated<WorkPackageStatus>;
  decision_rationale: Generated<string>;
  decided_by: number | null;
  decided_at: string | null;
  submitted_at: string | null;
  result_summary: Generated<string>;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface WorkPackageEventsTable {
  id: Generated<number>;
  network_id: number;
  work_package_id: number;
  actor_user_id: number | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: Generated<string>;
  created_at: Generated<string>;
}

export interface WorkPackageCommentsTable {
  id: Generated<number>;
  network_id: number;
  work_package_id: number;
  author_user_id: number | null;
  /** set when the author's account is erased: the comment stays attributed to their organisation */
  author_organisation_id: number | null;
  body: string;
  created_at: Generated<string>;
}

export type LegalPageKind = "privacy" | "imprint";

/** A network's privacy notice and imprint, Markdown written by its admins. */
export interface LegalPagesTable {
  network_id: number;
  kind: LegalPageKind;
  body: string;
  updated_by: number | null;
  updated_at: Generated<string>;
}

export interface Database {
  networks: NetworksTable;
  users: UsersTable;
  sessions: SessionsTable;
  network_members: NetworkMembersTable;
  organisations: OrganisationsTable;
  affiliations: AffiliationsTable;
  groups: GroupsTable;
  group_memberships: GroupMembershipsTable;
  invitations: InvitationsTable;
  login_attempts: LoginAttemptsTable;
  audit_events: AuditEventsTable;
  meeting_series: MeetingSeriesTable;
  meetings: MeetingsTable;
  meeting_hosts: MeetingHostsTable;
  agenda_items: AgendaItemsTable;
  agenda_item_events: AgendaItemEventsTable;
  meeting_attendance: MeetingAttendanceTable;
  action_items: ActionItemsTable;
  outbox_messages: OutboxMessagesTable;
  offers: OffersTable;
  offer_topics: OfferTopicsTable;
  offer_targets: OfferTargetsTable;
  offer_languages: OfferLanguagesTable;
  offer_groups: OfferGroupsTable;
  offer_translations: OfferTranslationsTable;
  offer_event_dates: OfferEventDatesTable;
  calendar_tokens: CalendarTokensTable;
  calendar_group_changes: CalendarGroupChangesTable;
  member_order_changes: MemberOrderChangesTable;
  work_package_counts: WorkPackageCountsTable;
  organisation_order_changes: OrganisationOrderChangesTable;
  people_order_changes: PeopleOrderChangesTable;
  offer_board_counts: OfferBoardCountsTable;
  group_member_counts: GroupMemberCountsTable;
  work_packages: WorkPackagesTable;
  work_package_events: WorkPackageEventsTable;
  work_package_comments: WorkPackageCommentsTable;
  legal_pages: LegalPagesTable;
}

export type Network = Selectable<NetworksTable>;
export type User = Selectable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type Group = Selectable<GroupsTable>;
