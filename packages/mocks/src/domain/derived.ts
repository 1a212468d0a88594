import type { StoredRecord } from './stored-record.js';

type Json = Record<string, unknown>;

const asNumber = (value: unknown): number | undefined =>
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number, so the typeof check only narrows the type
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

/** A discount as Monite takes it: `amount` in minor units, or `percentage` in percent minor units (1000 = 10%). */
interface Discount {
  type?: unknown;
  amount?: unknown;
}

/** What a discount takes off an amount, never more than the amount. */
export function discountOf(amount: number, discount: unknown): number {
  // Stryker disable next-line ConditionalExpression: a truthy non-object has no type or amount, so it takes off 0 either way (amounts are never negative: quantities and prices are at least 0)
  if (!discount || typeof discount !== 'object') return 0;
  const { type, amount: value } = discount as Discount;
  const number = asNumber(value) ?? 0;
  const off = type === 'percentage' ? Math.round((amount * number) / 10_000) : number;
  return Math.min(amount, Math.max(0, off));
}

/**
 * Turns a receivable's request line items (`product` or `product_id`,
 * `quantity`, a VAT rate, a line discount) into response items with
 * `total_before_vat` and `total_after_vat`, and sets the receivable's totals.
 * A document discount is shared across lines in proportion to their amounts
 * before VAT is computed, as discounts reduce the taxable amount.
 */
export function deriveReceivable(receivable: StoredRecord, products: (id: string) => Json | undefined): StoredRecord {
  const lines = receivable.line_items;
  if (!Array.isArray(lines)) return receivable;
  const currency = typeof receivable.currency === 'string' ? receivable.currency : 'EUR';
  const priced = lines.map((raw: Json) => {
    const line = raw ?? {};
    // Stryker disable next-line ConditionalExpression: a lookup by a missing or non-string id finds nothing (stored ids are strings), so asking anyway changes nothing
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
    const gross = Math.round(unit * quantity);
    return { line, product, price, unit, rate, quantity, before: gross - discountOf(gross, line.discount) };
  });
  const subtotal = priced.reduce((sum, p) => sum + p.before, 0);
  const documentDiscount = discountOf(subtotal, receivable.discount);
  let shared = 0;
  let vat = 0;
  const items = priced.map((p, index) => {
    // The last line takes the rounding remainder, so the shares add up to the discount exactly.
    const share =
      index === priced.length - 1
        ? documentDiscount - shared
        : subtotal > 0
          ? Math.round((documentDiscount * p.before) / subtotal)
          : 0;
    shared += share;
    const lineVat = taxOf(p.before - share, p.rate);
    vat += lineVat;
    return {
      ...p.line,
      quantity: p.quantity,
      total_before_vat: p.before,
      total_after_vat: p.before + taxOf(p.before, p.rate),
      product: {
        ...p.product,
        id: p.product.id ?? p.line.product_id,
        price: p.price,
        price_after_vat: { currency: p.price.currency ?? currency, value: p.unit + taxOf(p.unit, p.rate) },
        vat_rate: {
          ...((p.product.vat_rate as Json) ?? {}),
          value: p.rate,
          country: (p.product.vat_rate as Json | undefined)?.country ?? 'DE',
        },
      },
    };
  });
  const discounted = subtotal - documentDiscount;
  const total = discounted + vat;
  const paid = asNumber(receivable.amount_paid) ?? 0;
  return {
    ...receivable,
    line_items: items,
    subtotal,
    discounted_subtotal: discounted,
    ...(isDiscount(receivable.discount)
      ? { discount: { ...receivable.discount, amount: asNumber(receivable.discount.amount) ?? 0 } }
      : {}),
    total_vat_amount: vat,
    total_amount: total,
    amount_paid: paid,
    amount_due: Math.max(0, total - paid),
    total_amount_with_credit_notes: total,
  };
}

function isDiscount(value: unknown): value is Json & Discount {
  return typeof value === 'object' && value !== null && 'type' in value;
}
