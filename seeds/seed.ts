import type { Kysely } from "kysely";
import { hashPassword } from "../app/auth/password.server";
import { refusedPasswordReason } from "../app/auth/password-policy.server";
import { translator } from "../app/i18n/i18n";
import { DEMO_PASSWORD } from "../app/auth/demo-accounts";
import type { Database } from "../db/schema";
import { halle } from "./halle";
import { seedMeetings } from "./meetings";
import { seedWorkPackages } from "./work-packages";
import { seedOffers } from "./offers";
import type { SeedNetwork } from "./types";
import { vogtland } from "./vogtland";

export const demoNetworks: SeedNetwork[] = [halle, vogtland];

async function seedNetwork(db: Kysely<Database>, network: SeedNetwork, passwordHash: string, now: Date) {
  await db.transaction().execute(async (trx) => {
    const { id: networkId } = await trx
      .insertInto("networks")
      .values({ slug: network.slug, name: network.name, city: network.city })
      .returning("id")
      .executeTakeFirstOrThrow();

    const orgIds = new Map<string, number>();
    for (const org of network.organisations) {
      const { id } = await trx
        .insertInto("organisations")
        .values({
          network_id: networkId,
          kind: org.kind,
          name: org.name,
          short_name: org.shortName ?? null,
          contact_email: org.contactEmail ?? null,
          contact_phone: org.contactPhone ?? null,
          address: org.address ?? null,
          website: org.website ?? null,
          languages: org.languages.join(","),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      orgIds.set(org.key, id);
    }
    const orgId = (key: string) => {
      const id = orgIds.get(key);
      if (id === undefined) throw new Error(`Seed ${network.slug}: unknown organisation ${key}`);
      return id;
    };

    const userIds = new Map<string, number>();
    for (const person of network.people) {
      // People may already exist from another network (one account, several networks).
      const existing = await trx.selectFrom("users").select("id").where("email", "=", person.email).executeTakeFirst();
      const userId =
        existing?.id ??
        (await trx
          .insertInto("users")
          .values({ email: person.email, name: person.name, password_hash: passwordHash })
          .returning("id")
          .executeTakeFirstOrThrow()).id;
      userIds.set(person.email, userId);
      await trx.insertInto("network_members").values({ network_id: networkId, user_id: userId, role: person.role }).execute();
      for (const key of person.organisations) {
        await trx
          .insertInto("affiliations")
          .values({ network_id: networkId, user_id: userId, organisation_id: orgId(key), position: person.position ?? null })
          .execute();
      }
    }

    for (const group of network.groups) {
      const { id: groupId } = await trx
        .insertInto("groups")
        .values({ network_id: networkId, kind: group.kind, slug: group.slug, name: group.name, mandate: group.mandate, cadence: group.cadence })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const tier of ["preparation", "member"] as const) {
        for (const key of group.organisations[tier]) {
          await trx.insertInto("group_memberships").values({ network_id: networkId, group_id: groupId, organisation_id: orgId(key), tier }).execute();
        }
        for (const email of group.people?.[tier] ?? []) {
          const userId = userIds.get(email);
          if (userId === undefined) throw new Error(`Seed ${network.slug}: unknown person ${email}`);
          await trx.insertInto("group_memberships").values({ network_id: networkId, group_id: groupId, user_id: userId, tier }).execute();
        }
      }
    }
    // Meetings are dated relative to today, so the demo always has past and upcoming ones.
    await seedMeetings(trx, { networkId, now });
    await seedWorkPackages(trx, { networkId, networkSlug: network.slug, now });
    await seedOffers(trx, { networkId, networkSlug: network.slug, now, orgId });
  });
}

/** Loads the demo networks that are not there yet; running it twice changes nothing. */
export async function seedDemo(db: Kysely<Database>, options: { now?: Date } = {}): Promise<void> {
  const present = new Set((await db.selectFrom("networks").select("slug").execute()).map((n) => n.slug));
  const missing = demoNetworks.filter((n) => !present.has(n.slug));
  if (missing.length === 0) return;
  // One hash for every demo account: they share the published demo password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const network of missing) await seedNetwork(db, network, passwordHash, options.now ?? new Date());
}

/** SEED=none: an empty network with one administrator from ADMIN_EMAIL/ADMIN_PASSWORD. */
export async function seedAdminOnly(
  db: Kysely<Database>,
  admin: { email: string; password: string; networkSlug: string; networkName: string },
): Promise<void> {
  const existing = await db.selectFrom("networks").select("id").executeTakeFirst();
  if (existing) return;
  // The first administrator's password follows the same rules as every other one.
  const refused = refusedPasswordReason(admin.password, { email: admin.email });
  if (refused) throw new Error(`ADMIN_PASSWORD: ${translator("de")(refused)} / ${translator("en")(refused)}`);
  const passwordHash = await hashPassword(admin.password);
  await db.transaction().execute(async (trx) => {
    const { id: networkId } = await trx
      .insertInto("networks")
      .values({ slug: admin.networkSlug, name: admin.networkName, city: "" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { id: userId } = await trx
      .insertInto("users")
      .values({ email: admin.email.toLowerCase(), name: "Administration", password_hash: passwordHash })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.insertInto("network_members").values({ network_id: networkId, user_id: userId, role: "admin" }).execute();
  });
}

const tablesInDeleteOrder = [
  "work_package_comments", "work_package_events", "work_packages",
  "outbox_messages", "action_items", "meeting_attendance", "agenda_item_events", "agenda_items", "meeting_hosts",
  "meetings", "meeting_series",
  "offer_event_dates", "offer_translations", "offer_groups", "offer_languages", "offer_targets", "offer_topics", "offers",
  "calendar_tokens",
  "audit_events", "login_attempts", "invitations", "sessions", "group_memberships", "groups",
  "affiliations", "network_members", "organisations", "users", "networks",
] as const;

/** Empties every table and loads the demo networks again (`npm run seed:demo`). */
export async function resetToDemo(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of tablesInDeleteOrder) await trx.deleteFrom(table).execute();
  });
  await seedDemo(db);
}
