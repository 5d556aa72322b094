import { messages, type MessageKey } from "./messages";

export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function isMessageKey(value: string): value is MessageKey {
  return value in messages.de;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const dictionary = messages[locale];
  return (key, vars) => {
    const text: string = dictionary[key] ?? messages.de[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
  };
}

/** Validation messages travel as message keys; anything else is shown as it is. */
export function translateError(t: Translate, error: string): string {
  return isMessageKey(error) ? t(error) : error;
}
