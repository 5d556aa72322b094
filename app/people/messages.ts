// Strings of the people and invitation administration pages.
export const de = {
  "people.title": "Personen",
};

export const en: Record<keyof typeof de, string> = {
  "people.title": "People",
};
