import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { defaultLocale, translator, type Locale } from "./i18n";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? defaultLocale;
}

export function useT() {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
