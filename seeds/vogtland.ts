import type { SeedNetwork } from "./types";

// Small second demo network; it exists to prove that nothing crosses networks.
// Group slugs such as `fg-arbeit` deliberately repeat the Halle slugs.
// All contact data is fictional (vogtland.example / example.org, 03741 000 0xxx).

export const vogtland: SeedNetwork = {
  slug: "vogtland",
  name: "Integrationsnetzwerk Vogtlandkreis",
  city: "Plauen",

  organisations: [
    {
      key: "lra-integrationskoordination",
      kind: "authority",
      name: "Landratsamt Vogtlandkreis – Integrationskoordination",
      shortName: "Integrationskoordination",
      contactEmail: "integration@vogtland.example",
      contactPhone: "03741 000 0101",
      address: "Spitzenweg 4, 08523 Plauen",
      languages: ["de", "en", "ru"],
    },
    {
      key: "jobcenter-vogtland",
      kind: "job_centre",
      name: "Jobcenter Vogtlandkreis",
      shortName: "Jobcenter Vogtland",
      contactEmail: "jobcenter-vogtland@example.org",
      contactPhone: "03741 000 0102",
      address: "Elsterufer 11, 08525 Plauen",
      languages: ["de", "en", "uk", "ar"],
    },
    {
      key: "agentur-arbeit-plauen",
      kind: "employment_agency",
      name: "Agentur für Arbeit Plauen",
      shortName: "Arbeitsagentur Plauen",
      contactEmail: "agentur-plauen@example.org",
      contactPhone: "03741 000 0103",
      address: "Elsterufer 13, 08525 Plauen",
      languages: ["de", "en"],
    },
    {
      key: "migrationsberatung-vogtland",
      kind: "counselling",
      name: "Migrationsberatung Vogtland e.V.",
      contactEmail: "beratung@mb-vogtland.example.org",
      contactPhone: "03741 000 0104",
      address: "Klöppelgasse 6, 08523 Plauen",
      languages: ["de", "ar", "fa", "uk"],
    },
    {
      key: "sprachschule-elstertal",
      kind: "language_course_provider",
      name: "Sprachschule Elstertal GmbH",
      contactEmail: "kurse@elstertal.example.org",
      contactPhone: "03741 000 0105",
      address: "Viaduktblick 2, 08527 Plauen",
      languages: ["de", "en", "ru", "uk"],
    },
    {
      key: "interkultureller-verein-plauen",
      kind: "mso",
      name: "Interkultureller Verein Plauen e.V.",
      contactEmail: "info@ikv-plauen.example.org",
      contactPhone: "03741 000 0106",
      address: "Stickereiweg 9, 08523 Plauen",
      languages: ["de", "ar", "vi", "ru", "tr"],
    },
    {
      key: "ehrenamtsnetz-vogtland",
      kind: "volunteer_initiative",
      name: "Ehrenamtsnetz Vogtland e.V.",
      contactEmail: "mitmachen@ehrenamtsnetz-vogtland.example.org",
      contactPhone: "03741 000 0107",
      address: "Lindenplatz 3, 08525 Plauen",
      languages: ["de", "en"],
    },
  ],

  people: [
    {
      email: "admin@vogtland.example",
      name: "Kathrin Seifert",
      role: "admin",
      organisations: ["lra-integrationskoordination"],
      position: "Integrationskoordinatorin des Landkreises",
    },
    {
      email: "rene.ullmann@vogtland.example",
      name: "René Ullmann",
      role: "member",
      organisations: ["jobcenter-vogtland"],
      position: "Teamleiter Markt und Integration",
    },
    {
      email: "ines.fiedler@vogtland.example",
      name: "Ines Fiedler",
      role: "member",
      organisations: ["agentur-arbeit-plauen"],
      position: "Arbeitsvermittlerin",
    },
    {
      email: "dmytro.shevchenko@vogtland.example",
      name: "Dmytro Shevchenko",
      role: "member",
      organisations: ["migrationsberatung-vogtland"],
      position: "Migrationsberater",
    },
    {
      email: "sophie.reinhold@vogtland.example",
      name: "Sophie Reinhold",
      role: "member",
      organisations: ["sprachschule-elstertal"],
      position: "Kurskoordinatorin",
    },
    {
      email: "khaled.nasser@vogtland.example",
      name: "Khaled Nasser",
      role: "member",
      organisations: ["interkultureller-verein-plauen", "ehrenamtsnetz-vogtland"],
      position: "Vorsitzender",
    },
    {
      // Works in both networks: shows the network switch and that each network sees only its own data.
      email: "michael.brandt@halle.example",
      name: "Michael Brandt",
      role: "member",
      organisations: ["lra-integrationskoordination"],
      position: "Regionalkoordinator (Gast aus Halle)",
    },
  ],

  groups: [
    {
      slug: "steuerungsgruppe",
      kind: "steering",
      name: "Steuerungsgruppe",
      mandate:
        "Die Steuerungsgruppe unter Leitung der Integrationskoordination des Landratsamts legt die Schwerpunkte der Integrationsarbeit im Vogtlandkreis fest. Sie entscheidet über die Arbeitspakete der Fachgruppen und stimmt sich mit den Städten und Gemeinden des Landkreises ab.",
      cadence: "half_yearly",
      organisations: {
        preparation: ["lra-integrationskoordination", "jobcenter-vogtland"],
        member: [
          "agentur-arbeit-plauen",
          "migrationsberatung-vogtland",
          "interkultureller-verein-plauen",
        ],
      },
    },
    {
      slug: "fg-arbeit",
      kind: "specialist",
      name: "FG Arbeit",
      mandate:
        "Die Fachgruppe Arbeit verbessert den Zugang von Zugewanderten zu Ausbildung und Beschäftigung im Vogtland, gerade auch in ländlichen Betrieben. Sie bringt Arbeitsverwaltung, Beratung, Sprachkursträger und Migrantenorganisationen zusammen und übergibt Arbeitspakete an die Steuerungsgruppe.",
      cadence: "quarterly",
      organisations: {
        preparation: ["lra-integrationskoordination", "jobcenter-vogtland", "agentur-arbeit-plauen"],
        member: [
          "migrationsberatung-vogtland",
          "sprachschule-elstertal",
          "interkultureller-verein-plauen",
        ],
      },
    },
    {
      slug: "fg-sprache",
      kind: "specialist",
      name: "FG Sprache",
      mandate:
        "Die Fachgruppe Sprache stimmt das Angebot an Integrations- und Sprachkursen im Landkreis ab, einschließlich Fahrwegen und Kinderbetreuung. Sie macht Wartezeiten und Lücken sichtbar und vermittelt ehrenamtliche Sprachpatenschaften.",
      cadence: "quarterly",
      organisations: {
        preparation: ["lra-integrationskoordination", "sprachschule-elstertal"],
        member: [
          "migrationsberatung-vogtland",
          "jobcenter-vogtland",
          "interkultureller-verein-plauen",
          "ehrenamtsnetz-vogtland",
        ],
      },
    },
  ],
};
