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
}

export type Network = Selectable<NetworksTable>;
export type User = Selectable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type Group = Selectable<GroupsTable>;
