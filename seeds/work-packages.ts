import type { Kysely, Transaction } from "kysely";
import type { Database, WorkPackagePriority, WorkPackageStatus } from "../db/schema";

// Demo work packages of Halle: the specialist groups' hand-overs to the steering group in
// every status, with decisions and rationales, one returned and resubmitted package (its
// timeline shows both rounds) and two overdue ones. Dates are relative to `now`.

type Db = Kysely<Database> | Transaction<Database>;

const DAY = 86_400_000;
const STEERING = "steuerung@halle.example";

interface PackageSeed {
  group: string;
  author: string;
  title: string;
  problem: string;
  request: string;
  /** organisation name (proposed by the group, or set by the decision) */
  responsible?: string;
  priority?: WorkPackagePriority;
  status: WorkPackageStatus;
  /** days before now the package was (last) submitted */
  submittedDaysAgo?: number;
  /** days after submission the steering group decided */
  decidedAfterDays?: number;
  /** due date: days from today (negative = in the past) */
  dueInDays?: number;
  rationale?: string;
  result?: string;
  /** returned once with these questions, then edited and resubmitted */
  returnedFirst?: { questions: string; answer: string; daysBeforeResubmit: number };
  comments?: { by: string; body: string; daysAfterSubmit: number }[];
}

const ARBEIT = "arbeit@halle.example";
const DEUTSCH = "deutsch@halle.example";
const ADMIN = "admin@halle.example";

const JOBCENTER = "Jobcenter Halle (Saale)";
const IHK = "Industrie- und Handelskammer Halle-Dessau";
const HWK = "Handwerkskammer Halle (Saale)";
const ANERKENNUNG = "Anerkennungsberatung Mitteldeutschland e.V.";
const FB_JUGEND = "Stadt Halle (Saale) – Fachbereich Kinder, Jugend und Familie";
const DLZ = "Stadt Halle (Saale) – Dienstleistungszentrum Integration";
const ABH = "Stadt Halle (Saale) – Ausländerbehörde";
const BAMF = "Bundesamt für Migration und Flüchtlinge (BAMF) – Außenstelle Halle";
const VMO = "Verband der Migrantenorganisationen Halle e.V.";
const EHRENAMT = "Ehrenamtsbörse Halle e.V.";
const QM = "Quartiersmanagement Halle-Neustadt";

