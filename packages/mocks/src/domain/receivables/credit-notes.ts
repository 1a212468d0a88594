/**
 * Credit notes against invoices (`type: credit_note`, `based_on`): only an
 * issued, partially paid or overdue invoice is credited, with one draft
 * credit note at a time and never more than is left of it. A new credit note
 * copies the invoice's lines (all of it credited); `credit_note.line_items`
 * in an update credits fewer units per product. Issuing it lowers the
 * invoice's `total_amount_with_credit_notes` and `amount_due`; crediting all
 * that is left cancels an unpaid invoice and pays a partially paid one.
 */
import { isObject, numberOf, objectOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { refusal } from '../../state/crud/request.js';
import type { Change } from '../../state/changes.js';
import type { RuleContext, WriteContext } from '../../state/rules.js';
import { type Endpoint, endpoint } from '../module.js';
import { owedOf } from '../money.js';

type Json = Record<string, unknown>;

/** Invoice statuses that can be credited. */
const CREDITABLE = ['issued', 'partially_paid', 'overdue'];

const isCreditNote = (record: Json): boolean => record.type === 'credit_note' && typeof record.based_on === 'string';

/** Why an invoice cannot take a new credit note now, if it cannot. */
function creditRefusal(invoice: StoredRecord, others: readonly StoredRecord[]): string | undefined {
  // A stored receivable always has its type (its read schema requires one).
  if (invoice.type !== 'invoice') return 'Credit notes are based on invoices only.';
  if (!CREDITABLE.includes(String(invoice.status)))
    return `Invoice ${invoice.id} in status '${String(invoice.status)}' cannot be credited; only issued, partially paid or overdue invoices can.`;
  if (others.some((r) => r.type === 'credit_note' && r.based_on === invoice.id && r.status === 'draft'))
    return `Invoice ${invoice.id} already has a draft credit note; issue or delete it first.`;
  if (owedOf(invoice) <= 0) return `Invoice ${invoice.id} has nothing left to credit.`;
  return undefined;
}

/** Refuses a credit note Monite would not make (409, which the create of receivables declares). */
export const creditNoteRefusal = (collection: string): Endpoint =>
  endpoint('POST', collection, (ctx) => {
    const body = objectOf(ctx.body);
    if (!isCreditNote(body)) return undefined;
    const invoice = ctx.store.get(ctx.scope, collection, String(body.based_on));
    if (!invoice) return undefined; // an unknown invoice is the reference check's answer
    const reason = creditRefusal(invoice, ctx.store.list(ctx.scope, collection));
    return reason ? refusal(409, reason) : undefined;
  });

/** A line of an invoice as a credit note's line: what it sold, without the totals (the note derives its own). */
function creditLine(line: Json): Json {
  const { total_before_vat: _b, total_after_vat: _a, ...rest } = line;
  return rest;
}

/** The product id a line is for (stored product or a product block with an id). */
const productIdOf = (line: Json): unknown => line.product_id ?? (isObject(line.product) ? line.product.id : undefined);

/**
 * A credit note as written: when new, the invoice's counterpart, currency,
 * number and lines; after an update naming `credit_note.line_items`, each
 * named product credited for that many units (at `price_diff` a unit when given).
 */
export function creditNoteOnSave(record: StoredRecord, ctx: RuleContext, collection: string): StoredRecord {
  if (!isCreditNote(record)) return record;
  let out = record;
  if (!Array.isArray(record.line_items)) {
    const invoice = ctx.get(collection, String(record.based_on));
    if (!invoice) return record;
    out = {
      ...record,
      counterpart_id: invoice.counterpart_id,
      counterpart_billing_address_id: invoice.counterpart_billing_address_id,
      currency: invoice.currency,
      based_on_document_id: invoice.document_id,
      // A stored receivable always has its line_items list (its read schema requires one).
      line_items: (invoice.line_items as Json[]).map(creditLine),
    };
  }
  const update = isObject(out.credit_note) ? out.credit_note : undefined;
  if (!update) return out;
  const { credit_note: _applied, ...rest } = out;
  const byProduct = isObject(update.line_items) ? update.line_items : {};
  const lines = (rest.line_items as Json[]).map((line) => {
    const change = byProduct[String(productIdOf(line))];
    if (!isObject(change)) return line;
    const price = numberOf(change.price_diff);
    const product = isObject(line.product) ? line.product : {};
    const repriced =
      price === undefined ? {} : { product: { ...product, price: { ...(product.price as Json), value: price } } };
    return { ...line, quantity: numberOf(change.quantity) ?? line.quantity, ...repriced };
  });
  return { ...rest, line_items: lines };
}

/** A credit note is issued only for what is left of its invoice. */
export function creditWithinInvoice(record: StoredRecord, ctx: RuleContext, collection: string): string | undefined {
  if (!isCreditNote(record)) return undefined;
  const invoice = ctx.get(collection, String(record.based_on));
  const credit = numberOf(record.total_amount) ?? 0;
  const left = invoice ? owedOf(invoice) : 0;
  return credit > left
    ? `The credit note (${credit}) is more than is left of invoice ${String(record.based_on)} (${left}).`
    : undefined;
}

/** What issuing a credit note does to its invoice: less to pay, and canceled or paid once nothing is left. */
export function creditInvoice(
  change: Pick<Change, 'kind' | 'after' | 'action'>,
  ctx: WriteContext,
  collection: string,
): void {
  const note = change.after;
  if (change.action !== 'issue' || !note || !isCreditNote(note)) return;
  const before = ctx.get(collection, String(note.based_on));
  if (!before) return;
  const left = Math.max(0, owedOf(before) - (numberOf(note.total_amount) ?? 0));
  const paid = numberOf(before.amount_paid) ?? 0;
  const due = Math.max(0, left - paid);
  const status = due > 0 ? before.status : paid > 0 ? 'paid' : 'canceled';
  const related = isObject(before.related_documents) ? before.related_documents : {};
  const ids = Array.isArray(related.credit_note_ids) ? related.credit_note_ids : [];
  const after: StoredRecord = {
    ...before,
    status,
    total_amount_with_credit_notes: left,
    amount_due: due,
    related_documents: { ...related, credit_note_ids: [...ids, note.id] },
    updated_at: ctx.stamp(),
  };
  ctx.write({ kind: status === before.status ? 'updated' : 'moved', collection, before, after });
}
