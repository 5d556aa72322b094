import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { deliverPending, MAX_ATTEMPTS, type MailTransport } from "./delivery.server";
import { queueAccountInvitation, queueMessage, REMOVED_INVITATION_LINK } from "./outbox.server";

type Sent = Parameters<MailTransport["sendMail"]>[0];

function recordingTransport(fail: (mail: Sent) => boolean = () => false) {
  const sent: Sent[] = [];
  const transport: MailTransport = {
    async sendMail(mail) {
      if (fail(mail)) throw new Error(`Mailbox unavailable: ${mail.to}`);
      sent.push(mail);
      return {};
    },
  };
  return { sent, transport };
}

async function clearOutbox() {
  await db.deleteFrom("outbox_messages").execute();
}

const message = (toEmail: string, ics: string | null = null) =>
  queueMessage(db, { networkId: null, toEmail, toUserId: null, kind: "meeting.invitation", subject: `An ${toEmail}`, bodyText: "Hallo", ics });

async function row(id: number) {
  return db.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

describe("deliverPending", () => {
  it("sends pending messages oldest first, with the calendar as einladung.ics (method REQUEST) when present", async () => {
    await clearOutbox();
    const a = await message("a@example.org", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    const b = await message("b@example.org");
    const { sent, transport } = recordingTransport();
    expect(await deliverPending({ transport, from: "Test <test@example.org>" })).toEqual({ sent: 2, failed: 0 });
    expect(sent.map((m) => m.to)).toEqual(["a@example.org", "b@example.org"]);
    expect(sent[0]).toMatchObject({
      from: "Test <test@example.org>",
      subject: "An a@example.org",
      text: "Hallo",
      icalEvent: { filename: "einladung.ics", method: "REQUEST", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" },
    });
    expect(sent[1].icalEvent).toBeUndefined();
    expect(await row(a)).toMatchObject({ status: "sent", attempts: 1 });
    expect(await row(b)).toMatchObject({ status: "sent", attempts: 1 });
    // Nothing is sent twice.
    expect(await deliverPending({ transport })).toEqual({ sent: 0, failed: 0 });
  });

  it("removes an account invitation's one-time link from the outbox once delivered, and only then", async () => {
    await clearOutbox();
    const halle = await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow();
    const link = "https://netz.example/invitations/Abc-123_xyzXYZ0123456789abcdefghijklmnopqrstu";
    const invitation = await queueAccountInvitation({ networkId: halle.id, email: "neu@halle.example", link, expiresAt: "2030-01-15T10:00:00.000Z" });
    const other = await queueMessage(db, {
      networkId: null, toEmail: "b@example.org", toUserId: null, kind: "meeting.invitation", subject: "Sitzung", bodyText: `Siehe ${link}`,
    });

    // A failed attempt keeps the link: without delivery an admin passes it on by hand.
    await deliverPending({ transport: recordingTransport(() => true).transport });
    expect((await row(invitation)).body_text).toContain(link);

    const { sent, transport } = recordingTransport();
    await deliverPending({ transport });
    expect(sent.find((m) => m.to === "neu@halle.example")!.text).toContain(link);
    const kept = await row(invitation);
    expect(kept.status).toBe("sent");
    expect(kept.body_text).not.toContain("/invitations/");
    expect(kept.body_text).toContain(REMOVED_INVITATION_LINK);
    expect(kept.body_text).toContain("15.01.2030");
    // Other kinds of messages are kept as sent.
    expect((await row(other)).body_text).toBe(`Siehe ${link}`);
  });

  it("respects the limit", async () => {
    await clearOutbox();
    for (const to of ["1@example.org", "2@example.org", "3@example.org"]) await message(to);
    const { sent, transport } = recordingTransport();
    await deliverPending({ transport, limit: 2 });
    expect(sent).toHaveLength(2);
    await deliverPending({ transport, limit: 2 });
    expect(sent.map((m) => m.to)).toEqual(["1@example.org", "2@example.org", "3@example.org"]);
  });

  it("marks failures with the error, retries them, and gives up after the maximum attempts", async () => {
    await clearOutbox();
    const bad = await message("kaputt@example.org");
    const good = await message("gut@example.org");
    const { sent, transport } = recordingTransport((mail) => mail.to === "kaputt@example.org");
    expect(await deliverPending({ transport })).toEqual({ sent: 1, failed: 1 });
    expect(await row(bad)).toMatchObject({ status: "failed", attempts: 1, last_error: "Mailbox unavailable: kaputt@example.org" });
    expect(await row(good)).toMatchObject({ status: "sent" });

    for (let i = 0; i < MAX_ATTEMPTS + 3; i++) await deliverPending({ transport });
    expect((await row(bad)).attempts).toBe(MAX_ATTEMPTS);
    expect(sent).toHaveLength(1);
  });
});
