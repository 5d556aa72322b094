import type { DatasetFacts } from "./generate";

// The read cases of the benchmark, in the order they run. `as` names who is signed in;
// the feed cases carry their token in the URL, as calendar programs do. The conditional
// case gets the personal feed's current ETag from the runner.

export type Reader = "moderator" | "steeringLead" | null;

export interface ReadCase {
  name: string;
  path: string;
  as: Reader;
  /**
   * ceiling: the framework's own (health route, minimal page); page: held to the page targets;
   * conditional: the personal feed asked with its current ETag, held to the minimal page's speed
   */
  kind: "ceiling" | "page" | "conditional";
  expectedStatus: number;
}

/** A full-text query and two filters that many offers of the generated set match. */
export const boardSearch = "?q=Beratung&category=course&topic=arbeit";

export function readCases(facts: DatasetFacts): ReadCase[] {
  const n = `/n/${facts.networkSlug}`;
  const personalFeed = `/calendar/${facts.manyGroupsFeedToken}.ics`;
  const page = (name: string, path: string, as: Reader): ReadCase => ({ name, path, as, kind: "page", expectedStatus: 200 });
  return [
    { name: "health", path: "/healthz", as: null, kind: "ceiling", expectedStatus: 200 },
    { name: "minimal-page", path: "/login", as: null, kind: "ceiling", expectedStatus: 200 },
    page("home", n, "moderator"),
    page("groups", `${n}/groups`, "moderator"),
    page("largest-group", `${n}/groups/${facts.largestGroupSlug}`, "moderator"),
    page("longest-agenda", `${n}/meetings/${facts.longestAgendaMeetingId}`, "moderator"),
    page("offer-board", `${n}/offers`, "moderator"),
    page("offer-search", `${n}/offers${boardSearch}`, "moderator"),
    page("work-package-inbox", `${n}/work-packages`, "steeringLead"),
    page("steering-dashboard", `${n}/work-packages/dashboard`, "steeringLead"),
    page("group-feed", `${n}/groups/${facts.largestGroupSlug}/calendar.ics?token=${facts.manyGroupsFeedToken}`, null),
    page("personal-feed", personalFeed, null),
    { name: "personal-feed-304", path: personalFeed, as: null, kind: "conditional", expectedStatus: 304 },
  ];
}
