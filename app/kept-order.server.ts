/**
 * Orders that are expensive to compute (German collation of hundreds of names, which SQLite
 * cannot do) and rarely change, kept in memory under a key while a version read from the
 * database stands. The versions are counters that triggers raise on every change the order
 * depends on (decision 021), so a kept order is exactly as current as a fresh one.
 */
export function keptOrders<T>(maxEntries: number) {
  const kept = new Map<string, { version: number; order: T }>();
  return {
    async get(key: string, version: number, compute: () => Promise<T>): Promise<T> {
      const hit = kept.get(key);
      if (hit && hit.version === version) {
        // Most recently used last, so eviction takes the least recently used first.
        kept.delete(key);
        kept.set(key, hit);
        return hit.order;
      }
      const order = await compute();
      kept.set(key, { version, order });
      if (kept.size > maxEntries) kept.delete(kept.keys().next().value!);
      return order;
    },
  };
}

/**
 * `rows` read by id (for the ids of a kept order, or of a ranked search) in the order of
 * `ids`. A row whose id is missing (removed since its id was sorted) is left out.
 */
export function inIdOrder<T>(ids: readonly number[], rows: readonly T[], idOf: (row: T) => number): T[] {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
