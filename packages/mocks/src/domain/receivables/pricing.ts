/**
 * A receivable's prices as Monite computes them from its line items: each
 * line's product (stored or inline), quantity, VAT rate and discount, then a
 * document discount shared across the lines before VAT.
 */
import { isObject, numberOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { taxOf } from '../money.js';

type Json = Record<string, unknown>;

/** A discount as Monite takes it: `amount` in minor units, or `percentage` in percent minor units (1000 = 10%). */
interface Discount {
  type?: unknown;
  amount?: unknown;
}

/** What a discount takes off an amount, never more than the amount. */
export function discountOf(amount: number, discount: unknown): number {
  if (!isObject(discount)) return 0;
  const { type, amount: value } = discount as Discount;
  const number = numberOf(value) ?? 0;
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
export function deriveReceivable(receivable: StoredRecord, products: (id: unknown) => Json | undefined): StoredRecord {
  const lines = receivable.line_items;
  if (!Array.isArray(lines)) return receivable;
  const currency = typeof receivable.currency === 'string' ? receivable.currency : 'EUR';
  const priced = lines.map((raw: Json) => {
    const line = raw ?? {};
    const stored = products(line.product_id);
    const product = { ...(stored ?? {}), ...((line.product as Json) ?? {}) } as Json;
    const price = (product.price as Json | undefined) ?? { currency, value: 0 };
    const unit = numberOf(price.value) ?? 0;
    const rate =
      numberOf(line.tax_rate_value) ??
      numberOf((product.vat_rate as Json | undefined)?.value) ??
      numberOf(line.vat_rate_value) ??
      0;
    const quantity = numberOf(line.quantity) ?? 1;
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
  const paid = numberOf(receivable.amount_paid) ?? 0;
  return {
    ...receivable,
    line_items: items,
    subtotal,
    discounted_subtotal: discounted,
    ...(isDiscount(receivable.discount)
      ? { discount: { ...receivable.discount, amount: numberOf(receivable.discount.amount) ?? 0 } }
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
