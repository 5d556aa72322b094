import { isLocalDate } from "../offers/dates";
import { addLocalDays, localToUtc } from "../meetings/local-time";
import { requestedPage } from "../paging";
import { isAuditAction, type AuditAction } from "./actions";

// The audit log's filters, read from the query string of its GET form. Pure.

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  actorUserId: number | null;
  action: AuditAction | null;
  /** local dates YYYY-MM-DD (Europe/Berlin), both days included */
  from: string | null;
  to: string | null;
  page: number;
}

/** What the form shows again, exactly as typed. */
export interface AuditFilterValues {
  person: string;
  action: string;
  from: string;
  to: string;
}

export type AuditFilterErrors = Partial<Record<"from" | "to", string>>;

/** "24.11.2026" (as Germans type it) or "2026-11-24" (a date picker's value) → "2026-11-24". */
export function parseGermanDate(value: string): string | null {
  const text = value.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = german ? `${german[3]}-${german[2].padStart(2, "0")}-${german[1].padStart(2, "0")}` : text;
  return isLocalDate(iso) ? iso : null;
}

function positiveInt(value: string | null): number | null {
  return value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

export function parseAuditFilters(params: URLSearchParams): { filters: AuditFilters; values: AuditFilterValues; errors: AuditFilterErrors } {
  const values: AuditFilterValues = {
    person: params.get("person") ?? "",
    action: params.get("action") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
  const errors: AuditFilterErrors = {};
  const from = values.from.trim() ? parseGermanDate(values.from) : null;
  const to = values.to.trim() ? parseGermanDate(values.to) : null;
  if (values.from.trim() && !from) errors.from = "audit.invalidDate";
  if (values.to.trim() && !to) errors.to = "audit.invalidDate";
  if (from && to && to < from) errors.to = "audit.rangeReversed";
  return {
    filters: {
      actorUserId: positiveInt(values.person),
      action: isAuditAction(values.action) ? values.action : null,
      from,
      to,
      page: requestedPage(params),
    },
    values,
    errors,
  };
}

/** The UTC instants a local date range covers in Berlin: [start of `from`, start of the day after `to`). */
export function utcRange(from: string | null, to: string | null, zone = "Europe/Berlin"): { start: string | null; end: string | null } {
  return {
    start: from ? localToUtc(from, "00:00", zone).toISOString() : null,
    end: to ? localToUtc(addLocalDays(to, 1), "00:00", zone).toISOString() : null,
  };
}
