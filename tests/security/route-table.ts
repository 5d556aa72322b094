import type { DemoIds } from "./demo-ids";

// THE route table of the security tests (docs/decisions/015-route-security-matrix.md): one row
// per file in app/routes/, with a concrete URL and the answer every role gets for a GET (the
// loader) and, where the route has an action, for a POST. Three suites read it:
//   tests/integration/authorization-matrix.test.ts  every cell, loaders and actions called directly
//   tests/browser/foreign-origin.test.ts              every action refuses a foreign Origin
//   tests/browser/form-fuzz.test.ts                   bad input on every action's forms
// A route file without a row fails the first suite.

export const ROLES = ["anonymous", "member", "otherModerator", "moderator", "steering", "admin", "foreignAdmin"] as const;
export type Role = (typeof ROLES)[number];

/** Who plays each role: the demo accounts of README.md (password `netzwerk-demo`). */
export const ROLE_ACCOUNTS: Record<Role, string | null> = {
  anonymous: null,
  member: "beratung@halle.example", // member of FG Arbeit and FG Deutsch (BZM Neustadt)
  otherModerator: "deutsch@halle.example", // moderates FG Deutsch, not FG Arbeit
  moderator: "arbeit@halle.example", // moderates FG Arbeit (Jobcenter Halle)
  steering: "steuerung@halle.example", // leads the steering group
  admin: "admin@halle.example", // network admin of Halle
  foreignAdmin: "admin@vogtland.example", // network admin of Vogtland only
};

/**
 * "ok": allowed — a GET answers 200 or redirects (not to the sign-in page); a POST with the row's
 * probe body answers anything but 403, 404 or 500 (a 400/409/422 refusal of the input is fine).
 * "login": 302 to /login. 403: signed in, but without the right. 404: not there for this person.
 */
export type Answer = "ok" | "login" | 403 | 404;
export type Answers = Record<Role, Answer>;

export interface RouteRow {
  /** the file in app/routes/ */
  file: string;
  /** the concrete URL (path and query) the suites request */
  url: (ids: DemoIds) => string;
  get: Answers;
  /** only for routes with an action */
  post?: Answers;
  /**
   * The body of the authorisation probe: chosen so that no allowed role changes anything (it is
   * refused as invalid) while the right is still checked, e.g. an intent with missing fields.
   */
  probe?: (ids: DemoIds) => Record<string, string>;
  /** where the action's forms are rendered, when not on `url` itself (the fuzz test reads them there) */
  formsOn?: (ids: DemoIds) => string;
}

// ── Answer shorthands ────────────────────────────────────────────────────────

/** The same answer for everybody (public pages, unknown addresses). */
export function everyone(answer: Answer): Answers {
  return Object.fromEntries(ROLES.map((role) => [role, answer])) as Answers;
}

/** Pages outside any network for signed-in people. */
export const signedIn: Answers = { ...everyone("ok"), anonymous: "login" };

/**
 * Network pages of Halle: anonymous visitors sign in first, Vogtland's admin sees nothing (404),
 * the listed roles are allowed, every other member of Halle gets 403.
 */
export function halle(...allowed: Role[]): Answers {
  const answers = { ...everyone(403 as Answer), anonymous: "login" as Answer, foreignAdmin: 404 as Answer };
  for (const role of allowed) answers[role] = "ok";
  return answers;
}

/** Every member of Halle. */
export const halleMembers = halle("member", "otherModerator", "moderator", "steering", "admin");

// ── The table ────────────────────────────────────────────────────────────────

const N = "/n/halle";

