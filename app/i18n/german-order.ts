/**
 * Compares names as a German reader expects them sorted: Ä with A, ß with ss, Çiğdem with
 * C. SQLite's ORDER BY compares bytes and puts every umlaut after Z, and better-sqlite3
 * cannot register a collation, so lists people read are sorted here.
 */
export const byGermanName = new Intl.Collator("de");

/** The rows in German order of their names (a new array; rows of equal name keep their order). */
export function inGermanOrder<T extends { name: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => byGermanName.compare(a.name, b.name));
}
