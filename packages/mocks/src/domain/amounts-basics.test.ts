import { describe, expect, test } from 'vitest';
import { taxOf } from './money.js';
import { deriveDocumentTotals, deriveLineItem } from './payables/line-items.js';
import { deriveReceivable } from './receivables/pricing.js';

const record = (fields: Record<string, unknown>) => ({ id: 'r1', created_at: 't', updated_at: 't', ...fields });

describe('derived amounts (minor units, rates in basis points)', () => {
  test('taxOf rounds to the minor unit', () => {
    expect(taxOf(999, 1900)).toBe(190);
    expect(taxOf(1000, 1250)).toBe(125);
  });
  test('a line item without quantity or price is left as it is', () => {
    const item = record({ quantity: 2 });
    expect(deriveLineItem(item)).toBe(item);
  });
  test('document totals subtract what is paid from what is due, never below zero', () => {
    const items = [record({ quantity: 2, unit_price: 1000, tax: 1900 })];
    expect(deriveDocumentTotals(record({ amount_paid: 500 }), items)).toMatchObject({
      subtotal: 2000,
      tax_amount: 380,
      total_amount: 2380,
      amount_due: 1880,
    });
    expect(deriveDocumentTotals(record({ amount_paid: 99_999 }), items)).toMatchObject({ amount_due: 0 });
  });
  test('a document without line items keeps its own totals', () => {
    const doc = record({ total_amount: 7 });
    expect(deriveDocumentTotals(doc, [])).toBe(doc);
  });
  test('receivable lines take the price of an inline product over the stored one', () => {
    const out = deriveReceivable(
      record({ currency: 'EUR', line_items: [{ product_id: 'p1', quantity: 1, product: { price: { value: 300 } } }] }),
      () => ({ price: { currency: 'EUR', value: 100 } }),
    );
    expect(out).toMatchObject({ subtotal: 300, total_amount: 300, amount_due: 300 });
  });
});
