/**
 * The rules of a receivable (invoice, quote, credit note): its workflow and
 * what each move checks, what it derives when written (prices, the
 * counterpart and entity blocks), its number on issue, its lock once issued,
 * its history and its events.
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import type { CollectionRules, Move, MoveContext, RuleContext } from '../../state/rules.js';
import { dateOf } from '../calendar.js';
import { addressesOf, COUNTERPARTS } from '../counterparts/lookup.js';
import { entityRecord } from '../entities/lookup.js';
import { PRODUCTS } from '../products.js';
import { paidInFull, paidPartly, withinAmountDue } from '../money.js';
import { counterpartBlock, entityBlock } from '../parties.js';
import { receivableHistory } from './history.js';
import { creditInvoice, creditNoteOnSave, creditWithinInvoice } from './credit-notes.js';
import { numberOnIssue } from './numbering.js';
import { amountToPay, termsOf, termsOnIssue } from './terms.js';
import { deriveReceivable } from './pricing.js';
import { isExpiredQuote } from './time.js';

/** The collection of receivables. */
export const RECEIVABLES = '/receivables';

const quotesOnly = (record: StoredRecord): string | undefined =>
  record.type === 'quote' ? undefined : 'Only quotes can be accepted or declined.';

/** A quote is accepted only while it is valid: through its `expiry_date`, by the mock's clock. */
const validQuote = (record: StoredRecord, _body: unknown, ctx: MoveContext): string | undefined =>
  quotesOnly(record) ??
  (isExpiredQuote(record, ctx.clock.now())
    ? `Quote ${record.id} expired on ${String(record.expiry_date).slice(0, 10)} (today is ${dateOf(ctx.clock.now())}) and can no longer be accepted.`
    : undefined);

const invoicesOnly = (record: StoredRecord): string | undefined =>
  record.type === undefined || record.type === 'invoice'
    ? undefined
    : 'Only invoices can be paid or marked uncollectible.';

const invoicesPaidWithin = (record: StoredRecord, body: Record<string, unknown>): string | undefined =>
  invoicesOnly(record) ?? withinAmountDue(record, body);

// A quote's statuses have no `canceled`: a quote is declined, expires or is deleted instead.
const notQuotes = (record: StoredRecord): string | undefined =>
  record.type === 'quote' ? 'Quotes cannot be canceled; delete the quote or let it expire.' : undefined;

const PAYABLE_FROM = ['issued', 'partially_paid', 'overdue'];

/** The workflow of receivables, by action. */
export const RECEIVABLE_MOVES: Readonly<Record<string, Move>> = {
  // A credit note is issued only for what is left of its invoice.
  issue: {
    from: ['draft'],
    to: 'issued',
    guard: (record, _body, ctx) => creditWithinInvoice(record, ctx, RECEIVABLES),
  },
  accept: { from: ['issued'], to: 'accepted', guard: validQuote },
  decline: { from: ['issued'], to: 'declined', guard: quotesOnly },
  mark_as_paid: { from: PAYABLE_FROM, to: 'paid', apply: paidInFull('comment'), guard: invoicesOnly },
  mark_as_partially_paid: { from: PAYABLE_FROM, to: 'partially_paid', apply: paidPartly, guard: invoicesPaidWithin },
  mark_as_uncollectible: { from: PAYABLE_FROM, to: 'uncollectible', guard: invoicesOnly },
  cancel: { from: ['draft', 'issued'], to: 'canceled', guard: notQuotes },
};

/**
 * What a receivable derives when written: line items and totals from its
 * products and VAT rates, and the counterpart and entity blocks copied from
 * the stored counterpart (with its billing address) and entity.
 */
export function deriveReceivableOnSave(written: StoredRecord, ctx: RuleContext): StoredRecord {
  // A credit note takes its invoice's lines first, so its totals are derived from them.
  const record = creditNoteOnSave(written, ctx, RECEIVABLES);
  let out = deriveReceivable(record, (id) => (typeof id === 'string' ? ctx.get(PRODUCTS, id) : undefined));
  const counterpartId = typeof record.counterpart_id === 'string' ? record.counterpart_id : undefined;
  const counterpart = counterpartId ? ctx.get(COUNTERPARTS, counterpartId) : undefined;
  if (counterpart && counterpartId) {
    const addressId = record.counterpart_billing_address_id ?? counterpart.default_billing_address_id;
    const address = ctx.get(addressesOf(counterpartId), String(addressId));
    out = { ...out, ...counterpartBlock(counterpart, address) };
  }
  // The document is rendered in its counterpart's language unless the request chose one.
  const language = out.file_language ?? counterpart?.language ?? 'en';
  out = { ...out, file_language: language, original_file_language: out.original_file_language ?? language };
  const entity = entityRecord(ctx.store, typeof record.entity_id === 'string' ? record.entity_id : undefined);
  if (entity) out = { ...out, ...entityBlock(entity) };
  // A draft shows the terms it names; their dates come at issue.
  const terms = out.status === 'draft' ? termsOf(out, ctx) : undefined;
  return terms ? { ...out, payment_terms: terms } : out;
}

/** What an invoice asks the payer for today: the amount due, less a term discount while one applies. */
function withAmountToPay(record: StoredRecord, ctx: RuleContext): StoredRecord {
  if ((record.type !== undefined && record.type !== 'invoice') || typeof record.amount_due !== 'number') return record;
  return { ...record, amount_to_pay: amountToPay(record, ctx.clock.now()) };
}

/** The rules of `/receivables`. */
export const receivableRules: CollectionRules = {
  collection: RECEIVABLES,
  events: { objectType: 'receivable' },
  initialStatus: 'draft',
  moves: RECEIVABLE_MOVES,
  actions: {
    // A copy of the document as a new draft: no status carried over, a new id.
    clone: {
      run: (target, ctx) => ({ record: ctx.create({ ...target, status: undefined, id: undefined }), kind: 'created' }),
    },
  },
  lock: { statuses: ['draft'], name: 'Receivable' },
  keptInside: { idParam: 'receivable_id', fields: ['line_items'] },
  deriveOnSave: deriveReceivableOnSave,
  // Issuing numbers the document, dates it, and dates its terms (the due date is the final term's last day).
  afterMove: (record, action, ctx) => (action === 'issue' ? termsOnIssue(numberOnIssue(record, ctx), ctx) : record),
  deriveFromRelated: withAmountToPay,
  affects: (change, ctx) => {
    creditInvoice(change, ctx, RECEIVABLES);
    return undefined;
  },
  history: receivableHistory,
};
