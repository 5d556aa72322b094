import { withZod } from "@remix-validated-form/with-zod";
import type { z } from "zod";

// The validator of every form. remix-validated-form turns field names into paths
// ("items[0].title" → { items: [{ title }] }) before zod sees the data. A forged post can name
// paths that make that step throw (`__proto__`, a field that is text and a list at once), write
// into built-ins (`toString.x`, `items.length`), or allocate a list as long as the index it
// names (`items[99999999].id`, which exhausted the server's memory). Such posts never come from
// the app's pages: they are answered as invalid input before the library reads them.

/** The highest list index a form may name; the longest list on any page is far shorter. */
const MAX_LIST_INDEX = 999;
const MAX_PATH_SEGMENTS = 8;

/** The library's reading of a field name (set-get's stringToPathArray), without recursion. */
function pathOf(name: string): (string | number)[] | null {
  const segments: (string | number)[] = [];
  let rest = name;
  while (rest.length > 0) {
    if (segments.length === MAX_PATH_SEGMENTS) return null;
    const match = rest.match(/^\[(.+?)\](.*)$/s) ?? rest.match(/^\.?([^.[\]]+)(.*)$/s);
    if (!match) {
      segments.push(rest);
      break;
    }
    segments.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1]);
    rest = match[2];
  }
  return segments;
}

/** Keys the library refuses with an exception. */
const REJECTED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Keys that must not appear in a path: those the library refuses, and anything objects and lists
 * inherit (`toString`, `length` …), which the library would walk into or overwrite. A plain
 * top-level name such as "sort" becomes an own property of a fresh object and is harmless.
 */
const isForbiddenKey = (segment: string | number, pathLength: number) =>
  typeof segment === "string" && (REJECTED_KEYS.has(segment) || (pathLength > 1 && segment in []));

/** True when the library can turn these field names into plain data without harm. */
export function safeFieldNames(names: string[]): boolean {
  const paths: (string | number)[][] = [];
  for (const name of names) {
    const path = pathOf(name);
    if (!path) return false;
    if (path.some((s) => isForbiddenKey(s, path.length) || (typeof s === "number" && s > MAX_LIST_INDEX))) return false;
    paths.push(path);
  }
  // A name that is also the start of a longer one ("title" and "title[5]") would need a value
  // that is text and a list at once.
  const key = (path: (string | number)[]) => JSON.stringify(path);
  const leaves = new Set(paths.map(key));
  return paths.every((path) => path.slice(0, -1).every((_, i) => !leaves.has(key(path.slice(0, i + 1)))));
}

type FormInput = Parameters<ReturnType<typeof withZod>["validate"]>[0];

function fieldNamesOf(data: FormInput): string[] {
  if ("keys" in data && typeof data.keys === "function") return [...(data as FormData).keys()];
  return Object.keys(data);
}

/** `withZod(schema)`, refusing field names that do not describe plain form data (422, no field errors). */
export function formValidator<Schema extends z.ZodTypeAny>(schema: Schema) {
  const validator = withZod(schema);
  const guarded: typeof validator = {
    ...validator,
    validate: async (data) => {
      if (safeFieldNames(fieldNamesOf(data))) return validator.validate(data);
      return { data: undefined, error: { fieldErrors: {} }, submittedData: {} };
    },
  };
  return guarded;
}
