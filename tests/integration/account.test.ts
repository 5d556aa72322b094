import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { action as localeAction } from "~/routes/locale";
import { signIn as signInAs } from "~/auth/sign-in.server";
import { action as profileAction, loader as profileLoader } from "~/routes/profile";
import { args, getRequest, postRequest, run, sessionCookie } from "../requests";

describe("own account", () => {
  it("lists the person's networks", async () => {
    const result = await run(async () => profileLoader(args(await getRequest("/profile", { as: "michael.brandt@halle.example" }))));
    expect(result.data.networks.map((n: { slug: string }) => n.slug).sort()).toEqual(["halle", "vogtland"]);
  });

  it("changes the password, ends the other sessions and starts a fresh one", async () => {
    const other = await sessionCookie("deutsch@halle.example");
    const current = await sessionCookie("deutsch@halle.example");
    const result = await run(async () =>
      profileAction(
        args(await postRequest("/profile", { currentPassword: "netzwerk-demo", newPassword: "ein langer neuer satz", confirmPassword: "ein langer neuer satz" }, { cookie: current })),
      ),
    );
    expect(result.status).toBe(302);
    const fresh = result.headers.get("Set-Cookie")!.split(";")[0];
    expect(fresh).not.toBe(current);
    const user = await db.selectFrom("users").select("id").where("email", "=", "deutsch@halle.example").executeTakeFirstOrThrow();
    const sessions = await db.selectFrom("sessions").select("id").where("user_id", "=", user.id).execute();
    expect(sessions.map((s) => `nws_session=${s.id}`)).toEqual([fresh]);
    expect(sessions.map((s) => s.id)).not.toContain(other.split("=")[1]);
  });

  it("refuses a common password, the own e-mail address or the own name as new password, and keeps the old one", async () => {
    const { name } = await db.selectFrom("users").select("name").where("email", "=", "mso@halle.example").executeTakeFirstOrThrow();
    expect(name).toBe("Ahmad Al-Khatib");
    for (const [newPassword, message] of [
      ["Qwertzuiop", "validation.passwordTooCommon"],
      ["MSO@halle.example", "validation.passwordIsEmail"],
      ["ahmad al-khatib", "validation.passwordIsName"],
    ]) {
      const result = await run(async () =>
        profileAction(args(await postRequest("/profile", { currentPassword: "netzwerk-demo", newPassword, confirmPassword: newPassword }, { as: "mso@halle.example" }))),
      );
      expect(result.status, newPassword).toBe(422);
      expect(result.data.fieldErrors, newPassword).toEqual({ newPassword: message });
    }
    const signIn = await signInAs("mso@halle.example", "netzwerk-demo");
    expect(signIn.ok).toBe(true);
  });

  it("refuses a wrong current password as a field error and sends no password back", async () => {
    const result = await run(async () =>
      profileAction(
        args(await postRequest("/profile", { currentPassword: "falsch", newPassword: "ein langer neuer satz", confirmPassword: "ein langer neuer satz" }, { as: "beratung@halle.example" })),
      ),
    );
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({ currentPassword: "profile.wrongPassword" });
    expect(JSON.stringify(result.data)).not.toContain("ein langer neuer satz");
  });
});

describe("language switch", () => {
  it("stores the choice in a cookie and returns to the page", async () => {
    const result = await run(async () => localeAction(args(await postRequest("/locale", { locale: "en", redirectTo: "/n/halle/groups" }))));
    expect(result.location).toBe("/n/halle/groups");
    expect(result.headers.get("Set-Cookie")).toMatch(/^nws_lang=en;/);
  });

  it("ignores unknown languages and foreign redirects", async () => {
    const result = await run(async () => localeAction(args(await postRequest("/locale", { locale: "xx", redirectTo: "https://evil.example" }))));
    expect(result.location).toBe("/");
    expect(result.headers.get("Set-Cookie")).toBeNull();
  });
});
