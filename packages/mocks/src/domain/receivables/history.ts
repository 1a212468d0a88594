/**
 * A receivable's history (`GET /receivables/{id}/history`): its creation (or
 * creation from another document), each update, each status change, and a
 * payment received beside a move to `paid` or `partially_paid`.
 */
import type { HistoryEntry, HistoryRule } from '../../state/rules.js';
import { statusChange } from '../history-entries.js';

/** Statuses reached by a payment: Monite writes a `payment_received` entry beside the status change. */
const PAID_STATUSES = new Set(['paid', 'partially_paid']);

/** Where a receivable's history is kept and which entries a change writes. */
export const receivableHistory: HistoryRule = {
  collection: '/receivables/{receivable_id}/history',
  idField: 'receivable_id',
  entries(change) {
    const after = change.after;
    if (!after) return [];
    if (change.kind === 'created') {
      if (typeof after.based_on === 'string' && typeof after.type === 'string')
        return [
          {
            event_type: 'based_on_receivable_created',
            event_data: { receivable_id: after.based_on, type: after.type },
          },
        ];
      return [{ event_type: 'receivable_created', event_data: {} }];
    }
    const entries: HistoryEntry[] = [];
    if (change.kind === 'updated') entries.push({ event_type: 'receivable_updated', event_data: {} });
    const moved = statusChange(change.before, after);
    if (moved) entries.push(moved);
    // A payment is received on a move to a paid status, and again on each further part paid of an unpaid invoice.
    const paid = typeof after.amount_paid === 'number' ? after.amount_paid : 0;
    const paidBefore = typeof change.before?.amount_paid === 'number' ? change.before.amount_paid : 0;
    const furtherPart = !moved && after.status !== 'paid' && paid !== paidBefore;
    if ((moved && PAID_STATUSES.has(String(after.status))) || furtherPart) {
      const due = typeof after.amount_due === 'number' ? after.amount_due : 0;
      const comment = typeof after.comment === 'string' ? { comment: after.comment } : {};
      entries.push({ event_type: 'payment_received', event_data: { amount_paid: paid, amount_due: due, ...comment } });
    }
    return entries;
  },
};
