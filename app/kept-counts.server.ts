import { sql, type SelectQueryBuilder } from "kysely";

/**
 * The sum of the `count` column over the rows of a counter table that `rows` selects (0 when
 * none): the totals that triggers keep (decisions 022 and 023) are read this way.
 */
export async function summedCount<DB, TB extends keyof DB>(rows: SelectQueryBuilder<DB, TB, object>): Promise<number> {
  const row = await rows.select(sql<number>`coalesce(sum(count), 0)`.as("total")).executeTakeFirstOrThrow();
  // kysely cannot resolve the selection of a generic builder; the alias above is "total".
  return Number((row as { total: number }).total);
}
