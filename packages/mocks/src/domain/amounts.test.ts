// The amounts the mock computes the way Monite does: line and
// document totals, discounts, and a receivable's VAT after a shared document
// discount. A client that shows totals relies on every one of these numbers.
import { describe, expect, it } from 'vitest';
import { amountsWithoutLines } from './payables/index.js';
import { deriveDocumentTotals, deriveLineItem } from './payables/line-items.js';
import { deriveReceivable, discountOf } from './receivables/pricing.js';

const record = (fields: Record<string, unknown>) => ({ id: 'r1', created_at: 't', updated_at: 't', ...fields });
const noProducts = () => undefined;

describe('deriveLineItem', () => {
  it('computes subtotal, tax and total, rounding a fractional quantity to the minor unit', () => {
    expect(deriveLineItem(record({ quantity: 1.5, unit_price: 999, tax: 1900 }))).toMatchObject({
      subtotal: 1499,
      tax_amount: 285,
      total: 1784,
    });
  });

  it('takes no tax when the item has no rate', () => {
    expect(deriveLineItem(record({ quantity: 2, unit_price: 250 }))).toMatchObject({
      subtotal: 500,
      tax_amount: 0,
      total: 500,
    });
  });

  it('leaves an item whose price is not a finite number alone', () => {
    const item = record({ quantity: 1, unit_price: Number.POSITIVE_INFINITY });
    expect(deriveLineItem(item)).toBe(item);
    const textPrice = record({ quantity: 1, unit_price: '100' });
    expect(deriveLineItem(textPrice)).toBe(textPrice);
  });

  it('leaves an item without a quantity alone: no subtotal, tax or total to show', () => {
    const item = record({ unit_price: 1000, tax: 1900 });
    expect(deriveLineItem(item)).toBe(item);
  });
});

describe('deriveDocumentTotals', () => {
  it('adds the lines up, counts nothing paid by default, and reports what is left to pay', () => {
    const items = [
      record({ quantity: 1, unit_price: 1000, tax: 1000 }),
      record({ quantity: 3, unit_price: 200, tax: 0 }),
      record({ quantity: 1 }),
    ];
    expect(deriveDocumentTotals(record({}), items)).toEqual({
      ...record({}),
      subtotal: 1600,
      tax_amount: 100,
      total_amount: 1700,
      amount_paid: 0,
      amount_due: 1700,
      amount_to_pay: 1700,
      total_amount_with_credit_notes: 1700,
    });
  });

  it('never asks for less than nothing to pay', () => {
    const out = deriveDocumentTotals(record({ amount_paid: 5_000 }), [record({ quantity: 1, unit_price: 100 })]);
    expect(out).toMatchObject({ amount_paid: 5_000, amount_due: 0, amount_to_pay: 0 });
  });
});

describe('discountOf', () => {
  it('takes an amount off, or a percentage in hundredths of a percent (1000 = 10%)', () => {
    expect(discountOf(2000, { type: 'amount', amount: 150 })).toBe(150);
    expect(discountOf(2005, { type: 'percentage', amount: 1000 })).toBe(201);
  });

  it('never takes off more than the amount or less than nothing', () => {
    expect(discountOf(100, { type: 'amount', amount: 500 })).toBe(100);
    expect(discountOf(100, { type: 'percentage', amount: 20_000 })).toBe(100);
    expect(discountOf(100, { type: 'amount', amount: -50 })).toBe(0);
  });

  it('is nothing without a discount object or a usable amount', () => {
    expect(discountOf(100, undefined)).toBe(0);
    expect(discountOf(100, null)).toBe(0);
    expect(discountOf(100, 'ten percent')).toBe(0);
    expect(discountOf(100, { type: 'amount', amount: 'lots' })).toBe(0);
  });
});

