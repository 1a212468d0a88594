import type { StoredRecord } from './stored-record.js';

type Json = Record<string, unknown>;

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Tax on an amount at a rate in basis points (1250 = 12.5%), rounded to the minor unit. */
export function taxOf(amount: number, rateBasisPoints: number): number {
  return Math.round((amount * rateBasisPoints) / 10_000);
}

/**
 * Fills a payable or credit-note line item's `subtotal`, `tax_amount` and
 * `total` from `quantity`, `unit_price` (minor units) and `tax` (basis points),
 * as Monite computes them.
 */
export function deriveLineItem(item: StoredRecord): StoredRecord {
  const quantity = asNumber(item.quantity);
  const unitPrice = asNumber(item.unit_price);
  if (quantity === undefined || unitPrice === undefined) return item;
  const subtotal = Math.round(quantity * unitPrice);
  const taxAmount = taxOf(subtotal, asNumber(item.tax) ?? 0);
  return { ...item, subtotal, tax_amount: taxAmount, total: subtotal + taxAmount };
}

/** Document totals from line items: `subtotal`, `tax_amount`, `total_amount`, and what is still due. */
export function deriveDocumentTotals(document: StoredRecord, lineItems: StoredRecord[]): StoredRecord {
  if (lineItems.length === 0) return document;
  const derived = lineItems.map(deriveLineItem);
  const subtotal = derived.reduce((sum, item) => sum + (asNumber(item.subtotal) ?? 0), 0);
  const taxAmount = derived.reduce((sum, item) => sum + (asNumber(item.tax_amount) ?? 0), 0);
  const total = subtotal + taxAmount;
  const paid = asNumber(document.amount_paid) ?? 0;
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

/**
 * Turns a receivable's request line items (`product` or `product_id`,
 * `quantity`, a VAT rate) into response items with `total_before_vat` and
 * `total_after_vat`, and sets the receivable's totals.
 */
export function deriveReceivable(receivable: StoredRecord, products: (id: string) => Json | undefined): StoredRecord {
  const lines = receivable.line_items;
  if (!Array.isArray(lines)) return receivable;
  const currency = typeof receivable.currency === 'string' ? receivable.currency : 'EUR';
  let subtotal = 0;
  let vat = 0;
  const items = lines.map((raw: Json) => {
    const line = raw ?? {};
    const stored = typeof line.product_id === 'string' ? products(line.product_id) : undefined;
    const product = { ...(stored ?? {}), ...((line.product as Json) ?? {}) } as Json;
    const price = (product.price as Json | undefined) ?? { currency, value: 0 };
    const unit = asNumber(price.value) ?? 0;
    const rate =
      asNumber(line.tax_rate_value) ??
      asNumber((product.vat_rate as Json | undefined)?.value) ??
      asNumber(line.vat_rate_value) ??
      0;
    const quantity = asNumber(line.quantity) ?? 1;
    const before = Math.round(unit * quantity);
    const after = before + taxOf(before, rate);
    subtotal += before;
    vat += after - before;
    return {
      ...line,
      quantity,
      total_before_vat: before,
      total_after_vat: after,
      product: {
        ...product,
        id: product.id ?? line.product_id,
        price,
        price_after_vat: { currency: price.currency ?? currency, value: unit + taxOf(unit, rate) },
        vat_rate: {
          ...((product.vat_rate as Json) ?? {}),
          value: rate,
          country: (product.vat_rate as Json | undefined)?.country ?? 'DE',
        },
      },
    };
  });
  const total = subtotal + vat;
  const paid = asNumber(receivable.amount_paid) ?? 0;
  return {
    ...receivable,
    line_items: items,
    subtotal,
    total_vat_amount: vat,
    total_amount: total,
    amount_paid: paid,
    amount_due: Math.max(0, total - paid),
    total_amount_with_credit_notes: total,
  };
}
