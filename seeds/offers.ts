import type { Kysely } from "kysely";
import { localToUtc } from "../app/meetings/local-time";
import { todayIn } from "../app/offers/dates";
import type { Database, OfferCategory, OfferStatus } from "../db/schema";

// Demo offers of the Halle network: counselling, courses, job fairs in the style of the
// "Bewerbertag" and "Stellenbörse" formats, projects for women, recognition counselling.
// Dates are relative to `now`: most are current, some expired, some drafts.

type Tr = Partial<Record<"uk" | "ar" | "fa" | "en" | "ru", [string, string]>>;

interface OfferSeed {
  org: string;
  category: OfferCategory;
  title: string;
  summary: string;
  topics: string[];
  targets: string[];
  languages: string[];
  groups: string[];
  /** valid from/to in days relative to today; null = open */
  from: number | null;
  to: number | null;
  status?: OfferStatus;
  place?: string;
  online?: boolean;
  tr?: Tr;
  /** event dates: [days relative to today, local start "HH:MM", local end "HH:MM"] */
  events?: [number, string, string][];
  /** days ago it was published (default: spread by position) */
  publishedDaysAgo?: number;
}

const A = "fg-arbeit";
const D = "fg-deutsch";
const M = "fg-migrantenorganisationen";
const G = "fg-gesellschaftliches-leben";
const E = "fg-ehrenamt";

