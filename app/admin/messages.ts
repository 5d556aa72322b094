// Strings of the administration pages under /n/:network/admin (organisations, groups,
// memberships). People and invitations keep theirs in app/people/messages.ts.
export const de = {
  "admin.title": "Verwaltung",
  "admin.people": "Personen",
  "admin.invitations": "Einladungen",
  "admin.peopleCount": "{count} aktive Personen",
  "admin.openInvitations": "{count} offene Einladungen",
  "admin.groupCount": "{count} Gremien",
};

export const en: Record<keyof typeof de, string> = {
  "admin.title": "Administration",
  "admin.people": "People",
  "admin.invitations": "Invitations",
  "admin.peopleCount": "{count} active people",
  "admin.openInvitations": "{count} open invitations",
  "admin.groupCount": "{count} groups",
};
