/**
 * Payment links and the payment intents Monite creates with them. A link for
 * a stored invoice or payable (`object`) asks for what is still due, in the
 * document's currency (an invoice's link may ask for less); a link for an
 * outside invoice (an `invoice` block) asks for the `amount` and `currency`
 * it is given. Creating a link creates its payment intent. Paying it (a
 * payment record naming the intent's `payment_intent_id`, or the mock's
 * payment page at `payment_page_url`) moves the intent and the link to
 * `succeeded`, each with its `status_updated` event, and pays the document.
 */
import { isObject, type Json, numberOf, objectOf, textOf } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import { refusal } from '../state/crud/request.js';
import type { CreatedContext, RuleContext, WriteContext } from '../state/rules.js';
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

/** Where the mock serves a link's payment page: its own surface (`/_mock/`), a prefix no Monite path has. */
export const PAYMENT_PAGE_PATH = '/_mock/payment_pages/';

/** A link's payment page, on the origin the link was made on, named by the link's id. */
export function paymentPageUrl(origin: string, linkId: string): string {
  return `${origin}${PAYMENT_PAGE_PATH}${linkId}`;
}

/** What a document's link asks for at most: an invoice's amount to pay today (after any term discount), a payable's amount due. */
function stillDue(document: PaidDocument, now: number): number {
  if (document.collection === RECEIVABLES) return amountToPay(document.served, now);
  return numberOf(document.served.amount_due) ?? 0;
}

/**
 * Refuses a link Monite would not make (400, the status the operation
 * declares for a request it understood): for an outside invoice without its
 * amount and currency, for a document that takes no payments, for more than
 * is still due, or with a partial amount for a payable.
 */
export const refuseLink = endpoint('POST', PAYMENT_LINKS, (ctx) => {
  const body = objectOf(ctx.body);
  if (!isObject(body.object)) {
    // Without a stored document there is nothing to read the amount from.
    if (typeof body.amount === 'number' && typeof body.currency === 'string') return undefined;
    return refusal(400, 'A payment link without an object pays an outside invoice: send its amount and currency.');
  }
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

/**
 * When a link expires unless the request says: 30 days after the due date of
 * the document it pays (stored, or the outside invoice's `due_date`), as
 * Monite documents; 30 days after the link was made when there is no due
 * date (the mock's choice: Monite does not say).
 */
function defaultExpiry(link: StoredRecord, dueDate: unknown): string {
  const from = textOf(dueDate) ?? link.created_at;
  return `${addPeriods(from.slice(0, 10), 'day', OPEN_DAYS_AFTER_DUE)}T00:00:00Z`;
}

/** A link's amount, currency and expiry from the document it pays, where the request leaves them to Monite. */
export function deriveLink(link: StoredRecord, ctx: RuleContext): StoredRecord {
  const document = isObject(link.object) ? documentOf(link.object, ctx) : undefined;
  const dueDate = document ? document.served.due_date : isObject(link.invoice) ? link.invoice.due_date : undefined;
  const expiry = link.expires_at === undefined ? { expires_at: defaultExpiry(link, dueDate) } : {};
  if (!document) return { ...link, ...expiry };
  return {
    ...link,
    amount: numberOf(link.amount) ?? stillDue(document, ctx.clock.now()),
    currency: document.served.currency ?? link.currency,
    ...expiry,
  };
}

/** A new link's payment page is the mock's own, named by the link, so it can be opened and paid. */
export function withPaymentPage(link: StoredRecord, ctx: CreatedContext): StoredRecord | undefined {
  return ctx.origin ? { ...link, payment_page_url: paymentPageUrl(ctx.origin, link.id) } : undefined;
}

/** One entry of a payment intent's history (`/payment_intents/{id}/history`). */
function intentHistory(ctx: WriteContext, intentId: string, status: string, at: string): void {
  const id = ctx.freshId();
  const entry = { id, payment_intent_id: intentId, status, created_at: at, updated_at: at };
  ctx.store.put(ctx.scope, `${PAYMENT_INTENTS}/${intentId}/history`, entry as StoredRecord);
}

/**
 * Stores a new payment intent, `created`, with the first entry of its
 * history: the one way the mock makes intents (a link's, each payment of a
 * batch). Monite documents no event for a new intent, so it is stored
 * without one; its moves have theirs.
 */
export function storeIntent(ctx: WriteContext, fields: Json): StoredRecord {
  const at = ctx.stamp();
  const intent = ctx.complete(PAYMENT_INTENTS, {
    id: ctx.freshId(),
    created_at: at,
    updated_at: at,
    ...fields,
    status: 'created',
  });
  ctx.store.put(ctx.scope, PAYMENT_INTENTS, intent);
  intentHistory(ctx, intent.id, 'created', at);
  return intent;
}

/** Creates a new link's payment intent (what the payer's payment runs through) and points the link at it. */
export function createIntent(link: StoredRecord, ctx: WriteContext): StoredRecord {
  const intent = storeIntent(ctx, {
    entity_id: link.entity_id,
    amount: link.amount,
    currency: link.currency,
    payment_link_id: link.id,
    ...(isObject(link.object) ? { object: { id: link.object.id, type: link.object.type } } : {}),
    ...(isObject(link.invoice) ? { invoice: link.invoice } : {}),
    payment_methods: link.payment_methods,
    // A link has its recipient (the request requires one); a reference it lacks is left out of the answer.
    recipient: link.recipient,
    payment_reference: link.payment_reference,
  });
  return { ...link, payment_intent_id: intent.id };
}

/**
 * A payment through a link's intent: the intent and its link move to
 * `succeeded` (each a `status_updated` event). Returns whether the intent
 * was one of the mock's, so the payment record is Monite's own.
 */
export function settleIntent(intentId: unknown, ctx: WriteContext): boolean {
  // A record without an intent id names none (no intent is called "undefined").
  const intent = ctx.get(PAYMENT_INTENTS, String(intentId));
  if (!intent) return false;
  const at = ctx.stamp();
  moveIntent(intent, 'succeeded', at, ctx);
  // A batch's intents have no link: their lookup finds none.
  const link = ctx.get(PAYMENT_LINKS, String(intent.payment_link_id));
  if (link && link.status !== 'succeeded')
    ctx.write({
      kind: 'moved',
      collection: PAYMENT_LINKS,
      before: link,
      after: { ...link, status: 'succeeded', updated_at: at },
    });
  return true;
}

/** Moves a payment intent to a status at a time, with its history entry and its `status_updated` event. */
export function moveIntent(intent: StoredRecord, status: string, at: string, ctx: WriteContext): void {
  if (intent.status === status) return;
  ctx.write({
    kind: 'moved',
    collection: PAYMENT_INTENTS,
    before: intent,
    after: { ...intent, status, updated_at: at },
  });
  intentHistory(ctx, intent.id, status, at);
}
