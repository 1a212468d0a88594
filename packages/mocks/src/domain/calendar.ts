/** Calendar dates as Monite's time rules read them: UTC dates (`YYYY-MM-DD`) and periods of a schedule. */

/** The UTC calendar date (`YYYY-MM-DD`) of a time. */
export function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a date (or a date-time, read as its date) is before today at the clock's time. */
export function isBefore(date: unknown, now: number): boolean {
  // A date-time compares with a date as its date does: its first ten characters decide, a longer string with
  // the same date sorts after it.
  return typeof date === 'string' && date < dateOf(now);
}

const MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12 };

/** A calendar date moved by `count` periods of a schedule's frequency (day, week, month, quarter, year). */
export function addPeriods(date: string, frequency: string, count: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (frequency === 'day') d.setUTCDate(d.getUTCDate() + count);
  else if (frequency === 'week') d.setUTCDate(d.getUTCDate() + 7 * count);
  else {
    // Months have no 31st (or 30th) everywhere: a date past the target month's end lands on its last day.
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + (MONTHS[frequency] ?? 1) * count);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  return d.toISOString().slice(0, 10);
}
