/**
 * Line items of payables and their credit notes, and the totals Monite
 * derives from them: `subtotal`, `tax_amount` and `total` per line from
 * `quantity`, `unit_price` (minor units) and `tax` (basis points), and the
 * document's totals and what is still due from its lines.
 */
import { numberOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { taxOf } from '../money.js';

/** The path segment of a document's line items. */
export const LINE_ITEMS = 'line_items';

/** A line's `subtotal`, `tax_amount` and `total`, as Monite computes them. */
export function deriveLineItem(item: StoredRecord): StoredRecord {
  const quantity = numberOf(item.quantity);
  const unitPrice = numberOf(item.unit_price);
  if (quantity === undefined || unitPrice === undefined) return item;
  const subtotal = Math.round(quantity * unitPrice);
  const taxAmount = taxOf(subtotal, numberOf(item.tax) ?? 0);
  return { ...item, subtotal, tax_amount: taxAmount, total: subtotal + taxAmount };
}

/** Document totals from line items: `subtotal`, `tax_amount`, `total_amount`, and what is still due. */
export function deriveDocumentTotals(document: StoredRecord, lineItems: StoredRecord[]): StoredRecord {
  if (lineItems.length === 0) return document;
  const derived = lineItems.map(deriveLineItem);
  const subtotal = derived.reduce((sum, item) => sum + (numberOf(item.subtotal) ?? 0), 0);
  const taxAmount = derived.reduce((sum, item) => sum + (numberOf(item.tax_amount) ?? 0), 0);
  const total = subtotal + taxAmount;
  const paid = numberOf(document.amount_paid) ?? 0;
  return {
    ...document,
    subtotal,
    tax_amount: taxAmount,
    total_amount: total,
    amount_paid: paid,
    amount_due: Math.max(0, total - paid),
    amount_to_pay: Math.max(0, total - paid),
    total_amount_with_credit_notes: total,
  };
}

/** The read-time rule of a document with line items: its totals from its lines. */
export function totalsFromLines(record: StoredRecord, childSegment: string, children: StoredRecord[]): StoredRecord {
  return childSegment === LINE_ITEMS ? deriveDocumentTotals(record, children) : record;
}
