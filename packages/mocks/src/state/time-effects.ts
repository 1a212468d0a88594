/**
 * Applies what Monite does as time passes (`domain/time-rules.ts`) to the
 * store, reporting each change like a request's change, so each has its
 * event: recurrences issue their due invoices, issued invoices past due fall
 * overdue, payment links past `expires_at` expire. Tokens need nothing here:
 * they are checked against the clock when used.
 */
import type { MockClock } from '../domain/clock.js';
import type { StoredRecord } from '../domain/stored-record.js';
import {
  addPeriods,
  dateOf,
  ISSUED_ITERATIONS,
  isExpiredLink,
  isOverdue,
  nextIssueDate,
  recurrenceDone,
} from '../domain/time-rules.js';
import type { WriteContext } from './changes.js';

/** The ids of what a clock move changed. */
export interface TimeEffects {
  /** Invoices that became `overdue`. */
  overdue: string[];
  /** Invoices issued by recurrences. */
  issued: string[];
  /** Recurrences that issued their last invoice (now `completed`). */
  completed: string[];
  /** Payment links that expired. */
  expired: string[];
}

/** What applying time effects needs from the rest of the state. */
export interface TimeEffectsContext extends WriteContext {
  clock: MockClock;
}

/** One recurrence run per due date at most this many times per clock move, so a far-past start cannot run away. */
const MAX_ISSUES_PER_MOVE = 100;

const DAY_MS = 86_400_000;

/** Days between an invoice's issue and due dates, kept for the invoices a recurrence issues from it. */
function paymentDays(base: StoredRecord): number {
  const issue = typeof base.issue_date === 'string' ? Date.parse(base.issue_date.slice(0, 10)) : Number.NaN;
  const due = typeof base.due_date === 'string' ? Date.parse(base.due_date.slice(0, 10)) : Number.NaN;
  return Number.isNaN(issue) || Number.isNaN(due) || due < issue ? 30 : Math.round((due - issue) / DAY_MS);
}

function issueRecurrences(ctx: TimeEffectsContext, scope: string, today: string, effects: TimeEffects): void {
  for (const start of ctx.store.list(scope, '/recurrences')) {
    let recurrence = start;
    for (let i = 0; i < MAX_ISSUES_PER_MOVE; i++) {
      const due = nextIssueDate(recurrence);
      const base = ctx.store.get(scope, '/receivables', String(recurrence.invoice_id));
      if (!due || due > today || !base) break;
      const stamp = ctx.stamp();
      const invoice = ctx.complete('/receivables', {
        ...base,
        id: ctx.freshId(),
        created_at: stamp,
        updated_at: stamp,
        status: 'issued',
        // The read schema has issue_date as a date-time, due_date as a date.
        issue_date: `${due}T00:00:00.000Z`,
        due_date: addPeriods(due, 'day', paymentDays(base)),
      });
      ctx.store.put(scope, '/receivables', invoice);
      ctx.report({ kind: 'created', collection: '/receivables', scope, after: invoice });
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
      ctx.store.put(scope, '/recurrences', recurrence);
      ctx.report({ kind: 'updated', collection: '/recurrences', scope, before, after: recurrence });
    }
    if (recurrenceDone(recurrence)) {
      const after = { ...recurrence, status: 'completed', updated_at: ctx.stamp() };
      ctx.store.put(scope, '/recurrences', after);
      ctx.report({ kind: 'moved', collection: '/recurrences', scope, before: recurrence, after });
      effects.completed.push(after.id);
    }
  }
}

/** Moves a stored object to a status and reports the move. */
function move(
  ctx: TimeEffectsContext,
  scope: string,
  collection: string,
  before: StoredRecord,
  status: string,
  action?: string,
) {
  const after = { ...before, status, updated_at: ctx.stamp() };
  ctx.store.put(scope, collection, after);
  ctx.report({ kind: 'moved', collection, scope, before, after, action });
}

/** Applies every time effect due at the clock's current time; returns what changed. */
export function applyTimeEffects(ctx: TimeEffectsContext): TimeEffects {
  const effects: TimeEffects = { overdue: [], issued: [], completed: [], expired: [] };
  const now = ctx.clock.now();
  const today = dateOf(now);
  for (const scope of ctx.store.scopeIds()) {
    // Recurrences first: an invoice they issue far enough back can itself be overdue by now.
    issueRecurrences(ctx, scope, today, effects);
    for (const receivable of ctx.store.list(scope, '/receivables')) {
      if (!isOverdue(receivable, now)) continue;
      move(ctx, scope, '/receivables', receivable, 'overdue');
      effects.overdue.push(receivable.id);
    }
    for (const link of ctx.store.list(scope, '/payment_links')) {
      if (!isExpiredLink(link, now)) continue;
      move(ctx, scope, '/payment_links', link, 'expired', 'expire');
      effects.expired.push(link.id);
    }
  }
  return effects;
}
