import nodemailer from "nodemailer";
import { db as defaultDb } from "../db.server";
import { readEnv } from "../env.server";
import { withoutSecrets, type DbOrTrx } from "./outbox.server";

// Sends what the outbox holds. One loop per process (server/index.ts starts it when
// SMTP_URL is set); without SMTP_URL nothing is sent and the messages wait in the outbox.

/** A failed message is tried again until it has had this many attempts. */
export const MAX_ATTEMPTS = 5;
export const POLL_INTERVAL_MS = 10_000;
const DEFAULT_BATCH = 50;

/** The part of a nodemailer transport that delivery uses (a stub in unit tests). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    icalEvent?: { filename: string; method: string; content: string };
  }): Promise<unknown>;
  close?(): void;
}

/** A pooled SMTP transport (one connection serves a whole round), unless the URL says otherwise. */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  return nodemailer.createTransport(url.toString());
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}

/**
 * Sends up to `limit` messages, oldest first: pending ones and failed ones that have had
 * fewer than MAX_ATTEMPTS attempts. Each is marked sent or failed (attempts + 1,
 * last_error) right after its own attempt, so a crash loses at most one message's state.
 */
export async function deliverPending({
  transport,
  limit = DEFAULT_BATCH,
  from = readEnv().MAIL_FROM,
  db = defaultDb,
}: {
  transport: MailTransport;
  limit?: number;
  from?: string;
  db?: DbOrTrx;
}): Promise<DeliveryReport> {
  const due = await db
    .selectFrom("outbox_messages")
    .select(["id", "kind", "to_email", "subject", "body_text", "ics", "attempts"])
    .where((eb) =>
      eb.or([eb("status", "=", "pending"), eb.and([eb("status", "=", "failed"), eb("attempts", "<", MAX_ATTEMPTS)])]),
    )
    .orderBy("id")
    .limit(limit)
    .execute();

  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const message of due) {
    try {
      await transport.sendMail({
        from,
        to: message.to_email,
        subject: message.subject,
        text: message.body_text,
        // nodemailer adds it twice: as a text/calendar; method=REQUEST alternative
        // (Outlook and Thunderbird show accept/decline) and as the attachment einladung.ics.
        ...(message.ics
          ? { icalEvent: { filename: "einladung.ics", method: /^METHOD:CANCEL\r?$/m.test(message.ics) ? "CANCEL" : "REQUEST", content: message.ics } }
          : {}),
      });
      await db
        .updateTable("outbox_messages")
        .set({
          status: "sent",
          attempts: message.attempts + 1,
          last_error: null,
          sent_at: new Date().toISOString(),
          body_text: withoutSecrets(message.kind, message.body_text),
        })
        .where("id", "=", message.id)
        .execute();
      report.sent += 1;
    } catch (error) {
      await db
        .updateTable("outbox_messages")
        .set({ status: "failed", attempts: message.attempts + 1, last_error: errorText(error) })
        .where("id", "=", message.id)
        .execute();
      report.failed += 1;
    }
  }
  return report;
}

/**
 * Polls the outbox every 10 s and sends over SMTP. Runs one round at a time (a slow
 * server never makes two rounds send the same message). Returns a function that stops it.
 */
export function startDeliveryLoop(
  smtpUrl: string,
  options: { intervalMs?: number; from?: string; db?: DbOrTrx; onError?: (error: unknown) => void } = {},
): () => void {
  const transport = createSmtpTransport(smtpUrl);
  const onError = options.onError ?? ((error: unknown) => console.error("Netzwerkstatt: E-Mail-Versand fehlgeschlagen", error));
  let running = false;
  let stopped = false;
  const round = async () => {
    if (running || stopped) return;
    running = true;
    try {
      await deliverPending({ transport, from: options.from, db: options.db });
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(round, options.intervalMs ?? POLL_INTERVAL_MS);
  timer.unref?.();
  void round();
  return () => {
    stopped = true;
    clearInterval(timer);
    transport.close?.();
  };
}
