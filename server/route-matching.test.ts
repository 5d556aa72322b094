import fs from "node:fs";
import { createRequire } from "node:module";
import { matchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";

// patches/@remix-run+router+*.patch keeps the ranked route branches per route array and the
// compiled path patterns (docs/decisions/019-router-route-matching-patch.md). It must be
// applied (postinstall) and must not change what matches.
describe("the route-matching patch", () => {
  it("is applied to the router the server loads", () => {
    const file = createRequire(import.meta.url).resolve("@remix-run/router");
    expect(fs.readFileSync(file, "utf8")).toContain("function rankedBranchesOf(routes)");
  });

  it("matches as before, also when the same route array is matched again and again", () => {
    const routes = [
      { id: "root", path: "/", children: [
        { id: "network", path: "n/:network", children: [
          { id: "groups", path: "groups" },
          { id: "group", path: "groups/:slug" },
          { id: "feed", path: "groups/:slug/calendar.ics" },
          { id: "home", index: true },
        ] },
        { id: "splat", path: "*" },
      ] },
    ];
    const ids = (path: string) => matchRoutes(routes, path)?.map((m) => `${m.route.id}${JSON.stringify(m.params)}`);
    for (let round = 0; round < 3; round++) {
      expect(ids("/n/halle/groups/fg-arbeit")?.at(-1)).toBe('group{"network":"halle","slug":"fg-arbeit"}');
      expect(ids("/n/halle/groups/fg-arbeit/calendar.ics")?.at(-1)).toBe('feed{"network":"halle","slug":"fg-arbeit"}');
      expect(ids("/N/Halle/GROUPS")?.at(-1)).toBe('groups{"network":"Halle"}');
      expect(ids("/n/halle")?.at(-1)).toBe('home{"network":"halle"}');
      expect(ids("/elsewhere/x")?.at(-1)).toBe('splat{"*":"elsewhere/x"}');
    }
    // A new array with other routes is matched on its own.
    expect(matchRoutes([{ id: "only", path: "/only" }], "/n/halle")).toBeNull();
  });
});