export const workPackageSeeds: PackageSeed[] = [
  // ── FG Arbeit ────────────────────────────────────────────────────────────
  {
    group: "fg-arbeit", author: ARBEIT, status: "accepted", priority: "high",
    title: "Gemeinsame Jobmesse mit IHK und Handwerkskammer",
    problem: "Zugewanderte Fachkräfte und Auszubildende finden kaum direkten Zugang zu Betrieben in Halle. Einzelne Bewerbertage der Träger erreichen nur wenige Arbeitgeber.",
    request: "Die Steuerungsgruppe möge eine gemeinsame Jobmesse von Jobcenter, Agentur für Arbeit, IHK und Handwerkskammer im Frühjahr unterstützen und Räume der Stadt bereitstellen.",
    responsible: IHK, submittedDaysAgo: 70, decidedAfterDays: 21, dueInDays: 120,
    rationale: "Angenommen. Die IHK übernimmt die Federführung, die Stadt stellt das Stadthaus als Veranstaltungsort. Bericht in der übernächsten Sitzung.",
    comments: [{ by: STEERING, body: "Bitte klären Sie vorab, ob Sprachmittlung für Arabisch, Dari und Ukrainisch benötigt wird.", daysAfterSubmit: 10 }],
  },
  {
    group: "fg-arbeit", author: ARBEIT, status: "in_progress", priority: "high",
    title: "Wartezeiten in der Anerkennungsberatung verkürzen",
    problem: "Ratsuchende warten derzeit 10 bis 14 Wochen auf einen Ersttermin in der Anerkennungsberatung. In dieser Zeit nehmen viele eine unterqualifizierte Beschäftigung auf.",
    request: "Zusätzliche Beratungskapazität (mindestens eine halbe Stelle) und eine offene Sprechstunde im Jobcenter prüfen.",
    responsible: ANERKENNUNG, submittedDaysAgo: 160, decidedAfterDays: 35, dueInDays: -12,
    rationale: "Angenommen. Die Anerkennungsberatung bietet eine wöchentliche offene Sprechstunde im Jobcenter an; die Finanzierung einer zusätzlichen halben Stelle wird beim Land beantragt.",
  },
  {
    group: "fg-arbeit", author: ARBEIT, status: "accepted", priority: "normal",
    title: "Praktikumsbörse für Teilnehmende von Berufssprachkursen",
    problem: "Teilnehmende der Berufssprachkurse brauchen Praxisphasen, finden aber ohne Kontakte keine Praktikumsplätze.",
    request: "Eine gemeinsame Praktikumsbörse der Kammern mit den Kursträgern aufbauen.",
    responsible: HWK, submittedDaysAgo: 130, decidedAfterDays: 28, dueInDays: -30,
    rationale: "Angenommen; die Handwerkskammer stellt die Börse auf ihrer Lehrstellenplattform bereit.",
  },
  {
    group: "fg-arbeit", author: ARBEIT, status: "done",
    title: "Mehrsprachige Infoblätter zum Bürgergeld-Antrag",
    problem: "Viele Anträge sind unvollständig, weil Hinweise nur auf Deutsch vorliegen.",
    request: "Infoblätter in Arabisch, Ukrainisch, Dari und Englisch erstellen und in Beratungsstellen auslegen.",
    responsible: JOBCENTER, submittedDaysAgo: 300, decidedAfterDays: 14, dueInDays: -150,
    rationale: "Angenommen; das Jobcenter erstellt die Blätter mit Unterstützung des VMO.",
    result: "Die Infoblätter liegen in vier Sprachen vor und werden in allen Beratungsstellen und im Jobcenter ausgegeben.",
  },
  {
    group: "fg-arbeit", author: ARBEIT, status: "accepted",
    title: "Arbeitsmarktzugang für Geduldete: gemeinsamer Leitfaden",
    problem: "Beratungsstellen geben unterschiedliche Auskünfte zur Beschäftigungserlaubnis bei Duldung.",
    request: "Einen abgestimmten Leitfaden von Ausländerbehörde und Agentur für Arbeit erstellen lassen.",
    responsible: ABH, submittedDaysAgo: 95, decidedAfterDays: 40, dueInDays: 60,
    rationale: "Angenommen nach Rückfragen. Die Ausländerbehörde erstellt den Leitfaden gemeinsam mit der Agentur für Arbeit.",
    returnedFirst: {
      questions: "Welche Fallgruppen soll der Leitfaden abdecken? Gibt es bereits Material anderer Kommunen, an das wir anknüpfen können?",
      answer: "Ergänzt: Der Leitfaden soll Duldung nach § 60a, Ausbildungsduldung und Beschäftigungsduldung abdecken. Leipzig und Magdeburg haben Vorlagen, die wir anpassen können.",
      daysBeforeResubmit: 20,
    },
  },
  {
    group: "fg-arbeit", author: ARBEIT, status: "submitted", priority: "normal",
    title: "Sprachmittlung in Beratungsgesprächen des Jobcenters",
    problem: "In Erstgesprächen fehlen häufig Sprachmittlerinnen und Sprachmittler; Termine werden verschoben.",
    request: "Einen Pool von Sprachmittlerinnen und Sprachmittlern mit Abrufkontingent für Jobcenter und Agentur einrichten.",
    submittedDaysAgo: 50,
  },
  {
    group: "fg-arbeit", author: ARBEIT, status: "in_review",
    title: "Anerkennungszuschuss bekannter machen",
    problem: "Der Anerkennungszuschuss des Bundes wird in Halle kaum beantragt.",
    request: "Eine gemeinsame Informationskampagne der Beratungsstellen beschließen.",
    responsible: ANERKENNUNG, submittedDaysAgo: 20,
  },
  {
    group: "fg-arbeit", author: ARBEIT, status: "draft",
    title: "Mentoring für zugewanderte Akademikerinnen",
    problem: "Akademikerinnen mit ausländischem Abschluss arbeiten oft weit unter ihrer Qualifikation.",
    request: "Ein Mentoringprogramm mit Unternehmen der Region anstoßen.",
  },
  // ── FG Deutsch ───────────────────────────────────────────────────────────
  {
    group: "fg-deutsch", author: DEUTSCH, status: "accepted", priority: "high",
    title: "Kinderbetreuung während der Integrationskurse",
    problem: "Viele Mütter brechen Integrationskurse ab oder beginnen sie nicht, weil für Kinder unter drei Jahren keine Betreuung zur Verfügung steht. Kursbegleitende Kinderbetreuung gibt es derzeit nur bei einem Träger.",
    request: "Die Steuerungsgruppe möge mit dem Fachbereich Kinder, Jugend und Familie kursbegleitende Betreuungsplätze an mindestens drei Kursorten vereinbaren.",
    responsible: FB_JUGEND, submittedDaysAgo: 80, decidedAfterDays: 30, dueInDays: 90,
    rationale: "Angenommen. Der Fachbereich prüft drei Standorte (Neustadt, Silberhöhe, Innenstadt) und beantragt Mittel aus dem Landesprogramm.",
  },
  {
    group: "fg-deutsch", author: DEUTSCH, status: "returned",
    title: "Wartelisten für Alphabetisierungskurse zusammenführen",
    problem: "Jeder Träger führt eine eigene Warteliste; Menschen stehen mehrfach darauf, freie Plätze bleiben unbesetzt.",
    request: "Eine gemeinsame Warteliste beim DLZ Integration einrichten.",
    responsible: DLZ, submittedDaysAgo: 25, decidedAfterDays: 12,
    rationale: "Zurückgegeben mit Rückfragen: Wie soll der Datenschutz bei einer gemeinsamen Liste geregelt werden? Haben alle Träger zugestimmt?",
  },
  {
    group: "fg-deutsch", author: DEUTSCH, status: "declined",
    title: "Eigene städtische Sprachkurse für Seniorinnen und Senioren",
    problem: "Ältere Zugewanderte finden kaum passende Kursangebote.",
    request: "Die Stadt möge eigene Kurse finanzieren.",
    submittedDaysAgo: 200, decidedAfterDays: 45,
    rationale: "Abgelehnt: Für eigene städtische Kurse fehlen Haushaltsmittel. Die Steuerungsgruppe empfiehlt, die Angebote der Migrationsberatung und der Ehrenamtsbörse zu nutzen, und nimmt das Thema in die Haushaltsplanung auf.",
  },
  {
    group: "fg-deutsch", author: DEUTSCH, status: "submitted",
    title: "Berufssprachkurse in Teilzeit für Beschäftigte",
    problem: "Beschäftigte können Vollzeitkurse nicht besuchen.",
    request: "Mit dem BAMF und den Trägern Abend- und Teilzeitkurse planen.",
    responsible: BAMF, submittedDaysAgo: 6,
  },
  {
    group: "fg-deutsch", author: DEUTSCH, status: "done",
    title: "Kursfinder für Integrationskurse auf der Website der Stadt",
    problem: "Es gibt keine Übersicht freier Kursplätze.",
    request: "Einen Kursfinder auf halle.de einrichten.",
    responsible: DLZ, submittedDaysAgo: 340, decidedAfterDays: 20, dueInDays: -200,
    rationale: "Angenommen; das DLZ pflegt den Kursfinder.",
    result: "Der Kursfinder ist online und wird monatlich von den Trägern aktualisiert.",
  },
  {
    group: "fg-deutsch", author: DEUTSCH, status: "in_progress",
    title: "Prüfungstermine für den Deutsch-Test für Zuwanderer erhöhen",
    problem: "Nach Kursende warten Teilnehmende bis zu drei Monate auf einen Prüfungstermin.",
    request: "Zusätzliche Prüfungstermine mit den Prüfstellen vereinbaren.",
    responsible: BAMF, submittedDaysAgo: 110, decidedAfterDays: 25, dueInDays: 40,
    rationale: "Angenommen; das BAMF stimmt zusätzliche Termine mit den Prüfstellen ab.",
  },
  // ── other groups ─────────────────────────────────────────────────────────
  {
    group: "fg-migrantenorganisationen", author: ADMIN, status: "submitted",
    title: "Räume für Migrantenorganisationen in Halle-Neustadt",
    problem: "Mehrere Vereine haben keine dauerhaften Räume für Beratung und Treffen.",
    request: "Städtische Räume zur Mitnutzung prüfen und vergeben.",
    responsible: VMO, submittedDaysAgo: 15,
  },
  {
    group: "fg-migrantenorganisationen", author: ADMIN, status: "accepted",
    title: "Förderberatung für Vereine",
    problem: "Kleine Vereine scheitern an Förderanträgen.",
    request: "Eine regelmäßige Förderberatung durch das DLZ anbieten.",
    responsible: DLZ, submittedDaysAgo: 60, decidedAfterDays: 18, dueInDays: 45,
    rationale: "Angenommen; das DLZ bietet monatlich eine Sprechstunde an.",
  },
  {
    group: "fg-gesellschaftliches-leben", author: ADMIN, status: "in_review",
    title: "Interkulturelle Öffnung der Sportvereine",
    problem: "Kinder aus zugewanderten Familien finden selten den Weg in Sportvereine.",
    request: "Gemeinsam mit dem Stadtsportbund ein Patenprogramm starten.",
    submittedDaysAgo: 30,
  },
  {
    group: "fg-gesellschaftliches-leben", author: ADMIN, status: "declined",
    title: "Eigenes Stadtteilfest der Fachgruppe",
    problem: "Begegnung im Stadtteil fehlt.",
    request: "Ein eigenes Fest der Fachgruppe finanzieren.",
    submittedDaysAgo: 150, decidedAfterDays: 20,
    rationale: "Abgelehnt: Die Steuerungsgruppe empfiehlt, sich am bestehenden Neustädter Stadtteilfest zu beteiligen statt ein zusätzliches Fest auszurichten.",
  },
  {
    group: "fg-ehrenamt", author: ADMIN, status: "submitted",
    title: "Versicherungsschutz für ehrenamtliche Sprachpatinnen und Sprachpaten",
    problem: "Ehrenamtliche sind bei Begleitungen zu Behörden nicht immer versichert.",
    request: "Klären, ob die Sammelversicherung der Stadt greift, und darüber informieren.",
    responsible: EHRENAMT, submittedDaysAgo: 9,
  },
  {
    group: "fg-ehrenamt", author: ADMIN, status: "done",
    title: "Fortbildung für Ehrenamtliche zu Aufenthaltsrecht",
    problem: "Ehrenamtliche sind bei aufenthaltsrechtlichen Fragen unsicher.",
    request: "Eine jährliche Fortbildung mit der Ausländerbehörde anbieten.",
    responsible: QM, submittedDaysAgo: 250, decidedAfterDays: 30, dueInDays: -100,
    rationale: "Angenommen; Durchführung im Quartiersmanagement Neustadt.",
    result: "Zwei Fortbildungen mit insgesamt 46 Teilnehmenden haben stattgefunden.",
  },
  {
    group: "fg-ehrenamt", author: ADMIN, status: "draft",
    title: "Ehrenamtskarte für Sprachpatinnen",
    problem: "Anerkennung für Engagement fehlt.",
    request: "Sprachpatinnen in die Ehrenamtskarte aufnehmen.",
  },
];

