/**
 * Payment links and the payment intents Monite creates with them. A link for
 * a stored invoice or payable (`object`) asks for what is still due, in the
 * document's currency (an invoice's link may ask for less); creating it
 * creates its payment intent. Paying it (a payment record naming the
 * intent's `payment_intent_id`) moves the intent and the link to
 * `succeeded`, each with its `status_updated` event, and pays the document.
 */
import { isObject, numberOf, objectOf } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import { refusal } from '../state/crud/request.js';
import type { RuleContext, WriteContext } from '../state/rules.js';
import { addPeriods } from './calendar.js';
import { endpoint } from './module.js';
import { RECEIVABLES } from './receivables/rules.js';
import { amountToPay } from './receivables/terms.js';
import { documentOf, type PaidDocument, takesPayments } from './paying.js';

/** The collection of payment links. */
export const PAYMENT_LINKS = '/payment_links';

/** The collection of payment intents. */
export const PAYMENT_INTENTS = '/payment_intents';

/** Days a link stays open after the document's due date when the request sets no `expires_at`. */
const OPEN_DAYS_AFTER_DUE = 30;

/** What a document's link asks for at most: an invoice's amount to pay today (after any term discount), a payable's amount due. */
function stillDue(document: PaidDocument, now: number): number {
  if (document.collection === RECEIVABLES) return amountToPay(document.served, now);
  return numberOf(document.served.amount_due) ?? 0;
}

/**
 * Refuses a link Monite would not make (400, the status the operation
 * declares for a request it understood): for a document that takes no
 * payments, for more than is still due, or with a partial amount for a payable.
 */
export const refuseLink = endpoint('POST', PAYMENT_LINKS, (ctx) => {
  const body = objectOf(ctx.body);
  if (!isObject(body.object)) return undefined;
  const document = documentOf(body.object, ctx.write());
  if (!document) return undefined; // an unknown object is the reference check's 422
  const name = `${String(body.object.type)} ${document.stored.id}`;
  if (!takesPayments(document))
    return refusal(400, `A payment link cannot be made for ${name} in status '${String(document.stored.status)}'.`);
  const amount = numberOf(body.amount);
  if (amount === undefined) return undefined;
  if (body.object.type === 'payable')
    return refusal(400, 'A payment link for a payable pays what is due: it takes no amount.');
  const due = stillDue(document, ctx.clock.now());
  return amount > due
    ? refusal(400, `The amount (${amount}) is more than ${name} still has to be paid (${due}).`)
    : undefined;
});

/** A link's amount, currency and expiry from the document it pays, where the request leaves them to Monite. */
export function deriveLink(link: StoredRecord, ctx: RuleContext): StoredRecord {
  const document = isObject(link.object) ? documentOf(link.object, ctx) : undefined;
  if (!document) return link;
  const due = typeof document.served.due_date === 'string' ? document.served.due_date : undefined;
  const expires = due ? `${addPeriods(due, 'day', OPEN_DAYS_AFTER_DUE)}T00:00:00Z` : undefined;
  return {
    ...link,
    amount: numberOf(link.amount) ?? stillDue(document, ctx.clock.now()),
    currency: document.served.currency ?? link.currency,
    ...(link.expires_at === undefined && expires ? { expires_at: expires } : {}),
  };
}

/** One entry of a payment intent's history (`/payment_intents/{id}/history`). */
function intentHistory(ctx: WriteContext, intentId: string, status: string, at: string): void {
  const id = ctx.freshId();
  const entry = { id, payment_intent_id: intentId, status, created_at: at, updated_at: at };
  ctx.store.put(ctx.scope, `${PAYMENT_INTENTS}/${intentId}/history`, entry as StoredRecord);
}

/**
 * Creates a new link's payment intent (what the payer's payment will run
 * through) and points the link at it. Monite documents no event for a new
 * intent, so it is stored without one; its moves have theirs.
 */
export function createIntent(link: StoredRecord, ctx: WriteContext): StoredRecord {
  const at = ctx.stamp();
  const intent = ctx.complete(PAYMENT_INTENTS, {
    id: ctx.freshId(),
    created_at: at,
    updated_at: at,
    amount: link.amount,
    currency: link.currency,
    status: 'created',
    payment_link_id: link.id,
    ...(isObject(link.object) ? { object: { id: link.object.id, type: link.object.type } } : {}),
    payment_methods: link.payment_methods,
    ...(isObject(link.recipient) ? { recipient: link.recipient } : {}),
    ...(typeof link.payment_reference === 'string' ? { payment_reference: link.payment_reference } : {}),
  });
  ctx.store.put(ctx.scope, PAYMENT_INTENTS, intent);
  intentHistory(ctx, intent.id, 'created', at);
  return { ...link, payment_intent_id: intent.id };
}

/**
 * A payment through a link's intent: the intent and its link move to
 * `succeeded` (each a `status_updated` event). Returns whether the intent
 * was one of the mock's, so the payment record is Monite's own.
 */
export function settleIntent(intentId: unknown, ctx: WriteContext): boolean {
  if (typeof intentId !== 'string') return false;
  const intent = ctx.get(PAYMENT_INTENTS, intentId);
  if (!intent) return false;
  const at = ctx.stamp();
  if (intent.status !== 'succeeded') {
    ctx.write({
      kind: 'moved',
      collection: PAYMENT_INTENTS,
      before: intent,
      after: { ...intent, status: 'succeeded', updated_at: at },
    });
    intentHistory(ctx, intentId, 'succeeded', at);
  }
  const link = typeof intent.payment_link_id === 'string' ? ctx.get(PAYMENT_LINKS, intent.payment_link_id) : undefined;
  if (link && link.status !== 'succeeded')
    ctx.write({
      kind: 'moved',
      collection: PAYMENT_LINKS,
      before: link,
      after: { ...link, status: 'succeeded', updated_at: at },
    });
  return true;
}
