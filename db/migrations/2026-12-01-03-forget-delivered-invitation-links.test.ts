import { Migrator, type Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { createDatabase, migrateToLatest } from "../sqlite";
import { migrationProvider } from "./index";

describe("2026-12-01-03-forget-delivered-invitation-links", () => {
  it("removes the link from delivered invitations only", async () => {
    const { db } = createDatabase(":memory:");
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo("2026-11-24-07-public-calendar");
    expect(error).toBeUndefined();
    const old = db as Kysely<any>;
    const link = "https://netz.example/invitations/AbC-123_def";
    const body = `Mit diesem Link richten Sie Ihr Konto ein:\n\n${link}\n\nDer Link ist bis 15.01.2030 gültig.`;
    const message = (kind: string, status: string) => ({ to_email: "neu@halle.example", kind, subject: "Einladung", body_text: body, status });
    await old
      .insertInto("outbox_messages")
      .values([message("account.invitation", "sent"), message("account.invitation", "pending"), message("meeting.invitation", "sent")])
      .execute();

    await migrateToLatest(db);

    const rows = await old.selectFrom("outbox_messages").select(["kind", "status", "body_text"]).orderBy("id").execute();
    expect(rows[0].body_text).toBe(
      "Mit diesem Link richten Sie Ihr Konto ein:\n\n[Einladungslink nach dem Versand entfernt: Er steht nur in der E-Mail an die eingeladene Person.]\n\nDer Link ist bis 15.01.2030 gültig.",
    );
    expect(rows[1].body_text).toBe(body);
    expect(rows[2].body_text).toBe(body);
    await db.destroy();
  });
});
