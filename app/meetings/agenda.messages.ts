// Strings of the meeting agenda pages.
export const de = {
  "agenda.title": "Tagesordnung",
};

export const en: Record<keyof typeof de, string> = {
  "agenda.title": "Agenda",
};
