import { db } from "~/db.server";
import { lucia } from "~/auth/session.server";

// Builds real Request objects for loaders and actions, signed in as a demo person.
export const ORIGIN = "http://localhost:3000";

export async function sessionCookie(email: string): Promise<string> {
  const user = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  const session = await lucia.createSession(user.id, {});
  return `${lucia.sessionCookieName}=${session.id}`;
}

async function headersFor(as?: string, extra: Record<string, string> = {}) {
  const headers = new Headers(extra);
  if (as) headers.set("Cookie", await sessionCookie(as));
  return headers;
}

export async function getRequest(pathname: string, opts: { as?: string; headers?: Record<string, string> } = {}) {
  return new Request(ORIGIN + pathname, { headers: await headersFor(opts.as, opts.headers) });
}

export async function postRequest(
  pathname: string,
  fields: Record<string, string | string[]>,
  opts: { as?: string; cookie?: string } = {},
) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  const headers = await headersFor(opts.as, { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" });
  if (opts.cookie) headers.set("Cookie", opts.cookie);
  return new Request(ORIGIN + pathname, { method: "POST", headers, body });
}

export interface Outcome<T = any> {
  status: number;
  data: T;
  headers: Headers;
  location: string | null;
}

function isDataWithInit(value: unknown): value is { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null } {
  return typeof value === "object" && value !== null && (value as { type?: string }).type === "DataWithResponseInit";
}

async function fromResponse(response: Response): Promise<Outcome> {
  const type = response.headers.get("Content-Type") ?? "";
  const data = type.includes("json") ? await response.json() : await response.text();
  return { status: response.status, data, headers: response.headers, location: response.headers.get("Location") };
}

/** Calls a loader or action and reports what the browser would get, thrown or returned. */
export async function run<T = any>(fn: () => Promise<unknown>): Promise<Outcome<T>> {
  try {
    const result = await fn();
    if (result instanceof Response) return fromResponse(result);
    if (isDataWithInit(result)) {
      return { status: result.init?.status ?? 200, data: result.data as T, headers: new Headers(result.init?.headers), location: null };
    }
    return { status: 200, data: result as T, headers: new Headers(), location: null };
  } catch (thrown) {
    if (thrown instanceof Response) return fromResponse(thrown);
    if (isDataWithInit(thrown)) {
      return { status: thrown.init?.status ?? 500, data: thrown.data as T, headers: new Headers(thrown.init?.headers), location: null };
    }
    throw thrown;
  }
}

export const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
