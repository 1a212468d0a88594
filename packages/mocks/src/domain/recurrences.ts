/**
 * Recurring invoices: a recurrence issues a copy of its base invoice on each
 * date of its schedule (frequency and interval from `start_date`, up to
 * `max_occurrences` or through `end_date`) when the clock reaches it, then
 * becomes `completed`; it can be paused, resumed and canceled.
 */
import type { StoredRecord } from '../shared/stored-record.js';
import type { WriteContext } from '../state/rules.js';
import { addPeriods, dateOf } from './calendar.js';
import type { DomainModule, TimeEffects } from './module.js';
import { RECEIVABLES } from './receivables/rules.js';

/** The collection of recurrences. */
export const RECURRENCES = '/recurrences';

/** A stored field the mock keeps beside a recurrence (never served: answers are shaped to the schema): invoices issued so far. */
export const ISSUED_ITERATIONS = 'mock_issued_iterations';

/** One recurrence run per due date at most this many times per clock move, so a far-past start cannot run away. */
const MAX_ISSUES_PER_MOVE = 100;

const DAY_MS = 86_400_000;

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
  const next = addPeriods(recurrence.start_date, String(recurrence.frequency), issued * interval);
  if (typeof recurrence.end_date === 'string' && next > recurrence.end_date.slice(0, 10)) return undefined;
  return next;
}

/** Whether a recurrence has issued everything it will: it becomes `completed`. */
export function recurrenceDone(recurrence: StoredRecord): boolean {
  return recurrence.status === 'active' && nextIssueDate(recurrence) === undefined;
}

/** Days between an invoice's issue and due dates, kept for the invoices a recurrence issues from it. */
function paymentDays(base: StoredRecord): number {
  const issue = typeof base.issue_date === 'string' ? Date.parse(base.issue_date.slice(0, 10)) : Number.NaN;
  const due = typeof base.due_date === 'string' ? Date.parse(base.due_date.slice(0, 10)) : Number.NaN;
  return Number.isNaN(issue) || Number.isNaN(due) || due < issue ? 30 : Math.round((due - issue) / DAY_MS);
}

/** Issues what each recurrence owes by today, then completes those that are done. */
function issueRecurrences(ctx: WriteContext, effects: TimeEffects): void {
  const today = dateOf(ctx.clock.now());
  for (const start of ctx.list(RECURRENCES)) {
    let recurrence = start;
    for (let i = 0; i < MAX_ISSUES_PER_MOVE; i++) {
      const due = nextIssueDate(recurrence);
      const base = ctx.get(RECEIVABLES, String(recurrence.invoice_id));
      if (!due || due > today || !base) break;
      const stamp = ctx.stamp();
      const invoice = ctx.complete(RECEIVABLES, {
        ...base,
        id: ctx.freshId(),
        created_at: stamp,
        updated_at: stamp,
        status: 'issued',
        // The read schema has issue_date as a date-time, due_date as a date.
        issue_date: `${due}T00:00:00.000Z`,
        due_date: addPeriods(due, 'day', paymentDays(base)),
      });
      ctx.write({ kind: 'created', collection: RECEIVABLES, after: invoice });
      effects.issued.push(invoice.id);
      const issued = Number(recurrence[ISSUED_ITERATIONS] ?? 0) + 1;
      const previous = issued === 1 ? [] : ((recurrence.iterations as unknown[] | undefined) ?? []);
      const before = recurrence;
      recurrence = {
        ...recurrence,
        [ISSUED_ITERATIONS]: issued,
        current_iteration: issued + 1,
        iterations: [
          ...previous,
          { iteration: issued, issue_at: due, issued_invoice_id: invoice.id, status: 'completed' },
        ],
        updated_at: stamp,
      };
      ctx.write({ kind: 'updated', collection: RECURRENCES, before, after: recurrence });
    }
    if (recurrenceDone(recurrence)) {
      const after = { ...recurrence, status: 'completed', updated_at: ctx.stamp() };
      ctx.write({ kind: 'moved', collection: RECURRENCES, before: recurrence, after });
      effects.completed.push(after.id);
    }
  }
}

/** The recurrences module. */
export const recurrences: DomainModule = {
  name: 'recurrences',
  collections: [
    {
      collection: RECURRENCES,
      events: { objectType: 'recurrence' },
      initialStatus: 'active',
      moves: {
        cancel: { from: ['active', 'paused'], to: 'canceled' },
        pause: { from: ['active'], to: 'paused' },
        resume: { from: ['paused'], to: 'active' },
      },
    },
  ],
  clock: issueRecurrences,
};
