import type { GroupCadence } from "../app/groups/cadence";
import type { OrganisationKind } from "../app/organisations/kinds";
import type { GroupKind, MembershipTier, NetworkRole } from "../db/schema";

// The shape of a demo network. Organisations are referred to by `key`, people by email.

export interface SeedOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  shortName?: string;
  contactEmail?: string;
  contactPhone?: string;
  address?: string;
  website?: string;
  /** ISO 639-1 codes, e.g. ["de", "en", "ar"] */
  languages: string[];
}

export interface SeedPerson {
  email: string;
  name: string;
  role: NetworkRole;
  /** keys of the organisations the person works for */
  organisations: string[];
  position?: string;
}

export interface SeedGroup {
  slug: string;
  kind: GroupKind;
  name: string;
  mandate: string;
  cadence: GroupCadence;
  /** organisation keys per tier */
  organisations: Record<MembershipTier, string[]>;
  /** people named directly, by email, per tier */
  people?: Partial<Record<MembershipTier, string[]>>;
}

export interface SeedNetwork {
  slug: string;
  name: string;
  city: string;
  organisations: SeedOrganisation[];
  people: SeedPerson[];
  groups: SeedGroup[];
}
