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

/**
 * The rows by network slug (ASCII), then in German order of the name `nameOf` gives: for
 * lists that span networks, such as a person's data export.
 */
export function byNetworkThenGermanName<T extends { network: string }>(rows: readonly T[], nameOf: (row: T) => string): T[] {
  return [...rows].sort((a, b) => (a.network === b.network ? byGermanName.compare(nameOf(a), nameOf(b)) : a.network < b.network ? -1 : 1));
}