const pathTo: Record<WorkPackageStatus, string[]> = {
  draft: [],
  submitted: ["submit"],
  in_review: ["submit", "put_on_agenda"],
  accepted: ["submit", "put_on_agenda", "accept"],
  returned: ["submit", "return"],
  declined: ["submit", "put_on_agenda", "decline"],
  in_progress: ["submit", "put_on_agenda", "accept", "start"],
  done: ["submit", "put_on_agenda", "accept", "start", "complete"],
};
const statusAfter: Record<string, WorkPackageStatus> = {
  create: "draft", edit: "returned", submit: "submitted", put_on_agenda: "in_review", accept: "accepted", return: "returned",
  decline: "declined", start: "in_progress", complete: "done",
};

function localDate(ms: number): string {
  return new Date(ms).toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
}

export async function seedWorkPackages(trx: Db, { networkId, networkSlug, now }: { networkId: number; networkSlug: string; now: Date }) {
  if (networkSlug !== "halle") return;
  const groups = new Map((await trx.selectFrom("groups").select(["id", "slug"]).where("network_id", "=", networkId).execute()).map((g) => [g.slug, g.id]));
  const orgs = new Map((await trx.selectFrom("organisations").select(["id", "name"]).where("network_id", "=", networkId).execute()).map((o) => [o.name, o.id]));
  const users = new Map((await trx.selectFrom("users").select(["id", "email"]).execute()).map((u) => [u.email, u.id]));
  const need = <T>(map: Map<string, T>, key: string): T => {
    const v = map.get(key);
    if (v === undefined) throw new Error(`Seed work packages: unknown ${key}`);
    return v;
  };
  const steeringId = need(users, STEERING);
  const iso = (ms: number) => new Date(ms).toISOString();

  for (const s of workPackageSeeds) {
    const authorId = need(users, s.author);
    const submitted = s.submittedDaysAgo !== undefined ? now.getTime() - s.submittedDaysAgo * DAY : null;
    // Steps with their times: created a week before the (first) submission.
    const firstSubmit = submitted !== null && s.returnedFirst ? submitted - (s.returnedFirst.daysBeforeResubmit + 10) * DAY : submitted;
    const created = (firstSubmit ?? now.getTime() - 5 * DAY) - 7 * DAY;
    const decided = submitted !== null && s.decidedAfterDays !== undefined ? submitted + s.decidedAfterDays * DAY : null;
    const steps: { action: string; at: number; by: number; note?: string }[] = [{ action: "create", at: created, by: authorId }];
    if (s.returnedFirst && firstSubmit !== null && submitted !== null) {
      steps.push({ action: "submit", at: firstSubmit, by: authorId });
      steps.push({ action: "return", at: firstSubmit + 7 * DAY, by: steeringId, note: s.returnedFirst.questions });
      steps.push({ action: "edit", at: submitted - DAY, by: authorId, note: "" });
    }
    for (const action of pathTo[s.status]) {
      const at =
        action === "submit" ? submitted! :
        action === "put_on_agenda" ? (decided ? decided - 3 * DAY : submitted! + 5 * DAY) :
        action === "accept" || action === "return" || action === "decline" ? decided ?? submitted! + 7 * DAY :
        action === "start" ? (decided ?? submitted!) + 7 * DAY :
        /* complete */ now.getTime() - 20 * DAY;
      const by = action === "submit" ? authorId : steeringId;
      const note = action === "accept" || action === "return" || action === "decline" ? s.rationale : action === "complete" ? s.result : action === "put_on_agenda" ? "Sitzung der Steuerungsgruppe" : "";
      steps.push({ action, at: Math.min(at, now.getTime() - DAY), by, note });
    }
    const last = steps[steps.length - 1];
    const decidedAt = decided !== null ? Math.min(decided, now.getTime() - DAY) : null;
    const dueDate = s.dueInDays !== undefined ? localDate(now.getTime() + s.dueInDays * DAY) : null;
    const { id } = await trx
      .insertInto("work_packages")
      .values({
        network_id: networkId, origin_group_id: need(groups, s.group), title: s.title, problem: s.problem,
        request: s.returnedFirst ? `${s.request}\n\n${s.returnedFirst.answer}` : s.request,
        responsible_organisation_id: s.responsible ? need(orgs, s.responsible) : null, due_date: dueDate, priority: s.priority ?? "normal",
        status: s.status, decision_rationale: s.rationale ?? "", decided_by: decidedAt !== null ? steeringId : null,
        decided_at: decidedAt !== null ? iso(decidedAt) : null, submitted_at: submitted !== null ? iso(submitted) : null,
        result_summary: s.result ?? "", version: steps.length, created_by: authorId, created_at: iso(created), updated_at: iso(last.at),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    let from: WorkPackageStatus | null = null;
    for (const step of steps) {
      const to = statusAfter[step.action];
      await trx
        .insertInto("work_package_events")
        .values({
          network_id: networkId, work_package_id: id, actor_user_id: step.by, action: step.action, from_status: from,
          to_status: step.action === "edit" ? from : to, note: step.note ?? "", created_at: iso(step.at),
        })
        .execute();
      from = step.action === "edit" ? from : to;
    }
    for (const c of s.comments ?? []) {
      await trx
        .insertInto("work_package_comments")
        .values({ network_id: networkId, work_package_id: id, author_user_id: need(users, c.by), body: c.body, created_at: iso((submitted ?? created) + c.daysAfterSubmit * DAY) })
        .execute();
    }
  }
}
