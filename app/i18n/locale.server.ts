import { defaultLocale, isLocale, type Locale } from "./i18n";

export const LOCALE_COOKIE = "nws_lang";

export function localeFromRequest(request: Request): Locale {
  const cookie = request.headers.get("Cookie") ?? "";
  const match = cookie.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`));
  return match && isLocale(match[1]) ? match[1] : defaultLocale;
}

export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