export const offerSeeds: OfferSeed[] = [
  { org: "anerkennungsberatung", category: "counselling", title: "Anerkennungsberatung für ausländische Berufsabschlüsse", summary: "Wir prüfen mit Ihnen, welche Stelle Ihren Abschluss anerkennt, und begleiten den Antrag.", topics: ["anerkennung", "arbeit"], targets: ["skilled_workers", "everyone"], languages: ["de", "en", "ar", "ru"], groups: [A], from: -200, to: null, place: "Große Steinstraße 12, 06108 Halle (Saale)", tr: { ar: ["استشارة الاعتراف بالشهادات المهنية الأجنبية", "نساعدك في معرفة الجهة المختصة بالاعتراف بشهادتك ونرافقك في تقديم الطلب."], uk: ["Консультація щодо визнання іноземних професійних кваліфікацій", "Ми перевіримо, яка установа визнає ваш диплом, і супроводимо подання заяви."], fa: ["مشاوره برای به رسمیت شناختن مدارک حرفه‌ای خارجی", "با شما بررسی می‌کنیم کدام اداره مدرک شما را به رسمیت می‌شناسد و در درخواست همراهتان هستیم."] } },
  { org: "anerkennungsberatung", category: "counselling", title: "Anerkennung für Pflegekräfte aus dem Ausland", summary: "Sprechstunde zu Kenntnisprüfung, Anpassungslehrgang und Berufserlaubnis in der Pflege.", topics: ["anerkennung", "gesundheit", "arbeit"], targets: ["skilled_workers"], languages: ["de", "en", "uk"], groups: [A], from: -60, to: 120, place: "Große Steinstraße 12, 06108 Halle (Saale)", online: true, tr: { uk: ["Визнання для медсестер і доглядачів з-за кордону", "Консультації щодо іспиту знань, курсу адаптації та дозволу на роботу в догляді."] } },
  { org: "anerkennungsberatung", category: "counselling", title: "Online-Sprechstunde Anerkennung akademischer Abschlüsse", summary: "Zeugnisbewertung bei der ZAB, reglementierte Berufe, Kosten und Förderung.", topics: ["anerkennung"], targets: ["skilled_workers"], languages: ["de", "en", "fa"], groups: [A], from: -30, to: 180, online: true },
  { org: "jobcenter-halle", category: "job_fair", title: "Bewerbertag im Jobcenter: Logistik und Lager", summary: "Arbeitgeber aus der Logistik stellen sich vor, Vorstellungsgespräche direkt vor Ort.", topics: ["arbeit"], targets: ["everyone", "asylum_countries"], languages: ["de", "ar", "uk"], groups: [A], from: 10, to: 10, place: "Jobcenter Halle, Schopenhauerstraße 4", events: [[10, "10:00", "14:00"]], tr: { ar: ["يوم المتقدمين في مركز العمل: اللوجستيات والمستودعات", "أرباب عمل من قطاع اللوجستيات يعرّفون بأنفسهم، ومقابلات عمل مباشرة في المكان."], uk: ["День кандидатів у Jobcenter: логістика і склад", "Роботодавці з логістики представляються, співбесіди прямо на місці."] } },
  { org: "jobcenter-halle", category: "job_fair", title: "Bewerbertag Pflege und Gesundheit", summary: "Pflegeheime, Kliniken und ambulante Dienste suchen Pflegehelferinnen, Pflegekräfte und Auszubildende.", topics: ["arbeit", "gesundheit", "ausbildung"], targets: ["everyone", "skilled_workers"], languages: ["de", "en", "ar"], groups: [A], from: 25, to: 25, place: "Jobcenter Halle, Schopenhauerstraße 4", events: [[25, "09:00", "13:00"]] },
  { org: "agentur-arbeit-halle", category: "job_fair", title: "Stellenbörse für Geflüchtete – Frühjahr", summary: "Über 40 Betriebe aus Halle und dem Saalekreis mit offenen Stellen und Ausbildungsplätzen.", topics: ["arbeit", "ausbildung"], targets: ["asylum_countries", "ukraine"], languages: ["de", "en", "ar", "uk", "fa"], groups: [A, M], from: 40, to: 40, place: "Händelhalle, Salzgrafenplatz 1", events: [[40, "10:00", "15:00"]], tr: { uk: ["Ярмарок вакансій для біженців – весна", "Понад 40 підприємств з Галле та Зальскрайсу з вакансіями та місцями для навчання."], ar: ["بورصة الوظائف للاجئين – الربيع", "أكثر من 40 شركة من هاله ومنطقة زالة تعرض وظائف شاغرة وأماكن تدريب مهني."], fa: ["بازار کار برای پناهجویان – بهار", "بیش از ۴۰ شرکت از هاله و ساله‌کرایس با فرصت‌های شغلی و جای کارآموزی."] } },
  { org: "agentur-arbeit-halle", category: "job_fair", title: "Stellenbörse Herbst", summary: "Die Stellenbörse im Herbst mit Betrieben aus Handwerk und Industrie.", topics: ["arbeit"], targets: ["everyone"], languages: ["de", "en"], groups: [A], from: -120, to: -120, place: "Händelhalle, Salzgrafenplatz 1", events: [[-120, "10:00", "15:00"]], publishedDaysAgo: 160 },
  { org: "agentur-arbeit-halle", category: "counselling", title: "Berufsberatung im Erwerbsleben für Zugewanderte", summary: "Orientierung, Weiterbildung und Umschulung – mit Sprachmittlung nach Absprache.", topics: ["arbeit", "ausbildung"], targets: ["skilled_workers", "everyone"], languages: ["de", "en", "ru"], groups: [A], from: null, to: null, place: "Agentur für Arbeit Halle, Schopenhauerstraße 2" },
  { org: "ihk-halle-dessau", category: "event", title: "Infoabend: Ausbildung in IHK-Berufen", summary: "Welche Ausbildungsberufe gibt es, wie läuft die Bewerbung, welche Förderung ist möglich?", topics: ["ausbildung", "arbeit"], targets: ["young_people", "families"], languages: ["de", "ar"], groups: [A, D], from: 15, to: 15, place: "IHK Halle-Dessau, Franckestraße 5" },
  { org: "ihk-halle-dessau", category: "counselling", title: "IHK FOSA-Beratung: Anerkennung kaufmännischer und technischer Abschlüsse", summary: "Gleichwertigkeitsprüfung für IHK-Berufe, Unterlagen und Ablauf.", topics: ["anerkennung"], targets: ["skilled_workers"], languages: ["de", "en"], groups: [A], from: null, to: null },
  { org: "hwk-halle", category: "counselling", title: "Anerkennung im Handwerk", summary: "Beratung zur Anerkennung handwerklicher Berufsabschlüsse und zu Anpassungsqualifizierungen.", topics: ["anerkennung", "arbeit"], targets: ["skilled_workers"], languages: ["de", "ru", "uk"], groups: [A], from: null, to: 300 },
  { org: "hwk-halle", category: "project", title: "Handwerk erleben – Praktikumswochen für Geflüchtete", summary: "Zwei Wochen in Werkstätten: Elektro, Sanitär, Maler, mit Sprachbegleitung.", topics: ["ausbildung", "arbeit"], targets: ["young_people", "asylum_countries"], languages: ["de", "ar", "fa", "ps"], groups: [A], from: 20, to: 90, place: "Bildungszentrum der HWK, Osendorf", tr: { fa: ["تجربه صنایع دستی – هفته‌های کارآموزی برای پناهجویان", "دو هفته در کارگاه‌ها: برق، لوله‌کشی، نقاشی، با همراهی زبانی."], ar: ["تجربة الحِرف – أسابيع تدريب عملي للاجئين", "أسبوعان في الورش: كهرباء، سباكة، دهان، مع مرافقة لغوية."] } },
  { org: "bzm-neustadt", category: "counselling", title: "Migrationsberatung in Halle-Neustadt", summary: "Beratung zu Aufenthalt, Behörden, Wohnen und Arbeit – offen dienstags und donnerstags.", topics: ["aufenthalt", "wohnen", "arbeit"], targets: ["everyone"], languages: ["de", "ar", "fa", "ru", "uk"], groups: [A, D], from: null, to: null, place: "Am Gastronom 8, 06124 Halle (Saale)", tr: { ar: ["استشارات الهجرة في هاله-نويشتات", "استشارات حول الإقامة والدوائر الرسمية والسكن والعمل – الثلاثاء والخميس."], fa: ["مشاوره مهاجرت در هاله-نویشتات", "مشاوره درباره اقامت، ادارات، مسکن و کار – سه‌شنبه‌ها و پنجشنبه‌ها."], uk: ["Міграційна консультація в Галле-Нойштадт", "Консультації щодо перебування, установ, житла і роботи – вівторок і четвер."] } },
  { org: "bzm-neustadt", category: "course", title: "Frauencafé mit Kinderbetreuung", summary: "Austausch, Information und Deutsch im Alltag – Kinder werden nebenan betreut.", topics: ["deutsch", "kinderbetreuung", "familie"], targets: ["women", "families"], languages: ["de", "ar", "fa"], groups: [G], from: -90, to: 150, place: "Am Gastronom 8, 06124 Halle (Saale)", tr: { ar: ["مقهى النساء مع رعاية الأطفال", "تبادل ومعلومات وألمانية الحياة اليومية – الأطفال في رعاية بالغرفة المجاورة."] } },
  { org: "bzm-neustadt", category: "counselling", title: "Sozialberatung zum Bürgergeld", summary: "Hilfe bei Anträgen, Bescheiden und Widersprüchen.", topics: ["arbeit", "familie"], targets: ["everyone"], languages: ["de", "ar"], groups: [A], from: -10, to: 200, status: "draft" },
  { org: "mbe-saaleufer", category: "counselling", title: "Migrationsberatung für Erwachsene (MBE)", summary: "Individuelle Begleitung in den ersten Jahren: Sprache, Arbeit, Familie, Aufenthalt.", topics: ["aufenthalt", "deutsch", "arbeit"], targets: ["everyone"], languages: ["de", "en", "tr", "ku"], groups: [A, D], from: null, to: null, place: "Saaleufer 3, 06108 Halle (Saale)" },
  { org: "mbe-saaleufer", category: "event", title: "Infoveranstaltung Einbürgerung", summary: "Voraussetzungen, Einbürgerungstest und Antrag – mit Fragen aus der Praxis.", topics: ["aufenthalt"], targets: ["everyone"], languages: ["de", "en"], groups: [G], from: 30, to: 30, place: "Stadtbibliothek, Salzgrafenstraße 2" },
  { org: "jmd-steintor", category: "counselling", title: "Jugendmigrationsdienst: Beratung für junge Menschen bis 27", summary: "Schule, Ausbildung, Studium, Aufenthalt – wir begleiten dich.", topics: ["ausbildung", "aufenthalt"], targets: ["young_people"], languages: ["de", "en", "ar", "ti", "so"], groups: [D, G], from: null, to: null, place: "Am Steintor 20, 06112 Halle (Saale)" },
  { org: "jmd-steintor", category: "course", title: "Bewerbungstraining für junge Geflüchtete", summary: "Lebenslauf, Anschreiben, Vorstellungsgespräch üben – in kleinen Gruppen.", topics: ["arbeit", "ausbildung"], targets: ["young_people", "asylum_countries"], languages: ["de", "ar", "ps", "ti"], groups: [A], from: 5, to: 60, place: "Am Steintor 20, 06112 Halle (Saale)" },
  { org: "jmd-steintor", category: "project", title: "Fußball und Hausaufgabenhilfe", summary: "Jeden Mittwoch: erst Hausaufgaben, dann Training auf dem Platz am Steintor.", topics: ["freizeit", "deutsch"], targets: ["young_people"], languages: ["de", "ar", "fa"], groups: [G, E], from: -150, to: -5, publishedDaysAgo: 150 },
  { org: "psz-brueckenschlag", category: "counselling", title: "Psychosoziale Beratung für Geflüchtete", summary: "Unterstützung bei Belastungen nach Flucht und Gewalt, mit Dolmetschenden.", topics: ["gesundheit"], targets: ["asylum_countries", "ukraine", "women"], languages: ["de", "ar", "fa", "uk", "ti"], groups: [G], from: null, to: null, tr: { uk: ["Психосоціальна консультація для біженців", "Підтримка при навантаженнях після втечі та насильства, з перекладачами."], ar: ["استشارة نفسية اجتماعية للاجئين", "دعم عند الضغوط بعد اللجوء والعنف، مع مترجمين."], fa: ["مشاوره روانی-اجتماعی برای پناهجویان", "حمایت در برابر فشارهای پس از فرار و خشونت، با مترجم."] } },
  { org: "psz-brueckenschlag", category: "course", title: "Stabilisierungsgruppe für Frauen", summary: "Acht Treffen zu Schlaf, Stress und Selbstfürsorge, in geschütztem Rahmen.", topics: ["gesundheit"], targets: ["women"], languages: ["de", "ar", "fa"], groups: [G], from: 14, to: 80, status: "draft" },
  { org: "bildungswerk-saale", category: "course", title: "Berufsbezogener Deutschkurs B2 (DeuFöV)", summary: "Deutsch für den Beruf mit Zertifikat, in Teilzeit, Start monatlich.", topics: ["deutsch", "arbeit"], targets: ["skilled_workers", "everyone"], languages: ["de"], groups: [D], from: -20, to: 240, place: "Leipziger Straße 90, 06108 Halle (Saale)" },
  { org: "bildungswerk-saale", category: "course", title: "Berufssprachkurs Pflege B1–B2", summary: "Fachsprache für Pflegekräfte und Pflegehilfskräfte mit Praxistagen.", topics: ["deutsch", "gesundheit", "anerkennung"], targets: ["skilled_workers"], languages: ["de"], groups: [D, A], from: 10, to: 200, place: "Leipziger Straße 90, 06108 Halle (Saale)" },
  { org: "bildungswerk-saale", category: "course", title: "Umschulung Fachkraft Lagerlogistik mit Sprachförderung", summary: "Zwei Jahre, IHK-Abschluss, mit begleitendem Deutschunterricht.", topics: ["ausbildung", "arbeit", "deutsch"], targets: ["everyone"], languages: ["de"], groups: [A], from: 60, to: 790 },
  { org: "bbz-halle-ost", category: "course", title: "Teilqualifizierung Metall für Zugewanderte", summary: "Modulare Qualifizierung mit Zertifikaten der Kammer, Einstieg jederzeit.", topics: ["ausbildung", "arbeit"], targets: ["skilled_workers", "asylum_countries"], languages: ["de", "ar", "ru"], groups: [A], from: -45, to: 320 },
  { org: "bbz-halle-ost", category: "event", title: "Tag der offenen Werkstatt", summary: "Ausprobieren in Metall, Holz und Elektro – für Jugendliche und Eltern.", topics: ["ausbildung"], targets: ["young_people", "families"], languages: ["de", "ar", "uk"], groups: [A, G], from: -30, to: -30, publishedDaysAgo: 60 },
  { org: "sprachinstitut-haendelstadt", category: "course", title: "Integrationskurs mit Kinderbetreuung", summary: "Allgemeiner Integrationskurs am Vormittag, Kinderbetreuung im Haus.", topics: ["deutsch", "kinderbetreuung"], targets: ["women", "families"], languages: ["de"], groups: [D], from: 7, to: 270, place: "Große Ulrichstraße 51, 06108 Halle (Saale)" },
  { org: "sprachinstitut-haendelstadt", category: "course", title: "Alphabetisierungskurs", summary: "Integrationskurs mit Alphabetisierung für Menschen, die noch nicht in lateinischer Schrift lesen und schreiben.", topics: ["deutsch"], targets: ["asylum_countries", "everyone"], languages: ["de", "ar", "ti"], groups: [D], from: -100, to: 200 },
  { org: "sprachinstitut-haendelstadt", category: "course", title: "Abendkurs Deutsch A2 für Berufstätige", summary: "Zweimal pro Woche ab 18 Uhr, auch online möglich.", topics: ["deutsch"], targets: ["skilled_workers"], languages: ["de"], groups: [D], from: -200, to: -15, online: true, publishedDaysAgo: 200 },
  { org: "sprachschule-saalebogen", category: "course", title: "Deutsch für Ukrainerinnen und Ukrainer – Intensivkurs B1", summary: "Vier Stunden täglich, Prüfungsvorbereitung telc B1.", topics: ["deutsch"], targets: ["ukraine"], languages: ["de", "uk", "ru"], groups: [D], from: 14, to: 150, tr: { uk: ["Німецька для українок і українців – інтенсивний курс B1", "Чотири години щодня, підготовка до іспиту telc B1."] } },
  { org: "sprachschule-saalebogen", category: "course", title: "Sprachcafé am Saalebogen", summary: "Deutsch sprechen ohne Kursdruck, jeden Freitagnachmittag.", topics: ["deutsch", "freizeit"], targets: ["everyone", "volunteers"], languages: ["de"], groups: [D, E], from: null, to: null },
  { org: "ikz-halle-sued", category: "course", title: "Jugendintegrationskurs", summary: "Integrationskurs für junge Erwachsene bis 27 mit Berufsorientierung.", topics: ["deutsch", "ausbildung"], targets: ["young_people"], languages: ["de"], groups: [D], from: 21, to: 300 },
  { org: "ikz-halle-sued", category: "course", title: "Frauenintegrationskurs", summary: "Integrationskurs nur für Frauen, mit Kinderbetreuung und Themen aus dem Familienalltag.", topics: ["deutsch", "kinderbetreuung", "familie"], targets: ["women"], languages: ["de", "ar", "fa", "ps"], groups: [D, G], from: 3, to: 260, tr: { ar: ["دورة اندماج للنساء", "دورة اندماج للنساء فقط، مع رعاية الأطفال ومواضيع من الحياة العائلية."], fa: ["دوره ادغام برای زنان", "دوره ادغام فقط برای زنان، با مراقبت از کودکان و موضوعات زندگی خانوادگی."] } },
  { org: "vmo-halle", category: "project", title: "Empowerment-Werkstatt für Migrantenorganisationen", summary: "Vereinsgründung, Fördermittel, Öffentlichkeitsarbeit – Workshops für Vereine.", topics: ["freizeit"], targets: ["volunteers"], languages: ["de", "ar", "ru"], groups: [M], from: -20, to: 160 },
  { org: "vmo-halle", category: "event", title: "Interkulturelle Woche: Markt der Vereine", summary: "Migrantenorganisationen stellen sich vor – mit Musik, Essen und Mitmachangeboten.", topics: ["freizeit"], targets: ["everyone"], languages: ["de", "ar", "uk", "ru"], groups: [M, G], from: 50, to: 50, place: "Marktplatz Halle" },
  { org: "dsk-halle", category: "counselling", title: "Lotsensprechstunde auf Arabisch", summary: "Ehrenamtliche Lotsinnen und Lotsen helfen bei Briefen, Terminen und Anträgen.", topics: ["aufenthalt", "wohnen"], targets: ["asylum_countries"], languages: ["ar", "de"], groups: [M], from: null, to: null, place: "Vereinsräume, Merseburger Straße 40", tr: { ar: ["ساعة استشارة المرشدين باللغة العربية", "مرشدون متطوعون يساعدون في الرسائل والمواعيد والطلبات."] } },
  { org: "dsk-halle", category: "project", title: "Frauen stärken – Treffpunkt für syrische Frauen", summary: "Monatliche Treffen zu Gesundheit, Arbeit und Schule der Kinder.", topics: ["gesundheit", "familie", "arbeit"], targets: ["women"], languages: ["ar", "de"], groups: [M, G], from: -40, to: 200 },
  { org: "dsk-halle", category: "event", title: "Kulturabend Syrien", summary: "Musik, Lesung und Essen – ein Abend der Begegnung.", topics: ["freizeit"], targets: ["everyone"], languages: ["de", "ar"], groups: [G], from: -70, to: -70, publishedDaysAgo: 90 },
  { org: "ukrainische-gemeinschaft", category: "counselling", title: "Beratung für Geflüchtete aus der Ukraine", summary: "Aufenthalt nach § 24, Jobcenter, Schule und Kita – auf Ukrainisch und Russisch.", topics: ["aufenthalt", "arbeit", "familie"], targets: ["ukraine"], languages: ["uk", "ru", "de"], groups: [M], from: null, to: null, tr: { uk: ["Консультації для біженців з України", "Перебування за § 24, Jobcenter, школа і дитсадок – українською та російською."], ru: ["Консультации для беженцев из Украины", "Пребывание по § 24, Jobcenter, школа и детский сад – на украинском и русском."] } },
  { org: "ukrainische-gemeinschaft", category: "course", title: "Samstagsschule Ukrainisch für Kinder", summary: "Muttersprachlicher Unterricht, Lesen und Schreiben, Lieder und Geschichte.", topics: ["familie", "freizeit"], targets: ["families", "ukraine"], languages: ["uk"], groups: [M], from: -100, to: 150 },
  { org: "afghanischer-frauenverein", category: "project", title: "Nähwerkstatt und Deutsch für afghanische Frauen", summary: "Gemeinsam nähen und dabei Deutsch üben – mit Kinderbetreuung.", topics: ["deutsch", "kinderbetreuung"], targets: ["women", "asylum_countries"], languages: ["fa", "ps", "de"], groups: [M, G], from: -30, to: 180, tr: { fa: ["کارگاه خیاطی و آلمانی برای زنان افغان", "با هم خیاطی کنیم و آلمانی تمرین کنیم – با مراقبت از کودکان."] } },
  { org: "afghanischer-frauenverein", category: "counselling", title: "Beratung für Frauen auf Dari und Paschtu", summary: "Vertrauliche Beratung zu Familie, Gesundheit und Aufenthalt.", topics: ["familie", "gesundheit", "aufenthalt"], targets: ["women"], languages: ["fa", "ps"], groups: [M], from: null, to: null, status: "draft" },
  { org: "vietnamesischer-verein", category: "event", title: "Tet-Fest – vietnamesisches Neujahr", summary: "Fest für alle mit Kulturprogramm und Informationsständen.", topics: ["freizeit"], targets: ["everyone", "families"], languages: ["de"], groups: [M, G], from: 70, to: 70 },
  { org: "eritreische-gemeinde", category: "counselling", title: "Sprechstunde auf Tigrinya", summary: "Hilfe beim Verstehen von Briefen und bei Terminen mit Behörden.", topics: ["aufenthalt"], targets: ["asylum_countries"], languages: ["ti", "de"], groups: [M], from: null, to: null },
  { org: "kurdisches-kulturzentrum", category: "course", title: "Deutsch-Kurmanji-Gesprächskreis", summary: "Eltern und Kinder lernen zusammen, wöchentlich im Kulturzentrum.", topics: ["deutsch", "familie"], targets: ["families"], languages: ["ku", "de"], groups: [M, D], from: -25, to: 110 },
  { org: "afrika-forum", category: "event", title: "Afrika-Tag Halle", summary: "Workshops, Podium und Konzert zum Afrika-Tag.", topics: ["freizeit"], targets: ["everyone"], languages: ["de", "en", "fr", "so"], groups: [M, G], from: 90, to: 90 },
  { org: "elternverein-raduga", category: "course", title: "Eltern-Kind-Gruppe Raduga", summary: "Zweisprachige Spielgruppe für Kinder von 1 bis 4 Jahren.", topics: ["kinderbetreuung", "familie"], targets: ["families", "ukraine"], languages: ["ru", "uk", "de"], groups: [G], from: null, to: null },
  { org: "sozialwerk-mitteldeutschland", category: "counselling", title: "Schuldnerberatung mit Sprachmittlung", summary: "Überblick über Schulden, Verhandlungen mit Gläubigern, Pfändungsschutz.", topics: ["wohnen", "familie"], targets: ["everyone"], languages: ["de", "ar", "ru"], groups: [G], from: null, to: null },
  { org: "diakonisches-sozialwerk", category: "counselling", title: "Wohnungssuche – Beratung und Begleitung", summary: "Wie finde ich eine Wohnung? Wohnberechtigungsschein, Mietvertrag, Besichtigung.", topics: ["wohnen"], targets: ["everyone", "families"], languages: ["de", "ar", "uk"], groups: [G], from: -15, to: 200, tr: { uk: ["Пошук житла – консультації і супровід", "Як знайти квартиру? Довідка на соціальне житло, договір оренди, огляд."] } },
  { org: "jugendhilfeverbund", category: "project", title: "Mentoring für junge Geflüchtete in Ausbildung", summary: "Ehrenamtliche Mentorinnen und Mentoren begleiten durch die Ausbildung.", topics: ["ausbildung"], targets: ["young_people", "volunteers"], languages: ["de"], groups: [E, A], from: -60, to: 300 },
  { org: "projektwerkstatt-integration", category: "project", title: "Perspektive Beruf – Coaching für Frauen", summary: "Einzelcoaching und Gruppenangebote für Frauen mit Fluchtgeschichte auf dem Weg in Arbeit.", topics: ["arbeit", "kinderbetreuung"], targets: ["women", "asylum_countries"], languages: ["de", "ar", "fa", "ti"], groups: [A, G], from: -80, to: 280, tr: { ar: ["آفاق مهنية – تدريب للنساء", "تدريب فردي وجماعي للنساء ذوات تجربة اللجوء في طريقهن إلى العمل."], fa: ["چشم‌انداز شغلی – کوچینگ برای زنان", "کوچینگ فردی و گروهی برای زنان با سابقه پناهندگی در مسیر کار."] } },
  { org: "projektwerkstatt-integration", category: "project", title: "Digitale Fitness – Smartphone und Online-Behörden", summary: "Kurze Kurse zu E-Mail, Online-Terminen und digitalen Anträgen.", topics: ["aufenthalt", "arbeit"], targets: ["everyone"], languages: ["de", "ar", "uk"], groups: [G], from: -5, to: 120 },
  { org: "bruecken-bauen", category: "project", title: "Brücken bauen: Patenschaften für Familien", summary: "Ehrenamtliche begleiten neu angekommene Familien im ersten Jahr.", topics: ["familie", "freizeit"], targets: ["families", "volunteers"], languages: ["de", "en"], groups: [E], from: null, to: null },
  { org: "perspektive-arbeit", category: "project", title: "Jobcoaching für Geflüchtete aus der Ukraine", summary: "Begleitung in den Arbeitsmarkt: Profil, Bewerbung, Einstieg im Betrieb.", topics: ["arbeit"], targets: ["ukraine", "skilled_workers"], languages: ["de", "uk", "ru"], groups: [A], from: -50, to: 250, tr: { uk: ["Коучинг з працевлаштування для біженців з України", "Супровід на ринок праці: профіль, заявка, початок роботи на підприємстві."] } },
  { org: "perspektive-arbeit", category: "job_fair", title: "Speed-Dating mit Arbeitgebern", summary: "Zehn Minuten pro Gespräch, fünfzehn Betriebe, ein Nachmittag.", topics: ["arbeit"], targets: ["everyone", "employers"], languages: ["de", "en"], groups: [A], from: 35, to: 35, status: "draft" },
  { org: "kulturwerkstatt-neustadt", category: "event", title: "Theaterprojekt „Ankommen“", summary: "Jugendliche aus Neustadt entwickeln ein Stück über ihre Wege nach Halle.", topics: ["freizeit"], targets: ["young_people"], languages: ["de", "ar", "uk"], groups: [G], from: -10, to: 100 },
  { org: "quartiersmanagement-neustadt", category: "event", title: "Nachbarschaftsfest Neustadt", summary: "Begegnung im Quartier mit Infoständen der Beratungsstellen.", topics: ["freizeit", "wohnen"], targets: ["everyone"], languages: ["de"], groups: [G, E], from: 45, to: 45 },
  { org: "quartiersbuero-silberhoehe", category: "counselling", title: "Offene Sprechstunde im Quartiersbüro", summary: "Fragen zu Nachbarschaft, Wohnen und Angeboten im Stadtteil.", topics: ["wohnen"], targets: ["everyone"], languages: ["de", "ru"], groups: [G], from: null, to: null },
  { org: "ehrenamtsboerse", category: "project", title: "Ehrenamt für Zugewanderte", summary: "Wir vermitteln Engagement – auch für Menschen mit wenig Deutsch.", topics: ["freizeit", "deutsch"], targets: ["volunteers", "everyone"], languages: ["de", "en", "ar"], groups: [E], from: null, to: null },
  { org: "patenschaftsnetz", category: "course", title: "Schulung für neue Patinnen und Paten", summary: "Rollenklärung, Grenzen, Hilfesystem in Halle – an zwei Abenden.", topics: ["freizeit"], targets: ["volunteers"], languages: ["de"], groups: [E], from: 12, to: 19, events: [[12, "18:00", "20:30"], [19, "18:00", "20:30"]] },
  { org: "kulturlotsen", category: "event", title: "Stadtführung „Halle für Neue“", summary: "Wichtige Orte, Ämter und Beratungsstellen zu Fuß kennenlernen.", topics: ["freizeit", "aufenthalt"], targets: ["everyone"], languages: ["de", "en", "ar", "uk"], groups: [E], from: 8, to: 8, tr: { en: ["City walk “Halle for newcomers”", "Get to know important places, offices and counselling centres on foot."] } },
  { org: "halle-hilft", category: "project", title: "Kleiderkammer und Möbelbörse", summary: "Kostenlose Kleidung und Möbel für Menschen mit geringem Einkommen.", topics: ["wohnen", "familie"], targets: ["everyone"], languages: ["de"], groups: [E], from: -300, to: -20, publishedDaysAgo: 300 },
  { org: "ev-kirchengemeinde-saaleaue", category: "course", title: "Deutschkurs für Anfängerinnen in der Gemeinde", summary: "Ehrenamtlicher Kurs, zweimal pro Woche, mit Kinderecke.", topics: ["deutsch", "kinderbetreuung"], targets: ["women"], languages: ["de"], groups: [D, E], from: -30, to: 120 },
  { org: "islamische-gemeinde-neustadt", category: "event", title: "Tag der offenen Moschee", summary: "Führungen, Gespräch und Tee – alle sind willkommen.", topics: ["freizeit"], targets: ["everyone"], languages: ["de", "ar"], groups: [G], from: 55, to: 55 },
  { org: "fb-bildung", category: "counselling", title: "Schulanmeldung für zugewanderte Kinder", summary: "Bildungsberatung, Schulplatz und Sprachförderung – Termin nach Vereinbarung.", topics: ["familie", "deutsch"], targets: ["families", "ukraine"], languages: ["de", "uk", "ar"], groups: [D, G], from: null, to: null },
  { org: "auslaenderbehoerde", category: "event", title: "Infoabend: Chancen-Aufenthaltsrecht", summary: "Voraussetzungen, Fristen und Beratungsangebote – mit Fragerunde.", topics: ["aufenthalt"], targets: ["asylum_countries"], languages: ["de", "ar", "fa"], groups: [M], from: -90, to: -60, publishedDaysAgo: 100 },
  { org: "dlz-integration", category: "other", title: "Wegweiser Integration Halle", summary: "Alle Beratungsstellen der Stadt auf einen Blick – gedruckt und online.", topics: ["aufenthalt", "arbeit", "deutsch"], targets: ["everyone"], languages: ["de", "en", "ar", "uk", "ru", "fa"], groups: [G], from: null, to: null, online: true },
];

