/**
 * Payables: bills from suppliers, from draft through approval to paid, with
 * line items whose totals make the payable's, credit notes that reduce it,
 * and a history of every change.
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import { uploadEndpoint } from '../files.js';
import { paidInFull, paidPartly, withinAmountDue } from '../money.js';
import type { DomainModule } from '../module.js';
import { CREDIT_NOTES, withCreditNotes } from './credit-notes.js';
import { payableHistory } from './history.js';
import { deriveLineItem, totalsFromLines } from './line-items.js';

/** The collection of payables. */
export const PAYABLES = '/payables';

const PAYING = ['waiting_to_be_paid', 'partially_paid'];

/** The payables module. */
export const payables: DomainModule = {
  name: 'payables',
  collections: [
    {
      collection: PAYABLES,
      events: {
        objectType: 'payable',
        actions: {
          submit_for_approval: 'submitted_for_approval',
          approve_payment_operation: 'approved',
          reject: 'rejected',
          reopen: 'reopened',
          cancel: 'canceled',
          mark_as_paid: 'paid',
          mark_as_partially_paid: 'partially_paid',
        },
      },
      initialStatus: 'draft',
      moves: {
        submit_for_approval: { from: ['draft', 'new'], to: 'approve_in_progress' },
        approve_payment_operation: { from: ['approve_in_progress'], to: 'waiting_to_be_paid' },
        reject: { from: ['approve_in_progress'], to: 'rejected' },
        reopen: { from: ['rejected'], to: 'new' },
        cancel: { from: ['draft', 'new', 'approve_in_progress', 'waiting_to_be_paid'], to: 'canceled' },
        mark_as_paid: { from: PAYING, to: 'paid', apply: paidInFull('marked_as_paid_with_comment') },
        mark_as_partially_paid: { from: PAYING, to: 'partially_paid', apply: paidPartly, guard: withinAmountDue },
      },
      lock: { statuses: ['draft', 'new'], name: 'Payable' },
      deriveFromChildren: totalsFromLines,
      // Last: credit notes reduce the totals the line items gave.
      deriveFromRelated: (record: StoredRecord, ctx) => withCreditNotes(record, ctx.list(CREDIT_NOTES)),
      history: payableHistory,
    },
    {
      collection: `${PAYABLES}/{payable_id}/line_items`,
      events: { objectType: 'payable.line_item' },
      deriveOnRead: deriveLineItem,
    },
    { collection: '/payable_purchase_orders', events: { objectType: 'payables_purchase_order' } },
  ],
  endpoints: [uploadEndpoint(PAYABLES)],
};
