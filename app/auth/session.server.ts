import { Lucia, TimeSpan, type Session, type User } from "lucia";
import { db } from "../db.server";
import { oncePerRequest } from "../request-scope.server";
import { KyselySessionAdapter } from "./session-adapter.server";

export const lucia = new Lucia(new KyselySessionAdapter(db), {
  sessionExpiresIn: new TimeSpan(30, "d"),
  sessionCookie: { name: "nws_session", attributes: { sameSite: "lax", secure: false } },
  getUserAttributes: (attributes) => attributes,
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    UserId: number;
    DatabaseUserAttributes: { email: string; name: string; locale: string };
  }
}

export type SignedIn = { user: User; session: Session; refreshedCookie?: string };

function readSessionId(request: Request): string | null {
  return lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
}

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}

// Lucia's cookie object is serialised here so that `Secure` follows the request's scheme:
// over https the cookie is Secure, on http://localhost it must not be.
function serializeCookie(request: Request, cookie: { name: string; value: string; attributes: { maxAge?: number } }) {
  const parts = [`${cookie.name}=${cookie.value}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (cookie.attributes.maxAge !== undefined) parts.push(`Max-Age=${cookie.attributes.maxAge}`);
  if (isHttps(request)) parts.push("Secure");
  return parts.join("; ");
}

// Remix runs the root, layout and page loaders of one request side by side; each asks who is
// signed in. The answer is looked up once per request.
export function getSignedIn(request: Request): Promise<SignedIn | null> {
  return oncePerRequest(request, "signedIn", () => validateSessionOf(request));
}

async function validateSessionOf(request: Request): Promise<SignedIn | null> {
  const sessionId = readSessionId(request);
  if (!sessionId) return null;
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session || !user) return null;
  const refreshedCookie = session.fresh ? serializeCookie(request, lucia.createSessionCookie(session.id)) : undefined;
  return { session, user, refreshedCookie };
}

/**
 * Starts a new session (a fresh id at every sign-in) and answers its Set-Cookie value. The
 * session the browser came with, if any, ends: an id planted in the browser before sign-in
 * (session fixation) or left from an earlier sign-in is never carried over.
 */
export async function startSession(request: Request, userId: number): Promise<string> {
  const broughtId = readSessionId(request);
  if (broughtId) await lucia.invalidateSession(broughtId);
  const session = await lucia.createSession(userId, {});
  return serializeCookie(request, lucia.createSessionCookie(session.id));
}

export async function endSession(request: Request): Promise<string> {
  const sessionId = readSessionId(request);
  if (sessionId) await lucia.invalidateSession(sessionId);
  return serializeCookie(request, lucia.createBlankSessionCookie());
}

export async function endAllSessionsOf(userId: number): Promise<void> {
  await lucia.invalidateUserSessions(userId);
}
