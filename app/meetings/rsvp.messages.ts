// Strings of meeting invitations, answers, attendance and the outbox.
export const de = {
  "rsvp.title": "Einladung",
};

export const en: Record<keyof typeof de, string> = {
  "rsvp.title": "Invitation",
};
