import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

// The demo records the route table points at, looked up by slug, title or e-mail in whichever
// database the test talks to (the per-file copy of the integration tests, or the running
// server's file in the browser suite). A renamed seed fails here, loudly.

export interface DemoIds {
  /** FG Arbeit of Halle: moderated by arbeit@, beratung@ is a member, deutsch@ and steuerung@ are not. */
  fgArbeit: number;
  /** the next planned FG Arbeit meeting */
  plannedMeeting: number;
  /** the latest FG Arbeit meeting that took place (attendance, minutes) */
  pastMeeting: number;
  /** the next planned meeting of the steering group (work packages go on its agenda) */
  steeringMeeting: number;
  /** a published offer of beratung@'s organisation (BZM Neustadt) */
  offer: number;
  /** a submitted work package of FG Arbeit */
  workPackage: number;
  /** Jobcenter Halle, arbeit@'s organisation */
  organisation: number;
  /** mso@, a member with no role in the matrix */
  person: number;
  /** a plain invitation token; "unknown" where the test has none (the page then answers 404) */
  invitationToken: string;
  /** a personal calendar feed file "<token>.ics"; "unknown.ics" where the test has none */
  calendarFile: string;
}

async function groupMeeting(db: Kysely<Database>, groupId: number, when: "next" | "last") {
  const now = new Date().toISOString();
  const row = await db
    .selectFrom("meetings")
    .innerJoin("meeting_hosts", "meeting_hosts.meeting_id", "meetings.id")
    .select("meetings.id")
    .where("meeting_hosts.group_id", "=", groupId)
    .where("meetings.status", "in", when === "next" ? ["planned"] : ["held", "minutes_published"])
    .where("meetings.starts_at", when === "next" ? ">" : "<", now)
    .orderBy("meetings.starts_at", when === "next" ? "asc" : "desc")
    .executeTakeFirstOrThrow(() => new Error(`No ${when} meeting of group ${groupId} in the demo data`));
  return row.id;
}

export async function lookUpDemoIds(db: Kysely<Database>): Promise<DemoIds> {
  const halle = (await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow()).id;
  const fgArbeit = (
    await db.selectFrom("groups").select("id").where("network_id", "=", halle).where("slug", "=", "fg-arbeit").executeTakeFirstOrThrow()
  ).id;
  const steering = await db
    .selectFrom("groups")
    .select("id")
    .where("network_id", "=", halle)
    .where("slug", "=", "steuerungsgruppe")
    .executeTakeFirstOrThrow();
  const offer = await db
    .selectFrom("offers")
    .select("id")
    .where("network_id", "=", halle)
    .where("title", "=", "Migrationsberatung in Halle-Neustadt")
    .executeTakeFirstOrThrow();
  const workPackage = await db
    .selectFrom("work_packages")
    .select("id")
    .where("network_id", "=", halle)
    .where("title", "=", "Sprachmittlung in Beratungsgesprächen des Jobcenters")
    .executeTakeFirstOrThrow();
  const organisation = await db
    .selectFrom("organisations")
    .select("id")
    .where("network_id", "=", halle)
    .where("name", "=", "Jobcenter Halle (Saale)")
    .executeTakeFirstOrThrow();
  const person = await db.selectFrom("users").select("id").where("email", "=", "mso@halle.example").executeTakeFirstOrThrow();
  return {
    fgArbeit,
    plannedMeeting: await groupMeeting(db, fgArbeit, "next"),
    pastMeeting: await groupMeeting(db, fgArbeit, "last"),
    steeringMeeting: await groupMeeting(db, steering.id, "next"),
    offer: offer.id,
    workPackage: workPackage.id,
    organisation: organisation.id,
    person: person.id,
    invitationToken: "unknown",
    calendarFile: "unknown.ics",
  };
}
