import { sql, type Expression, type SqlBool } from "kysely";
import { db } from "../db.server";
import { recordAudit } from "../audit/audit.server";
import { endAllSessionsOf } from "../auth/session.server";
import { normaliseEmail } from "../auth/sign-in.server";
import type { NetworkRole } from "../../db/schema";
import { createInvitation, listInvitations } from "./invitations.server";
import { invitationStatus } from "./invitations";
import { inGermanOrder } from "../i18n/german-order";
import { inIdOrder, keptOrders } from "../kept-order.server";
import { pageWithin } from "../paging";

// People of a network and what an admin may change about them. Every function takes the
// network id and puts it into the WHERE clause, so no call can reach another network.

/** The admin's list shows this many people per page; a large city has thousands. */
const PEOPLE_PAGE_SIZE = 50;

/** 100 networks of 10,000 people take a few MB. */
const peopleOrders = keptOrders<number[]>(100);

/**
 * The ids of the network's people in German name order (SQLite cannot collate German), kept
 * while the network's counter in people_order_changes stands: triggers raise it when someone
 * joins or leaves the network or is renamed (decision 021).
 */
async function sortedPeople(networkId: number): Promise<number[]> {
  const counter = await db.selectFrom("people_order_changes").select("version").where("network_id", "=", networkId).executeTakeFirst();
  return peopleOrders.get(String(networkId), counter?.version ?? 0, async () => {
    const rows = await db
      .selectFrom("network_members")
      .innerJoin("users", "users.id", "network_members.user_id")
      .select(["users.id", "users.name"])
      .where("network_members.network_id", "=", networkId)
      .orderBy("users.id")
      .execute();
    return inGermanOrder(rows).map((r) => r.id);
  });
}

/** `%term%` for LIKE, with the wildcards of the term itself escaped (ESCAPE '\'). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function lowerLike(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

export interface PersonOrganisation {
  id: number;
  name: string;
}

/**
 * One page of the network's people in German name order, optionally filtered by name, e-mail
 * or organisation, with the total: the filter gives ids, the kept order sorts them, and only
 * the page's people are read (with their affiliations in one extra query).
 */
export async function listPeople({ networkId, query = "", page: requested = 1 }: { networkId: number; query?: string; page?: number }) {
  const sorted = await sortedPeople(networkId);
  const matching = query.trim() ? await matchingPeople(networkId, query.trim().toLowerCase()) : null;
  const ordered = matching ? sorted.filter((id) => matching.has(id)) : sorted;
  const { page, pageCount, offset } = pageWithin(requested, ordered.length, PEOPLE_PAGE_SIZE);
  const ids = ordered.slice(offset, offset + PEOPLE_PAGE_SIZE);
  const rows = ids.length
    ? await db
        .selectFrom("network_members")
        .innerJoin("users", "users.id", "network_members.user_id")
        .select(["users.id", "users.name", "users.email", "network_members.role", "network_members.active"])
        .where("network_members.network_id", "=", networkId)
        .where("users.id", "in", ids)
        .execute()
    : [];
  const people = inIdOrder(ids, rows, (r) => r.id);
  const organisationsByUser = await organisationsOf(networkId, people.map((p) => p.id));
  return {
    people: people.map((p) => ({ ...p, active: p.active === 1, organisations: organisationsByUser.get(p.id) ?? [] })),
    total: ordered.length,
    page,
    pageCount,
  };
}

