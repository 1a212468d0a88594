/**
 * What time does to receivables: an issued invoice past its due date falls
 * `overdue` (the day after), and an issued quote past its `expiry_date` (the
 * last day it is valid) becomes `expired`. Each is a state move with its
 * event, made when the clock moves.
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import type { WriteContext } from '../../state/rules.js';
import { isBefore } from '../calendar.js';
import type { TimeEffects } from '../module.js';

/** Statuses of an issued, unpaid invoice that fall `overdue` after the due date. */
const CAN_FALL_OVERDUE = new Set(['issued', 'partially_paid']);

/** Whether an issued invoice is past its due date: Monite marks it overdue the day after. */
export function isOverdue(receivable: StoredRecord, now: number): boolean {
  if (receivable.type !== undefined && receivable.type !== 'invoice') return false;
  return CAN_FALL_OVERDUE.has(String(receivable.status)) && isBefore(receivable.due_date, now);
}

/** Whether a quote is past its `expiry_date` (valid through that day). */
export function isExpiredQuote(receivable: StoredRecord, now: number): boolean {
  return receivable.type === 'quote' && isBefore(receivable.expiry_date, now);
}

/** Moves a receivable to a status, as the clock does, reporting the move. */
function move(ctx: WriteContext, collection: string, before: StoredRecord, status: string): void {
  const after = { ...before, status, updated_at: ctx.stamp() };
  ctx.write({ kind: 'moved', collection, before, after });
}

/** The clock's rule for receivables in one scope. */
export function receivablesOnClock(collection: string) {
  return (ctx: WriteContext, effects: TimeEffects): void => {
    const now = ctx.clock.now();
    for (const receivable of ctx.list(collection)) {
      if (isOverdue(receivable, now)) {
        move(ctx, collection, receivable, 'overdue');
        effects.overdue.push(receivable.id);
      } else if (receivable.status === 'issued' && isExpiredQuote(receivable, now)) {
        move(ctx, collection, receivable, 'expired');
        effects.expiredQuotes.push(receivable.id);
      }
    }
  };
}
