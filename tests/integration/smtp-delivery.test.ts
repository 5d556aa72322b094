import net from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSmtpTransport, deliverPending, MAX_ATTEMPTS, startDeliveryLoop } from "~/mail/delivery.server";
import { queueMessage } from "~/mail/outbox.server";

// Delivery over real SMTP: a local server (smtp-server) on loopback receives what the
// delivery loop sends from the outbox.

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let smtpUrl: string;

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) of a header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === "B"
          ? Buffer.from(text, "base64")
          : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1");
      return bytes.toString("utf8");
    });
}

function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeHeader(line.slice(name.length + 1).trim()) : undefined;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  // This file's own copy of the database: only the messages queued below are delivered.
  await db.deleteFrom("outbox_messages").execute();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as net.AddressInfo;
  smtpUrl = `smtp://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("SMTP delivery", () => {
  it("sends a queued invitation with its calendar part and marks the outbox row sent", async () => {
    const networkId = (await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow()).id;
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:meeting-1@netzwerkstatt\r\nSUMMARY:Quartalssitzung\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const id = await queueMessage(db, {
      networkId,
      toEmail: "beratung@halle.example",
      toUserId: null,
      kind: "meeting.invitation",
      subject: "Einladung: FG Arbeit – Quartalssitzung am 14.03.2030",
      bodyText: "Guten Tag,\n\nhiermit laden wir Sie herzlich ein. Größe: ü.",
      ics,
    });

    const stop = startDeliveryLoop(smtpUrl, { intervalMs: 100 });
    try {
      const row = await waitFor(async () => {
        const r = await db.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
        return r.status === "pending" ? undefined : r;
      });
      expect(row.last_error).toBeNull();
      expect(row.status).toBe("sent");
      expect(row.attempts).toBe(1);
      expect(row.sent_at).not.toBeNull();
    } finally {
      stop();
    }

    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail.to).toEqual(["beratung@halle.example"]);
    expect(mail.from).toBe("no-reply@netzwerkstatt.invalid");
    expect(header(mail.raw, "Subject")).toBe("Einladung: FG Arbeit – Quartalssitzung am 14.03.2030");
    expect(header(mail.raw, "To")).toBe("beratung@halle.example");
    expect(header(mail.raw, "From")).toBe("Netzwerkstatt <no-reply@netzwerkstatt.invalid>");
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(mail.raw).toMatch(/filename=einladung\.ics/);
  });

  it("marks a message failed with the error when the server cannot be reached, and stops after five attempts", async () => {
    const id = await queueMessage(db, {
      networkId: null,
      toEmail: "niemand@halle.example",
      toUserId: null,
      kind: "meeting.invitation",
      subject: "Geht nicht",
      bodyText: "Text",
    });
    const transport = createSmtpTransport(`smtp://127.0.0.1:${await freePort()}`);
    const first = await deliverPending({ transport });
    expect(first).toEqual({ sent: 0, failed: 1 });
    let row = await db.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(1);
    expect(row.last_error).toBeTruthy();

    for (let i = 1; i < MAX_ATTEMPTS + 2; i++) await deliverPending({ transport });
    row = await db.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.status).toBe("failed");

    // A failed message that still has attempts left goes out once the server answers.
    await db.updateTable("outbox_messages").set({ attempts: 2 }).where("id", "=", id).execute();
    const working = createSmtpTransport(smtpUrl);
    const report = await deliverPending({ transport: working });
    working.close?.();
    transport.close?.();
    expect(report.sent).toBe(1);
    row = await db.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", attempts: 3, last_error: null });
    expect(received.at(-1)!.to).toEqual(["niemand@halle.example"]);
  });
});
