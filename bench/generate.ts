import type SQLite from "better-sqlite3";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { DEMO_PASSWORD } from "../app/auth/demo-accounts";
import { hashPassword } from "../app/auth/password.server";
import { hashToken } from "../app/auth/tokens.server";
import { offerCategories, offerLanguages, offerTargets, offerTopics, translationLanguages } from "../app/offers/vocab";
import { organisationKinds } from "../app/organisations/kinds";
import { createDatabase, migrateToLatest, openSqlite, refreshPlannerStatistics } from "../db/sqlite";

// A synthetic large-city network for the benchmark and the performance guards. Rows are
// written with prepared statements in one transaction straight through better-sqlite3:
// going through the app's functions would take minutes at this size. Scale 1 is the
// benchmark's city (40 groups, 2,500 organisations, 10,000 people, ~2,000 meetings,
// 50,000 offers, 5,000 work packages, 50 small networks); the tests use a small fraction.

export const BIG_NETWORK = "grossstadt";

/** What the benchmark and the tests need to know about a generated file. */
export interface DatasetFacts {
  scale: number;
  networkSlug: string;
  largestGroupSlug: string;
  steeringGroupSlug: string;
  longestAgendaMeetingId: number;
  /** moderator of the largest group */
  moderatorEmail: string;
  steeringLeadEmail: string;
  /** a person in 10 groups, with a personal calendar feed */
  manyGroupsEmail: string;
  manyGroupsFeedToken: string;
  /** people who may propose agenda items in the largest group, post offers for their organisation and comment on its work packages */
  writers: { email: string; organisationId: number }[];
  /** a meeting of the largest group that takes proposals */
  openMeetingId: number;
  /** a work package of the largest group */
  commentableWorkPackageId: number;
  password: string;
}

export interface GenerateOptions {
  scale?: number;
  now?: Date;
  /** how many writer accounts to create (the benchmark's concurrent writers) */
  writers?: number;
}

const DAY = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so every build of the set is alike. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
  };
}

const words = [
  "Arbeit", "Sprache", "Integration", "Beratung", "Anerkennung", "Ausbildung", "Familie", "Wohnen", "Gesundheit", "Schule",
  "Nachbarschaft", "Ehrenamt", "Qualifizierung", "Kita", "Frauen", "Jugend", "Sport", "Kultur", "Teilhabe", "Pflegekräfte",
  "Sprachcafé", "Bewerbung", "Praktikum", "Mentoring", "Elternarbeit", "Dolmetschen", "Aufenthalt", "Netzwerk", "Quartier", "Begegnung",
];
const cadences = ["monthly", "bimonthly", "quarterly", "quarterly", "half_yearly"] as const;
const monthsBetween: Record<(typeof cadences)[number], number> = { monthly: 1, bimonthly: 2, quarterly: 3, half_yearly: 6 };

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function localDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// Filler words around the domain words, so that a search word matches a realistic share of
// the offers (about a third for "Beratung") instead of nearly all of them.
const syllables = ["ber", "gan", "lo", "mit", "sen", "tra", "ul", "vek", "zim", "ho", "ra", "nel", "ta", "fru", "kor", "dis"];
const filler = Array.from({ length: 400 }, (_, i) => {
  const a = syllables[i % 16];
  const b = syllables[Math.floor(i / 16) % 16];
  const c = syllables[(i * 7) % 16];
  return `${a}${b}${i % 3 === 0 ? c : ""}`;
});

function sentence(rng: ReturnType<typeof random>, n: number): string {
  return Array.from({ length: n }, () => (rng.chance(0.15) ? rng.pick(words) : rng.pick(filler))).join(" ");
}

type Statements = ReturnType<typeof prepare>;

