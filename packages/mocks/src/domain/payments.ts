/**
 * Payments: payment records (Monite's record of money received or paid, with
 * their own moves and history; a succeeded one pays its document), payment
 * links (made with their payment intent, paid through it, expiring at
 * `expires_at`) and payment intents (one `status_updated` event per move).
 * Batch payments have a module of their own (`batch-payments.ts`).
 */
import { type Json, numberOf, objectOf } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import type { Change } from '../state/changes.js';
import type { MoveContext, RuleContext, WriteContext } from '../state/rules.js';
import { refusal } from '../state/crud/request.js';
import { type DomainModule, endpoint, type TimeEffects } from './module.js';
import { PAYABLES } from './payables/index.js';
import {
  createIntent,
  deriveLink,
  PAYMENT_INTENTS,
  PAYMENT_LINKS,
  refuseLink,
  settleIntent,
  withPaymentPage,
} from './payment-links.js';
import { documentOf, payDocument, takesPayments } from './paying.js';
import { RECEIVABLES } from './receivables/rules.js';

/** The collection of payment records. */
const PAYMENT_RECORDS = '/payment_records';

/** A payment record's history grows by one entry per move, with the mock's time. */
const recordMove =
  (status: string) =>
  (record: StoredRecord, body: Json, ctx: MoveContext): Partial<StoredRecord> => ({
    // A stored record has its history: derivePaymentRecord starts it.
    history: [...(record.history as Json[]), { status, timestamp: ctx.now }],
    ...(typeof body.payment_intent_status === 'string' ? { payment_intent_status: body.payment_intent_status } : {}),
    ...(status === 'succeeded' ? { paid_at: typeof body.paid_at === 'string' ? body.paid_at : ctx.now } : {}),
  });

/**
 * A payment record as stored: recorded through the API, so external; its
 * history starts with its first status; a succeeded record has a `paid_at`;
 * and `object` shows the status of the payable or receivable it pays.
 */
export function derivePaymentRecord(record: StoredRecord, ctx: RuleContext): StoredRecord {
  // The CRUD gives a new record its initial status, `succeeded`, when the request names none.
  const status = String(record.status);
  const history =
    Array.isArray(record.history) && record.history.length > 0
      ? record.history
      : [{ status, timestamp: record.created_at }];
  const object = (record.object ?? {}) as Json;
  const collection = object.type === 'receivable' ? RECEIVABLES : PAYABLES;
  const target = typeof object.id === 'string' ? ctx.get(collection, object.id) : undefined;
  const objectStatus = typeof target?.status === 'string' ? target.status : 'unknown';
  const shownObject = { ...object, old_status: object.old_status ?? objectStatus, new_status: objectStatus };
  const paidAt = status === 'succeeded' ? (record.paid_at ?? record.created_at) : record.paid_at;
  return {
    ...record,
    status,
    history,
    is_external: record.is_external ?? true,
    object: shownObject,
    paid_at: paidAt,
    overpaid_amount: record.overpaid_amount ?? 0,
  };
}

/**
 * What a payment record does once it has succeeded (created as `succeeded`,
 * or moved there): pays the document it names, when that document takes
 * payments, and shows the document's statuses before and after. A record
 * that names one of the mock's payment intents is the payment of that
 * intent's link: Monite's own record, not an external one. Records for
 * documents that take no payments (a draft) are kept and pay nothing.
 */
export function paymentRecordEffects(
  change: Pick<Change, 'kind' | 'before' | 'after'>,
  ctx: WriteContext,
): StoredRecord | undefined {
  const record = change.after;
  if (record?.status !== 'succeeded' || change.before?.status === 'succeeded') return undefined;
  const settled = settleIntent(record.payment_intent_id, ctx);
  const document = documentOf(record.object, ctx);
  const paid = settled ? { is_external: false } : {};
  if (!document || !takesPayments(document)) return settled ? { ...record, ...paid } : undefined;
  const paidAt = typeof record.paid_at === 'string' ? record.paid_at : ctx.stamp();
  const outcome = payDocument(document, numberOf(record.amount) ?? 0, paidAt, ctx);
  return {
    ...record,
    ...paid,
    object: { ...(record.object as Json), old_status: outcome.oldStatus, new_status: outcome.newStatus },
    overpaid_amount: outcome.overpaid,
  };
}

