// Strings of the administration pages under /n/:network/admin.
export const de = {
  "admin.title": "Verwaltung",
};

export const en: Record<keyof typeof de, string> = {
  "admin.title": "Administration",
};