function prepare(sqlite: SQLite.Database) {
  const p = (sql: string) => sqlite.prepare(sql);
  return {
    network: p("insert into networks (slug, name, city) values (?, ?, ?)"),
    user: p("insert into users (email, name, password_hash) values (?, ?, ?)"),
    member: p("insert into network_members (network_id, user_id, role) values (?, ?, ?)"),
    organisation: p("insert into organisations (network_id, kind, name, short_name, contact_email, languages) values (?, ?, ?, ?, ?, ?)"),
    affiliation: p("insert into affiliations (network_id, user_id, organisation_id, position) values (?, ?, ?, ?)"),
    group: p("insert into groups (network_id, kind, slug, name, mandate, cadence) values (?, ?, ?, ?, ?, ?)"),
    orgMembership: p("insert into group_memberships (network_id, group_id, organisation_id, tier) values (?, ?, ?, ?)"),
    userMembership: p("insert into group_memberships (network_id, group_id, user_id, tier) values (?, ?, ?, ?)"),
    series: p("insert into meeting_series (network_id, group_id, cadence) values (?, ?, ?)"),
    meeting: p(`insert into meetings (network_id, series_id, kind, title, description, starts_at, ends_at, place, proposal_deadline, status, created_by, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    host: p("insert into meeting_hosts (meeting_id, group_id, network_id, starts_at) values (?, ?, ?, ?)"),
    agendaItem: p(`insert into agenda_items (network_id, meeting_id, position, title, description, kind, planned_minutes, presenter_organisation_id, status,
      proposed_by_user_id, proposed_by_organisation_id, minutes_text, outcome, decision, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    agendaEvent: p("insert into agenda_item_events (network_id, agenda_item_id, actor_user_id, from_status, to_status, created_at) values (?, ?, ?, ?, ?, ?)"),
    // Attendance is drawn at random; a person drawn twice for one meeting is invited once.
    attendance: p("insert or ignore into meeting_attendance (meeting_id, user_id, network_id, response, attended, invited_at) values (?, ?, ?, ?, ?, ?)"),
    actionItem: p("insert into action_items (network_id, meeting_id, agenda_item_id, title, owner, due_date, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)"),
    offer: p(`insert into offers (id, network_id, organisation_id, title, summary, body, category, place, online, valid_from, valid_to, status, created_by, created_at, updated_at, published_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    nextOfferId: p("select coalesce(max(id), 0) + 1 from offers").pluck(),
    offerTopic: p("insert into offer_topics (offer_id, topic) values (?, ?)"),
    offerTarget: p("insert into offer_targets (offer_id, target) values (?, ?)"),
    offerLanguage: p("insert into offer_languages (offer_id, language) values (?, ?)"),
    offerGroup: p("insert into offer_groups (offer_id, group_id) values (?, ?)"),
    offerTranslation: p("insert into offer_translations (offer_id, language, title, summary) values (?, ?, ?, ?)"),
    offerEventDate: p("insert into offer_event_dates (offer_id, network_id, starts_at, ends_at) values (?, ?, ?, ?)"),
    workPackage: p(`insert into work_packages (network_id, origin_group_id, origin_meeting_id, title, problem, request, responsible_organisation_id, due_date, priority, status,
      decision_rationale, decided_by, decided_at, submitted_at, created_by, created_at, updated_at)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    workPackageEvent: p("insert into work_package_events (network_id, work_package_id, actor_user_id, action, from_status, to_status, note, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)"),
    workPackageComment: p("insert into work_package_comments (network_id, work_package_id, author_user_id, body, created_at) values (?, ?, ?, ?, ?)"),
    calendarToken: p("insert into calendar_tokens (user_id, token_hash, created_at) values (?, ?, ?)"),
  };
}

const id = (result: SQLite.RunResult) => Number(result.lastInsertRowid);

interface NetworkShape {
  slug: string;
  name: string;
  organisations: number;
  people: number;
  groups: number;
  years: number;
  jointPerYear: number;
  agendaPerMeeting: number;
  offers: number;
  workPackages: number;
}

interface BuiltNetwork {
  networkId: number;
  groupIds: number[];
  groupSlugs: string[];
  userIds: number[];
  /** organisations of each user (index = user index) */
  orgOfUser: number[];
  meetings: { id: number; groupIds: number[]; startsAt: number; agenda: number; status: string }[];
}

function buildNetwork(s: Statements, rng: ReturnType<typeof random>, shape: NetworkShape, passwordHash: string, now: number): BuiltNetwork {
  const networkId = id(s.network.run(shape.slug, shape.name, shape.name.replace(/^Integrationsnetzwerk /, "")));

  const orgIds: number[] = [];
  for (let i = 0; i < shape.organisations; i++) {
    const kind = organisationKinds[i % organisationKinds.length];
    orgIds.push(id(s.organisation.run(networkId, kind, `${sentence(rng, 2)} ${i + 1}`, `O${i + 1}`, `kontakt${i + 1}@${shape.slug}.example`, "de,en")));
  }

  const userIds: number[] = [];
  const orgOfUser: number[] = [];
  for (let i = 0; i < shape.people; i++) {
    const userId = id(s.user.run(`person${i + 1}@${shape.slug}.example`, `Person ${i + 1} ${rng.pick(words)}`, passwordHash));
    userIds.push(userId);
    s.member.run(networkId, userId, i === 0 ? "admin" : "member");
    const orgIndex = i % orgIds.length;
    orgOfUser.push(orgIds[orgIndex]);
    s.affiliation.run(networkId, userId, orgIds[orgIndex], rng.pick(["Leitung", "Beratung", "Koordination", null]));
  }

  // Group 0 is the steering group, group 1 the largest specialist group, one forum; the rest
  // specialist groups. Organisations sit in about three groups each, a quarter in group 1.
  const groupIds: number[] = [];
  const groupSlugs: string[] = [];
  const groupCadence: (typeof cadences)[number][] = [];
  for (let g = 0; g < shape.groups; g++) {
    const kind = g === 0 ? "steering" : g === shape.groups - 1 ? "forum" : "specialist";
    const slug = g === 0 ? "steuerungsgruppe" : g === shape.groups - 1 ? "netzwerkforum" : `fg-${g}`;
    const cadence = g === 0 ? "quarterly" : g === 1 ? "monthly" : cadences[g % cadences.length];
    const name = g === 0 ? "Steuerungsgruppe" : g === shape.groups - 1 ? "Netzwerkforum" : `FG ${words[g % words.length]} ${g}`;
    groupIds.push(id(s.group.run(networkId, kind, slug, name, sentence(rng, 12), cadence)));
    groupSlugs.push(slug);
    groupCadence.push(cadence);
  }
  for (let o = 0; o < orgIds.length; o++) {
    const chosen = new Set<number>();
    if (o % 4 === 0 && groupIds.length > 1) chosen.add(1);
    if (o % 50 === 0) chosen.add(0);
    while (chosen.size < 3) chosen.add(1 + rng.int(groupIds.length - 1));
    // A few organisations per group prepare its meetings (the preparation tier).
    for (const g of chosen) s.orgMembership.run(networkId, groupIds[g], orgIds[o], rng.chance(0.02) ? "preparation" : "member");
  }

  // Meetings: every group in its cadence over the years (mostly past, one year ahead),
  // plus joint sessions of several groups.
  const meetings: BuiltNetwork["meetings"] = [];
  const start = now - (shape.years - 1) * 365 * DAY;
  const end = now + 365 * DAY;
  const addMeeting = (seriesId: number | null, kind: "regular" | "joint", title: string, hostIndexes: number[], startsAt: number, agendaCount: number) => {
    const past = startsAt < now;
    const status = past ? (rng.chance(0.9) ? "minutes_published" : "held") : startsAt < now + 60 * DAY ? "invited" : "planned";
    const startIso = iso(startsAt);
    const meetingId = id(
      s.meeting.run(networkId, seriesId, kind, title, sentence(rng, 10), startIso, iso(startsAt + 2 * 3600_000), `Raum ${rng.int(300)}`,
        iso(startsAt - 7 * DAY), status, userIds[0], iso(startsAt - 60 * DAY), iso(past ? startsAt + 3 * DAY : startsAt - 30 * DAY)),
    );
    for (const g of hostIndexes) s.host.run(meetingId, groupIds[g], networkId, startIso);
    meetings.push({ id: meetingId, groupIds: hostIndexes.map((g) => groupIds[g]), startsAt, agenda: agendaCount, status });
  };
  for (let g = 0; g < groupIds.length; g++) {
    const seriesId = id(s.series.run(networkId, groupIds[g], groupCadence[g]));
    const step = monthsBetween[groupCadence[g] as keyof typeof monthsBetween] * 30.4 * DAY;
    for (let t = start + rng.int(20) * DAY; t < end; t += step) {
      const at = Math.floor(t / DAY) * DAY + 9 * 3600_000;
      addMeeting(seriesId, "regular", `Sitzung ${groupSlugs[g]} ${localDate(at)}`, [g], at, shape.agendaPerMeeting);
    }
  }
  for (let y = 0; y < shape.years; y++) {
    for (let j = 0; j < shape.jointPerYear; j++) {
      const hosts = [...new Set(Array.from({ length: 4 }, () => rng.int(groupIds.length)))];
      const at = Math.floor((start + y * 365 * DAY + (j + 0.5) * (365 / shape.jointPerYear) * DAY) / DAY) * DAY + 13 * 3600_000;
      addMeeting(null, "joint", `Gemeinsame Sitzung ${localDate(at)}`, hosts, at, shape.agendaPerMeeting);
    }
  }
  // The longest agenda: one meeting of the largest group gets three times the usual items.
  const longest = meetings.filter((m) => m.groupIds[0] === groupIds[1] && m.status === "minutes_published").at(-1) ?? meetings[0];
  longest.agenda = shape.agendaPerMeeting * 3;

  for (const m of meetings) {
    const past = m.startsAt < now;
    const created = iso(m.startsAt - 30 * DAY);
    for (let position = 1; position <= m.agenda; position++) {
      const proposer = rng.int(userIds.length);
      const status = past ? (rng.chance(0.9) ? "accepted" : "declined") : rng.chance(0.7) ? "accepted" : "proposed";
      const minutes = past && status === "accepted" ? sentence(rng, 40) : "";
      const itemId = id(
        s.agendaItem.run(networkId, m.id, position, `TOP ${position}: ${sentence(rng, 3)}`, sentence(rng, 15), rng.pick(["information", "discussion", "decision", "report"]),
          5 + 5 * rng.int(4), orgOfUser[proposer], status, userIds[proposer], orgOfUser[proposer], minutes,
          minutes ? sentence(rng, 8) : "", minutes && rng.chance(0.3) ? sentence(rng, 6) : "", created, past ? iso(m.startsAt + DAY) : created),
      );
      s.agendaEvent.run(networkId, itemId, userIds[proposer], null, "proposed", created);
      if (status !== "proposed") s.agendaEvent.run(networkId, itemId, userIds[0], "proposed", status, created);
      if (minutes && position <= 2) s.actionItem.run(networkId, m.id, itemId, sentence(rng, 4), `Person ${proposer + 1}`, localDate(m.startsAt + 30 * DAY), rng.chance(0.8) ? "done" : "open", iso(m.startsAt));
    }
    // A handful of invitations per meeting (the real number is the host groups' people).
    for (let k = 0; k < 5; k++) {
      const userId = userIds[rng.int(userIds.length)];
      s.attendance.run(m.id, userId, networkId, past ? "attending" : rng.pick(["pending", "attending", "declined"]), past ? 1 : null, created);
    }
  }

  const days = shape.years * 365;
  // An offer's topics, targets, languages and translations go in before the offer itself (the
  // foreign keys are checked at commit): the index's triggers then write each offer's row once,
  // complete, instead of once more per topic, target and language.
  let offerId = Number(s.nextOfferId.get());
  for (let i = 0; i < shape.offers; i++, offerId++) {
    const org = rng.int(orgIds.length);
    const createdAt = now - rng.int(days) * DAY;
    const validTo = rng.chance(0.3) ? null : createdAt + (30 + rng.int(700)) * DAY;
    const status = rng.chance(0.8) ? "published" : rng.chance(0.5) ? "draft" : "archived";
    const category = rng.pick(offerCategories);
    const title = `${sentence(rng, 3)} ${i + 1}`;
    const summary = sentence(rng, 14);
    const body = sentence(rng, 60);
    const place = `Ort ${rng.int(50)}`;
    const online = rng.chance(0.2) ? 1 : 0;
    for (const topic of new Set([rng.pick(offerTopics), rng.pick(offerTopics)])) s.offerTopic.run(offerId, topic);
    s.offerTarget.run(offerId, rng.pick(offerTargets));
    for (const language of new Set(["de", rng.pick(offerLanguages)])) s.offerLanguage.run(offerId, language);
    s.offerGroup.run(offerId, groupIds[1 + rng.int(groupIds.length - 1)] ?? groupIds[0]);
    if (i % 5 === 0) {
      for (const language of new Set([rng.pick(translationLanguages), rng.pick(translationLanguages)])) {
        s.offerTranslation.run(offerId, language, `${sentence(rng, 3)} (${language})`, sentence(rng, 10));
      }
    }
    s.offer.run(offerId, networkId, orgIds[org], title, summary, body, category, place, online, localDate(createdAt),
      validTo === null ? null : localDate(validTo), status, userIds[org % userIds.length], iso(createdAt), iso(createdAt), status === "draft" ? null : iso(createdAt));
    if (category === "event") s.offerEventDate.run(offerId, networkId, iso(createdAt + 14 * DAY), iso(createdAt + 14 * DAY + 2 * 3600_000));
  }

  const statuses = ["draft", "submitted", "in_review", "accepted", "returned", "declined", "in_progress", "done"] as const;
  const pastMeetings = meetings.filter((m) => m.startsAt < now);
  for (let i = 0; i < shape.workPackages; i++) {
    const origin = 1 + rng.int(Math.max(1, groupIds.length - 1));
    const status = statuses[rng.int(statuses.length)];
    const createdAt = now - rng.int(days) * DAY;
    const decided = ["accepted", "returned", "declined", "in_progress", "done"].includes(status);
    const meeting = pastMeetings.length ? pastMeetings[rng.int(pastMeetings.length)].id : null;
    const packageId = id(
      s.workPackage.run(networkId, groupIds[origin] ?? groupIds[0], meeting, `${sentence(rng, 4)} ${i + 1}`, sentence(rng, 30), sentence(rng, 20),
        orgIds[rng.int(orgIds.length)], localDate(createdAt + 90 * DAY), rng.pick(["low", "normal", "high"]), status,
        decided ? sentence(rng, 12) : "", decided ? userIds[0] : null, decided ? iso(createdAt + 20 * DAY) : null,
        status === "draft" ? null : iso(createdAt + 5 * DAY), userIds[rng.int(userIds.length)], iso(createdAt), iso(createdAt + 20 * DAY)),
    );
    // The timeline: created, submitted, decided (as far as the package got).
    s.workPackageEvent.run(networkId, packageId, userIds[0], "created", null, "draft", "", iso(createdAt));
    if (status !== "draft") s.workPackageEvent.run(networkId, packageId, userIds[0], "submit", "draft", "submitted", "", iso(createdAt + 5 * DAY));
    if (decided) s.workPackageEvent.run(networkId, packageId, userIds[0], "decide", "in_review", status, sentence(rng, 6), iso(createdAt + 20 * DAY));
    if (rng.chance(0.5)) s.workPackageComment.run(networkId, packageId, userIds[rng.int(userIds.length)], sentence(rng, 20), iso(createdAt + 10 * DAY));
  }

  return { networkId, groupIds, groupSlugs, userIds, orgOfUser, meetings };
}

function bigShape(scale: number): NetworkShape {
  const n = (full: number, min: number) => Math.max(min, Math.round(full * scale));
  return {
    slug: BIG_NETWORK,
    name: "Integrationsnetzwerk Großstadt",
    organisations: n(2500, 20),
    people: n(10_000, 60),
    groups: n(40, 6),
    years: n(10, 2),
    jointPerYear: 4,
    agendaPerMeeting: 11,
    offers: n(50_000, 100),
    workPackages: n(5000, 30),
  };
}

function smallShape(index: number): NetworkShape {
  return {
    slug: `kreis-${index + 1}`,
    name: `Integrationsnetzwerk Kreis ${index + 1}`,
    organisations: 12,
    people: 20,
    groups: 4,
    years: 2,
    jointPerYear: 1,
    agendaPerMeeting: 6,
    offers: 30,
    workPackages: 5,
  };
}

/** Writes a new dataset into `file` (replacing it) and answers what the benchmark needs. */
export async function generateDataset(file: string, options: GenerateOptions = {}): Promise<DatasetFacts> {
  const scale = options.scale ?? 1;
  const now = (options.now ?? new Date()).getTime();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const { db } = createDatabase(file);
  await migrateToLatest(db);
  await db.destroy();

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sqlite = openSqlite(file);
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -200000");
  const s = prepare(sqlite);
  const rng = random(20261201);
  const feedToken = randomBytes(32).toString("base64url");

  const facts = sqlite.transaction((): DatasetFacts => {
    // Checked at commit: offers are written after their topics (buildNetwork).
    sqlite.pragma("defer_foreign_keys = ON");
    const big = buildNetwork(s, rng, bigShape(scale), passwordHash, now);
    const { networkId, groupIds, groupSlugs, userIds, orgOfUser } = big;
    const first = (count: number) => Array.from({ length: count }, (_, i) => i);

    // Named roles. Person 2 moderates the largest group and sits in the steering group (as
    // the demo's job centre does), person 3 leads the steering group.
    s.userMembership.run(networkId, groupIds[1], userIds[1], "preparation");
    s.userMembership.run(networkId, groupIds[0], userIds[1], "member");
    s.userMembership.run(networkId, groupIds[0], userIds[2], "preparation");
    // Person 4 sits in ten groups (directly), with a personal feed.
    const manyGroups = userIds[3];
    for (const g of first(Math.min(10, groupIds.length))) {
      if (!orgInGroup(sqlite, groupIds[g], orgOfUser[3])) s.userMembership.run(networkId, groupIds[g], manyGroups, "member");
    }
    s.calendarToken.run(manyGroups, hashToken(feedToken), iso(now - DAY));
    // A third of the people subscribe to their personal feed.
    for (let i = 10; i < userIds.length; i += 3) s.calendarToken.run(userIds[i], hashToken(`${feedToken}-${i}`), iso(now - DAY));
    // Writers: people 11.. are also staff of an organisation that prepares the largest
    // group's meetings, which lets them comment on its work packages; they propose items and
    // offers for their own organisations. So the group's preparation tier stays a few
    // organisations, as in a real network, rather than 50 people named one by one.
    const writerCount = Math.min(options.writers ?? 50, userIds.length - 10);
    const writerIndexes = first(writerCount).map((i) => 10 + i);
    const preparing = preparingOrganisation(sqlite, s, networkId, groupIds[1], orgOfUser[writerIndexes[0] ?? 10]);
    for (const w of writerIndexes) {
      if (orgOfUser[w] !== preparing) s.affiliation.run(networkId, userIds[w], preparing, "Koordination");
    }

    for (let i = 0; i < Math.round(50 * Math.min(1, scale * 2)); i++) buildNetwork(s, rng, smallShape(i), passwordHash, now);
    // Person 4 also belongs to the first small network, so the feed spans two networks.
    const smallNetwork = sqlite.prepare("select id from networks where slug = 'kreis-1'").get() as { id: number } | undefined;
    if (smallNetwork) s.member.run(smallNetwork.id, manyGroups, "member");

    const largestGroup = groupIds[1];
    const longest = big.meetings.reduce((a, b) => (b.agenda > a.agenda ? b : a));
    const open = big.meetings.find((m) => m.groupIds.includes(largestGroup) && m.startsAt > now + 10 * DAY && m.status !== "cancelled");
    const workPackage = sqlite.prepare("select id from work_packages where origin_group_id = ? order by id limit 1").get(largestGroup) as { id: number };
    return {
      scale,
      networkSlug: BIG_NETWORK,
      largestGroupSlug: groupSlugs[1],
      steeringGroupSlug: groupSlugs[0],
      longestAgendaMeetingId: longest.id,
      moderatorEmail: `person2@${BIG_NETWORK}.example`,
      steeringLeadEmail: `person3@${BIG_NETWORK}.example`,
      manyGroupsEmail: `person4@${BIG_NETWORK}.example`,
      manyGroupsFeedToken: feedToken,
      writers: writerIndexes.map((w) => ({ email: `person${w + 1}@${BIG_NETWORK}.example`, organisationId: orgOfUser[w] })),
      openMeetingId: open?.id ?? longest.id,
      commentableWorkPackageId: workPackage.id,
      password: DEMO_PASSWORD,
    };
  })();
  sqlite.close();
  // As the server does at start (seeds/prepare.ts): the planner's statistics.
  const analysed = createDatabase(file).db;
  await refreshPlannerStatistics(analysed);
  await analysed.destroy();
  return facts;
}

/**
 * The first organisation of the group's preparation tier (the largest group has a dozen at
 * full scale); at a small scale there may be none, and then `fallback` is made one.
 */
function preparingOrganisation(sqlite: SQLite.Database, s: Statements, networkId: number, groupId: number, fallback: number): number {
  const row = sqlite
    .prepare("select organisation_id as id from group_memberships where group_id = ? and tier = 'preparation' and organisation_id is not null order by id limit 1")
    .get(groupId) as { id: number } | undefined;
  if (row) return row.id;
  sqlite.prepare("delete from group_memberships where group_id = ? and organisation_id = ?").run(groupId, fallback);
  s.orgMembership.run(networkId, groupId, fallback, "preparation");
  return fallback;
}

function orgInGroup(sqlite: SQLite.Database, groupId: number, organisationId: number): boolean {
  return Boolean(sqlite.prepare("select 1 from group_memberships where group_id = ? and organisation_id = ?").get(groupId, organisationId));
}