/** The ids of the network's people whose name, e-mail or organisation contains the term. */
async function matchingPeople(networkId: number, term: string): Promise<Set<number>> {
  const pattern = likePattern(term);
  const rows = await db
    .selectFrom("network_members")
    .innerJoin("users", "users.id", "network_members.user_id")
    .select("users.id")
    .where("network_members.network_id", "=", networkId)
    .where((eb) =>
      eb.or([
        lowerLike("users.name", pattern),
        lowerLike("users.email", pattern),
        eb.exists(
          eb
            .selectFrom("affiliations")
            .innerJoin("organisations", "organisations.id", "affiliations.organisation_id")
            .select("affiliations.id")
            .whereRef("affiliations.user_id", "=", "users.id")
            .where("affiliations.network_id", "=", networkId)
            .where((inner) => inner.or([lowerLike("organisations.name", pattern), lowerLike("organisations.short_name", pattern)])),
        ),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The organisations of several people of one network, in one query. */
async function organisationsOf(networkId: number, userIds: number[]): Promise<Map<number, PersonOrganisation[]>> {
  const byUser = new Map<number, PersonOrganisation[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom("affiliations")
    .innerJoin("organisations", "organisations.id", "affiliations.organisation_id")
    .select(["affiliations.user_id", "organisations.id", "organisations.name"])
    .where("affiliations.network_id", "=", networkId)
    .where("organisations.network_id", "=", networkId)
    .where("affiliations.user_id", "in", userIds)
    .execute();
  for (const row of inGermanOrder(rows)) {
    const list = byUser.get(row.user_id) ?? [];
    list.push({ id: row.id, name: row.name });
    byUser.set(row.user_id, list);
  }
  return byUser;
}

/** One person as a member of the network, or null when they are not (or never were) one. */
export async function findPerson({ networkId, userId }: { networkId: number; userId: number }) {
  const person = await db
    .selectFrom("network_members")
    .innerJoin("users", "users.id", "network_members.user_id")
    .select(["users.id", "users.name", "users.email", "network_members.role", "network_members.active"])
    .where("network_members.network_id", "=", networkId)
    .where("network_members.user_id", "=", userId)
    .executeTakeFirst();
  if (!person) return null;
  const organisations = (await organisationsOf(networkId, [userId])).get(userId) ?? [];
  return { ...person, active: person.active === 1, organisations };
}

export type Person = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

export type ChangeResult<Reason extends string> = { ok: true; changed: boolean } | { ok: false; reason: Reason };

interface PersonChange {
  networkId: number;
  actorUserId: number;
  userId: number;
}

/** Sets a person's network role. An admin cannot demote themselves. */
export async function changeRole(input: PersonChange & { role: NetworkRole }): Promise<ChangeResult<"notFound" | "self">> {
  const { networkId, actorUserId, userId, role } = input;
  if (userId === actorUserId && role !== "admin") return { ok: false, reason: "self" };
  return db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom("network_members")
      .select("role")
      .where("network_id", "=", networkId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!member) return { ok: false as const, reason: "notFound" as const };
    if (member.role === role) return { ok: true as const, changed: false };
    await trx
      .updateTable("network_members")
      .set({ role })
      .where("network_id", "=", networkId)
      .where("user_id", "=", userId)
      .execute();
    await recordAudit(
      { networkId, actorUserId, action: "person.role_changed", subject: { type: "user", id: userId }, details: { from: member.role, to: role } },
      trx,
    );
    return { ok: true as const, changed: true };
  });
}

/**
 * Replaces a person's organisations in this network with the given ones (at least one, all
 * of this network). Rows that stay keep their position text.
 */
export async function setAffiliations(
  input: PersonChange & { organisationIds: number[] },
): Promise<ChangeResult<"notFound" | "empty" | "invalidOrganisation">> {
  const { networkId, actorUserId, userId } = input;
  const wanted = [...new Set(input.organisationIds)];
  if (wanted.length === 0) return { ok: false, reason: "empty" };
  return db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom("network_members")
      .select("id")
      .where("network_id", "=", networkId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!member) return { ok: false as const, reason: "notFound" as const };
    const known = await trx
      .selectFrom("organisations")
      .select("id")
      .where("network_id", "=", networkId)
      .where("id", "in", wanted)
      .execute();
    if (known.length !== wanted.length) return { ok: false as const, reason: "invalidOrganisation" as const };

    const current = (
      await trx.selectFrom("affiliations").select("organisation_id").where("network_id", "=", networkId).where("user_id", "=", userId).execute()
    ).map((a) => a.organisation_id);
    const added = wanted.filter((id) => !current.includes(id));
    const removed = current.filter((id) => !wanted.includes(id));
    if (added.length === 0 && removed.length === 0) return { ok: true as const, changed: false };

    if (removed.length) {
      await trx
        .deleteFrom("affiliations")
        .where("network_id", "=", networkId)
        .where("user_id", "=", userId)
        .where("organisation_id", "in", removed)
        .execute();
    }
    if (added.length) {
      await trx
        .insertInto("affiliations")
        .values(added.map((organisation_id) => ({ network_id: networkId, user_id: userId, organisation_id })))
        .execute();
    }
    await recordAudit(
      { networkId, actorUserId, action: "person.affiliations_changed", subject: { type: "user", id: userId }, details: { added, removed } },
      trx,
    );
    return { ok: true as const, changed: true };
  });
}

/**
 * Takes a person's access to the network away and signs them out everywhere at once.
 * An admin cannot deactivate themselves.
 */
export async function deactivatePerson(input: PersonChange): Promise<ChangeResult<"notFound" | "self">> {
  const { actorUserId, userId } = input;
  if (userId === actorUserId) return { ok: false, reason: "self" };
  const result = await setActive(input, false);
  // Outside the transaction: the session store writes through its own connection handle.
  // Sessions end even when the flag was already off, so a stale browser cannot linger.
  if (result.ok) await endAllSessionsOf(userId);
  return result;
}

export async function reactivatePerson(input: PersonChange): Promise<ChangeResult<"notFound">> {
  return setActive(input, true);
}

async function setActive({ networkId, actorUserId, userId }: PersonChange, active: boolean): Promise<ChangeResult<"notFound">> {
  return db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom("network_members")
      .select("active")
      .where("network_id", "=", networkId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!member) return { ok: false as const, reason: "notFound" as const };
    if ((member.active === 1) === active) return { ok: true as const, changed: false };
    await trx
      .updateTable("network_members")
      .set({ active: active ? 1 : 0 })
      .where("network_id", "=", networkId)
      .where("user_id", "=", userId)
      .execute();
    await recordAudit(
      { networkId, actorUserId, action: active ? "person.reactivated" : "person.deactivated", subject: { type: "user", id: userId } },
      trx,
    );
    return { ok: true as const, changed: true };
  });
}

