import type { Kysely } from "kysely";
import { addMonths, cadenceMonths, dateOfWeekdayInMonth } from "../app/meetings/cadence-dates";
import { addLocalDays, localToUtc, utcToLocal } from "../app/meetings/local-time";
import type {
  AgendaItemKind,
  AgendaItemStatus,
  AttendanceResponse,
  Database,
  MeetingKind,
  MeetingStatus,
} from "../db/schema";
import { halle } from "./halle";
import type { SeedNetwork } from "./types";
import { vogtland } from "./vogtland";

// Demo meetings: for every group of a demo network, meetings over the past months and the
// coming months in the group's cadence, on a fixed weekday of the month, with agendas,
// proposals, minutes, action items and answers to invitations. All dates are relative to
// `now`, so the demo always has past and upcoming meetings.
//
// The result looks as if the app had been used: open action items and deferred items of
// published minutes are already carried over to the group's next meeting (the same rows
// carryOverToNextMeeting would write, so calling it afterwards changes nothing).

// ── The shape of the plan ─────────────────────────────────────────────────────

interface ActionSeed {
  title: string;
  owner: string;
  /** due date: days after the meeting */
  dueDays: number;
  /** done already (actions of older meetings are always done) */
  done?: boolean;
}

interface ItemSeed {
  title: string;
  kind: AgendaItemKind;
  minutes: number;
  description: string;
  /** an e-mail (person, with their organisation) or an organisation key */
  presenter?: string;
  /** e-mail of the member who proposed it; without it the moderation put it on the agenda */
  proposedBy?: string;
  /** minutes text, outcome and decision, written after the meeting */
  record?: { text: string; outcome: string; decision: string };
  actions?: ActionSeed[];
  /** moved to the next meeting at the meeting itself (only in past agendas) */
  deferred?: boolean;
}

interface DeclinedSeed extends ItemSeed {
  proposedBy: string;
  reason: string;
}

interface Pattern {
  /** 0 = Sunday */
  weekday: number;
  /** 1–3, or -1 for "the last" */
  ordinal: number;
  /** one month in which the group meets (1–12); the cadence gives the others */
  month: number;
  start: string;
  end: string;
}

interface GroupPlan {
  slug: string;
  pattern: Pattern;
  place: string;
  onlineUrl?: string;
  /** e-mail of the person who plans the meetings */
  moderator: string;
  description: string;
  /** agendas of past meetings, newest first (the oldest one is repeated if there are more meetings) */
  past: ItemSeed[][];
  /** the next meeting: invited, with accepted items, pending proposals and declined ones */
  next: { items: ItemSeed[]; proposals?: ItemSeed[]; declined?: DeclinedSeed[] };
  /** accepted items of later (planned) meetings */
  later: ItemSeed[];
}

interface JointPlan {
  hosts: [string, string];
  moderator: string;
  place: string;
  onlineUrl?: string;
  start: string;
  end: string;
  past: { title: string; description: string; items: ItemSeed[] };
  future: { title: string; description: string; items: ItemSeed[]; proposals: ItemSeed[] };
}

interface NetworkMeetingPlan {
  pastMonths: number;
  futureMonths: number;
  groups: GroupPlan[];
  /** the group whose latest past meeting is `held`: minutes not yet published */
  heldGroup?: string;
  /** one meeting that did not take place; pastIndex counts back from the latest past meeting */
  cancelled?: { group: string; pastIndex: number; reason: string };
  joint?: JointPlan;
}

const rec = (text: string, outcome: string, decision: string) => ({ text, outcome, decision });
const act = (title: string, owner: string, dueDays: number, done = false): ActionSeed => ({ title, owner, dueDays, done });

const MONDAY = 1;
const TUESDAY = 2;
const WEDNESDAY = 3;
const THURSDAY = 4;

// ── Halle ─────────────────────────────────────────────────────────────────────

