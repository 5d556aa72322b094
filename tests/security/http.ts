import { DEMO_PASSWORD } from "~/auth/demo-accounts";

// Plain HTTP against the running server (no browser): sign in through the login form and post
// forms, as a browser would, with the app's own Origin unless a test says otherwise.

export type FormBody = Record<string, string | string[]>;

export function encodeForm(fields: FormBody): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  return body;
}

/** Signs in through POST /login and returns the session cookie ("name=value"). */
export async function signInCookie(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    headers: { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: encodeForm({ email, password: DEMO_PASSWORD }),
    redirect: "manual",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`Signing in ${email} failed with ${response.status}`);
  return cookie;
}

export interface PostOptions {
  cookie?: string;
  /** headers that stand in for the browser's own, e.g. a foreign Origin; "" leaves one out */
  headers?: Record<string, string>;
}

/** A form post (urlencoded) that does not follow redirects. */
export function postForm(baseUrl: string, url: string, fields: FormBody, options: PostOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded", ...options.headers };
  if (options.cookie) headers.Cookie = options.cookie;
  for (const [name, value] of Object.entries(headers)) if (value === "") delete headers[name];
  return fetch(baseUrl + url, { method: "POST", headers, body: encodeForm(fields), redirect: "manual" });
}
