import { describe, expect, it } from "vitest";
import { readEnv } from "../app/env.server";
import { createDatabase } from "../db/sqlite";
import { prepareDatabase } from "./prepare";

describe("prepareDatabase", () => {
  it("with SEED=none starts with one admin in one empty network", async () => {
    const { db } = createDatabase(":memory:");
    await prepareDatabase(db, readEnv({ SEED: "none", ADMIN_EMAIL: "Leitung@Stadt.example", ADMIN_PASSWORD: "ein langes passwort", NETWORK_SLUG: "musterstadt" }));
    const networks = await db.selectFrom("networks").select(["slug"]).execute();
    expect(networks).toEqual([{ slug: "musterstadt" }]);
    const members = await db
      .selectFrom("network_members")
      .innerJoin("users", "users.id", "network_members.user_id")
      .select(["users.email", "network_members.role"])
      .execute();
    expect(members).toEqual([{ email: "leitung@stadt.example", role: "admin" }]);
    expect(await db.selectFrom("groups").select("id").execute()).toEqual([]);
    // Starting again changes nothing.
    await prepareDatabase(db, readEnv({ SEED: "none", ADMIN_EMAIL: "andere@stadt.example", ADMIN_PASSWORD: "ein langes passwort" }));
    expect(await db.selectFrom("users").select("email").execute()).toHaveLength(1);
    await db.destroy();
  });

  it("with SEED=none refuses to start an empty database without an admin", async () => {
    const { db } = createDatabase(":memory:");
    await expect(prepareDatabase(db, readEnv({ SEED: "none" }))).rejects.toThrow(/ADMIN_EMAIL/);
    await db.destroy();
  });

  it("with SEED=none refuses a common first administrator password, or one equal to the address", async () => {
    for (const [password, message] of [
      ["Passwort1234", /zu den meistverwendeten/],
      ["leitung@stadt.example", /nicht Ihre E-Mail-Adresse/],
    ] as const) {
      const { db } = createDatabase(":memory:");
      await expect(prepareDatabase(db, readEnv({ SEED: "none", ADMIN_EMAIL: "Leitung@Stadt.example", ADMIN_PASSWORD: password }))).rejects.toThrow(message);
      expect(await db.selectFrom("users").select("id").execute()).toEqual([]);
      await db.destroy();
    }
  });

  it("with SEED=demo is idempotent", async () => {
    const { db } = createDatabase(":memory:");
    await prepareDatabase(db, readEnv({ SEED: "demo" }));
    const count = async () => (await db.selectFrom("organisations").select("id").execute()).length;
    const before = await count();
    await prepareDatabase(db, readEnv({ SEED: "demo" }));
    expect(await count()).toBe(before);
    await db.destroy();
  });
});
