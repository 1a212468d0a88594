/**
 * What a payment does to the document it pays: a succeeded payment record
 * (made through the API, or by paying a payment link) adds its amount to the
 * invoice's or payable's `amount_paid`, lowers `amount_due`, and moves the
 * document to `partially_paid` or `paid`; the document's history and events
 * follow from the write. A negative amount (a refund or a failed payment)
 * gives money back.
 */
import { numberOf } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import type { RuleContext, WriteContext } from '../state/rules.js';
import { owedOf } from './money.js';
import { PAYABLES, PAYING, servedPayable } from './payables/index.js';
import { RECEIVABLES } from './receivables/rules.js';

/** The statuses in which an invoice takes payments. */
const INVOICE_PAYING = ['issued', 'partially_paid', 'overdue'];

/** A document a payment names (`object: {type, id}`), as stored and as served (with its derived totals). */
export interface PaidDocument {
  collection: string;
  stored: StoredRecord;
  served: StoredRecord;
}

/** The document a payment's `object` names, when it is stored in the scope. */
export function documentOf(object: unknown, ctx: RuleContext): PaidDocument | undefined {
  const { type, id } = (object ?? {}) as { type?: unknown; id?: unknown };
  // The object's type is validated (`payable` or `receivable`); without an id nothing is found.
  const collection = type === 'payable' ? PAYABLES : RECEIVABLES;
  const stored = ctx.get(collection, String(id));
  if (!stored) return undefined;
  return { collection, stored, served: collection === PAYABLES ? servedPayable(stored, ctx) : stored };
}

/** Whether a document is in a status that takes payments: an issued invoice, a payable waiting to be paid. */
export function takesPayments(document: PaidDocument): boolean {
  const statuses = document.collection === PAYABLES ? PAYING : INVOICE_PAYING;
  return statuses.includes(String(document.stored.status));
}

/** The status a document reaches with `paid` of `owed` paid, from `status`. */
function statusAfter(document: PaidDocument, paid: number, owed: number): string {
  const status = String(document.stored.status);
  if (paid >= owed) return 'paid';
  // An overdue invoice stays overdue until it is paid in full; the clock would move it back anyway.
  if (paid > 0) return status === 'overdue' ? 'overdue' : 'partially_paid';
  return document.collection === PAYABLES ? 'waiting_to_be_paid' : status === 'overdue' ? 'overdue' : 'issued';
}

/** What paying `amount` leaves: the document as written and what was paid beyond what it owed. */
export interface PaymentOutcome {
  oldStatus: string;
  newStatus: string;
  overpaid: number;
}

/**
 * Applies a payment of `amount` (minor units; negative gives money back) to
 * a document that takes payments, writing it so its history and events
 * follow. Returns the statuses before and after and any overpayment.
 */
export function payDocument(document: PaidDocument, amount: number, paidAt: string, ctx: WriteContext): PaymentOutcome {
  const before = document.stored;
  const owed = owedOf(document.served);
  const total = Math.max(0, (numberOf(document.served.amount_paid) ?? 0) + amount);
  const paid = Math.min(total, owed);
  const status = statusAfter(document, paid, owed);
  const due = Math.max(0, owed - paid);
  const after: StoredRecord = {
    ...before,
    status,
    amount_paid: paid,
    amount_due: due,
    amount_to_pay: due,
    ...(status === 'paid' ? { paid_at: paidAt } : {}),
    updated_at: ctx.stamp(),
  };
  // Payables' events are named after the action (`payable.partially_paid`, Monite's catalogue has one per
  // payment); receivables' after the new status, so a payment that leaves the status is an update.
  const action = status === 'paid' ? 'mark_as_paid' : 'mark_as_partially_paid';
  const kind = document.collection === PAYABLES || status !== before.status ? 'moved' : 'updated';
  ctx.write({ kind, collection: document.collection, before, after, action });
  return { oldStatus: String(before.status), newStatus: status, overpaid: Math.max(0, total - owed) };
}