/**
 * Records a payment Monite makes itself (a payer paying on a link's page, a
 * batch payment going through): a succeeded payment record of Monite's own
 * (`is_external: false`), derived and applied as one created through the API
 * is, so it pays its document and settles its intent, with their events.
 */
export function recordPayment(ctx: WriteContext, fields: Json): StoredRecord {
  const at = ctx.stamp();
  const made = { id: ctx.freshId(), created_at: at, updated_at: at, paid_at: at, is_external: false, ...fields };
  const record = ctx.complete(PAYMENT_RECORDS, derivePaymentRecord({ ...made, status: 'succeeded' }, ctx));
  ctx.store.put(ctx.scope, PAYMENT_RECORDS, record);
  const applied = paymentRecordEffects({ kind: 'created', after: record }, ctx) ?? record;
  ctx.write({ kind: 'created', collection: PAYMENT_RECORDS, after: applied });
  return applied;
}

/**
 * A payment is in its document's currency: a record for an invoice or
 * payable in another currency is refused (400; the operation declares no 409).
 */
const refuseForeignCurrency = endpoint('POST', PAYMENT_RECORDS, (ctx) => {
  const body = objectOf(ctx.body);
  const document = documentOf(body.object, ctx.write());
  const currency = document?.served.currency;
  if (typeof currency !== 'string' || typeof body.currency !== 'string' || body.currency === currency) return undefined;
  return refusal(400, `The payment is in ${body.currency}; ${document?.stored.id} is in ${currency}.`);
});

/** Payment link statuses that end its life: nothing to expire any more. */
const LINK_FINISHED = new Set(['expired', 'succeeded', 'canceled', 'paid']);

/** Whether a payment link is past its `expires_at` and still open. */
export function isExpiredLink(link: StoredRecord, now: number): boolean {
  if (LINK_FINISHED.has(String(link.status))) return false;
  const expires = typeof link.expires_at === 'string' ? Date.parse(link.expires_at) : Number.NaN;
  return !Number.isNaN(expires) && expires <= now;
}

/** Payment links past `expires_at` expire when the clock moves, each with its event. */
function expireLinks(ctx: WriteContext, effects: TimeEffects): void {
  const now = ctx.clock.now();
  for (const before of ctx.list(PAYMENT_LINKS)) {
    if (!isExpiredLink(before, now)) continue;
    const after = { ...before, status: 'expired', updated_at: ctx.stamp() };
    ctx.write({ kind: 'moved', collection: PAYMENT_LINKS, before, after, action: 'expire' });
    effects.expired.push(before.id);
  }
}

/** The payments module. */
export const payments: DomainModule = {
  name: 'payments',
  collections: [
    {
      collection: PAYMENT_RECORDS,
      events: { objectType: 'payment' },
      initialStatus: 'succeeded',
      // None of these moves declares a 409: a refused one is a 400.
      moves: {
        start_processing: { from: ['created'], to: 'processing', apply: recordMove('processing') },
        mark_as_succeeded: { from: ['created', 'processing'], to: 'succeeded', apply: recordMove('succeeded') },
        cancel: { from: ['created', 'processing'], to: 'canceled', apply: recordMove('canceled') },
      },
      deriveOnSave: derivePaymentRecord,
      affects: paymentRecordEffects,
    },
    {
      collection: PAYMENT_LINKS,
      events: { objectType: 'payment_link', statusUpdated: true },
      initialStatus: 'created',
      moves: { expire: { from: ['created', 'active'], to: 'expired' } },
      deriveOnSave: deriveLink,
      afterCreate: withPaymentPage,
      affects: (change, ctx) =>
        change.kind === 'created' && change.after ? createIntent(change.after, ctx) : undefined,
    },
    { collection: PAYMENT_INTENTS, events: { objectType: 'payment_intent', statusUpdated: true } },
    // A reminder is `active` until deleted (its status has no other value).
    { collection: '/payment_reminders', events: { objectType: 'payment_reminder' }, initialStatus: 'active' },
    { collection: '/overdue_reminders', events: { objectType: 'overdue_reminder' } },
  ],
  endpoints: [refuseLink, refuseForeignCurrency],
  clock: expireLinks,
};
