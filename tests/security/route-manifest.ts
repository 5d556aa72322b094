import { matchPath } from "@remix-run/react";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import path from "node:path";

// The app's routes as Remix itself reads them from app/routes/ (the same function and ignore
// patterns as remix.config.js), with the full URL pattern of each file.

export interface ManifestRoute {
  /** the file name in app/routes/, e.g. "n.$network.meetings.$meetingId_.edit.tsx" */
  file: string;
  /** e.g. "/n/:network/meetings/:meetingId/edit" */
  pattern: string;
}

export function routeManifest(): ManifestRoute[] {
  const routes = flatRoutes(path.resolve("app"), ["**/.*", "**/*.test.{ts,tsx}"]);
  const fullPath = (id: string): string => {
    const route = routes[id];
    const parent = route.parentId && route.parentId !== "root" ? fullPath(route.parentId) : "";
    return route.path ? `${parent}/${route.path}` : parent;
  };
  return Object.values(routes).map((route) => ({
    file: path.basename(route.file),
    pattern: fullPath(route.id) || "/",
  }));
}

/** The route params of a concrete URL, e.g. { network: "halle", meetingId: "12" }. */
export function paramsOf(pattern: string, url: string): Record<string, string> {
  const pathname = new URL(url, "http://localhost").pathname;
  const match = matchPath({ path: pattern, end: true }, pathname);
  if (!match) throw new Error(`${url} does not match the route pattern ${pattern}`);
  return Object.fromEntries(Object.entries(match.params).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