describe('deriveReceivable', () => {
  it('leaves a receivable without a line list alone', () => {
    const receivable = record({ line_items: 'none' });
    expect(deriveReceivable(receivable, noProducts)).toBe(receivable);
  });

  it('prices a line from its stored product, one unit by default, in the receivable currency', () => {
    const out = deriveReceivable(record({ currency: 'USD', line_items: [{ product_id: 'p1' }] }), (id) =>
      id === 'p1'
        ? { id: 'p1', price: { currency: 'USD', value: 1000 }, vat_rate: { value: 700, country: 'US' } }
        : undefined,
    );
    expect(out.line_items).toEqual([
      {
        product_id: 'p1',
        quantity: 1,
        total_before_vat: 1000,
        total_after_vat: 1070,
        product: {
          id: 'p1',
          price: { currency: 'USD', value: 1000 },
          price_after_vat: { currency: 'USD', value: 1070 },
          vat_rate: { value: 700, country: 'US' },
        },
      },
    ]);
    expect(out).toMatchObject({ subtotal: 1000, total_vat_amount: 70, total_amount: 1070 });
  });

  it("takes the line's tax_rate_value over the product's VAT rate, and that over the line's vat_rate_value", () => {
    const rateOf = (line: Record<string, unknown>) => {
      const out = deriveReceivable(
        record({ line_items: [{ product: { price: { value: 1000 } }, ...line }] }),
        noProducts,
      );
      return out.total_vat_amount;
    };
    expect(
      rateOf({
        tax_rate_value: 500,
        vat_rate_value: 900,
        product: { price: { value: 1000 }, vat_rate: { value: 1900 } },
      }),
    ).toBe(50);
    expect(rateOf({ vat_rate_value: 900, product: { price: { value: 1000 }, vat_rate: { value: 1900 } } })).toBe(190);
    expect(rateOf({ vat_rate_value: 900 })).toBe(90);
    expect(rateOf({})).toBe(0);
  });

  it('prices a line without any product at zero in EUR, with a German VAT rate', () => {
    const out = deriveReceivable(record({ line_items: [{ quantity: 2 }] }), noProducts);
    expect(out.line_items).toEqual([
      {
        quantity: 2,
        total_before_vat: 0,
        total_after_vat: 0,
        product: {
          id: undefined,
          price: { currency: 'EUR', value: 0 },
          price_after_vat: { currency: 'EUR', value: 0 },
          vat_rate: { value: 0, country: 'DE' },
        },
      },
    ]);
  });

  it('applies a line discount before VAT', () => {
    const out = deriveReceivable(
      record({
        line_items: [
          {
            quantity: 2,
            discount: { type: 'amount', amount: 200 },
            product: { price: { value: 1000 } },
            tax_rate_value: 1000,
          },
        ],
      }),
      noProducts,
    );
    expect(out).toMatchObject({ subtotal: 1800, discounted_subtotal: 1800, total_vat_amount: 180, total_amount: 1980 });
  });

  it('shares a document discount across lines by amount, the last line taking the rounding remainder, and taxes what is left', () => {
    const line = (value: number, rate: number) => ({ product: { price: { value } }, tax_rate_value: rate });
    const out = deriveReceivable(
      record({
        discount: { type: 'amount', amount: 100 },
        line_items: [line(1000, 1000), line(1000, 1000), line(1000, 0)],
      }),
      noProducts,
    );
    // Shares 33, 33 and 34: VAT on 967 and 967 at 10%, none on the third.
    expect(out).toMatchObject({
      subtotal: 3000,
      discounted_subtotal: 2900,
      total_vat_amount: 194,
      total_amount: 3094,
      amount_paid: 0,
      amount_due: 3094,
      total_amount_with_credit_notes: 3094,
      discount: { type: 'amount', amount: 100 },
    });
    // Each line still shows its VAT before the document discount.
    expect((out.line_items as { total_after_vat: number }[]).map((l) => l.total_after_vat)).toEqual([1100, 1100, 1000]);
  });

  it('reports a document discount without an amount as zero, and subtracts what is paid, never below zero', () => {
    const out = deriveReceivable(
      record({
        discount: { type: 'amount' },
        amount_paid: 99_999,
        line_items: [{ product: { price: { value: 500 } } }],
      }),
      noProducts,
    );
    expect(out).toMatchObject({
      discount: { type: 'amount', amount: 0 },
      total_amount: 500,
      amount_paid: 99_999,
      amount_due: 0,
    });
    expect(deriveReceivable(record({ line_items: [] }), noProducts)).not.toHaveProperty('discount');
  });

  it('treats a null document discount as none', () => {
    const out = deriveReceivable(
      record({ discount: null, line_items: [{ product: { price: { value: 1000 } }, tax_rate_value: 1900 }] }),
      noProducts,
    );
    expect(out).toMatchObject({ discount: null, subtotal: 1000, discounted_subtotal: 1000, total_amount: 1190 });
  });

  it('gives the last line the rounding remainder of a document discount, so the VAT is on what is really charged', () => {
    // 0.22 off three 10.00 lines: shares 0.07, 0.07 and 0.08; VAT 19% of 9.93, 9.93 and 9.92 (1.89 + 1.89 + 1.88).
    const line = { product: { price: { value: 1000 } }, tax_rate_value: 1900 };
    const out = deriveReceivable(
      record({ discount: { type: 'amount', amount: 22 }, line_items: [line, line, line] }),
      noProducts,
    );
    expect(out).toMatchObject({ subtotal: 3000, discounted_subtotal: 2978, total_vat_amount: 566, total_amount: 3544 });
  });

  it('shows prices in the price currency, else the receivable currency (EUR without one)', () => {
    const product = (out: Record<string, unknown>, index: number) =>
      (out.line_items as { product: Record<string, unknown> }[])[index]?.product;
    const out = deriveReceivable(
      record({
        currency: 'USD',
        line_items: [
          { product: { price: { value: 1000 } }, tax_rate_value: 1000 },
          { product: { price: { currency: 'GBP', value: 1000 } }, tax_rate_value: 1000 },
          { quantity: 1 },
        ],
      }),
      noProducts,
    );
    expect(product(out, 0)?.price_after_vat).toEqual({ currency: 'USD', value: 1100 });
    expect(product(out, 1)?.price_after_vat).toEqual({ currency: 'GBP', value: 1100 });
    expect(product(out, 2)?.price).toEqual({ currency: 'USD', value: 0 });
    expect(product(out, 2)?.price_after_vat).toEqual({ currency: 'USD', value: 0 });
  });

  it("names a line's product by the product's id, else by the line's product_id", () => {
    const out = deriveReceivable(
      record({
        line_items: [
          { product: { id: 'inline-1', price: { currency: 'EUR', value: 100 } } },
          { product_id: 'gone', product: { price: { currency: 'EUR', value: 100 } } },
        ],
      }),
      noProducts,
    );
    expect((out.line_items as { product: { id?: string } }[]).map((l) => l.product.id)).toEqual(['inline-1', 'gone']);
  });

  it("keeps the product VAT rate's other fields (its id) beside the rate it applies", () => {
    const out = deriveReceivable(
      record({
        line_items: [
          {
            product: { price: { currency: 'EUR', value: 1000 }, vat_rate: { id: 'vr-7', value: 1900, country: 'AT' } },
            tax_rate_value: 1000,
          },
        ],
      }),
      noProducts,
    );
    expect((out.line_items as { product: { vat_rate: unknown } }[])[0]?.product.vat_rate).toEqual({
      id: 'vr-7',
      value: 1000,
      country: 'AT',
    });
  });

  it('gives no discount share to lines when the subtotal is zero', () => {
    const out = deriveReceivable(
      record({ discount: { type: 'amount', amount: 50 }, line_items: [{ quantity: 1 }, { quantity: 1 }] }),
      noProducts,
    );
    expect(out).toMatchObject({ subtotal: 0, discounted_subtotal: 0, total_vat_amount: 0, total_amount: 0 });
  });
});

describe('amountsWithoutLines', () => {
  it('a payable without lines owes its total less what is paid, never less than nothing', () => {
    expect(amountsWithoutLines(record({ total_amount: 1000, amount_paid: 300 }))).toMatchObject({
      amount_paid: 300,
      amount_due: 700,
      amount_to_pay: 700,
      total_amount_with_credit_notes: 1000,
    });
    expect(amountsWithoutLines(record({ total_amount: 1000, amount_paid: 1200 }))).toMatchObject({ amount_due: 0 });
  });
});