function bodyFor(seed: OfferSeed): string {
  return [
    seed.summary,
    "",
    "**So läuft es ab**",
    "",
    "- Termin telefonisch oder per E-Mail vereinbaren",
    "- Unterlagen mitbringen, soweit vorhanden",
    "- Sprachmittlung auf Wunsch",
    "",
    "Mehr Informationen im [Wegweiser Integration](https://www.halle.de/).",
  ].join("\n");
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function seedOffers(
  trx: Kysely<Database>,
  opts: { networkId: number; networkSlug: string; now: Date; orgId: (key: string) => number },
): Promise<void> {
  if (opts.networkSlug !== "halle") return;
  const today = todayIn(opts.now);
  const groups = await trx.selectFrom("groups").select(["id", "slug"]).where("network_id", "=", opts.networkId).execute();
  const groupId = (slug: string) => {
    const g = groups.find((x) => x.slug === slug);
    if (!g) throw new Error(`Seed offers: unknown group ${slug}`);
    return g.id;
  };
  for (const [index, seed] of offerSeeds.entries()) {
    const status = seed.status ?? "published";
    const publishedAt = new Date(opts.now.getTime() - (seed.publishedDaysAgo ?? index + 1) * 86_400_000).toISOString();
    const { id } = await trx
      .insertInto("offers")
      .values({
        network_id: opts.networkId,
        organisation_id: opts.orgId(seed.org),
        title: seed.title,
        summary: seed.summary,
        body: bodyFor(seed),
        category: seed.category,
        place: seed.place ?? null,
        online: seed.online ? 1 : 0,
        valid_from: seed.from === null ? null : addDays(today, seed.from),
        valid_to: seed.to === null ? null : addDays(today, seed.to),
        contact: "Terminvereinbarung über die Kontaktdaten der Organisation",
        status,
        created_at: publishedAt,
        updated_at: publishedAt,
        published_at: status === "published" ? publishedAt : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (seed.topics.length) await trx.insertInto("offer_topics").values(seed.topics.map((topic) => ({ offer_id: id, topic }))).execute();
    if (seed.targets.length) await trx.insertInto("offer_targets").values(seed.targets.map((target) => ({ offer_id: id, target }))).execute();
    if (seed.languages.length) await trx.insertInto("offer_languages").values(seed.languages.map((language) => ({ offer_id: id, language }))).execute();
    if (seed.groups.length) await trx.insertInto("offer_groups").values(seed.groups.map((slug) => ({ offer_id: id, group_id: groupId(slug) }))).execute();
    if (seed.events?.length) {
      await trx
        .insertInto("offer_event_dates")
        .values(
          seed.events.map(([days, start, end]) => ({
            offer_id: id,
            network_id: opts.networkId,
            starts_at: localToUtc(addDays(today, days), start).toISOString(),
            ends_at: localToUtc(addDays(today, days), end).toISOString(),
          })),
        )
        .execute();
    }
    const translations = Object.entries(seed.tr ?? {}) as [string, [string, string]][];
    if (translations.length) {
      await trx.insertInto("offer_translations").values(translations.map(([language, [title, summary]]) => ({ offer_id: id, language, title, summary }))).execute();
    }
  }
}
