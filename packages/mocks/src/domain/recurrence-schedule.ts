/**
 * A recurrence's schedule as Monite shows it: its iterations, each with the
 * date it issues on (the first on `start_date`, then every `interval`
 * periods of its `frequency`), up to `max_occurrences` or through
 * `end_date`; the iteration to come; and the deprecated month, year and
 * day-of-month fields, read off the dates instead of taken from the request.
 */
import type { StoredRecord } from '../shared/stored-record.js';
import { addPeriods } from './calendar.js';

/** How many iterations an open-ended recurrence (no end date, no maximum) lists ahead. */
export const OPEN_ENDED_ITERATIONS = 12;

/** Monite's ceiling on `max_occurrences`, and so on the iterations a recurrence lists. */
const MAX_ITERATIONS = 1000;

/** One iteration of a recurrence. */
export interface Iteration {
  iteration: number;
  issue_at: string;
  status: string;
  issued_invoice_id?: string;
}

/** The dates a recurrence issues on, in order; at least its start date. */
export function issueDates(recurrence: StoredRecord): string[] {
  if (typeof recurrence.start_date !== 'string') return [];
  const interval = typeof recurrence.interval === 'number' ? recurrence.interval : 1;
  const frequency = typeof recurrence.frequency === 'string' ? recurrence.frequency : 'month';
  const end = typeof recurrence.end_date === 'string' ? recurrence.end_date.slice(0, 10) : undefined;
  const max =
    typeof recurrence.max_occurrences === 'number'
      ? recurrence.max_occurrences
      : end
        ? MAX_ITERATIONS
        : OPEN_ENDED_ITERATIONS;
  const dates: string[] = [];
  for (let i = 0; i < Math.min(max, MAX_ITERATIONS); i++) {
    const date = addPeriods(recurrence.start_date, frequency, i * interval);
    // Monite answers at least one iteration (the schema's minItems): the first, on start_date, is always listed.
    if (end && date > end && dates.length > 0) break;
    dates.push(date);
  }
  return dates;
}

/** Whether a date is the last day of its month. */
function lastDayOfMonth(date: string): boolean {
  return addPeriods(date, 'day', 1).slice(8, 10) === '01';
}

/** A new recurrence with its planned iterations and the fields derived from its dates. */
export function planRecurrence(recurrence: StoredRecord): StoredRecord {
  if (typeof recurrence.start_date !== 'string') return recurrence;
  const start = recurrence.start_date.slice(0, 10);
  const end = typeof recurrence.end_date === 'string' ? recurrence.end_date.slice(0, 10) : undefined;
  const iterations: Iteration[] = issueDates(recurrence).map((date, i) => ({
    iteration: i + 1,
    issue_at: date,
    status: 'pending',
  }));
  const { end_month: _m, end_year: _y, ...rest } = recurrence;
  return {
    ...rest,
    iterations,
    current_iteration: 1,
    start_month: Number(start.slice(5, 7)),
    start_year: Number(start.slice(0, 4)),
    // The deprecated field has only two values: a start on a month's last day reads as `last_day`.
    day_of_month: lastDayOfMonth(start) ? 'last_day' : 'first_day',
    ...(end ? { end_month: Number(end.slice(5, 7)), end_year: Number(end.slice(0, 4)) } : {}),
  };
}

/**
 * A recurrence after its `issued`th invoice: that iteration completed with
 * the invoice, and the next one the current (the last stays current once
 * all are issued). An open-ended schedule grows so there is always one to come.
 */
export function withIteration(recurrence: StoredRecord, issued: number, date: string, invoiceId: string): StoredRecord {
  const planned = Array.isArray(recurrence.iterations) ? (recurrence.iterations as Iteration[]) : [];
  const iterations = planned.filter((i) => i.iteration !== issued);
  iterations.push({ iteration: issued, issue_at: date, status: 'completed', issued_invoice_id: invoiceId });
  iterations.sort((a, b) => a.iteration - b.iteration);
  const dates = issueDates({
    ...recurrence,
    max_occurrences: recurrence.max_occurrences ?? issued + OPEN_ENDED_ITERATIONS,
  });
  for (let n = iterations.length + 1; n <= dates.length; n++)
    if (n > issued) iterations.push({ iteration: n, issue_at: dates[n - 1] as string, status: 'pending' });
  return { ...recurrence, iterations, current_iteration: Math.min(issued + 1, iterations.length) };
}
