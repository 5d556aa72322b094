import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { safeRedirect } from "~/auth/schemas";
import { isLocale } from "~/i18n/i18n";
import { localeCookie } from "~/i18n/locale.server";

export async function loader() {
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const to = safeRedirect(form.get("redirectTo"));
  if (!isLocale(locale)) throw redirect(to);
  throw redirect(to, { headers: { "Set-Cookie": localeCookie(locale) } });
}
