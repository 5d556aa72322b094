/**
 * Which page of a list to show: the requested one, held within the pages that exist, so a
 * stale link ("page 9" after packages were decided) shows the last page rather than an
 * empty one. Every paged list uses this one rule.
 */
export function pageWithin(requested: number | undefined, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(requested ?? 1) || 1), pageCount);
  return { page, pageCount, offset: (page - 1) * pageSize };
}

/** The page a link asks for in `?name=`: a whole number from 1, else the first page. */
export function requestedPage(params: URLSearchParams, name = "page"): number {
  const value = params.get(name);
  return value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : 1;
}

/**
 * The query string of a list's filters on another page: the filters that have a value, and
 * the page unless it is the first; "" when nothing is left.
 */
export function pagedQuery(values: Readonly<Record<string, string>>, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
