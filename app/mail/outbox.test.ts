import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { listOutbox, oneLine, queueAccountInvitation, queueMessage } from "./outbox.server";

async function halleId() {
  return (await db.selectFrom("networks").select("id").where("slug", "=", "halle").executeTakeFirstOrThrow()).id;
}

describe("outbox", () => {
  it("keeps a subject on one header line", () => {
    expect(oneLine("Einladung:\r\nBcc: jemand@example.org\tTitel  ")).toBe("Einladung: Bcc: jemand@example.org Titel");
  });

  it("queues a pending message with its fields", async () => {
    const networkId = await halleId();
    const id = await queueMessage(db, {
      networkId, toEmail: "a@halle.example", toUserId: null, kind: "meeting.invitation", subject: "Betreff\nzwei", bodyText: "Text", ics: "BEGIN:VCALENDAR",
    });
    const row = await db.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ network_id: networkId, to_email: "a@halle.example", subject: "Betreff zwei", body_text: "Text", ics: "BEGIN:VCALENDAR", status: "pending", attempts: 0, last_error: null, sent_at: null });
  });

  it("rolls back with the transaction it was queued in", async () => {
    const networkId = await halleId();
    await expect(
      db.transaction().execute(async (trx) => {
        await queueMessage(trx, { networkId, toEmail: "rollback@halle.example", toUserId: null, kind: "meeting.invitation", subject: "x", bodyText: "y" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.selectFrom("outbox_messages").select("id").where("to_email", "=", "rollback@halle.example").executeTakeFirst()).toBeUndefined();
  });

  it("writes the account invitation with the link and its expiry in German", async () => {
    const networkId = await halleId();
    const id = await queueAccountInvitation({ networkId, email: "neu@halle.example", link: "http://localhost:3000/invitations/abc", expiresAt: "2030-01-15T10:00:00.000Z" });
    const row = await db.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.kind).toBe("account.invitation");
    expect(row.subject).toMatch(/^Einladung in das .+ auf Netzwerkstatt$/);
    expect(row.body_text).toContain("http://localhost:3000/invitations/abc");
    expect(row.body_text).toContain("15.01.2030");
  });

  it("lists a network's messages newest first with a short preview", async () => {
    const networkId = await halleId();
    await queueMessage(db, { networkId, toEmail: "lang@halle.example", toUserId: null, kind: "meeting.invitation", subject: "Lang", bodyText: "x".repeat(1000) });
    const list = await listOutbox(networkId);
    expect(list[0].subject).toBe("Lang");
    expect(list[0].preview.length).toBeLessThan(200);
    expect(list[0].body_length).toBe(1000);
  });
});
