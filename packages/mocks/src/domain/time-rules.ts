/**
 * What Monite does when time passes, as pure functions of a stored object and
 * the current time: invoices past their due date fall overdue, recurrences
 * issue their next invoice, payment links past `expires_at` expire. The state
 * layer applies them when the clock moves (`state/time-effects.ts`).
 */
import type { StoredRecord } from './stored-record.js';

/** Statuses of an issued, unpaid invoice that fall `overdue` after the due date. */
const CAN_FALL_OVERDUE = new Set(['issued', 'partially_paid']);
/** Payment link statuses that end its life: nothing to expire any more. */
const LINK_FINISHED = new Set(['expired', 'succeeded', 'canceled', 'paid']);

/** A stored field the mock keeps beside a recurrence (never served: answers are shaped to the schema): invoices issued so far. */
// Stryker disable next-line StringLiteral: the field is read and written only through this constant and never served
export const ISSUED_ITERATIONS = 'mock_issued_iterations';

/** The UTC calendar date (`YYYY-MM-DD`) of a time. */
export function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether an issued invoice is past its due date: Monite marks it overdue the day after. */
export function isOverdue(receivable: StoredRecord, now: number): boolean {
  if (receivable.type !== undefined && receivable.type !== 'invoice') return false;
  if (!CAN_FALL_OVERDUE.has(String(receivable.status))) return false;
  const due = receivable.due_date;
  // Stryker disable next-line MethodExpression: a date with a time part compares with a bare date as its date part does
  return typeof due === 'string' && due.slice(0, 10) < dateOf(now);
}

/** Whether a payment link is past its `expires_at` and still open. */
export function isExpiredLink(link: StoredRecord, now: number): boolean {
  if (LINK_FINISHED.has(String(link.status))) return false;
  const expires = typeof link.expires_at === 'string' ? Date.parse(link.expires_at) : Number.NaN;
  return !Number.isNaN(expires) && expires <= now;
}

const MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12 };

/** A calendar date moved by `count` periods of a recurrence's frequency (day, week, month, quarter, year). */
export function addPeriods(date: string, frequency: string, count: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (frequency === 'day') d.setUTCDate(d.getUTCDate() + count);
  else if (frequency === 'week') d.setUTCDate(d.getUTCDate() + 7 * count);
  else d.setUTCMonth(d.getUTCMonth() + (MONTHS[frequency] ?? 1) * count);
  return d.toISOString().slice(0, 10);
}

/**
 * The date a recurrence's next invoice is due, or undefined when it issues
 * nothing more: not active, past `max_occurrences` or past `end_date`.
 */
export function nextIssueDate(recurrence: StoredRecord): string | undefined {
  if (recurrence.status !== 'active' || typeof recurrence.start_date !== 'string') return undefined;
  const issued = Number(recurrence[ISSUED_ITERATIONS] ?? 0);
  const max = typeof recurrence.max_occurrences === 'number' ? recurrence.max_occurrences : Infinity;
  if (issued >= max) return undefined;
  const interval = typeof recurrence.interval === 'number' ? recurrence.interval : 1;
  // Stryker disable next-line LogicalOperator,StringLiteral: addPeriods moves by months for any frequency it does not know
  const next = addPeriods(recurrence.start_date, String(recurrence.frequency ?? 'month'), issued * interval);
  // Stryker disable next-line MethodExpression: a date with a time part compares with a bare date as its date part does
  if (typeof recurrence.end_date === 'string' && next > recurrence.end_date.slice(0, 10)) return undefined;
  return next;
}

/** Whether a recurrence has issued everything it will: it becomes `completed`. */
export function recurrenceDone(recurrence: StoredRecord): boolean {
  return recurrence.status === 'active' && nextIssueDate(recurrence) === undefined;
}
