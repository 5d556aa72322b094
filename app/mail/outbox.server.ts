import type { Kysely, Transaction } from "kysely";
import { db as defaultDb } from "../db.server";
import type { Database } from "../../db/schema";

// E-mail never leaves a request directly: it is written to outbox_messages inside the
// transaction of the change that causes it, and the delivery loop (delivery.server.ts)
// sends it later over SMTP. Without SMTP_URL the messages stay here and admins read them
// under /n/:network/admin/outbox.

export type DbOrTrx = Kysely<Database> | Transaction<Database>;

export type OutboxKind = "meeting.invitation" | "meeting.moved" | "meeting.cancelled" | "account.invitation" | "work_package.submitted" | "work_package.decided";

export interface OutgoingMessage {
  networkId: number | null;
  toEmail: string;
  toUserId: number | null;
  kind: OutboxKind;
  subject: string;
  bodyText: string;
  ics?: string | null;
}

/** A subject is one header line: user text in it (a meeting title) must not add headers. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();
}

function outboxRow(message: OutgoingMessage) {
  return {
    network_id: message.networkId,
    to_email: message.toEmail,
    to_user_id: message.toUserId,
    kind: message.kind,
    subject: oneLine(message.subject),
    body_text: message.bodyText,
    ics: message.ics ?? null,
  };
}

export async function queueMessage(trx: DbOrTrx, message: OutgoingMessage): Promise<number> {
  const { id } = await trx.insertInto("outbox_messages").values(outboxRow(message)).returning("id").executeTakeFirstOrThrow();
  return id;
}

/** Many messages in multi-row inserts of at most 500 rows: a constant number of queries per change. */
export async function queueMessages(trx: DbOrTrx, messages: OutgoingMessage[]): Promise<number> {
  const rows = messages.map(outboxRow);
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto("outbox_messages").values(rows.slice(i, i + 500)).execute();
  return rows.length;
}

/**
 * The e-mail with the link for a new account (foundation invitations). The plain link
 * exists only in this message and in the admin's answer; the database keeps its hash, and
 * the message loses the link once it is delivered (withoutSecrets).
 */
export async function queueAccountInvitation(
  input: { networkId: number; email: string; link: string; expiresAt: string },
  trx: DbOrTrx = defaultDb,
): Promise<number> {
  const network = await trx.selectFrom("networks").select("name").where("id", "=", input.networkId).executeTakeFirstOrThrow();
  const until = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date(input.expiresAt));
  return queueMessage(trx, {
    networkId: input.networkId,
    toEmail: input.email,
    toUserId: null,
    kind: "account.invitation",
    subject: `Einladung in das ${network.name} auf Netzwerkstatt`,
    bodyText: [
      "Guten Tag,",
      "",
      `Sie wurden in das ${network.name} auf Netzwerkstatt eingeladen.`,
      "Mit diesem Link richten Sie Ihr Konto ein:",
      "",
      input.link,
      "",
      `Der Link ist bis ${until} gültig und nur einmal verwendbar.`,
      "Wenn Sie diese Einladung nicht erwartet haben, können Sie diese Nachricht ignorieren.",
      "",
      "Netzwerkstatt",
    ].join("\n"),
  });
}

// The one-time link of an account invitation, e.g. https://netz.example/invitations/<token>.
const INVITATION_LINK = /\bhttps?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/g;
export const REMOVED_INVITATION_LINK = "[Einladungslink nach dem Versand entfernt: Er steht nur in der E-Mail an die eingeladene Person.]";

/**
 * The body kept in the outbox once a message is delivered. Admins read the outbox; an
 * invitation's one-time link must not stay readable there after it reached the invitee.
 * Until delivery it stays, so that without SMTP an admin can pass it on by hand.
 */
export function withoutSecrets(kind: string, bodyText: string): string {
  return kind === "account.invitation" ? bodyText.replace(INVITATION_LINK, REMOVED_INVITATION_LINK) : bodyText;
}

export const OUTBOX_PAGE_SIZE = 200;
const PREVIEW_CHARS = 160;

/** The newest messages of one network, for the admin page. */
export async function listOutbox(networkId: number, dbOrTrx: DbOrTrx = defaultDb) {
  return dbOrTrx
    .selectFrom("outbox_messages")
    .select((eb) => [
      "id", "to_email", "kind", "subject", "status", "attempts", "last_error", "created_at", "sent_at",
      eb.fn<string>("substr", ["body_text", eb.lit(1), eb.lit(PREVIEW_CHARS)]).as("preview"),
      eb.fn<number>("length", ["body_text"]).as("body_length"),
    ])
    .where("network_id", "=", networkId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(OUTBOX_PAGE_SIZE)
    .execute();
}

export async function outboxCounts(networkId: number, dbOrTrx: DbOrTrx = defaultDb) {
  const rows = await dbOrTrx
    .selectFrom("outbox_messages")
    .select((eb) => ["status", eb.fn.countAll<number>().as("count")])
    .where("network_id", "=", networkId)
    .groupBy("status")
    .execute();
  const counts = { pending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}
