// Strings of the meeting minutes pages.
export const de = {
  "minutes.title": "Protokoll",
};

export const en: Record<keyof typeof de, string> = {
  "minutes.title": "Minutes",
};