export const ROUTE_TABLE: RouteRow[] = [
  // Outside the networks
  { file: "$.tsx", url: () => "/gibt-es-nicht", get: everyone(404) },
  { file: "_index.tsx", url: () => "/", get: signedIn },
  { file: "login.tsx", url: () => "/login", get: everyone("ok"), post: everyone("ok") },
  // Signing out ends on the sign-in page, whoever posts.
  { file: "logout.tsx", url: () => "/logout", get: everyone("ok"), post: everyone("login") },
  { file: "locale.tsx", url: () => "/locale", get: everyone("ok"), post: everyone("ok"), probe: () => ({ locale: "xx" }) },
  { file: "profile.tsx", url: () => "/profile", get: signedIn, post: signedIn },
  { file: "profile_.data[.json].tsx", url: () => "/profile/data.json", get: signedIn },
  { file: "profile_.calendar.tsx", url: () => "/profile/calendar", get: signedIn, post: signedIn },
  // The token is the credential: whoever holds it reads the feed, signed in or not.
  { file: "calendar.$file.tsx", url: (ids) => `/calendar/${ids.calendarFile}`, get: everyone("ok") },
  { file: "invitations.$token.tsx", url: (ids) => `/invitations/${ids.invitationToken}`, get: everyone("ok"), post: everyone("ok") },
  { file: "n._index.tsx", url: () => "/n?network=halle", get: signedIn },

  // The network's pages for its members
  { file: "n.$network.tsx", url: () => N, get: halleMembers },
  { file: "n.$network._index.tsx", url: () => N, get: halleMembers },
  { file: "n.$network.groups._index.tsx", url: () => `${N}/groups`, get: halleMembers },
  { file: "n.$network.groups.$slug.tsx", url: () => `${N}/groups/fg-arbeit`, get: halleMembers },
  // Calendar programs cannot sign in: without a token the feed is simply not there.
  { file: "n.$network.groups.$slug_.calendar[.ics].tsx", url: () => `${N}/groups/fg-arbeit/calendar.ics`, get: { ...halleMembers, anonymous: 404 } },
  {
    file: "n.$network.groups.$slug_.members.tsx",
    url: () => `${N}/groups/fg-arbeit/members`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
  },
  {
    file: "n.$network.groups.$slug_.meetings.new.tsx",
    url: () => `${N}/groups/fg-arbeit/meetings/new`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
  },
  // Legal pages are public: visitors must be able to read who runs the network and how.
  { file: "n.$network.legal.$kind.tsx", url: () => `${N}/legal/privacy`, get: everyone("ok") },
  { file: "n.$network.organisations._index.tsx", url: () => `${N}/organisations`, get: halleMembers },
  { file: "n.$network.organisations.$orgId.tsx", url: (ids) => `${N}/organisations/${ids.organisation}`, get: halleMembers },

  // Meetings
  { file: "n.$network.meetings._index.tsx", url: () => `${N}/meetings`, get: halleMembers },
  { file: "n.$network.meetings.$meetingId.tsx", url: (ids) => `${N}/meetings/${ids.plannedMeeting}`, get: halleMembers },
  { file: "n.$network.meetings.$meetingId[.ics].tsx", url: (ids) => `${N}/meetings/${ids.plannedMeeting}.ics`, get: halleMembers },
  { file: "n.$network.meetings.$meetingId_.print.tsx", url: (ids) => `${N}/meetings/${ids.pastMeeting}/print`, get: halleMembers },
  {
    file: "n.$network.meetings.$meetingId_.edit.tsx",
    url: (ids) => `${N}/meetings/${ids.plannedMeeting}/edit`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
  },
  {
    file: "n.$network.meetings.$meetingId_.agenda.tsx",
    url: (ids) => `${N}/meetings/${ids.plannedMeeting}/agenda`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
  },
  {
    file: "n.$network.meetings.$meetingId_.propose.tsx",
    url: (ids) => `${N}/meetings/${ids.plannedMeeting}/propose`,
    get: halle("member", "moderator", "admin"),
    post: halle("member", "moderator", "admin"),
  },
  {
    file: "n.$network.meetings.$meetingId_.invite.tsx",
    url: (ids) => `${N}/meetings/${ids.plannedMeeting}/invite`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
  },
  {
    // A GET only leads back to the meeting page, where the answer buttons are.
    file: "n.$network.meetings.$meetingId_.respond.tsx",
    url: (ids) => `${N}/meetings/${ids.plannedMeeting}/respond`,
    get: halleMembers,
    post: halle("member", "moderator", "admin"),
    formsOn: (ids) => `${N}/meetings/${ids.plannedMeeting}`,
  },
  {
    file: "n.$network.meetings.$meetingId_.attendance.tsx",
    url: (ids) => `${N}/meetings/${ids.pastMeeting}/attendance`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
  },
  {
    file: "n.$network.meetings.$meetingId_.minutes.tsx",
    url: (ids) => `${N}/meetings/${ids.pastMeeting}/minutes`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
  },

  // Offers: the board is not public in the demo data, so its feeds are not there for anyone.
  { file: "n.$network.offers._index.tsx", url: () => `${N}/offers`, get: halleMembers },
  { file: "n.$network.offers.feed[.]atom.tsx", url: () => `${N}/offers/feed.atom`, get: everyone(404) },
  { file: "n.$network.offers.feed[.]json.tsx", url: () => `${N}/offers/feed.json`, get: everyone(404) },
  { file: "n.$network.offers.new.tsx", url: () => `${N}/offers/new`, get: halleMembers, post: halleMembers },
  {
    file: "n.$network.offers.$offerId.tsx",
    url: (ids) => `${N}/offers/${ids.offer}`,
    get: halleMembers,
    post: halle("member", "admin"),
    probe: () => ({ intent: "publish", version: "999" }),
  },
  {
    file: "n.$network.offers.$offerId_.edit.tsx",
    url: (ids) => `${N}/offers/${ids.offer}/edit`,
    get: halle("member", "admin"),
    post: halle("member", "admin"),
  },

  // Work packages
  {
    file: "n.$network.work-packages._index.tsx",
    url: () => `${N}/work-packages`,
    get: halleMembers,
    post: halle("moderator", "steering", "admin"),
    // A version that is not the stored one: refused as a conflict, after the right was checked.
    probe: (ids) => ({ intent: "putOnAgenda", package: `${ids.workPackage}:999`, meetingId: String(ids.steeringMeeting) }),
  },
  // The steering group's members: Jobcenter Halle is one, so its moderator arbeit@ is too.
  { file: "n.$network.work-packages.dashboard.tsx", url: () => `${N}/work-packages/dashboard`, get: halle("moderator", "steering", "admin") },
  {
    file: "n.$network.work-packages.new.tsx",
    url: () => `${N}/work-packages/new?group=fg-arbeit`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
    probe: (ids) => ({ groupId: String(ids.fgArbeit) }),
  },
  {
    file: "n.$network.work-packages.$packageId.tsx",
    url: (ids) => `${N}/work-packages/${ids.workPackage}`,
    get: halleMembers,
    post: halle("moderator", "steering", "admin"),
    probe: () => ({ intent: "comment" }),
  },
  {
    file: "n.$network.work-packages.$packageId_.edit.tsx",
    url: (ids) => `${N}/work-packages/${ids.workPackage}/edit`,
    get: halle("moderator", "admin"),
    post: halle("moderator", "admin"),
  },

  // Administration: the network's admins only
  { file: "n.$network.admin.tsx", url: () => `${N}/admin`, get: halle("admin") },
  { file: "n.$network.admin._index.tsx", url: () => `${N}/admin`, get: halle("admin") },
  { file: "n.$network.admin.groups._index.tsx", url: () => `${N}/admin/groups`, get: halle("admin") },
  { file: "n.$network.admin.groups.new.tsx", url: () => `${N}/admin/groups/new`, get: halle("admin"), post: halle("admin") },
  { file: "n.$network.admin.groups.$groupId.tsx", url: (ids) => `${N}/admin/groups/${ids.fgArbeit}`, get: halle("admin"), post: halle("admin") },
  { file: "n.$network.admin.organisations._index.tsx", url: () => `${N}/admin/organisations`, get: halle("admin") },
  { file: "n.$network.admin.organisations.new.tsx", url: () => `${N}/admin/organisations/new`, get: halle("admin"), post: halle("admin") },
  {
    file: "n.$network.admin.organisations.$orgId.tsx",
    url: (ids) => `${N}/admin/organisations/${ids.organisation}`,
    get: halle("admin"),
    post: halle("admin"),
  },
  { file: "n.$network.admin.people._index.tsx", url: () => `${N}/admin/people`, get: halle("admin") },
  { file: "n.$network.admin.people.$userId.tsx", url: (ids) => `${N}/admin/people/${ids.person}`, get: halle("admin"), post: halle("admin") },
  {
    file: "n.$network.admin.people.$userId_.delete.tsx",
    url: (ids) => `${N}/admin/people/${ids.person}/delete`,
    get: halle("admin"),
    post: halle("admin"),
    // Without the ticked confirmation nothing is deleted.
    probe: () => ({}),
  },
  { file: "n.$network.admin.audit.tsx", url: () => `${N}/admin/audit`, get: halle("admin") },
  {
    file: "n.$network.admin.legal.tsx",
    url: () => `${N}/admin/legal`,
    get: halle("admin"),
    post: halle("admin"),
    probe: () => ({ kind: "privacy", body: "" }),
  },
  { file: "n.$network.admin.invitations.tsx", url: () => `${N}/admin/invitations`, get: halle("admin"), post: halle("admin") },
  { file: "n.$network.admin.outbox.tsx", url: () => `${N}/admin/outbox`, get: halle("admin") },
  {
    file: "n.$network.admin.settings.tsx",
    url: () => `${N}/admin/settings`,
    get: halle("admin"),
    post: halle("admin"),
    // Without an intent the post would switch the public board off: ask for the validated setting.
    probe: () => ({ intent: "workPackages" }),
  },
];

/** The rows with an action. */
export const ACTION_ROWS = ROUTE_TABLE.filter((row): row is RouteRow & { post: Answers } => row.post !== undefined);

/**
 * The role a route is exercised as (fuzz, foreign Origin): the least privileged role its answers
 * allow, so that the checks of that role are what the input meets; anonymous where the route
 * answers everybody alike (signing out). `null` where nobody gets in (an unknown address).
 */
export function actingRole(answers: Answers): Role | null {
  const order: Role[] = ["anonymous", "member", "moderator", "steering", "otherModerator", "admin", "foreignAdmin"];
  const sameForAll = ROLES.every((r) => answers[r] === answers.anonymous);
  return order.find((r) => answers[r] === "ok") ?? (sameForAll && answers.anonymous === "login" ? "anonymous" : null);
}

/** The e-mail of the acting role; undefined for an anonymous visitor (or where nobody gets in). */
export function actingAccount(answers: Answers): string | undefined {
  const role = actingRole(answers);
  return (role && ROLE_ACCOUNTS[role]) ?? undefined;
}
