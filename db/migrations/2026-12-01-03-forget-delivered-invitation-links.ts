import type { Kysely } from "kysely";

// Delivered account invitations kept their one-time link in the outbox, where admins read
// it. From now on delivery removes it (app/mail/outbox.server.ts); this removes it from the
// messages delivered before. Frozen in time: Kysely<any>, no app imports.
const INVITATION_LINK = /\bhttps?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/g;
const NOTE = "[Einladungslink nach dem Versand entfernt: Er steht nur in der E-Mail an die eingeladene Person.]";

export async function up(db: Kysely<any>): Promise<void> {
  const delivered: { id: number; body_text: string }[] = await db
    .selectFrom("outbox_messages")
    .select(["id", "body_text"])
    .where("kind", "=", "account.invitation")
    .where("status", "=", "sent")
    .where("body_text", "like", "%/invitations/%")
    .execute();
  for (const message of delivered) {
    await db
      .updateTable("outbox_messages")
      .set({ body_text: message.body_text.replace(INVITATION_LINK, NOTE) })
      .where("id", "=", message.id)
      .execute();
  }
}

// The links are gone for good; there is nothing to put back.
export async function down(): Promise<void> {}
