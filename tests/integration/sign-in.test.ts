import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { signIn } from "~/auth/sign-in.server";
import { action as loginAction, loader as loginLoader } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { loader as homeLoader } from "~/routes/n.$network._index";
import { args, getRequest, postRequest, run, sessionCookie } from "../requests";

const login = (fields: Record<string, string>) => run(async () => loginAction(args(await postRequest("/login", fields))));

describe("sign-in", () => {
  it("signs a demo person in with a fresh HttpOnly session cookie and follows redirectTo", async () => {
    const result = await login({ email: "arbeit@halle.example", password: "netzwerk-demo", redirectTo: "/n/halle/groups" });
    expect(result.status).toBe(302);
    expect(result.location).toBe("/n/halle/groups");
    const cookie = result.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/^nws_session=\w+/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
  });

  it("ignores a redirectTo that leaves the site", async () => {
    const result = await login({ email: "arbeit@halle.example", password: "netzwerk-demo", redirectTo: "//evil.example/x" });
    expect(result.location).toBe("/");
  });

  it("answers a wrong password and an unknown account with the same message", async () => {
    const wrong = await login({ email: "arbeit@halle.example", password: "falsch-falsch" });
    const unknown = await login({ email: "niemand@halle.example", password: "falsch-falsch" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.data.formError).toBe("E-Mail-Adresse oder Passwort ist nicht korrekt.");
    expect(unknown.data.formError).toBe(wrong.data.formError);
    const audit = await db.selectFrom("audit_events").select("action").where("action", "=", "auth.sign_in_failed").execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses further attempts after five failures within 15 minutes, even with the right password", async () => {
    for (let i = 0; i < 5; i++) expect((await login({ email: "mso@halle.example", password: `falsch-${i}-xxxx` })).status).toBe(401);
    const blocked = await login({ email: "mso@halle.example", password: "netzwerk-demo" });
    expect(blocked.status).toBe(429);
    expect(blocked.data.formError).toMatch(/Zu viele fehlgeschlagene Anmeldeversuche.*\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);
    // Another account is not affected.
    expect((await login({ email: "beratung@halle.example", password: "netzwerk-demo" })).status).toBe(302);
  });

  it("throttles per address, unknown addresses alike, and lets the right password in again after the window", async () => {
    // An hour ago, so that these attempts do not throttle the other tests in real time.
    const start = new Date(Date.now() - 60 * 60_000);
    const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
    for (let i = 0; i < 5; i++) {
      expect(await signIn("deutsch@halle.example", `falsch-${i}-xxxx`, minutes(i))).toEqual({ ok: false, reason: "invalid" });
      expect(await signIn("unbekannt@halle.example", `falsch-${i}-xxxx`, minutes(i))).toEqual({ ok: false, reason: "invalid" });
    }
    // Blocked until the first failure is 15 minutes old, whether or not the account exists.
    expect(await signIn("deutsch@halle.example", "netzwerk-demo", minutes(10))).toEqual({ ok: false, reason: "throttled", retryAt: minutes(15) });
    expect(await signIn("unbekannt@halle.example", "egal-xxxxxx", minutes(10))).toEqual({ ok: false, reason: "throttled", retryAt: minutes(15) });
    // Another address is not affected, and the letter case of the address changes nothing.
    expect((await signIn("steuerung@halle.example", "netzwerk-demo", minutes(10))).ok).toBe(true);
    expect((await signIn("DEUTSCH@halle.example", "netzwerk-demo", minutes(14))).ok).toBe(false);
    expect(await signIn("deutsch@halle.example", "netzwerk-demo", minutes(16))).toMatchObject({ ok: true });
  });

  it("returns field errors and keeps the e-mail when the form is incomplete", async () => {
    const result = await login({ email: "keine-adresse", password: "" });
    expect(result.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({ email: "validation.email", password: "validation.required" });
    expect(JSON.stringify(result.data.repopulateFields)).toContain("keine-adresse");
  });

  it("sends anonymous visitors to the login page with the way back", async () => {
    const result = await run(async () => homeLoader(args(await getRequest("/n/halle?x=1"), { network: "halle" })));
    expect(result.status).toBe(302);
    expect(result.location).toBe("/login?redirectTo=%2Fn%2Fhalle%3Fx%3D1");
  });

  it("sends a signed-in person away from the login page", async () => {
    const result = await run(async () => loginLoader(args(await getRequest("/login?redirectTo=/n/halle", { as: "arbeit@halle.example" }))));
    expect(result.location).toBe("/n/halle");
  });

  it("ends the session at sign-out", async () => {
    const signedIn = await login({ email: "deutsch@halle.example", password: "netzwerk-demo" });
    const cookie = signedIn.headers.get("Set-Cookie")!.split(";")[0];
    const out = await run(async () => logoutAction(args(await postRequest("/logout", {}, { cookie }))));
    expect(out.location).toBe("/login");
    expect(await db.selectFrom("sessions").select("id").where("id", "=", cookie.split("=")[1]).executeTakeFirst()).toBeUndefined();
    expect(out.headers.get("Set-Cookie")).toMatch(/^nws_session=; .*Max-Age=0/);
    const after = await run(async () => {
      const request = new Request("http://localhost:3000/n/halle", { headers: { Cookie: cookie } });
      return homeLoader(args(request, { network: "halle" }));
    });
    expect(after.status).toBe(302);
  });

  describe("session renewal at sign-in (session fixation)", () => {
    const homeWith = (cookie: string) =>
      run(async () => homeLoader(args(new Request("http://localhost:3000/n/halle", { headers: { Cookie: cookie } }), { network: "halle" })));

    it("never keeps an id the browser brought, even one the server does not know", async () => {
      const planted = "nws_session=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
      const signedIn = await run(async () =>
        loginAction(args(await postRequest("/login", { email: "beratung@halle.example", password: "netzwerk-demo" }, { cookie: planted }))),
      );
      const fresh = signedIn.headers.get("Set-Cookie")!.split(";")[0];
      expect(fresh).toMatch(/^nws_session=\w+$/);
      expect(fresh).not.toBe(planted);
      expect((await homeWith(planted)).status).toBe(302);
      expect((await homeWith(fresh)).status).toBe(200);
    });

    it("ends a valid session sent to /login and starts a new one", async () => {
      // Someone else's session (a shared PC) and the person's own earlier one both end.
      for (const earlier of [await sessionCookie("mso@halle.example"), await sessionCookie("arbeit@halle.example")]) {
        expect((await homeWith(earlier)).status).toBe(200);
        const signedIn = await run(async () =>
          loginAction(args(await postRequest("/login", { email: "arbeit@halle.example", password: "netzwerk-demo" }, { cookie: earlier }))),
        );
        expect(signedIn.status).toBe(302);
        const fresh = signedIn.headers.get("Set-Cookie")!.split(";")[0];
        expect(fresh).not.toBe(earlier);
        expect(await db.selectFrom("sessions").select("id").where("id", "=", earlier.split("=")[1]).executeTakeFirst()).toBeUndefined();
        expect((await homeWith(earlier)).status).toBe(302);
        expect((await homeWith(fresh)).status).toBe(200);
      }
    });

    it("keeps the browser's session when the sign-in fails", async () => {
      const earlier = await sessionCookie("steuerung@halle.example");
      const failed = await run(async () =>
        loginAction(args(await postRequest("/login", { email: "steuerung@halle.example", password: "falsches passwort" }, { cookie: earlier }))),
      );
      expect(failed.status).toBe(401);
      expect((await homeWith(earlier)).status).toBe(200);
    });
  });
});
