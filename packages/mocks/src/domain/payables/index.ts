/**
 * Payables: bills from suppliers, from draft through approval to paid, with
 * line items whose totals make the payable's, credit notes that reduce it,
 * and a history of every change.
 */
import { numberOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import type { CreatedContext, RuleContext } from '../../state/rules.js';
import { uploadEndpoint } from '../files.js';
import { paidInFull, paidPartly, withinAmountDue } from '../money.js';
import type { DomainModule } from '../module.js';
import { CREDIT_NOTES, creditNoteTotal, withCreditNotes } from './credit-notes.js';
import { payableHistory } from './history.js';
import { deriveDocumentTotals, deriveLineItem, LINE_ITEMS, totalsFromLines } from './line-items.js';

/** The collection of payables. */
export const PAYABLES = '/payables';

/** The statuses in which a payable can be paid, in full or in part. */
export const PAYING = ['waiting_to_be_paid', 'partially_paid'];

/**
 * A payable's amounts when it has no line items: what is due is its
 * `total_amount` less what has been paid (line items, when it has any,
 * recompute them at read time).
 */
export function amountsWithoutLines(record: StoredRecord): StoredRecord {
  const total = numberOf(record.total_amount);
  const paid = numberOf(record.amount_paid) ?? 0;
  if (total === undefined) return record;
  const due = Math.max(0, total - paid);
  return { ...record, amount_paid: paid, amount_due: due, amount_to_pay: due, total_amount_with_credit_notes: total };
}

/**
 * Where a new payable's data came from: every API create is an `upload`; the
 * data is the caller's (`user_specified`) unless a file was uploaded for
 * Monite to read (`ocr`).
 */
function withSource(record: StoredRecord, ctx: CreatedContext): StoredRecord {
  // Only an upload (`…/upload_from_file`, which requires its file) brings files.
  const uploaded = ctx.files !== undefined;
  return { ...record, payable_origin: 'upload', source_of_payable_data: uploaded ? 'ocr' : 'user_specified' };
}

/** Credit notes in force lower the total, and so what is still due. */
function reducedByCreditNotes(record: StoredRecord, ctx: RuleContext): StoredRecord {
  const out = withCreditNotes(record, ctx.list(CREDIT_NOTES), (note) => creditNoteTotal(note, ctx));
  const owed = numberOf(out.total_amount_with_credit_notes);
  if (out === record || owed === undefined) return out;
  const due = Math.max(0, owed - (numberOf(out.amount_paid) ?? 0));
  return { ...out, amount_due: due, amount_to_pay: due };
}

/** A payable as served: totals from its line items (when it has any), then lowered by its credit notes. */
export function servedPayable(record: StoredRecord, ctx: RuleContext): StoredRecord {
  return reducedByCreditNotes(deriveDocumentTotals(record, ctx.list(`${PAYABLES}/${record.id}/${LINE_ITEMS}`)), ctx);
}

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
      afterCreate: withSource,
      deriveOnSave: amountsWithoutLines,
      deriveFromChildren: totalsFromLines,
      // Last: credit notes reduce the totals the line items gave.
      deriveFromRelated: reducedByCreditNotes,
      history: payableHistory,
    },
    {
      collection: `${PAYABLES}/{payable_id}/line_items`,
      events: { objectType: 'payable.line_item' },
      deriveOnRead: deriveLineItem,
    },
  ],
  endpoints: [uploadEndpoint(PAYABLES)],
};
