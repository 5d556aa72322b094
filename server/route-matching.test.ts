import fs from "node:fs";
import { createRequire } from "node:module";
import { matchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";

// patches/ keep what the server derives from its route tree on every request: the ranked route
// branches and the matches of recent pathnames per route array, the compiled path patterns, the
// route objects of the render and their data routes (docs/decisions/019-patched-route-matching.md).
// They must be applied (postinstall) and must not change what matches.
const require = createRequire(import.meta.url);

describe("the route-matching patches", () => {
  it("are applied to the modules the server loads", () => {
    const patched = {
      "@remix-run/router": "function rankedBranchesOf(routes)",
      "@remix-run/react/dist/server.js": "function serverRoutesOf(",
      "react-router-dom/server.js": "function staticDataRoutesOf(routes)",
    };
    for (const [module, marker] of Object.entries(patched)) {
      expect(fs.readFileSync(require.resolve(module), "utf8"), module).toContain(marker);
    }
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

  it("hands every caller matches of its own", () => {
    const routes = [{ id: "group", path: "/n/:network/groups/:slug" }];
    const first = matchRoutes(routes, "/n/halle/groups/fg-arbeit")!;
    (first[0].params as Record<string, string>).slug = "changed";
    first.pop();
    const again = matchRoutes(routes, "/n/halle/groups/fg-arbeit")!;
    expect(again).toHaveLength(1);
    expect(again[0].params).toEqual({ network: "halle", slug: "fg-arbeit" });
    expect(again[0].route).toBe(routes[0]);
  });

  it("gives the static router of one route array the same data routes on every render", async () => {
    const { createStaticHandler, createStaticRouter } = require("react-router-dom/server.js") as typeof import("react-router-dom/server");
    const routes = [{ id: "root", path: "/", loader: () => "data" }];
    const context = await createStaticHandler(routes).query(new Request("http://localhost/"));
    if (context instanceof Response) throw new Error("unexpected redirect");
    const first = createStaticRouter(routes, context);
    const second = createStaticRouter(routes, context);
    expect(second.routes).toBe(first.routes);
    expect(second.state.matches[0].route).toBe(first.routes[0]);
    expect(createStaticRouter([...routes], context).routes).not.toBe(first.routes);
  });
});