const fgArbeit: GroupPlan = {
  slug: "fg-arbeit",
  pattern: { weekday: TUESDAY, ordinal: 2, month: 3, start: "09:30", end: "12:00" },
  place: "Jobcenter Halle (Saale), Mühlgrabenstraße 15, Konferenzraum 3.01",
  moderator: "arbeit@halle.example",
  description:
    "Quartalssitzung der Fachgruppe Arbeit. Vorschläge für die Tagesordnung bitte bis zum Vorschlagsschluss über die Plattform einreichen.",
  past: [
    // latest past meeting: held, minutes not yet written
    [
      {
        title: "Berichte aus den Trägern",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder: neue Projekte, Förderzeiträume, Personalwechsel.",
        presenter: "dlz-integration",
      },
      {
        title: "Vorbereitung Bewerbertag",
        kind: "decision",
        minutes: 30,
        description: "Termin, Ort und beteiligte Arbeitgeber des Bewerbertags für Zugewanderte im Frühjahr; Aufgabenverteilung.",
        presenter: "susanne.becker@halle.example",
      },
      {
        title: "Beschleunigtes Fachkräfteverfahren: Erfahrungen der Ausländerbehörde",
        kind: "information",
        minutes: 30,
        description: "Bearbeitungszeiten, häufige Rückfragen und was Arbeitgeber vorab klären sollten.",
        presenter: "frank.schneider@halle.example",
      },
      {
        title: "Übergang Integrationskurs – Arbeit: Auswertung der Fallbesprechungen",
        kind: "discussion",
        minutes: 35,
        description: "Ergebnisse aus zwölf anonymisierten Fallbesprechungen von Jobcenter, Perspektive Arbeit und BZM Neustadt.",
        presenter: "hassan.mahmoud@halle.example",
        proposedBy: "hassan.mahmoud@halle.example",
      },
    ],
    [
      {
        title: "Berichte aus den Trägern",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder: neue Projekte, Förderzeiträume, Personalwechsel.",
        presenter: "dlz-integration",
        record: rec(
          "Perspektive Arbeit startet im neuen Förderjahr ein Coaching für geflüchtete Frauen mit 20 Plätzen. Das BBZ Halle-Ost meldet freie Plätze in der Berufsvorbereitung ab dem nächsten Monat. Die IHK Halle-Dessau hat eine neue Ansprechpartnerin für Anerkennungsfragen.",
          "Die Informationen werden mit dem Protokoll an alle Mitglieder verschickt.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Anerkennung ausländischer Berufsabschlüsse – Wartezeiten",
        kind: "discussion",
        minutes: 40,
        description:
          "Verfahren für Pflege- und Erziehungsberufe dauern aus Sicht der Beratung deutlich zu lange; Folgen für die Vermittlung und mögliche Abhilfe.",
        presenter: "andreas.krause@halle.example",
        proposedBy: "andreas.krause@halle.example",
        record: rec(
          "Herr Krause (Anerkennungsberatung) berichtet, dass Anerkennungsverfahren für Pflege- und Erziehungsberufe derzeit fünf bis sieben Monate dauern; fehlende Unterlagen aus dem Herkunftsland verzögern zusätzlich. Die Agentur für Arbeit ergänzt, dass Anpassungsqualifizierungen meist erst nach dem Bescheid beginnen können. Das Jobcenter berichtet von Fällen, in denen Stellenzusagen verfallen sind.",
          "Die Fachgruppe sieht dringenden Handlungsbedarf, vor allem in Pflege und Erziehung.",
          "Die FG Arbeit bereitet ein Arbeitspaket an die Steuerungsgruppe vor: Gespräch mit dem Landesverwaltungsamt über Bearbeitungszeiten und Teilbescheide.",
        ),
        actions: [
          act("Entwurf des Arbeitspakets „Wartezeiten Anerkennung“ an die Steuerungsgruppe", "DLZ Integration (Nadia Schulz)", 21, true),
          act("Fallzahlen zu offenen Anerkennungsverfahren zusammenstellen", "Anerkennungsberatung Mitteldeutschland (Andreas Krause)", 42),
        ],
      },
      {
        title: "Jobbörse für Geflüchtete aus der Ukraine",
        kind: "information",
        minutes: 30,
        description: "Rückblick auf die Jobbörse im Arbeitsagentur-Foyer: Beteiligung, Vermittlungen, Lehren für das nächste Mal.",
        presenter: "oleksandr.melnyk@halle.example",
        record: rec(
          "28 Arbeitgeber und rund 240 Besucherinnen und Besucher; 35 Vorstellungsgespräche wurden vor Ort vereinbart. Sprachmittlung durch die Ukrainische Gemeinschaft Halle hat sich bewährt. Kritik: zu wenige Angebote in Teilzeit für Alleinerziehende.",
          "Die Jobbörse war erfolgreich; Teilzeitangebote sollen gezielt eingeworben werden.",
          "Die Jobbörse wird im nächsten Jahr wiederholt und für alle Geflüchteten geöffnet.",
        ),
      },
      {
        title: "Arbeitsmarktzugang mit Duldung und Aufenthaltsgestattung",
        kind: "information",
        minutes: 30,
        description: "Überblick über Beschäftigungserlaubnisse, Wartefristen und Ermessensspielräume.",
        presenter: "frank.schneider@halle.example",
        record: rec(
          "Herr Schneider erläutert die aktuellen Regeln zu Beschäftigungserlaubnissen für Menschen mit Duldung und Aufenthaltsgestattung. Anträge mit vollständigem Stellenangebot werden in der Regel innerhalb von drei Wochen entschieden.",
          "Die Beratungsstellen wünschen eine Checkliste für vollständige Anträge.",
          "Die Ausländerbehörde stellt eine Checkliste zur Verfügung.",
        ),
        actions: [act("Checkliste „Beschäftigungserlaubnis beantragen“ bereitstellen", "Ausländerbehörde (Frank Schneider)", 28)],
      },
    ],
    [
      {
        title: "Berichte aus den Trägern",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder.",
        presenter: "dlz-integration",
        record: rec(
          "Das Bildungswerk Saale-Unstrut hat eine Teilqualifizierung Lagerlogistik mit Sprachförderung gestartet. Der JMD Steintor berichtet von steigender Nachfrage nach Ausbildungsbegleitung.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Ausbildungsplatzbörse „Zukunft Handwerk“",
        kind: "offer_presentation",
        minutes: 25,
        description: "Die Handwerkskammer stellt die Ausbildungsplatzbörse vor und lädt Beratungsstellen zur Beteiligung ein.",
        presenter: "ralf.schubert@halle.example",
        record: rec(
          "Herr Schubert stellt die Börse vor: 60 Betriebe, Speed-Dating-Format, Dolmetschende für Arabisch und Ukrainisch. Beratungsstellen können Jugendliche vorab anmelden.",
          "Mehrere Träger wollen Jugendliche begleiten.",
          "Die FG bewirbt die Börse über ihre Verteiler.",
        ),
        actions: [act("Einladung zur Ausbildungsplatzbörse über den Verteiler der FG versenden", "DLZ Integration (Nadia Schulz)", 7, true)],
      },
      {
        title: "Pflegeberufe: Anpassungslehrgänge und Kenntnisprüfung",
        kind: "discussion",
        minutes: 35,
        description: "Zu wenige Plätze in Anpassungslehrgängen; Erfahrungen eines Pflegedienstes als Arbeitgeber.",
        presenter: "thi.lan.nguyen@halle.example",
        proposedBy: "thi.lan.nguyen@halle.example",
        record: rec(
          "Frau Nguyen berichtet, dass Pflegefachkräfte aus Vietnam bis zu neun Monate auf einen Platz im Anpassungslehrgang warten. Das Bildungswerk prüft einen zusätzlichen Kurs.",
          "Der Bedarf an zusätzlichen Lehrgangsplätzen ist belegt.",
          "Das Bildungswerk klärt die Finanzierung eines zusätzlichen Lehrgangs mit der Agentur für Arbeit.",
        ),
        actions: [act("Finanzierung eines zusätzlichen Anpassungslehrgangs klären", "Bildungswerk Saale-Unstrut (Martin Schreiber)", 60, true)],
      },
      {
        title: "Beschäftigung von Geflüchteten in Halle: Zahlen des Jobcenters",
        kind: "information",
        minutes: 30,
        description: "Halbjahreszahlen zu Integrationen in Arbeit und Ausbildung.",
        presenter: "daniel.koch@halle.example",
        record: rec(
          "Herr Koch stellt die Halbjahreszahlen vor: Die Zahl der Arbeitsaufnahmen ist gegenüber dem Vorjahr gestiegen, vor allem in Logistik, Gastronomie und Pflege. Frauen sind weiterhin deutlich seltener in Beschäftigung.",
          "Die Fachgruppe legt im nächsten Jahr einen Schwerpunkt auf Frauen.",
          "Kenntnisnahme; Schwerpunkt „Frauen und Arbeit“ für die Jahresplanung vorgemerkt.",
        ),
      },
    ],
    [
      {
        title: "Berichte aus den Trägern",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder.",
        presenter: "dlz-integration",
        record: rec(
          "Die Projektwerkstatt Integration hat ihre Förderung für drei weitere Jahre erhalten. Die Saale Logistik GmbH sucht Staplerfahrerinnen und -fahrer und bietet den Führerschein an.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Jahresplanung der Fachgruppe Arbeit",
        kind: "decision",
        minutes: 30,
        description: "Schwerpunkte, Sitzungstermine und Zuständigkeiten für das kommende Jahr.",
        presenter: "arbeit@halle.example",
        record: rec(
          "Die Moderation schlägt drei Schwerpunkte vor: Anerkennung, Frauen und Arbeit, Übergang Sprachkurs – Beschäftigung. Die Sitzungen finden weiterhin am zweiten Dienstag im Quartal statt.",
          "Die Schwerpunkte finden breite Zustimmung.",
          "Die Jahresplanung wird wie vorgeschlagen beschlossen.",
        ),
        actions: [act("Jahresplanung auf der Gruppenseite veröffentlichen", "Jobcenter Halle (Katrin Vogel)", 14, true)],
      },
      {
        title: "Vorstellung Projekt „Frauen in Arbeit“ des DSK Halle",
        kind: "offer_presentation",
        minutes: 20,
        description: "Berufsorientierung und Bewerbungstraining für arabischsprachige Frauen.",
        presenter: "rania.hamdan@halle.example",
        proposedBy: "mso@halle.example",
        record: rec(
          "Frau Hamdan stellt das Projekt vor: Gruppenangebote mit Kinderbetreuung, Betriebsbesuche und Bewerbungstraining in Arabisch und Deutsch.",
          "Das Jobcenter will Teilnehmerinnen gezielt auf das Projekt hinweisen.",
          "Kenntnisnahme; das Angebot wird auf der Angebotsbörse veröffentlicht.",
        ),
      },
      {
        title: "Jobcoaching im ersten Beschäftigungsjahr",
        kind: "discussion",
        minutes: 30,
        description: "Wie lassen sich Abbrüche in den ersten Monaten einer Beschäftigung verhindern?",
        presenter: "hassan.mahmoud@halle.example",
        record: rec(
          "Herr Mahmoud berichtet, dass viele Abbrüche in den ersten drei Monaten aus Missverständnissen am Arbeitsplatz entstehen. Jobcoaching nach Arbeitsaufnahme wird bisher selten genutzt.",
          "Jobcoaching soll bei Arbeitsaufnahme aktiv angeboten werden.",
          "Das Jobcenter prüft, Jobcoaching standardmäßig anzubieten.",
        ),
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Berichte aus den Trägern",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder: neue Projekte, Förderzeiträume, Personalwechsel.",
        presenter: "dlz-integration",
      },
      {
        title: "Bewerbertag: Stand der Vorbereitung",
        kind: "decision",
        minutes: 30,
        description: "Zusagen der Arbeitgeber, Sprachmittlung, Öffentlichkeitsarbeit; Beschluss über das Programm.",
        presenter: "susanne.becker@halle.example",
      },
      {
        title: "Rückmeldung der Steuerungsgruppe zum Arbeitspaket „Wartezeiten Anerkennung“",
        kind: "information",
        minutes: 20,
        description: "Ergebnis des Gesprächs mit dem Landesverwaltungsamt.",
        presenter: "nadia.schulz@halle.example",
      },
      {
        title: "Einstiegsqualifizierung für Geflüchtete",
        kind: "information",
        minutes: 25,
        description: "Der Arbeitgeberservice stellt Förderwege und gute Beispiele aus Halle vor.",
        presenter: "susanne.becker@halle.example",
        proposedBy: "susanne.becker@halle.example",
      },
    ],
    proposals: [
      {
        title: "Fehlende Kinderbetreuung als Vermittlungshemmnis",
        kind: "discussion",
        minutes: 20,
        description:
          "In der Beratung scheitern Arbeitsaufnahmen von Müttern häufig an fehlenden Kita-Plätzen und Randzeitenbetreuung. Wir möchten Lösungen mit Jobcenter und FB Bildung besprechen.",
        presenter: "beratung@halle.example",
        proposedBy: "beratung@halle.example",
      },
      {
        title: "Mentoring-Programm „Arbeitswelt verstehen“ für syrische Frauen",
        kind: "offer_presentation",
        minutes: 15,
        description: "Ehrenamtliche Mentorinnen begleiten Frauen beim Berufseinstieg; wir suchen Partnerbetriebe.",
        presenter: "mso@halle.example",
        proposedBy: "mso@halle.example",
      },
    ],
    declined: [
      {
        title: "Vorstellung offener Stellen der Saale Logistik GmbH",
        kind: "offer_presentation",
        minutes: 15,
        description: "Wir suchen Lagerhelferinnen und -helfer sowie Staplerfahrer (m/w/d) und möchten die Stellen vorstellen.",
        proposedBy: "kerstin.hahn@halle.example",
        reason:
          "Einzelne Stellenangebote stellen wir in der Sitzung nicht vor. Bitte veröffentlichen Sie die Stellen als Angebot auf der Angebotsbörse; zum Bewerbertag sind Sie herzlich eingeladen.",
      },
    ],
  },
  later: [
    {
      title: "Berichte aus den Trägern",
      kind: "report",
      minutes: 25,
      description: "Kurzberichte der Mitglieder.",
      presenter: "dlz-integration",
    },
    {
      title: "Bewerbertag: Auswertung",
      kind: "discussion",
      minutes: 30,
      description: "Beteiligung, Vermittlungen und Verbesserungen für das nächste Jahr.",
      presenter: "susanne.becker@halle.example",
    },
  ],
};

const fgDeutsch: GroupPlan = {
  slug: "fg-deutsch",
  pattern: { weekday: THURSDAY, ordinal: -1, month: 2, start: "10:00", end: "12:30" },
  place: "Sprachinstitut Händelstadt, Orgelpfeifengasse 6, Seminarraum A",
  onlineUrl: "https://konferenz.halle.example/fg-deutsch",
  moderator: "deutsch@halle.example",
  description:
    "Quartalssitzung der Fachgruppe Deutsch, vor Ort und online. Vorschläge für die Tagesordnung bitte bis zum Vorschlagsschluss einreichen.",
  past: [
    [
      {
        title: "Berichte aus den Kursträgern",
        kind: "report",
        minutes: 25,
        description: "Kursstarts, freie Plätze, Personal und Räume.",
        presenter: "natalia.iwanowa@halle.example",
        record: rec(
          "Die Sprachschule Saalebogen startet zwei neue Integrationskurse mit Kinderbetreuung. Das IKZ Halle-Süd sucht dringend Lehrkräfte mit Zusatzqualifikation Alphabetisierung.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Kinderbetreuung während der Integrationskurse",
        kind: "discussion",
        minutes: 40,
        description: "Viele Mütter können Kurse nicht antreten, weil es keine Betreuung gibt. Wie groß ist der Bedarf und wer kann helfen?",
        presenter: "christine.baumann@halle.example",
        proposedBy: "beratung@halle.example",
        record: rec(
          "Frau Baumann (MBE Saaleufer) berichtet, dass rund ein Drittel der ratsuchenden Frauen einen zugesagten Kursplatz wegen fehlender Betreuung nicht antritt. Kursbegleitende Kinderbetreuung bieten derzeit nur zwei Träger an. Der FB Bildung verweist auf fehlende Kita-Plätze im Stadtgebiet Neustadt.",
          "Der Bedarf ist klar belegt; eine Lösung ist nur gemeinsam mit der Stadt möglich.",
          "Die FG Deutsch bereitet ein Arbeitspaket an die Steuerungsgruppe vor und erhebt bis zur nächsten Sitzung den Bedarf bei allen Kursträgern.",
        ),
        actions: [
          act("Bedarfserhebung Kinderbetreuung bei allen Kursträgern durchführen", "Sprachschule Saalebogen (Natalia Iwanowa)", 45),
          act("Gesprächstermin mit dem FB Bildung zur Reservierung von Kita-Plätzen vereinbaren", "DLZ Integration (Nadia Schulz)", 30),
        ],
      },
      {
        title: "Wartelisten Berufssprachkurse",
        kind: "information",
        minutes: 30,
        description: "Aktuelle Wartezeiten für Berufssprachkurse B1 bis C1 und Kapazitäten der Träger.",
        presenter: "michael.brandt@halle.example",
        record: rec(
          "Herr Brandt (BAMF) berichtet von Wartezeiten von drei bis vier Monaten für Berufssprachkurse B2; C1-Kurse gibt es in Halle derzeit nur einen. Die Träger würden Kurse anbieten, finden aber keine Lehrkräfte.",
          "Die Träger melden freie Kapazitäten künftig monatlich.",
          "Das DLZ führt eine gemeinsame Übersicht freier Kursplätze.",
        ),
        actions: [act("Monatliche Übersicht freier Kursplätze einrichten", "DLZ Integration (Nadia Schulz)", 21, true)],
      },
      {
        title: "Alphabetisierungskurse am Abend",
        kind: "discussion",
        minutes: 20,
        description: "Berufstätige Frauen können die Vormittagskurse nicht besuchen; wir bitten um ein Abendangebot.",
        presenter: "farida.noori@halle.example",
        proposedBy: "farida.noori@halle.example",
        deferred: true,
        record: rec("Aus Zeitgründen auf die nächste Sitzung vertagt.", "Vertagt.", ""),
      },
    ],
    [
      {
        title: "Berichte aus den Kursträgern",
        kind: "report",
        minutes: 25,
        description: "Kursstarts, freie Plätze, Personal und Räume.",
        presenter: "natalia.iwanowa@halle.example",
        record: rec(
          "Das Sprachinstitut Händelstadt hat einen zusätzlichen Jugendintegrationskurs eingerichtet. Das Bildungswerk Saale-Unstrut bietet erstmals einen Berufssprachkurs für Gesundheitsberufe an.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "BAMF-Trägerrundschreiben: Fahrtkosten und Kursabbrüche",
        kind: "information",
        minutes: 30,
        description: "Was ändert sich für Teilnehmende und Träger?",
        presenter: "michael.brandt@halle.example",
        record: rec(
          "Herr Brandt erläutert das aktuelle Trägerrundschreiben: Fahrtkostenzuschüsse werden künftig mit der Kursabrechnung beantragt; bei Kursabbrüchen müssen Träger innerhalb von fünf Werktagen melden.",
          "Die Beratungsstellen bitten um eine leicht verständliche Information für Teilnehmende.",
          "Das Sprachinstitut erstellt ein Merkblatt in einfacher Sprache.",
        ),
        actions: [act("Merkblatt Fahrtkosten in einfacher Sprache erstellen", "Sprachinstitut Händelstadt (Omar Saleh)", 30, true)],
      },
      {
        title: "Kursplanung Integrationskurse im zweiten Halbjahr",
        kind: "decision",
        minutes: 40,
        description: "Abstimmung der Kursstarts zwischen den Trägern, damit es keine Lücken und keine Doppelungen gibt.",
        presenter: "deutsch@halle.example",
        record: rec(
          "Die Träger stellen ihre geplanten Kursstarts vor. Für Alphabetisierungskurse gibt es im Herbst eine Lücke; das IKZ Halle-Süd kann einen zusätzlichen Kurs anbieten, wenn Räume gefunden werden.",
          "Die Kursplanung ist abgestimmt; Raumfrage offen.",
          "Die abgestimmte Kursplanung wird beschlossen und auf der Plattform veröffentlicht.",
        ),
        actions: [act("Raum für zusätzlichen Alphabetisierungskurs suchen", "IKZ Halle-Süd (Helga Franke)", 30, true)],
      },
      {
        title: "Sprachcafé für Frauen im Afghanischen Frauenverein",
        kind: "offer_presentation",
        minutes: 20,
        description: "Wöchentliches Sprachcafé mit Kinderbetreuung, ergänzend zum Integrationskurs.",
        presenter: "farida.noori@halle.example",
        proposedBy: "farida.noori@halle.example",
        record: rec(
          "Frau Noori stellt das Sprachcafé vor; es treffen sich wöchentlich 15 bis 20 Frauen. Ehrenamtliche Lernbegleiterinnen werden gesucht.",
          "Die Kursträger verweisen Teilnehmerinnen auf das Angebot.",
          "Kenntnisnahme.",
        ),
      },
    ],
    [
      {
        title: "Berichte aus den Kursträgern",
        kind: "report",
        minutes: 25,
        description: "Kursstarts, freie Plätze, Personal und Räume.",
        presenter: "natalia.iwanowa@halle.example",
        record: rec(
          "Die Träger berichten von stabiler Nachfrage; Lehrkräftemangel bleibt das größte Problem.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Wartelisten Integrationskurse und Zulassungen durch das Jobcenter",
        kind: "discussion",
        minutes: 35,
        description: "Zwischen Verpflichtung und Kursbeginn vergehen oft Monate. Wie lässt sich die Zeit verkürzen?",
        presenter: "daniel.koch@halle.example",
        record: rec(
          "Herr Koch berichtet, dass Verpflichtungen oft ausgesprochen werden, bevor freie Plätze bekannt sind. Die Träger schlagen eine gemeinsame Warteliste vor.",
          "Eine gemeinsame Warteliste wird als sinnvoll angesehen; Datenschutz ist zu klären.",
          "Das DLZ klärt mit dem Datenschutzbeauftragten, ob eine gemeinsame Warteliste möglich ist.",
        ),
        actions: [act("Datenschutzfragen der gemeinsamen Warteliste klären", "DLZ Integration (Nadia Schulz)", 60, true)],
      },
      {
        title: "Prüfungsergebnisse DTZ: Auswertung des Vorjahres",
        kind: "information",
        minutes: 30,
        description: "Bestehensquoten im Deutsch-Test für Zuwanderer nach Kursart.",
        presenter: "helga.franke@halle.example",
        record: rec(
          "Frau Franke stellt die Ergebnisse vor: In allgemeinen Integrationskursen erreichen gut die Hälfte der Teilnehmenden B1, in Alphabetisierungskursen deutlich weniger.",
          "Die Alphabetisierungskurse brauchen mehr Unterstützung.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Digitale Kursformate: Erfahrungen mit virtuellen Klassenzimmern",
        kind: "discussion",
        minutes: 30,
        description: "Was funktioniert online, was nicht?",
        presenter: "omar.saleh@halle.example",
        record: rec(
          "Herr Saleh berichtet, dass Online-Kurse für Berufstätige gut funktionieren, für Lernende ohne eigenes Gerät aber kaum. Die Träger wollen Leihgeräte anbieten.",
          "Online-Kurse bleiben eine Ergänzung, kein Ersatz.",
          "Die Träger tauschen Erfahrungen mit Leihgeräten aus.",
        ),
      },
    ],
    [
      {
        title: "Berichte aus den Kursträgern",
        kind: "report",
        minutes: 25,
        description: "Kursstarts, freie Plätze, Personal und Räume.",
        presenter: "natalia.iwanowa@halle.example",
        record: rec(
          "Die Sprachschule Saalebogen zieht in neue Räume in der Bogenstraße. Das Sprachinstitut bietet wieder Prüfungsvorbereitung am Samstag an.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Jahresplanung der Fachgruppe Deutsch",
        kind: "decision",
        minutes: 30,
        description: "Schwerpunkte und Termine für das kommende Jahr.",
        presenter: "deutsch@halle.example",
        record: rec(
          "Vorgeschlagene Schwerpunkte: Kinderbetreuung, Berufssprachkurse, Alphabetisierung. Zusätzlich ein gemeinsames Arbeitstreffen mit der FG Arbeit.",
          "Zustimmung aller Anwesenden.",
          "Die Jahresplanung wird beschlossen; das gemeinsame Arbeitstreffen mit der FG Arbeit wird vorbereitet.",
        ),
        actions: [act("Termin für gemeinsames Arbeitstreffen mit der FG Arbeit abstimmen", "Sprachinstitut Händelstadt (Miriam Hoffmann)", 30, true)],
      },
      {
        title: "Anerkennung von Sprachzertifikaten durch Behörden",
        kind: "discussion",
        minutes: 30,
        description: "Welche Zertifikate werden für Aufenthalt und Einbürgerung akzeptiert?",
        presenter: "frank.schneider@halle.example",
        record: rec(
          "Herr Schneider erläutert, welche Zertifikate die Ausländerbehörde anerkennt. Unklarheiten gibt es bei Online-Prüfungen privater Anbieter.",
          "Die Beratungsstellen erhalten eine Übersicht.",
          "Die Ausländerbehörde stellt eine Übersicht anerkannter Zertifikate bereit.",
        ),
      },
      {
        title: "Sprachförderung für Eltern an Schulen",
        kind: "information",
        minutes: 25,
        description: "Elternkurse an Grundschulen in Halle-Neustadt und Silberhöhe.",
        presenter: "stefan.kuehn@halle.example",
        record: rec(
          "Herr Kühn stellt die Elternkurse an vier Grundschulen vor; sie werden gut angenommen, die Finanzierung ist bis Jahresende gesichert.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Berichte aus den Kursträgern",
        kind: "report",
        minutes: 25,
        description: "Kursstarts, freie Plätze, Personal und Räume.",
        presenter: "natalia.iwanowa@halle.example",
      },
      {
        title: "Kinderbetreuung: Ergebnis der Bedarfserhebung",
        kind: "discussion",
        minutes: 30,
        description: "Auswertung der Rückmeldungen aller Kursträger und nächste Schritte mit dem FB Bildung.",
        presenter: "natalia.iwanowa@halle.example",
      },
      {
        title: "BAMF-Trägerrundschreiben: neue Regelungen zum Kurswechsel",
        kind: "information",
        minutes: 25,
        description: "Wechsel zwischen Kursarten und Trägern: was gilt künftig?",
        presenter: "michael.brandt@halle.example",
      },
      {
        title: "Vorbereitung des gemeinsamen Arbeitstreffens mit der FG Arbeit",
        kind: "discussion",
        minutes: 20,
        description: "Fragen und Fälle, die wir in das gemeinsame Arbeitstreffen einbringen.",
        presenter: "deutsch@halle.example",
      },
    ],
    proposals: [
      {
        title: "Wartezeiten auf Einstufungstests",
        kind: "discussion",
        minutes: 15,
        description: "Ratsuchende warten teils sechs Wochen auf einen Einstufungstest. Können die Träger gemeinsame Testtermine anbieten?",
        presenter: "beratung@halle.example",
        proposedBy: "beratung@halle.example",
      },
    ],
    declined: [
      {
        title: "Vorstellung des Sommerfests der Migrantenorganisationen",
        kind: "offer_presentation",
        minutes: 15,
        description: "Wir möchten das Sommerfest vorstellen und Kursträger zur Mitwirkung einladen.",
        proposedBy: "elena.sokolova@halle.example",
        reason:
          "Das Thema passt besser in die FG Migrantenorganisationen oder die FG Gesellschaftliches Leben. Einen kurzen Hinweis können Sie gern unter „Verschiedenes“ geben.",
      },
    ],
  },
  later: [
    {
      title: "Berichte aus den Kursträgern",
      kind: "report",
      minutes: 25,
      description: "Kursstarts, freie Plätze, Personal und Räume.",
      presenter: "natalia.iwanowa@halle.example",
    },
    {
      title: "Kursplanung Integrationskurse im nächsten Halbjahr",
      kind: "decision",
      minutes: 40,
      description: "Abstimmung der Kursstarts zwischen den Trägern.",
      presenter: "deutsch@halle.example",
    },
  ],
};

const steuerung: GroupPlan = {
  slug: "steuerungsgruppe",
  pattern: { weekday: MONDAY, ordinal: 1, month: 2, start: "14:00", end: "16:00" },
  place: "Stadt Halle (Saale), Am Lindenhof 12, Sitzungssaal 2. OG",
  moderator: "steuerung@halle.example",
  description: "Sitzung der Steuerungsgruppe unter Leitung des Beauftragten für Migration und Integration.",
  past: [
    [
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte der Fachgruppen und des Forums Migration.",
        presenter: "admin@halle.example",
        record: rec(
          "Frau Krüger berichtet aus den Fachgruppen: Die FG Arbeit bereitet den Bewerbertag vor, die FG Deutsch erhebt den Bedarf an Kinderbetreuung in Integrationskursen, die FG Ehrenamt plant den Ehrenamtsempfang.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Arbeitspaket der FG Arbeit: Wartezeiten bei der Anerkennung",
        kind: "decision",
        minutes: 30,
        description: "Die FG Arbeit bittet um ein Gespräch mit dem Landesverwaltungsamt über Bearbeitungszeiten.",
        presenter: "arbeit@halle.example",
        record: rec(
          "Frau Vogel stellt das Arbeitspaket vor. Frau Wolf (Landesverwaltungsamt) sagt zu, die Bearbeitungszeiten intern auszuwerten, und regt Teilbescheide an.",
          "Die Steuerungsgruppe unterstützt das Anliegen.",
          "Das Arbeitspaket wird angenommen. Der Beauftragte führt bis Quartalsende ein Gespräch mit dem Landesverwaltungsamt und berichtet der FG Arbeit.",
        ),
        actions: [
          act("Gespräch mit dem Landesverwaltungsamt zu Anerkennungsverfahren führen", "Beauftragter für Migration und Integration (Dr. Thomas Berger)", 60),
          act("Ergebnis an die FG Arbeit zurückmelden", "Referentin des Migrationsbeauftragten (Anja Meißner)", 75),
        ],
      },
      {
        title: "Integrationskonzept der Stadt Halle: Fortschreibung",
        kind: "discussion",
        minutes: 40,
        description: "Zeitplan und Beteiligung der Fachgruppen bei der Fortschreibung des Integrationskonzepts.",
        presenter: "steuerung@halle.example",
        record: rec(
          "Dr. Berger stellt den Zeitplan vor: Entwurf der Handlungsfelder bis zur nächsten Sitzung, Beteiligung im Forum Migration, Beschluss im Stadtrat im Herbst.",
          "Die Fachgruppen werden je Handlungsfeld beteiligt.",
          "Der Zeitplan wird beschlossen.",
        ),
        actions: [act("Entwurf der Handlungsfelder erstellen", "Referentin des Migrationsbeauftragten (Anja Meißner)", 80, true)],
      },
      {
        title: "Haushalt: Mittel für Sprachmittlung",
        kind: "information",
        minutes: 20,
        description: "Stand der Haushaltsplanung für den Sprachmittlerpool.",
        presenter: "petra.lange@halle.example",
        record: rec(
          "Frau Lange berichtet, dass die Mittel für den Sprachmittlerpool im Haushaltsentwurf in gleicher Höhe eingeplant sind.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
    ],
    [
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte der Fachgruppen.",
        presenter: "admin@halle.example",
        record: rec(
          "Die Fachgruppen berichten über ihre Jahresplanung; die FG Migrantenorganisationen legt ein Arbeitspaket zu Vereinsräumen vor.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Wohnraumversorgung von Geflüchteten: Lagebericht",
        kind: "information",
        minutes: 30,
        description: "Belegung der Gemeinschaftsunterkünfte und Auszüge in eigenen Wohnraum.",
        presenter: "petra.lange@halle.example",
        record: rec(
          "Frau Lange berichtet, dass die Gemeinschaftsunterkünfte zu 85 Prozent belegt sind. Auszüge in eigenen Wohnraum scheitern häufig an Mietobergrenzen.",
          "Die Steuerungsgruppe sieht Gesprächsbedarf mit den Wohnungsunternehmen.",
          "Der FB Soziales lädt die Wohnungsunternehmen zu einem Gespräch ein.",
        ),
        actions: [act("Gespräch mit den Wohnungsunternehmen organisieren", "FB Soziales (Petra Lange)", 60, true)],
      },
      {
        title: "Arbeitspaket der FG Migrantenorganisationen: Räume für Vereinsarbeit",
        kind: "decision",
        minutes: 30,
        description: "Migrantenorganisationen brauchen bezahlbare Räume für Treffen und Angebote.",
        presenter: "elena.sokolova@halle.example",
        record: rec(
          "Frau Sokolova stellt die Bedarfsabfrage vor: 14 Vereine suchen Räume, vor allem abends und am Wochenende.",
          "Die Steuerungsgruppe unterstützt die Öffnung städtischer Räume.",
          "Das Arbeitspaket wird angenommen; der FB Bildung prüft die Öffnung von Schulräumen am Abend.",
        ),
      },
      {
        title: "Vorbereitung des Forums Migration",
        kind: "discussion",
        minutes: 20,
        description: "Themen und Gäste für das nächste Forum.",
        presenter: "admin@halle.example",
        record: rec(
          "Als Schwerpunkt wird die Fortschreibung des Integrationskonzepts vorgeschlagen.",
          "Zustimmung.",
          "Das DLZ bereitet das Forum mit diesem Schwerpunkt vor.",
        ),
      },
    ],
    [
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte der Fachgruppen.",
        presenter: "admin@halle.example",
        record: rec("Die Fachgruppen berichten über ihre laufenden Vorhaben.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Landesprogramm Integration: Förderaufruf",
        kind: "information",
        minutes: 25,
        description: "Neuer Förderaufruf des Landes; Fristen und Fördergegenstände.",
        presenter: "claudia.wolf@halle.example",
        record: rec(
          "Frau Wolf stellt den Förderaufruf vor; Anträge sind bis Ende des Quartals möglich, gefördert werden vor allem Projekte in Quartieren.",
          "Mehrere Träger wollen Anträge stellen.",
          "Das DLZ informiert alle Mitglieder über den Förderaufruf.",
        ),
        actions: [act("Förderaufruf an alle Mitglieder weiterleiten", "DLZ Integration (Lars Richter)", 7, true)],
      },
      {
        title: "Kommunales Integrationsmonitoring: Kennzahlen",
        kind: "discussion",
        minutes: 35,
        description: "Welche Kennzahlen soll der jährliche Integrationsbericht enthalten?",
        presenter: "anja.meissner@halle.example",
        record: rec(
          "Frau Meißner schlägt zwölf Kennzahlen vor, u. a. Kursteilnahme, Beschäftigungsquote und Einbürgerungen.",
          "Die Kennzahlen werden um Angaben zu Kinderbetreuung ergänzt.",
          "Das Kennzahlenset wird mit der Ergänzung beschlossen.",
        ),
      },
      {
        title: "Verstetigung des Sprachmittlerpools",
        kind: "decision",
        minutes: 25,
        description: "Der Sprachmittlerpool soll dauerhaft finanziert werden.",
        presenter: "petra.lange@halle.example",
        record: rec(
          "Frau Lange schlägt vor, den Sprachmittlerpool dauerhaft im Haushalt zu verankern.",
          "Breite Zustimmung.",
          "Die Steuerungsgruppe empfiehlt dem Stadtrat die Verstetigung.",
        ),
      },
    ],
    [
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte der Fachgruppen.",
        presenter: "admin@halle.example",
        record: rec("Die Fachgruppen stellen ihre Jahresplanungen vor.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Jahresschwerpunkte des Netzwerks",
        kind: "decision",
        minutes: 40,
        description: "Festlegung der Schwerpunkte für das kommende Jahr.",
        presenter: "steuerung@halle.example",
        record: rec(
          "Dr. Berger schlägt drei Schwerpunkte vor: Arbeitsmarktintegration von Frauen, Kinderbetreuung und Sprachkurse, Teilhabe in den Quartieren.",
          "Zustimmung aller Mitglieder.",
          "Die Jahresschwerpunkte werden beschlossen.",
        ),
        actions: [act("Jahresschwerpunkte im Netzwerk bekannt machen", "DLZ Integration (Sabine Krüger)", 14, true)],
      },
      {
        title: "Bericht des Ausländerbeirats",
        kind: "report",
        minutes: 20,
        description: "Aktuelle Anliegen des Ausländerbeirats.",
        presenter: "hamid.rahimi@halle.example",
        record: rec(
          "Herr Rahimi berichtet über lange Wartezeiten bei der Ausländerbehörde und bittet um mehr Termine.",
          "Die Ausländerbehörde prüft zusätzliche Sprechzeiten.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Zusammenarbeit mit dem Landkreis Saalekreis",
        kind: "information",
        minutes: 20,
        description: "Gemeinsame Angebote für Pendlerinnen und Pendler.",
        presenter: "tobias.hartmann@halle.example",
        record: rec(
          "Herr Hartmann stellt gemeinsame Sprachkursangebote mit dem Saalekreis vor.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte der Fachgruppen und des Forums Migration.",
        presenter: "admin@halle.example",
      },
      {
        title: "Arbeitspaket der FG Deutsch: Kinderbetreuung während der Integrationskurse",
        kind: "decision",
        minutes: 30,
        description: "Die FG Deutsch bittet um befristete Reservierung von Kita-Plätzen in Kursnähe.",
        presenter: "nadia.schulz@halle.example",
      },
      {
        title: "Integrationskonzept: Entwurf der Handlungsfelder",
        kind: "discussion",
        minutes: 40,
        description: "Vorstellung und Diskussion des Entwurfs.",
        presenter: "anja.meissner@halle.example",
      },
    ],
    proposals: [
      {
        title: "Beteiligung des Ausländerbeirats an der Fortschreibung des Integrationskonzepts",
        kind: "discussion",
        minutes: 15,
        description: "Der Ausländerbeirat möchte eine eigene Anhörung zum Entwurf durchführen.",
        presenter: "hamid.rahimi@halle.example",
        proposedBy: "hamid.rahimi@halle.example",
      },
    ],
    declined: [
      {
        title: "Vorstellung des Kulturfestivals „Ukrainische Tage“",
        kind: "offer_presentation",
        minutes: 15,
        description: "Programm des Festivals und Bitte um Unterstützung durch die Stadt.",
        proposedBy: "olena.bondarenko@halle.example",
        reason:
          "Die Steuerungsgruppe befasst sich nicht mit einzelnen Veranstaltungen. Bitte stellen Sie das Festival im Forum Migration oder in der FG Gesellschaftliches Leben vor.",
      },
    ],
  },
  later: [
    {
      title: "Berichte aus den Fachgruppen",
      kind: "report",
      minutes: 30,
      description: "Kurzberichte der Fachgruppen.",
      presenter: "admin@halle.example",
    },
    {
      title: "Beschlussempfehlung zur Fortschreibung des Integrationskonzepts",
      kind: "decision",
      minutes: 45,
      description: "Empfehlung an den Stadtrat.",
      presenter: "steuerung@halle.example",
    },
  ],
};

const forum: GroupPlan = {
  slug: "forum-migration",
  pattern: { weekday: THURSDAY, ordinal: 2, month: 3, start: "16:00", end: "19:00" },
  place: "Kulturwerkstatt Neustadt, Großer Saal",
  moderator: "admin@halle.example",
  description:
    "Das Forum Migration ist offen für alle Mitglieder des Netzwerks sowie Gäste aus Stadtgesellschaft, Verwaltung, Wirtschaft und Politik.",
  past: [
    [
      {
        title: "Begrüßung und Bericht des Beauftragten für Migration und Integration",
        kind: "report",
        minutes: 20,
        description: "Aktuelles aus Stadt und Netzwerk.",
        presenter: "steuerung@halle.example",
        record: rec(
          "Dr. Berger begrüßt rund 70 Teilnehmende und berichtet über die Fortschreibung des Integrationskonzepts und die Jahresschwerpunkte.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Zuwanderung nach Halle: Zahlen und Entwicklungen",
        kind: "information",
        minutes: 30,
        description: "Aktuelle Daten der Ausländerbehörde.",
        presenter: "frank.schneider@halle.example",
        record: rec(
          "Herr Schneider stellt die Zahlen vor: Die Zuwanderung aus Drittstaaten zu Erwerbszwecken steigt, die Zahl neuer Asylsuchender sinkt.",
          "Die Entwicklung bestätigt den Schwerpunkt Fachkräfte.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Fachkräftesicherung: Erwartungen der Wirtschaft",
        kind: "discussion",
        minutes: 45,
        description: "Podium mit IHK, Handwerkskammer und Arbeitgebern.",
        presenter: "birgit.neumann@halle.example",
        record: rec(
          "Auf dem Podium fordern IHK und Handwerkskammer schnellere Verfahren und mehr berufsbezogene Sprachkurse. Arbeitgeber berichten von guten Erfahrungen mit betrieblicher Sprachbegleitung.",
          "Die Anliegen gehen an die FG Arbeit und die FG Deutsch.",
          "Das DLZ fasst die Anliegen für die Steuerungsgruppe zusammen.",
        ),
        actions: [act("Anliegen aus dem Podium für die Steuerungsgruppe zusammenfassen", "DLZ Integration (Lars Richter)", 21, true)],
      },
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 40,
        description: "Die Fachgruppen stellen ihre Arbeit vor.",
        presenter: "dlz-integration",
        record: rec("Alle fünf Fachgruppen stellen ihre Schwerpunkte vor.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
    ],
    [
      {
        title: "Begrüßung und Bericht des Beauftragten für Migration und Integration",
        kind: "report",
        minutes: 20,
        description: "Aktuelles aus Stadt und Netzwerk.",
        presenter: "steuerung@halle.example",
        record: rec("Dr. Berger berichtet über die Arbeit der Steuerungsgruppe im vergangenen Halbjahr.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Sicherheit und Zusammenleben in Halle-Neustadt",
        kind: "discussion",
        minutes: 40,
        description: "Erfahrungen aus Kontaktbereichsdienst, Quartiersmanagement und Vereinen.",
        presenter: "marco.zimmermann@halle.example",
        record: rec(
          "Herr Zimmermann berichtet über die Arbeit des Kontaktbereichsdienstes. Vereine wünschen sich mehr Präsenz bei Veranstaltungen und mehrsprachige Informationen.",
          "Ein mehrsprachiges Faltblatt wird gewünscht.",
          "Die Polizeiinspektion erstellt mit dem Ausländerbeirat ein mehrsprachiges Faltblatt.",
        ),
        actions: [act("Mehrsprachiges Faltblatt zum Kontaktbereichsdienst erstellen", "Polizeiinspektion Halle (Marco Zimmermann)", 90, true)],
      },
      {
        title: "Religiöse Gemeinden als Orte der Integration",
        kind: "information",
        minutes: 30,
        description: "Kirchengemeinden und die Islamische Gemeinde stellen ihre Angebote vor.",
        presenter: "islamische-gemeinde-neustadt",
        record: rec(
          "Die Gemeinden stellen Hausaufgabenhilfe, Sprachcafés und Beratung vor. Sie wünschen sich mehr Austausch untereinander.",
          "Ein interreligiöser Austausch wird angeregt.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 40,
        description: "Die Fachgruppen stellen ihre Arbeit vor.",
        presenter: "dlz-integration",
        record: rec("Die Fachgruppen berichten über ihre Vorhaben.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Begrüßung und Bericht des Beauftragten für Migration und Integration",
        kind: "report",
        minutes: 20,
        description: "Aktuelles aus Stadt und Netzwerk.",
        presenter: "steuerung@halle.example",
      },
      {
        title: "Wohnen und Nachbarschaft: Ergebnisse der Stadtteilbefragung",
        kind: "information",
        minutes: 40,
        description: "Ergebnisse der Befragung in Neustadt, Silberhöhe und Südstadt.",
        presenter: "petra.lange@halle.example",
      },
      {
        title: "Integrationskonzept: Beteiligungswerkstatt",
        kind: "discussion",
        minutes: 60,
        description: "Arbeit in Tischgruppen zu den Handlungsfeldern des Entwurfs.",
        presenter: "anja.meissner@halle.example",
      },
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 40,
        description: "Die Fachgruppen stellen ihre Arbeit vor.",
        presenter: "dlz-integration",
      },
    ],
    proposals: [
      {
        title: "Bericht aus dem Sozialausschuss",
        kind: "information",
        minutes: 15,
        description: "Beschlüsse des Ausschusses mit Bezug zu Migration und Integration.",
        presenter: "heike.schmitt@halle.example",
        proposedBy: "heike.schmitt@halle.example",
      },
      {
        title: "Asylverfahrensberatung: Finanzierung ab dem kommenden Jahr",
        kind: "discussion",
        minutes: 20,
        description: "Die Bundesförderung läuft aus; was bedeutet das für Halle?",
        presenter: "katharina.engel@halle.example",
        proposedBy: "katharina.engel@halle.example",
      },
    ],
  },
  later: [],
};

const fgMo: GroupPlan = {
  slug: "fg-migrantenorganisationen",
  pattern: { weekday: TUESDAY, ordinal: 3, month: 1, start: "17:00", end: "19:00" },
  place: "VeMO Halle, Begegnungsplatz 1, Gemeinschaftsraum",
  moderator: "elena.sokolova@halle.example",
  description: "Quartalssitzung der Fachgruppe Migrantenorganisationen (am Abend, damit Ehrenamtliche teilnehmen können).",
  past: [
    [
      {
        title: "Neuigkeiten aus den Vereinen",
        kind: "report",
        minutes: 30,
        description: "Jeder Verein berichtet kurz.",
        presenter: "vmo-halle",
        record: rec(
          "Der Vietnamesische Verein feiert sein 25-jähriges Bestehen. Die Eritreische Gemeinde sucht Räume für Kinderangebote am Samstag.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Förderprogramme für Migrantenorganisationen",
        kind: "information",
        minutes: 30,
        description: "Überblick über Landes- und Bundesprogramme und Fristen.",
        presenter: "elena.sokolova@halle.example",
        record: rec(
          "Frau Sokolova stellt drei Programme vor; der VeMO bietet Unterstützung bei der Antragstellung an.",
          "Mehrere Vereine wollen Anträge stellen.",
          "Der VeMO bietet eine Antragswerkstatt an.",
        ),
        actions: [act("Antragswerkstatt für Vereine organisieren", "VeMO Halle (Elena Sokolova)", 30)],
      },
      {
        title: "Räume für Vereinsarbeit: Stand",
        kind: "discussion",
        minutes: 30,
        description: "Rückmeldung zur Bedarfsabfrage und zur Prüfung durch den FB Bildung.",
        presenter: "mamadou.diallo@halle.example",
        record: rec(
          "Herr Diallo berichtet, dass der FB Bildung drei Schulen für Abendnutzung prüft. Die Vereine wünschen eine zentrale Buchungsstelle.",
          "Die Vereine unterstützen eine zentrale Buchungsstelle.",
          "Die FG bittet das DLZ, eine zentrale Buchungsstelle zu prüfen.",
        ),
        actions: [act("Zentrale Buchungsstelle für Vereinsräume prüfen", "DLZ Integration (Jonas Weber)", 60)],
      },
      {
        title: "Interkulturelle Woche: Beteiligung der Vereine",
        kind: "decision",
        minutes: 25,
        description: "Welche Vereine beteiligen sich mit welchen Veranstaltungen?",
        presenter: "ngoc.anh.tran@halle.example",
        record: rec(
          "Neun Vereine melden Veranstaltungen an, darunter ein gemeinsames Kochfest.",
          "Das Programm ist weitgehend vollständig.",
          "Die Beteiligung wird wie besprochen beschlossen.",
        ),
      },
    ],
    [
      {
        title: "Neuigkeiten aus den Vereinen",
        kind: "report",
        minutes: 30,
        description: "Jeder Verein berichtet kurz.",
        presenter: "vmo-halle",
        record: rec("Die Vereine berichten über ihre Sommerangebote.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Vereinsrecht kompakt: Gemeinnützigkeit und Satzung",
        kind: "information",
        minutes: 40,
        description: "Kurzvortrag mit Fragen aus den Vereinen.",
        presenter: "vmo-halle",
        record: rec(
          "Der VeMO erläutert die Voraussetzungen der Gemeinnützigkeit und typische Fehler in Satzungen.",
          "Die Vereine wünschen eine Mustersatzung.",
          "Der VeMO stellt eine Mustersatzung bereit.",
        ),
        actions: [act("Mustersatzung für Vereine bereitstellen", "VeMO Halle (Mamadou Diallo)", 30, true)],
      },
      {
        title: "Wahl des Ausländerbeirats: Mobilisierung",
        kind: "discussion",
        minutes: 30,
        description: "Wie erreichen wir mehr Wahlberechtigte?",
        presenter: "hamid.rahimi@halle.example",
        record: rec(
          "Herr Rahimi stellt die Wahlbeteiligung der letzten Wahl vor. Die Vereine wollen in ihren Sprachen informieren.",
          "Mehrsprachige Informationen werden gemeinsam erstellt.",
          "Die Vereine verbreiten mehrsprachige Wahlaufrufe.",
        ),
      },
      {
        title: "Projekt „Brückenbauerinnen“ des Afghanischen Frauenvereins",
        kind: "offer_presentation",
        minutes: 15,
        description: "Frauen begleiten neu angekommene Frauen zu Ämtern und Ärzten.",
        presenter: "farida.noori@halle.example",
        record: rec("Frau Noori stellt das Projekt vor.", "Großes Interesse anderer Vereine.", "Kenntnisnahme."),
      },
    ],
    [
      {
        title: "Neuigkeiten aus den Vereinen",
        kind: "report",
        minutes: 30,
        description: "Jeder Verein berichtet kurz.",
        presenter: "vmo-halle",
        record: rec("Die Vereine berichten über neue Mitglieder und Angebote.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Ehrenamtspauschale und Aufwandsentschädigungen",
        kind: "information",
        minutes: 30,
        description: "Was dürfen Vereine zahlen?",
        presenter: "elena.sokolova@halle.example",
        record: rec("Frau Sokolova erläutert Ehrenamts- und Übungsleiterpauschale.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Muttersprachlicher Unterricht: gemeinsames Angebot",
        kind: "discussion",
        minutes: 35,
        description: "Können Vereine Räume und Lehrkräfte teilen?",
        presenter: "svetlana.petrova@halle.example",
        record: rec(
          "Frau Petrova schlägt vor, Räume am Samstag gemeinsam zu nutzen. Vier Vereine sind interessiert.",
          "Ein gemeinsamer Raumplan wird erstellt.",
          "Der Elternverein Raduga koordiniert den Raumplan.",
        ),
        actions: [act("Gemeinsamen Raumplan für Samstagsunterricht erstellen", "Elternverein Raduga (Svetlana Petrova)", 30, true)],
      },
      {
        title: "Sommerfest der Migrantenorganisationen",
        kind: "decision",
        minutes: 20,
        description: "Termin, Ort und Aufgaben.",
        presenter: "mamadou.diallo@halle.example",
        record: rec("Das Sommerfest findet im Juli auf dem Marktplatz statt.", "Aufgaben sind verteilt.", "Termin und Ort werden beschlossen."),
      },
    ],
    [
      {
        title: "Neuigkeiten aus den Vereinen",
        kind: "report",
        minutes: 30,
        description: "Jeder Verein berichtet kurz.",
        presenter: "vmo-halle",
        record: rec("Die Vereine berichten.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Jahresplanung der Fachgruppe",
        kind: "decision",
        minutes: 30,
        description: "Schwerpunkte und Termine.",
        presenter: "elena.sokolova@halle.example",
        record: rec(
          "Schwerpunkte: Räume, Förderung, Wahl des Ausländerbeirats.",
          "Zustimmung.",
          "Die Jahresplanung wird beschlossen.",
        ),
        actions: [act("Jahresplanung an alle Vereine schicken", "VeMO Halle (Elena Sokolova)", 14, true)],
      },
      {
        title: "Erfahrungen mit Diskriminierung bei der Wohnungssuche",
        kind: "discussion",
        minutes: 35,
        description: "Berichte aus den Vereinen und Beratungsangebote.",
        presenter: "aminata.kone@halle.example",
        record: rec(
          "Frau Koné berichtet von Absagen nach Nennung ausländischer Namen. Die Antidiskriminierungsberatung wird vorgestellt.",
          "Fälle sollen dokumentiert werden.",
          "Die Vereine verweisen Betroffene an die Beratung.",
        ),
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Neuigkeiten aus den Vereinen",
        kind: "report",
        minutes: 30,
        description: "Jeder Verein berichtet kurz.",
        presenter: "vmo-halle",
      },
      {
        title: "Räume für Vereinsarbeit: Antwort der Steuerungsgruppe",
        kind: "information",
        minutes: 20,
        description: "Ergebnis der Prüfung durch den FB Bildung.",
        presenter: "elena.sokolova@halle.example",
      },
      {
        title: "Sommerfest: Auswertung und Planung",
        kind: "discussion",
        minutes: 30,
        description: "Was lief gut, was machen wir anders?",
        presenter: "mamadou.diallo@halle.example",
      },
    ],
    proposals: [
      {
        title: "Hausaufgabenhilfe in arabischer und deutscher Sprache",
        kind: "offer_presentation",
        minutes: 15,
        description: "Der DSK Halle bietet zweimal wöchentlich Hausaufgabenhilfe an und sucht Partnervereine.",
        presenter: "mso@halle.example",
        proposedBy: "mso@halle.example",
      },
      {
        title: "Newroz gemeinsam feiern",
        kind: "discussion",
        minutes: 15,
        description: "Vorschlag für ein gemeinsames Frühlingsfest mehrerer Vereine.",
        presenter: "baran.yilmaz@halle.example",
        proposedBy: "baran.yilmaz@halle.example",
      },
    ],
  },
  later: [
    {
      title: "Neuigkeiten aus den Vereinen",
      kind: "report",
      minutes: 30,
      description: "Jeder Verein berichtet kurz.",
      presenter: "vmo-halle",
    },
  ],
};

const fgGl: GroupPlan = {
  slug: "fg-gesellschaftliches-leben",
  pattern: { weekday: WEDNESDAY, ordinal: 2, month: 1, start: "13:00", end: "15:30" },
  place: "Kulturwerkstatt Neustadt, Seminarraum",
  moderator: "lisa.sommer@halle.example",
  description: "Quartalssitzung der Fachgruppe Gesellschaftliches Leben.",
  past: [
    [
      {
        title: "Berichte aus den Einrichtungen",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder.",
        presenter: "kulturwerkstatt-neustadt",
        record: rec(
          "Der Jugendhilfeverbund eröffnet einen neuen Jugendtreff in der Südstadt. Das PSZ Brückenschlag hat eine Warteliste von drei Monaten.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Ferienangebote für Kinder aus geflüchteten Familien",
        kind: "discussion",
        minutes: 35,
        description: "Wie erreichen Ferienangebote Kinder aus Gemeinschaftsunterkünften?",
        presenter: "sebastian.roth@halle.example",
        record: rec(
          "Herr Roth berichtet, dass Ferienangebote kaum Kinder aus Unterkünften erreichen. Hürden sind Anmeldung, Kosten und fehlende Information der Eltern.",
          "Mehrsprachige Information und Abholung aus den Unterkünften werden vorgeschlagen.",
          "Der Jugendhilfeverbund erprobt in den Herbstferien eine Abholung.",
        ),
        actions: [
          act("Mehrsprachigen Ferienkalender erstellen", "Kulturwerkstatt Neustadt (Lisa Sommer)", 45),
          act("Abholung aus zwei Unterkünften erproben", "Jugendhilfeverbund Halle (Sebastian Roth)", 90),
        ],
      },
      {
        title: "Sportvereine öffnen: Projekt „Mitspielen“",
        kind: "offer_presentation",
        minutes: 20,
        description: "Schnuppertraining und Patenschaften in Sportvereinen.",
        presenter: "felix.winter@halle.example",
        record: rec("Herr Winter stellt das Projekt vor; zwölf Vereine machen mit.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Psychosoziale Versorgung von Kindern und Jugendlichen",
        kind: "information",
        minutes: 30,
        description: "Angebote und Wartezeiten.",
        presenter: "leila.karimi@halle.example",
        record: rec(
          "Frau Karimi stellt die Angebote des PSZ vor und berichtet von langen Wartezeiten.",
          "Die Fachgruppe unterstützt eine Aufstockung.",
          "Kenntnisnahme.",
        ),
      },
    ],
    [], // cancelled
    [
      {
        title: "Berichte aus den Einrichtungen",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder.",
        presenter: "kulturwerkstatt-neustadt",
        record: rec("Die Einrichtungen berichten über ihre Angebote.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Schulsozialarbeit und Elternarbeit mit zugewanderten Familien",
        kind: "discussion",
        minutes: 35,
        description: "Erfahrungen aus Schulen in Neustadt und Silberhöhe.",
        presenter: "julia.fischer@halle.example",
        record: rec(
          "Frau Fischer berichtet, dass Elternabende mit Sprachmittlung deutlich besser besucht sind.",
          "Sprachmittlung soll an Schulen häufiger genutzt werden.",
          "Der FB Kinder, Jugend und Familie informiert die Schulen über den Sprachmittlerpool.",
        ),
        actions: [act("Schulen über den Sprachmittlerpool informieren", "FB Kinder, Jugend und Familie (Julia Fischer)", 30, true)],
      },
      {
        title: "Kulturpass für Jugendliche",
        kind: "information",
        minutes: 25,
        description: "Freier Eintritt in Museen und Theater.",
        presenter: "lisa.sommer@halle.example",
        record: rec("Frau Sommer stellt den Kulturpass vor.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Interkulturelle Woche: Programmplanung",
        kind: "decision",
        minutes: 30,
        description: "Beiträge der Fachgruppe.",
        presenter: "lisa.sommer@halle.example",
        record: rec("Die Fachgruppe beteiligt sich mit einem Familienfest.", "Zustimmung.", "Das Familienfest wird beschlossen."),
      },
    ],
    [
      {
        title: "Berichte aus den Einrichtungen",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder.",
        presenter: "kulturwerkstatt-neustadt",
        record: rec("Die Einrichtungen berichten.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Wahl der Vorbereitungsgruppe",
        kind: "decision",
        minutes: 20,
        description: "Wahl der gewählten Mitglieder der Vorbereitungsgruppe.",
        presenter: "dlz-integration",
        record: rec(
          "Kulturwerkstatt Neustadt und Jugendhilfeverbund kandidieren und werden einstimmig gewählt.",
          "Die Vorbereitungsgruppe ist vollständig.",
          "Kulturwerkstatt Neustadt und Jugendhilfeverbund bilden mit dem DLZ die Vorbereitungsgruppe.",
        ),
        actions: [act("Mitgliedschaften auf der Plattform anpassen", "DLZ Integration (Jonas Weber)", 7, true)],
      },
      {
        title: "Jugendbeteiligung: Jugendforum Neustadt",
        kind: "information",
        minutes: 30,
        description: "Wie Jugendliche mit Migrationsgeschichte mitreden.",
        presenter: "samira.osman@halle.example",
        record: rec("Frau Osman stellt das Jugendforum vor.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Rassismus im Alltag von Jugendlichen",
        kind: "discussion",
        minutes: 35,
        description: "Erfahrungen aus der Beratung.",
        presenter: "samira.osman@halle.example",
        record: rec(
          "Frau Osman berichtet von Erfahrungen Jugendlicher in Schule und Freizeit. Die Fachgruppe regt Workshops an Schulen an.",
          "Workshops werden angeregt.",
          "Der JMD erarbeitet ein Workshop-Konzept.",
        ),
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Berichte aus den Einrichtungen",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte der Mitglieder.",
        presenter: "kulturwerkstatt-neustadt",
      },
      {
        title: "Ferienangebote: Planung für die Sommerferien",
        kind: "decision",
        minutes: 30,
        description: "Auswertung der Abholung in den Herbstferien und Planung für den Sommer.",
        presenter: "sebastian.roth@halle.example",
      },
      {
        title: "Familienzentren als Anlaufstellen",
        kind: "information",
        minutes: 25,
        description: "Angebote der Familienzentren für zugewanderte Familien.",
        presenter: "julia.fischer@halle.example",
      },
    ],
    proposals: [
      {
        title: "Elterncafé in russischer und ukrainischer Sprache",
        kind: "offer_presentation",
        minutes: 15,
        description: "Monatliches Elterncafé mit Kinderbetreuung.",
        presenter: "svetlana.petrova@halle.example",
        proposedBy: "svetlana.petrova@halle.example",
      },
    ],
  },
  later: [
    {
      title: "Berichte aus den Einrichtungen",
      kind: "report",
      minutes: 25,
      description: "Kurzberichte der Mitglieder.",
      presenter: "kulturwerkstatt-neustadt",
    },
  ],
};

const fgEhrenamt: GroupPlan = {
  slug: "fg-ehrenamt",
  pattern: { weekday: MONDAY, ordinal: 3, month: 2, start: "17:30", end: "19:30" },
  place: "Quartiersmanagement Halle-Neustadt, Stadtteiltreff",
  moderator: "jan.peters@halle.example",
  description: "Quartalssitzung der Fachgruppe Ehrenamt und Migration (am Abend, damit Ehrenamtliche teilnehmen können).",
  past: [
    [
      {
        title: "Neues aus den Initiativen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte.",
        presenter: "quartiersmanagement-neustadt",
        record: rec(
          "Halle hilft hat 15 neue Ehrenamtliche gewonnen. Die Kulturlotsen starten Stadtführungen auf Tigrinya.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Qualifizierung für Ehrenamtliche: Grenzen der Begleitung",
        kind: "discussion",
        minutes: 30,
        description: "Wo endet ehrenamtliche Begleitung, wo beginnt Beratung?",
        presenter: "monika.seidel@halle.example",
        record: rec(
          "Frau Seidel berichtet von Überforderung Ehrenamtlicher bei aufenthaltsrechtlichen Fragen. Eine Schulung mit der MBE wird vorgeschlagen.",
          "Eine Schulung wird gewünscht.",
          "Die Ehrenamtsbörse organisiert mit der MBE Saaleufer eine Schulung.",
        ),
        actions: [act("Schulung „Grenzen der Begleitung“ mit der MBE organisieren", "Ehrenamtsbörse Halle (Monika Seidel)", 60)],
      },
      {
        title: "Patenschaften: Vermittlungsstand",
        kind: "information",
        minutes: 20,
        description: "Zahlen und Wartelisten.",
        presenter: "gerhard.voigt@halle.example",
        record: rec("Herr Voigt berichtet von 48 aktiven Patenschaften und 20 Familien auf der Warteliste.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Ehrenamtsempfang der Stadt",
        kind: "decision",
        minutes: 20,
        description: "Vorschläge der Fachgruppe für Ehrungen.",
        presenter: "jonas.weber@halle.example",
        record: rec("Die Fachgruppe schlägt drei Ehrenamtliche vor.", "Zustimmung.", "Die Vorschläge werden an das Büro des Oberbürgermeisters gegeben."),
        actions: [act("Vorschläge für den Ehrenamtsempfang einreichen", "DLZ Integration (Jonas Weber)", 14, true)],
      },
    ],
    [
      {
        title: "Neues aus den Initiativen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte.",
        presenter: "quartiersmanagement-neustadt",
        record: rec("Die Initiativen berichten.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Kulturlotsen: Stadtführungen in vielen Sprachen",
        kind: "offer_presentation",
        minutes: 20,
        description: "Vorstellung des Angebots.",
        presenter: "amina.yusuf@halle.example",
        record: rec("Frau Yusuf stellt die Stadtführungen vor.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Versicherungsschutz im Ehrenamt",
        kind: "information",
        minutes: 25,
        description: "Haftpflicht und Unfallversicherung für Engagierte.",
        presenter: "monika.seidel@halle.example",
        record: rec("Frau Seidel erläutert die Sammelversicherung des Landes.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
        actions: [act("Merkblatt Versicherungsschutz verteilen", "Ehrenamtsbörse Halle (Monika Seidel)", 14, true)],
      },
      {
        title: "Supervision und Entlastung für Engagierte",
        kind: "discussion",
        minutes: 30,
        description: "Angebote gegen Überlastung.",
        presenter: "ruth.bergmann@halle.example",
        record: rec(
          "Pfarrerin Bergmann bietet monatliche Gesprächsrunden an; das PSZ kann Fachinput geben.",
          "Das Angebot wird begrüßt.",
          "Die Gesprächsrunden starten im nächsten Monat.",
        ),
      },
    ],
    [
      {
        title: "Neues aus den Initiativen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte.",
        presenter: "quartiersmanagement-neustadt",
        record: rec("Die Initiativen berichten.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Begleitung zu Behördenterminen: Erfahrungen und Grenzen",
        kind: "discussion",
        minutes: 35,
        description: "Was Ehrenamtliche bei Terminen erleben.",
        presenter: "paul.kaiser@halle.example",
        record: rec(
          "Herr Kaiser berichtet, dass Begleitpersonen nicht immer zugelassen werden. Die Ausländerbehörde wird um Klarstellung gebeten.",
          "Klarstellung erbeten.",
          "Das DLZ klärt die Regeln mit der Ausländerbehörde.",
        ),
        actions: [act("Regeln für Begleitpersonen mit der Ausländerbehörde klären", "DLZ Integration (Jonas Weber)", 30, true)],
      },
      {
        title: "Freiwilligentag: Beteiligung der Fachgruppe",
        kind: "decision",
        minutes: 25,
        description: "Gemeinsame Aktion am Freiwilligentag.",
        presenter: "monika.seidel@halle.example",
        record: rec("Die Fachgruppe beteiligt sich mit einer Pflanzaktion in Neustadt.", "Zustimmung.", "Die Aktion wird beschlossen."),
      },
      {
        title: "Ukrainische Ehrenamtliche gewinnen",
        kind: "information",
        minutes: 20,
        description: "Erfahrungen der Ukrainischen Gemeinschaft.",
        presenter: "olena.bondarenko@halle.example",
        record: rec("Frau Bondarenko berichtet, wie Geflüchtete selbst Ehrenamtliche werden.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
    ],
    [
      {
        title: "Neues aus den Initiativen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte.",
        presenter: "quartiersmanagement-neustadt",
        record: rec("Die Initiativen berichten.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Jahresplanung der Fachgruppe",
        kind: "decision",
        minutes: 30,
        description: "Schwerpunkte und Termine.",
        presenter: "jan.peters@halle.example",
        record: rec("Schwerpunkte: Qualifizierung, Anerkennung, Quartiere.", "Zustimmung.", "Die Jahresplanung wird beschlossen."),
        actions: [act("Jahresplanung veröffentlichen", "Quartiersmanagement Halle-Neustadt (Jan Peters)", 14, true)],
      },
      {
        title: "Nachbarschaftshilfe Silberhöhe",
        kind: "information",
        minutes: 25,
        description: "Vorstellung des Projekts.",
        presenter: "sandra.gruen@halle.example",
        record: rec("Frau Grün stellt die Nachbarschaftshilfe vor.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Neues aus den Initiativen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte.",
        presenter: "quartiersmanagement-neustadt",
      },
      {
        title: "Ehrenamtsempfang: Rückblick",
        kind: "information",
        minutes: 15,
        description: "Eindrücke vom Empfang im Rathaus.",
        presenter: "jonas.weber@halle.example",
      },
      {
        title: "Digitale Einsatzplanung für Ehrenamtliche",
        kind: "discussion",
        minutes: 30,
        description: "Brauchen wir ein gemeinsames Werkzeug?",
        presenter: "monika.seidel@halle.example",
      },
    ],
    proposals: [
      {
        title: "Deutschkurs-Begleitung in der Pfarrei",
        kind: "offer_presentation",
        minutes: 15,
        description: "Ehrenamtliche der Pfarrei begleiten Lernende zwischen den Kursstunden.",
        presenter: "piotr.nowak@halle.example",
        proposedBy: "piotr.nowak@halle.example",
      },
    ],
  },
  later: [
    {
      title: "Neues aus den Initiativen",
      kind: "report",
      minutes: 30,
      description: "Kurzberichte.",
      presenter: "quartiersmanagement-neustadt",
    },
  ],
};

const halleJoint: JointPlan = {
  hosts: ["fg-arbeit", "fg-deutsch"],
  moderator: "arbeit@halle.example",
  place: "Stadt Halle (Saale), Am Lindenhof 12, Großer Saal",
  onlineUrl: "https://konferenz.halle.example/fg-arbeit-deutsch",
  start: "09:30",
  end: "12:30",
  past: {
    title: "Gemeinsames Arbeitstreffen FG Arbeit und FG Deutsch: Berufsbezogene Sprachförderung",
    description: "Anlassbezogenes gemeinsames Arbeitstreffen der Fachgruppen Arbeit und Deutsch.",
    items: [
      {
        title: "Begrüßung und Ziel des Arbeitstreffens",
        kind: "information",
        minutes: 10,
        description: "Warum die beiden Fachgruppen gemeinsam tagen.",
        presenter: "nadia.schulz@halle.example",
        record: rec(
          "Frau Schulz begrüßt 34 Teilnehmende aus beiden Fachgruppen. Ziel ist, Sprachförderung und Vermittlung in Arbeit besser zu verzahnen.",
          "Zur Kenntnis genommen.",
          "Kenntnisnahme.",
        ),
      },
      {
        title: "Berufssprachkurse: Angebot und Nachfrage",
        kind: "information",
        minutes: 35,
        description: "Kurse, Wartezeiten und Zulassungen in Halle.",
        presenter: "michael.brandt@halle.example",
        record: rec(
          "Herr Brandt stellt das Angebot vor: zwölf Berufssprachkurse laufen, die Nachfrage nach Spezialkursen für Pflege und Handwerk übersteigt das Angebot deutlich.",
          "Spezialkurse für Pflege und Handwerk werden gebraucht.",
          "Die Kursträger prüfen gemeinsam einen Spezialkurs Handwerk.",
        ),
        actions: [act("Spezialkurs Handwerk prüfen", "Sprachschule Saalebogen (Natalia Iwanowa)", 60, true)],
      },
      {
        title: "Sprachstand als Vermittlungshemmnis: Fallbeispiele",
        kind: "discussion",
        minutes: 40,
        description: "Fälle aus Jobcenter und Beratung.",
        presenter: "daniel.koch@halle.example",
        record: rec(
          "Herr Koch stellt fünf anonymisierte Fälle vor, in denen Arbeitgeber B2 verlangen, obwohl B1 für die Tätigkeit genügt. Die Beratungsstellen bestätigen das Muster.",
          "Arbeitgeber brauchen Orientierung zu Sprachniveaus.",
          "Die Agentur für Arbeit informiert Arbeitgeber über realistische Sprachanforderungen.",
        ),
        actions: [act("Arbeitgeberinformation „Welches Sprachniveau braucht die Stelle?“ erstellen", "Agentur für Arbeit Halle (Susanne Becker)", 45)],
      },
      {
        title: "Sprachkurs und Teilzeitbeschäftigung kombinieren",
        kind: "decision",
        minutes: 35,
        description: "Können Kurse am Nachmittag und Abend die Arbeitsaufnahme erleichtern?",
        presenter: "natalia.iwanowa@halle.example",
        record: rec(
          "Die Kursträger sind bereit, Nachmittagskurse anzubieten, wenn das Jobcenter Teilnehmende gezielt zuweist.",
          "Ein Pilot mit zwei Nachmittagskursen wird vereinbart.",
          "Pilot „Sprachkurs am Nachmittag“ mit zwei Kursen wird beschlossen; Auswertung im nächsten gemeinsamen Arbeitstreffen.",
        ),
      },
    ],
  },
  future: {
    title: "Gemeinsames Arbeitstreffen: Berufssprachkurse und Arbeitsmarktintegration",
    description: "Zweites gemeinsames Arbeitstreffen der Fachgruppen Arbeit und Deutsch: Auswertung des Piloten und nächste Schritte.",
    items: [
      {
        title: "Pilot „Sprachkurs am Nachmittag“: Zwischenbilanz",
        kind: "information",
        minutes: 30,
        description: "Erfahrungen der Kursträger und des Jobcenters.",
        presenter: "natalia.iwanowa@halle.example",
      },
      {
        title: "Berufsbegleitende Sprachförderung im Betrieb",
        kind: "discussion",
        minutes: 45,
        description: "Wie Arbeitgeber Sprachkurse während der Arbeitszeit ermöglichen können.",
        presenter: "susanne.becker@halle.example",
      },
    ],
    proposals: [
      {
        title: "Kursabbrüche wegen Arbeitsaufnahme: Beratungslücke",
        kind: "discussion",
        minutes: 20,
        description: "Wer Arbeit aufnimmt, bricht oft den Kurs ab und verliert den Anschluss. Wir schlagen vor, gemeinsam eine Lösung zu suchen.",
        presenter: "beratung@halle.example",
        proposedBy: "beratung@halle.example",
      },
    ],
  },
};

// ── Vogtland (small: a few meetings) ──────────────────────────────────────────

const vogtlandSteering: GroupPlan = {
  slug: "steuerungsgruppe",
  pattern: { weekday: WEDNESDAY, ordinal: 1, month: 4, start: "14:00", end: "16:00" },
  place: "Landratsamt Vogtlandkreis, Spitzenweg 4, Plauen, Raum 204",
  moderator: "admin@vogtland.example",
  description: "Halbjährliche Sitzung der Steuerungsgruppe.",
  past: [
    [
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte der FG Arbeit und der FG Sprache.",
        presenter: "admin@vogtland.example",
        record: rec("Die Fachgruppen berichten über ihre Vorhaben.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Fachkräftegewinnung im ländlichen Raum",
        kind: "discussion",
        minutes: 40,
        description: "Mobilität, Wohnen und Kinderbetreuung außerhalb von Plauen.",
        presenter: "rene.ullmann@vogtland.example",
        record: rec(
          "Herr Ullmann berichtet, dass Arbeitsaufnahmen außerhalb Plauens oft an fehlenden Busverbindungen scheitern.",
          "Das Thema Mobilität soll mit dem Verkehrsverbund besprochen werden.",
          "Die Integrationskoordination lädt den Verkehrsverbund zur nächsten Sitzung ein.",
        ),
        actions: [act("Verkehrsverbund zur nächsten Sitzung einladen", "Integrationskoordination (Kathrin Seifert)", 30)],
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Berichte aus den Fachgruppen",
        kind: "report",
        minutes: 30,
        description: "Kurzberichte.",
        presenter: "admin@vogtland.example",
      },
      {
        title: "Mobilität: Anbindung der Kurs- und Arbeitsorte",
        kind: "discussion",
        minutes: 40,
        description: "Gespräch mit dem Verkehrsverbund.",
        presenter: "admin@vogtland.example",
      },
    ],
  },
  later: [],
};

const vogtlandArbeit: GroupPlan = {
  slug: "fg-arbeit",
  pattern: { weekday: THURSDAY, ordinal: 2, month: 1, start: "09:00", end: "11:30" },
  place: "Jobcenter Vogtlandkreis, Elsterufer 11, Plauen, Beratungsraum 1",
  moderator: "rene.ullmann@vogtland.example",
  description: "Quartalssitzung der Fachgruppe Arbeit im Vogtlandkreis.",
  past: [
    [
      {
        title: "Berichte aus den Einrichtungen",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte.",
        presenter: "jobcenter-vogtland",
        record: rec("Die Einrichtungen berichten über aktuelle Angebote.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Arbeitsaufnahme in ländlichen Betrieben: Fahrwege",
        kind: "discussion",
        minutes: 35,
        description: "Erfahrungen mit Fahrgemeinschaften und Jobtickets.",
        presenter: "ines.fiedler@vogtland.example",
        record: rec(
          "Frau Fiedler berichtet von zwei Betrieben, die Fahrgemeinschaften organisieren.",
          "Gute Beispiele sollen bekannt gemacht werden.",
          "Die Agentur für Arbeit stellt die Beispiele im Arbeitgeberservice vor.",
        ),
        actions: [act("Gute Beispiele für Fahrgemeinschaften sammeln", "Agentur für Arbeit Plauen (Ines Fiedler)", 30, true)],
      },
      {
        title: "Einstiegsqualifizierung im Handwerk",
        kind: "information",
        minutes: 25,
        description: "Förderwege für junge Geflüchtete.",
        presenter: "ines.fiedler@vogtland.example",
        record: rec("Frau Fiedler stellt die Einstiegsqualifizierung vor.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
    ],
    [
      {
        title: "Berichte aus den Einrichtungen",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte.",
        presenter: "jobcenter-vogtland",
        record: rec("Die Einrichtungen berichten.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Jobbörse Plauen: Auswertung",
        kind: "information",
        minutes: 30,
        description: "Ergebnisse der Jobbörse.",
        presenter: "rene.ullmann@vogtland.example",
        record: rec("Herr Ullmann berichtet von 18 Arbeitgebern und 90 Besuchenden.", "Wiederholung erwünscht.", "Die Jobbörse wird wiederholt."),
        actions: [act("Termin für die nächste Jobbörse festlegen", "Jobcenter Vogtlandkreis (René Ullmann)", 45)],
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Berichte aus den Einrichtungen",
        kind: "report",
        minutes: 25,
        description: "Kurzberichte.",
        presenter: "jobcenter-vogtland",
      },
      {
        title: "Saisonarbeit und Aufenthaltsrecht",
        kind: "information",
        minutes: 30,
        description: "Was gilt für Saisonbeschäftigung in Landwirtschaft und Gastronomie?",
        presenter: "lra-integrationskoordination",
      },
    ],
    proposals: [
      {
        title: "Bewerbungstraining des Interkulturellen Vereins",
        kind: "offer_presentation",
        minutes: 15,
        description: "Ehrenamtliches Bewerbungstraining am Samstag.",
        presenter: "khaled.nasser@vogtland.example",
        proposedBy: "khaled.nasser@vogtland.example",
      },
    ],
  },
  later: [
    {
      title: "Berichte aus den Einrichtungen",
      kind: "report",
      minutes: 25,
      description: "Kurzberichte.",
      presenter: "jobcenter-vogtland",
    },
  ],
};

const vogtlandSprache: GroupPlan = {
  slug: "fg-sprache",
  pattern: { weekday: TUESDAY, ordinal: 3, month: 2, start: "10:00", end: "12:00" },
  place: "Sprachschule Elstertal, Viaduktblick 2, Plauen",
  moderator: "sophie.reinhold@vogtland.example",
  description: "Quartalssitzung der Fachgruppe Sprache.",
  past: [
    [
      {
        title: "Berichte aus den Kursträgern",
        kind: "report",
        minutes: 25,
        description: "Kursstarts und freie Plätze.",
        presenter: "sophie.reinhold@vogtland.example",
        record: rec("Die Sprachschule Elstertal startet einen Abendkurs.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Kinderbetreuung an ländlichen Kursorten",
        kind: "discussion",
        minutes: 35,
        description: "Wie Eltern in Auerbach und Oelsnitz einen Kurs besuchen können.",
        presenter: "dmytro.shevchenko@vogtland.example",
        proposedBy: "dmytro.shevchenko@vogtland.example",
        record: rec(
          "Herr Shevchenko berichtet, dass Mütter in kleineren Orten kaum Kurse besuchen können. Tagespflegepersonen könnten helfen.",
          "Tagespflege soll geprüft werden.",
          "Die Integrationskoordination spricht mit dem Jugendamt über Tagespflege.",
        ),
        actions: [act("Gespräch mit dem Jugendamt über Tagespflege während der Kurse", "Integrationskoordination (Kathrin Seifert)", 45)],
      },
      {
        title: "Sprachpatenschaften: Vermittlungsstand",
        kind: "information",
        minutes: 20,
        description: "Zahl der Patenschaften und Wartende.",
        presenter: "khaled.nasser@vogtland.example",
        record: rec("Herr Nasser berichtet von 22 aktiven Sprachpatenschaften.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
    ],
    [
      {
        title: "Berichte aus den Kursträgern",
        kind: "report",
        minutes: 25,
        description: "Kursstarts und freie Plätze.",
        presenter: "sophie.reinhold@vogtland.example",
        record: rec("Die Kursträger berichten.", "Zur Kenntnis genommen.", "Kenntnisnahme."),
      },
      {
        title: "Online-Integrationskurse für Pendlerinnen und Pendler",
        kind: "discussion",
        minutes: 35,
        description: "Erfahrungen mit dem ersten Online-Kurs.",
        presenter: "sophie.reinhold@vogtland.example",
        record: rec("Der Online-Kurs ist voll belegt; die Abbruchquote ist gering.", "Ein zweiter Kurs wird gewünscht.", "Die Sprachschule plant einen zweiten Online-Kurs."),
        actions: [act("Zweiten Online-Integrationskurs beantragen", "Sprachschule Elstertal (Sophie Reinhold)", 60, true)],
      },
    ],
  ],
  next: {
    items: [
      {
        title: "Berichte aus den Kursträgern",
        kind: "report",
        minutes: 25,
        description: "Kursstarts und freie Plätze.",
        presenter: "sophie.reinhold@vogtland.example",
      },
      {
        title: "Kursplanung für das nächste Halbjahr",
        kind: "decision",
        minutes: 35,
        description: "Kursorte und Zeiten im Landkreis.",
        presenter: "sophie.reinhold@vogtland.example",
      },
    ],
    proposals: [
      {
        title: "Sprachcafé im Interkulturellen Verein",
        kind: "offer_presentation",
        minutes: 15,
        description: "Offenes Sprachcafé jeden Donnerstag.",
        presenter: "khaled.nasser@vogtland.example",
        proposedBy: "khaled.nasser@vogtland.example",
      },
    ],
  },
  later: [],
};

export const meetingPlans: Record<string, NetworkMeetingPlan> = {
  halle: {
    pastMonths: 12,
    futureMonths: 6,
    groups: [steuerung, forum, fgMo, fgArbeit, fgDeutsch, fgGl, fgEhrenamt],
    heldGroup: "fg-arbeit",
    cancelled: { group: "fg-gesellschaftliches-leben", pastIndex: 1, reason: "Terminkollision mit der Fachtagung des Landes" },
    joint: halleJoint,
  },
  vogtland: {
    pastMonths: 6,
    futureMonths: 6,
    groups: [vogtlandSteering, vogtlandArbeit, vogtlandSprache],
  },
};

const seedNetworks: SeedNetwork[] = [halle, vogtland];

// ── Dates ─────────────────────────────────────────────────────────────────────

const MONTH_NAMES = [
  "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
];

function shiftMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Local dates of a group's meetings whose start lies in [from, to). */
export function patternDates(pattern: Pattern, cadence: string, from: Date, to: Date): string[] {
  const step = cadence in cadenceMonths ? cadenceMonths[cadence as keyof typeof cadenceMonths] : 3;
  const origin = utcToLocal(from).date;
  const dates: string[] = [];
  for (let k = -1; k <= 40; k++) {
    const { y, m } = addMonths(origin, k);
    if ((((m - pattern.month) % step) + step) % step !== 0) continue;
    const date = dateOfWeekdayInMonth(y, m, pattern);
    const startsAt = localToUtc(date, pattern.start);
    if (startsAt >= to) break;
    if (startsAt >= from) dates.push(date);
  }
  return dates;
}

function meetingTitle(groupName: string, cadence: string, date: string): string {
  const [y, m] = date.split("-").map(Number);
  if (cadence === "half_yearly") return `${groupName} – ${m <= 6 ? "Frühjahr" : "Herbst"} ${y}`;
  return `${groupName} – Quartalssitzung ${MONTH_NAMES[m - 1]} ${y}`;
}

// ── Writing ───────────────────────────────────────────────────────────────────

export interface SeedMeetingsSummary {
  meetings: number;
  agendaItems: number;
  actionItems: number;
  attendance: number;
  events: number;
}

type PlannedItem =
  | { seed: ItemSeed; status: "accepted" | "proposed" }
  | { seed: DeclinedSeed; status: "declined" };

interface PlannedMeeting {
  hosts: number[];
  seriesId: number | null;
  kind: MeetingKind;
  title: string;
  description: string;
  date: string;
  start: string;
  end: string;
  place: string;
  onlineUrl: string | null;
  status: MeetingStatus;
  cancelReason?: string;
  moderator: string;
  items: PlannedItem[];
  /** actions of this meeting may stay open (the group's latest published minutes) */
  latestMinutes: boolean;
  invite: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Fills one demo network with meetings relative to `now`. Does nothing for a network
 * without a plan (e.g. a network created with SEED=none).
 */
export async function seedMeetings(db: Kysely<Database>, input: { networkId: number; now: Date }): Promise<SeedMeetingsSummary> {
  const { networkId, now } = input;
  const summary: SeedMeetingsSummary = { meetings: 0, agendaItems: 0, actionItems: 0, attendance: 0, events: 0 };
  const network = await db.selectFrom("networks").select("slug").where("id", "=", networkId).executeTakeFirst();
  const plan = network && meetingPlans[network.slug];
  const seedNetwork = network && seedNetworks.find((n) => n.slug === network.slug);
  if (!plan || !seedNetwork) return summary;

  // ── look-ups: groups, organisations (by their seed key), people, memberships
  const groups = await db.selectFrom("groups").select(["id", "slug", "name", "cadence"]).where("network_id", "=", networkId).execute();
  const groupBySlug = new Map(groups.map((g) => [g.slug, g]));
  const group = (slug: string) => {
    const g = groupBySlug.get(slug);
    if (!g) throw new Error(`Seed meetings ${network.slug}: unknown group ${slug}`);
    return g;
  };
  const orgRows = await db.selectFrom("organisations").select(["id", "name"]).where("network_id", "=", networkId).execute();
  const orgIdByName = new Map(orgRows.map((o) => [o.name, o.id]));
  const orgId = (key: string) => {
    const name = seedNetwork.organisations.find((o) => o.key === key)?.name;
    const id = name === undefined ? undefined : orgIdByName.get(name);
    if (id === undefined) throw new Error(`Seed meetings ${network.slug}: unknown organisation ${key}`);
    return id;
  };
  const people = await db
    .selectFrom("network_members")
    .innerJoin("users", "users.id", "network_members.user_id")
    .select(["users.id", "users.email", "network_members.active"])
    .where("network_members.network_id", "=", networkId)
    .execute();
  const userIdByEmail = new Map(people.map((p) => [p.email, p.id]));
  const emailById = new Map(people.map((p) => [p.id, p.email]));
  const activeUsers = new Set(people.filter((p) => p.active === 1).map((p) => p.id));
  const userId = (email: string) => {
    const id = userIdByEmail.get(email);
    if (id === undefined) throw new Error(`Seed meetings ${network.slug}: unknown person ${email}`);
    return id;
  };
  const affiliations = await db
    .selectFrom("affiliations")
    .select(["user_id", "organisation_id"])
    .where("network_id", "=", networkId)
    .orderBy("id")
    .execute();
  const firstOrgOf = new Map<number, number>();
  for (const a of affiliations) if (!firstOrgOf.has(a.user_id)) firstOrgOf.set(a.user_id, a.organisation_id);
  const memberships = await db
    .selectFrom("group_memberships")
    .select(["group_id", "organisation_id", "user_id"])
    .where("network_id", "=", networkId)
    .execute();

  /** Every active person of the host groups' organisations, and people who are members themselves. */
  const invitees = (groupIds: number[]) => {
    const orgs = new Set<number>();
    const users = new Set<number>();
    for (const m of memberships) {
      if (!groupIds.includes(m.group_id)) continue;
      if (m.organisation_id !== null) orgs.add(m.organisation_id);
      if (m.user_id !== null) users.add(m.user_id);
    }
    for (const a of affiliations) if (orgs.has(a.organisation_id)) users.add(a.user_id);
    return [...users].filter((id) => activeUsers.has(id)).sort((a, b) => a - b);
  };

  const person = (ref: string | undefined) => {
    if (!ref) return { user: null, org: null };
    if (ref.includes("@")) {
      const id = userId(ref);
      return { user: id, org: firstOrgOf.get(id) ?? null };
    }
    return { user: null, org: orgId(ref) };
  };

  const iso = (d: Date) => d.toISOString();
  /** Timestamps of things that already happened never lie in the future. */
  const happened = (t: number) => new Date(Math.min(t, now.getTime() - HOUR));

  // ── plan every meeting
  const from = shiftMonths(now, -plan.pastMonths);
  const to = shiftMonths(now, plan.futureMonths);
  const planned: PlannedMeeting[] = [];
  const nextRegularDate = new Map<string, string>();

  for (const g of plan.groups) {
    const row = group(g.slug);
    const { id: seriesId } = await db
      .insertInto("meeting_series")
      .values({ network_id: networkId, group_id: row.id, cadence: row.cadence, created_at: iso(happened(from.getTime() - 30 * DAY)) })
      .returning("id")
      .executeTakeFirstOrThrow();
    const dates = patternDates(g.pattern, row.cadence, from, to);
    const past = dates.filter((d) => localToUtc(d, g.pattern.start) < now).reverse(); // newest first
    const future = dates.filter((d) => localToUtc(d, g.pattern.start) >= now);
    if (future[0]) nextRegularDate.set(g.slug, future[0]);
    const base = {
      hosts: [row.id],
      seriesId,
      kind: "regular" as const,
      description: g.description,
      start: g.pattern.start,
      end: g.pattern.end,
      place: g.place,
      onlineUrl: g.onlineUrl ?? null,
      moderator: g.moderator,
    };
    const latestPublished = past.findIndex((_, i) => !(plan.heldGroup === g.slug && i === 0) && !(plan.cancelled?.group === g.slug && plan.cancelled.pastIndex === i));
    past.forEach((date, i) => {
      const cancelled = plan.cancelled?.group === g.slug && plan.cancelled.pastIndex === i;
      const held = plan.heldGroup === g.slug && i === 0;
      const agenda = g.past[Math.min(i, g.past.length - 1)] ?? [];
      planned.push({
        ...base,
        title: meetingTitle(row.name, row.cadence, date),
        date,
        status: cancelled ? "cancelled" : held ? "held" : "minutes_published",
        cancelReason: cancelled ? plan.cancelled?.reason : undefined,
        items: cancelled ? [] : agenda.map((seed) => ({ seed, status: "accepted" as const })),
        latestMinutes: i === latestPublished,
        invite: !cancelled,
      });
    });
    future.forEach((date, i) => {
      const items: PlannedItem[] =
        i === 0
          ? [
              ...g.next.items.map((seed) => ({ seed, status: "accepted" as const })),
              ...(g.next.proposals ?? []).map((seed) => ({ seed, status: "proposed" as const })),
              ...(g.next.declined ?? []).map((seed) => ({ seed, status: "declined" as const })),
            ]
          : i === 1
            ? g.later.map((seed) => ({ seed, status: "accepted" as const }))
            : [];
      planned.push({
        ...base,
        title: meetingTitle(row.name, row.cadence, date),
        date,
        status: i === 0 ? "invited" : "planned",
        items,
        latestMinutes: false,
        invite: i === 0,
      });
    });
  }

  if (plan.joint) {
    const j = plan.joint;
    const hosts = j.hosts.map((slug) => group(slug).id);
    const third = (date: string, months: number) => {
      const { y, m } = addMonths(date, months);
      return dateOfWeekdayInMonth(y, m, { weekday: WEDNESDAY, ordinal: 3 });
    };
    const base = { hosts, seriesId: null, kind: "joint" as const, start: j.start, end: j.end, place: j.place, onlineUrl: j.onlineUrl ?? null, moderator: j.moderator };
    planned.push({
      ...base,
      title: j.past.title,
      description: j.past.description,
      date: third(utcToLocal(now).date, -5),
      status: "minutes_published",
      items: j.past.items.map((seed) => ({ seed, status: "accepted" as const })),
      latestMinutes: true,
      invite: true,
    });
    // After the next regular meeting of both groups, so that carried-over items go there.
    const later = j.hosts.map((slug) => nextRegularDate.get(slug) ?? utcToLocal(now).date).sort().at(-1)!;
    planned.push({
      ...base,
      title: j.future.title,
      description: j.future.description,
      date: third(later, 1),
      status: "planned",
      items: [
        ...j.future.items.map((seed) => ({ seed, status: "accepted" as const })),
        ...j.future.proposals.map((seed) => ({ seed, status: "proposed" as const })),
      ],
      latestMinutes: false,
      invite: false,
    });
  }

  // ── write them
  const events: { network_id: number; agenda_item_id: number; actor_user_id: number | null; from_status: string | null; to_status: string; note: string; created_at: string }[] = [];
  const actions: { network_id: number; meeting_id: number; agenda_item_id: number; title: string; owner: string; due_date: string; status: "open" | "done"; created_at: string }[] = [];
  const attendance: { meeting_id: number; user_id: number; network_id: number; response: AttendanceResponse; attended: number | null; invited_at: string; responded_at: string | null }[] = [];
  const hostRows: { meeting_id: number; group_id: number; network_id: number; starts_at: string }[] = [];
  /** for the carry-over at the end */
  const written: { id: number; hosts: number[]; startsAt: string; status: MeetingStatus }[] = [];
  const deferredItems: { id: number; meetingId: number; seed: ItemSeed; presenter: ReturnType<typeof person>; proposer: ReturnType<typeof person> }[] = [];

  for (const m of planned.sort((a, b) => a.date.localeCompare(b.date))) {
    const startsAt = localToUtc(m.date, m.start);
    const endsAt = localToUtc(m.date, m.end);
    const start = startsAt.getTime();
    const moderatorId = userId(m.moderator);
    const published = m.status === "minutes_published";
    const createdAt = happened(start - 70 * DAY);
    const updatedAt =
      published ? happened(start + 8 * DAY)
      : m.status === "held" ? happened(start + 3 * HOUR)
      : m.status === "cancelled" ? happened(start - 20 * DAY)
      : m.status === "invited" ? happened(start - 21 * DAY)
      : createdAt;
    const { id: meetingId } = await db
      .insertInto("meetings")
      .values({
        network_id: networkId,
        series_id: m.seriesId,
        kind: m.kind,
        title: m.title,
        description: m.description,
        starts_at: iso(startsAt),
        ends_at: iso(endsAt),
        place: m.place,
        online_url: m.onlineUrl,
        proposal_deadline: iso(localToUtc(addLocalDays(m.date, -14), "23:59")),
        status: m.status,
        cancel_reason: m.cancelReason ?? null,
        sequence: m.status === "cancelled" ? 1 : 0,
        created_by: moderatorId,
        created_at: iso(createdAt),
        updated_at: iso(updatedAt),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    summary.meetings++;
    written.push({ id: meetingId, hosts: m.hosts, startsAt: iso(startsAt), status: m.status });
    for (const groupId of m.hosts) hostRows.push({ meeting_id: meetingId, group_id: groupId, network_id: networkId, starts_at: iso(startsAt) });

    let position = 0;
    for (const [index, item] of m.items.entries()) {
      const seed = item.seed;
      const deferred = published && seed.deferred === true;
      const status: AgendaItemStatus = deferred ? "deferred" : item.status;
      const presenter = person(seed.presenter);
      const proposer = person(seed.proposedBy);
      const proposedAt = happened(start - (28 - index) * DAY);
      const decidedAt = happened(start - (16 - index) * DAY);
      const withRecord = published && seed.record !== undefined;
      const { id: itemId } = await db
        .insertInto("agenda_items")
        .values({
          network_id: networkId,
          meeting_id: meetingId,
          position: ++position,
          title: seed.title,
          description: seed.description,
          kind: seed.kind,
          planned_minutes: seed.minutes,
          presenter_user_id: presenter.user,
          presenter_organisation_id: presenter.org,
          status,
          decline_reason: item.status === "declined" ? item.seed.reason : null,
          proposed_by_user_id: proposer.user,
          proposed_by_organisation_id: proposer.org,
          minutes_text: withRecord ? seed.record!.text : "",
          outcome: withRecord ? seed.record!.outcome : "",
          decision: withRecord ? seed.record!.decision : "",
          created_at: iso(proposer.user ? proposedAt : happened(start - 30 * DAY)),
          updated_at: iso(published ? updatedAt : item.status === "proposed" ? proposedAt : decidedAt),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      summary.agendaItems++;

      const event = (actor: number | null, fromStatus: AgendaItemStatus | null, toStatus: AgendaItemStatus, at: Date, note = "") =>
        events.push({ network_id: networkId, agenda_item_id: itemId, actor_user_id: actor, from_status: fromStatus, to_status: toStatus, note, created_at: iso(at) });
      if (proposer.user) {
        event(proposer.user, null, "proposed", proposedAt);
        if (item.status === "accepted") event(moderatorId, "proposed", "accepted", decidedAt);
        if (item.status === "declined") event(moderatorId, "proposed", "declined", decidedAt, item.seed.reason);
      } else {
        event(moderatorId, null, "accepted", happened(start - 30 * DAY));
      }
      if (deferred) {
        event(moderatorId, "accepted", "deferred", happened(start + 2 * HOUR), "Aus Zeitgründen vertagt.");
        deferredItems.push({ id: itemId, meetingId, seed, presenter, proposer });
      }

      if (published) {
        for (const a of seed.actions ?? []) {
          actions.push({
            network_id: networkId,
            meeting_id: meetingId,
            agenda_item_id: itemId,
            title: a.title,
            owner: a.owner,
            due_date: addLocalDays(m.date, a.dueDays),
            status: m.latestMinutes && !a.done ? "open" : "done",
            created_at: iso(happened(start + 5 * DAY)),
          });
        }
      }
    }

    if (m.invite) {
      const invitedAt = happened(start - 21 * DAY);
      const future = m.status === "invited";
      invitees(m.hosts).forEach((uid, i) => {
        const email = emailById.get(uid) ?? "";
        let response: AttendanceResponse = i % 5 === 3 ? "declined" : future && i % 5 === 2 ? "pending" : "attending";
        // The demo accounts show both sides: members with an invitation to answer, moderators who come.
        if (future && (email === "beratung@halle.example" || email === "mso@halle.example")) response = "pending";
        if (/^(admin|steuerung|arbeit|deutsch)@/.test(email)) response = "attending";
        attendance.push({
          meeting_id: meetingId,
          user_id: uid,
          network_id: networkId,
          response,
          attended: published ? (response === "attending" && i % 7 !== 6 ? 1 : 0) : null,
          invited_at: iso(invitedAt),
          responded_at: response === "pending" ? null : iso(happened(start - (20 - (i % 10)) * DAY)),
        });
      });
    }
  }

  for (const chunk of chunks(hostRows, 200)) await db.insertInto("meeting_hosts").values(chunk).execute();
  for (const chunk of chunks(events, 200)) await db.insertInto("agenda_item_events").values(chunk).execute();
  for (const chunk of chunks(attendance, 200)) await db.insertInto("meeting_attendance").values(chunk).execute();
  summary.events = events.length;
  summary.attendance = attendance.length;

  const actionIds: { id: number; meetingId: number; title: string; owner: string; due: string; open: boolean }[] = [];
  for (const a of actions) {
    const { id } = await db.insertInto("action_items").values(a).returning("id").executeTakeFirstOrThrow();
    actionIds.push({ id, meetingId: a.meeting_id, title: a.title, owner: a.owner, due: a.due_date, open: a.status === "open" });
  }
  summary.actionItems = actions.length;

  // ── carry-over, as carryOverToNextMeeting does it after minutes are published: deferred
  // items and open action items turn up as proposals for the host group's next open meeting.
  const nowIso = iso(now);
  const carried = new Set<number>();
  const carriedActions = new Set<number>();
  for (const g of plan.groups.map((p) => group(p.slug).id)) {
    const next = written
      .filter((w) => w.hosts.includes(g) && w.startsAt > nowIso && (w.status === "planned" || w.status === "invited"))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    if (!next) continue;
    const hosted = new Set(written.filter((w) => w.hosts.includes(g) && w.startsAt < next.startsAt).map((w) => w.id));
    for (const d of deferredItems) {
      if (!hosted.has(d.meetingId) || carried.has(d.id)) continue;
      carried.add(d.id);
      await db
        .insertInto("agenda_items")
        .values({
          network_id: networkId,
          meeting_id: next.id,
          title: d.seed.title,
          description: d.seed.description,
          kind: d.seed.kind,
          planned_minutes: d.seed.minutes,
          presenter_user_id: d.presenter.user,
          presenter_organisation_id: d.presenter.org,
          proposed_by_user_id: d.proposer.user,
          proposed_by_organisation_id: d.proposer.org,
          carried_from_item_id: d.id,
          status: "proposed",
          position: 1000 + d.id,
        })
        .execute();
      summary.agendaItems++;
    }
    for (const a of actionIds) {
      if (!a.open || !hosted.has(a.meetingId) || carriedActions.has(a.id)) continue;
      carriedActions.add(a.id);
      const { id } = await db
        .insertInto("agenda_items")
        .values({
          network_id: networkId,
          meeting_id: next.id,
          title: a.title,
          description: [a.owner && `Verantwortlich: ${a.owner}`, a.due && `Fällig: ${a.due}`].filter(Boolean).join(" · "),
          kind: "report",
          planned_minutes: 10,
          status: "proposed",
          position: 2000 + a.id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.updateTable("action_items").set({ carried_to_item_id: id }).where("id", "=", a.id).execute();
      summary.agendaItems++;
    }
  }
  return summary;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
