// The demo logins of DESIGN section 6, shown on the login page while the demo data is loaded.
export const DEMO_PASSWORD = "netzwerk-demo";

export const demoAccounts = [
  { email: "admin@halle.example", de: "Netzwerk-Verwaltung Halle (DLZ Integration)", en: "Network admin Halle (DLZ Integration)" },
  { email: "steuerung@halle.example", de: "Leitung der Steuerungsgruppe", en: "Steering group lead" },
  { email: "arbeit@halle.example", de: "Moderation FG Arbeit (Jobcenter Halle)", en: "Moderator FG Arbeit (Jobcenter Halle)" },
  { email: "deutsch@halle.example", de: "Moderation FG Deutsch (Sprachkursträger)", en: "Moderator FG Deutsch (language course provider)" },
  { email: "beratung@halle.example", de: "Mitglied: Migrationsberatung (FG Arbeit, FG Deutsch)", en: "Member: migration counselling (FG Arbeit, FG Deutsch)" },
  { email: "mso@halle.example", de: "Mitglied: Migrantenorganisation (FG Arbeit, FG MO)", en: "Member: migrant organisation (FG Arbeit, FG MO)" },
  { email: "admin@vogtland.example", de: "Netzwerk-Verwaltung Vogtland", en: "Network admin Vogtland" },
] as const;
