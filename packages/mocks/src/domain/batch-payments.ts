/**
 * Batch payments: one request pays several payables. Each payment of the
 * batch asks for what its payable still has to be paid, in its currency,
 * under the request's reference (else the payable's number), and is a
 * payment intent of its own (`/payment_intents/{id}`, with the batch's id).
 * A batch starts `created`; the next time the clock moves it goes through
 * `processing` and ends `succeeded` (`partially_successful` or `failed` when
 * payables no longer take payments), each payable paid in full by a payment
 * record of Monite's own.
 */
import { type Json, numberOf, objectOf, textOf } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import type { Change } from '../state/changes.js';
import { refusal } from '../state/crud/request.js';
import type { RuleContext, WriteContext } from '../state/rules.js';
import { type DomainModule, endpoint, type TimeEffects } from './module.js';
import { documentOf, type PaidDocument, takesPayments } from './paying.js';
import { moveIntent, PAYMENT_INTENTS, storeIntent } from './payment-links.js';
import { recordPayment } from './payments.js';

/** The collection of batch payments. */
export const BATCH_PAYMENTS = '/batch_payments';

/** The payments a batch lists (`payment_intents`: a list of objects the request and the stored batch require). */
function entriesOf(batch: Json): Json[] {
  return batch.payment_intents as Json[];
}

/**
 * Refuses a batch Monite would not run (400: the operation declares no
 * 409): one naming a payable that does not take payments (not yet approved,
 * already paid, canceled), or payables in more than one currency, since a
 * batch is one transfer from one account.
 */
const refuseBatch = endpoint('POST', BATCH_PAYMENTS, (ctx) => {
  const write = ctx.write();
  const currencies = new Set<string>();
  for (const entry of entriesOf(objectOf(ctx.body))) {
    const document = documentOf(entry.object, write);
    if (!document) continue; // an unknown payable is the reference check's 422
    if (!takesPayments(document))
      return refusal(
        400,
        `Payable ${document.stored.id} cannot be paid in status '${String(document.stored.status)}'.`,
      );
    currencies.add(String(document.served.currency));
  }
  return currencies.size > 1
    ? refusal(400, `A batch payment is in one currency; its payables are in ${[...currencies].sort().join(', ')}.`)
    : undefined;
});

/**
 * A new batch's payments as Monite fills them in: each asks for what its
 * payable has still to be paid (`amount_due`) in the payable's currency,
 * under the request's `payment_reference`, else the payable's number (its id
 * when it has none: the mock's choice), and starts `created`; the batch's
 * `total_amount` is their sum.
 */
export function deriveBatch(batch: StoredRecord, ctx: RuleContext): StoredRecord {
  // Only a new batch is saved through the API (the operations are a create and a read); the clock writes the rest.
  const derived = entriesOf(batch).map((entry): Json => {
    // A batch naming an unknown payable was refused by the reference check (422) before it was written.
    const document = documentOf(entry.object, ctx) as PaidDocument;
    const reference = textOf(entry.payment_reference) ?? textOf(document.served.document_id) ?? document.stored.id;
    return {
      ...entry,
      amount: numberOf(document.served.amount_due) ?? 0,
      currency: document.served.currency,
      payment_reference: reference,
      status: 'created',
    };
  });
  const total = derived.reduce((sum, entry) => sum + (numberOf(entry.amount) ?? 0), 0);
  return { ...batch, payment_intents: derived, total_amount: total };
}

/**
 * Each payment of a new batch is a payment intent: stored with the batch's
 * id, and the batch lists it under the intent's id and time. A batch's
 * creation is the only change of it made through the API (it takes no
 * actions), so the only one whose effects run.
 */
function createBatchIntents(change: Pick<Change, 'kind' | 'after'>, ctx: WriteContext): StoredRecord {
  const batch = change.after as StoredRecord;
  const entries = entriesOf(batch).map((entry) => {
    const intent = storeIntent(ctx, {
      entity_id: batch.entity_id,
      batch_payment_id: batch.id,
      amount: entry.amount,
      currency: entry.currency,
      object: entry.object,
      payment_reference: entry.payment_reference,
      recipient: entry.recipient,
      payment_methods: [batch.payment_method],
    });
    return { ...entry, id: intent.id, created_at: intent.created_at };
  });
  return { ...batch, payment_intents: entries };
}

/** How a batch ends: every payment made, none, or some. */
function outcome(entries: readonly Json[]): string {
  const made = entries.filter((entry) => entry.status === 'succeeded').length;
  if (made === entries.length) return 'succeeded';
  return made === 0 ? 'failed' : 'partially_successful';
}

/**
 * Runs one batch: `processing`, then each payable still taking payments is
 * paid in full by a payment record through its intent (which settles the
 * intent and pays the payable, with their events); the intent of one that no
 * longer does fails. The batch ends by how many were paid.
 */
function runBatch(before: StoredRecord, ctx: WriteContext): StoredRecord {
  const processing = { ...before, status: 'processing', updated_at: ctx.stamp() };
  ctx.write({ kind: 'moved', collection: BATCH_PAYMENTS, before, after: processing });
  const entries = entriesOf(before).map((entry) => {
    const document = documentOf(entry.object, ctx);
    const intent = textOf(entry.id) ? ctx.get(PAYMENT_INTENTS, entry.id as string) : undefined;
    if (!document || !takesPayments(document)) {
      if (intent) moveIntent(intent, 'payment_failed', ctx.stamp(), ctx);
      return { ...entry, status: 'failed' };
    }
    recordPayment(ctx, {
      entity_id: before.entity_id,
      amount: numberOf(document.served.amount_due) ?? 0,
      currency: document.served.currency,
      object: { type: 'payable', id: document.stored.id },
      payment_intent_id: entry.id,
    });
    return { ...entry, status: 'succeeded' };
  });
  const after = { ...processing, payment_intents: entries, status: outcome(entries), updated_at: ctx.stamp() };
  ctx.write({ kind: 'moved', collection: BATCH_PAYMENTS, before: processing, after });
  return after;
}

/** Batches waiting to run go through when the clock moves, each move with its `status_updated` event. */
function runBatches(ctx: WriteContext, effects: TimeEffects): void {
  for (const batch of ctx.list(BATCH_PAYMENTS)) {
    if (batch.status !== 'created') continue;
    runBatch(batch, ctx);
    effects.batchPayments.push(batch.id);
  }
}

/** The batch payments module. */
export const batchPayments: DomainModule = {
  name: 'batch payments',
  collections: [
    {
      collection: BATCH_PAYMENTS,
      events: { objectType: 'batch_payment', statusUpdated: true },
      initialStatus: 'created',
      deriveOnSave: deriveBatch,
      affects: createBatchIntents,
    },
  ],
  endpoints: [refuseBatch],
  clock: runBatches,
};
