import { db } from "../db.server";

/** Counts for the administration start page, in one query. */
export async function adminOverview(networkId: number) {
  const now = new Date().toISOString();
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom("organisations").select(eb.fn.countAll<number>().as("c")).where("network_id", "=", networkId).as("organisations"),
      eb.selectFrom("network_members").select(eb.fn.countAll<number>().as("c")).where("network_id", "=", networkId).where("active", "=", 1).as("people"),
      eb.selectFrom("groups").select(eb.fn.countAll<number>().as("c")).where("network_id", "=", networkId).as("groups"),
      eb
        .selectFrom("invitations")
        .select(eb.fn.countAll<number>().as("c"))
        .where("network_id", "=", networkId)
        .where("accepted_at", "is", null)
        .where("expires_at", ">", now)
        .as("openInvitations"),
    ])
    .executeTakeFirstOrThrow();
  return {
    organisations: Number(row.organisations),
    people: Number(row.people),
    groups: Number(row.groups),
    openInvitations: Number(row.openInvitations),
  };
}
