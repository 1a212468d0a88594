/**
 * Money as Monite computes it: amounts in minor units, rates in basis points
 * (1250 = 12.5%), and what a payment leaves to pay. Payables and receivables
 * share these rules.
 */
import { numberOf } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';

type Json = Record<string, unknown>;

/** Tax on an amount at a rate in basis points (1250 = 12.5%), rounded to the minor unit. */
export function taxOf(amount: number, rateBasisPoints: number): number {
  return Math.round((amount * rateBasisPoints) / 10_000);
}

/** A document's total in minor units (0 when it has none yet). */
export function totalOf(record: StoredRecord): number {
  return numberOf(record.total_amount) ?? 0;
}

/** What a document asks to be paid in all: its total less the credit notes in force against it. */
export function owedOf(record: StoredRecord): number {
  return numberOf(record.total_amount_with_credit_notes) ?? totalOf(record);
}

/**
 * A document paid in full: nothing left to pay, when it was paid (the
 * caller's `paid_at` where the operation takes one) and the comment, in the
 * field the document's schema names for it.
 */
export function paidInFull(commentField: 'marked_as_paid_with_comment' | 'comment') {
  return (record: StoredRecord, body: Json, ctx: { now: string }): Partial<StoredRecord> => ({
    amount_paid: owedOf(record),
    amount_due: 0,
    amount_to_pay: 0,
    paid_at: typeof body.paid_at === 'string' ? body.paid_at : ctx.now,
    ...(typeof body.comment === 'string' ? { [commentField]: body.comment } : {}),
  });
}

/** A document paid in part: `amount_paid` as the caller says (what is paid so far, not an increment), the rest still due. */
export function paidPartly(record: StoredRecord, body: Json): Partial<StoredRecord> {
  const owed = owedOf(record);
  const paid = numberOf(body.amount_paid) ?? 0;
  return {
    amount_paid: paid,
    amount_due: Math.max(0, owed - paid),
    amount_to_pay: Math.max(0, owed - paid),
    ...(typeof body.comment === 'string' ? { comment: body.comment } : {}),
  };
}

/**
 * A partial payment must pay something and leave something to pay: paying
 * the total or more is not partial, and over-payment is refused. The amount
 * is what has been paid so far, so a later call may lower it.
 */
export function withinAmountDue(record: StoredRecord, body: Json): string | undefined {
  const paid = numberOf(body.amount_paid) ?? 0;
  const total = owedOf(record);
  if (paid <= 0) return `The amount paid (${paid}) must be greater than zero.`;
  return paid >= total
    ? `The amount paid (${paid}) must be less than the total amount (${total}); use mark_as_paid for a full payment.`
    : undefined;
}