export type InviteResult =
  | { ok: true; token: string; email: string; expiresAt: string }
  | { ok: false; field: "organisationId" | "email"; message: "validation.invalidChoice" | "invitations.alreadyMember" };

/**
 * Creates an invitation after checking what only the server can: the organisation belongs
 * to this network, and the address is not already an active member of it.
 */
export async function invitePerson(input: {
  networkId: number;
  invitedBy: number;
  email: string;
  organisationId: number;
  role: NetworkRole;
  now?: Date;
}): Promise<InviteResult> {
  const organisation = await db
    .selectFrom("organisations")
    .select("id")
    .where("network_id", "=", input.networkId)
    .where("id", "=", input.organisationId)
    .executeTakeFirst();
  if (!organisation) return { ok: false, field: "organisationId", message: "validation.invalidChoice" };
  const email = normaliseEmail(input.email);
  const member = await db
    .selectFrom("network_members")
    .innerJoin("users", "users.id", "network_members.user_id")
    .select("network_members.id")
    .where("network_members.network_id", "=", input.networkId)
    .where("network_members.active", "=", 1)
    .where("users.email", "=", email)
    .executeTakeFirst();
  if (member) return { ok: false, field: "email", message: "invitations.alreadyMember" };
  const { token, expiresAt } = await createInvitation({ ...input, email });
  return { ok: true, token, email, expiresAt };
}

/** The invitation list with each row's status as of `now`. */
export async function invitationOverview(networkId: number, now = new Date()) {
  const rows = await listInvitations(networkId);
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    organisationName: row.organisationName,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    status: invitationStatus(row, now),
  }));
}
