import { describe, expect, test } from 'vitest';
import { counterpartBlock, entityBlock } from './parties.js';
import { withCreditNotes } from './payables/credit-notes.js';
import { documentNumber } from './receivables/numbering.js';
import { discountOf } from './receivables/pricing.js';

const record = (fields: Record<string, unknown>) => ({ id: 'p1', created_at: 't', updated_at: 't', ...fields });

describe('documentNumber', () => {
  test.each([
    [undefined, 'invoice', 1, 'INV-00001'],
    [undefined, 'quote', 12, 'Q-00012'],
    [{ prefix: 'ACME', separator: '/', min_digits: 3 }, 'credit_note', 7, 'ACME/CN/007'],
    [{ include_date: true }, 'invoice', 3, 'INV-2024-00003'],
    [{ document_type_prefix: { invoice: 'RE' } }, 'invoice', 1, 'RE-00001'],
  ])('%j %s #%i is %s', (settings, type, sequence, expected) => {
    expect(documentNumber(settings, type, sequence, '2024-05-25T08:00:00Z')).toBe(expected);
  });
});

describe('discountOf', () => {
  test.each([
    [10000, { type: 'amount', amount: 2500 }, 2500],
    [10000, { type: 'percentage', amount: 1250 }, 1250],
    [1000, { type: 'amount', amount: 5000 }, 1000],
    [1000, undefined, 0],
    [1000, { type: 'amount', amount: -5 }, 0],
  ])('%i less %j', (amount, discount, off) => {
    expect(discountOf(amount, discount)).toBe(off);
  });
});

describe('blocks', () => {
  test('an individual counterpart is named by its full name and typed individual', () => {
    expect(
      counterpartBlock({ type: 'individual', individual: { first_name: 'Mary', last_name: "O'Brien" } }),
    ).toMatchObject({
      counterpart_type: 'individual',
      counterpart_name: "Mary O'Brien",
    });
  });
  test('an individual entity gives first and last name', () => {
    expect(entityBlock({ individual: { first_name: 'Ann', last_name: 'Lee' } }).entity).toMatchObject({
      type: 'individual',
      first_name: 'Ann',
      last_name: 'Lee',
    });
  });
});

describe('withCreditNotes', () => {
  const payable = record({ total_amount: 10000 });
  test('ignores credit notes of other payables, and never goes below zero', () => {
    const notes = [
      record({ id: 'c1', based_on: 'p1', total_amount: 12000, status: 'approved' }),
      record({ id: 'c2', based_on: 'other', total_amount: 500 }),
    ];
    expect(withCreditNotes(payable, notes)).toMatchObject({
      total_amount_with_credit_notes: 0,
      credit_notes: [{ id: 'c1' }],
    });
  });
  test('a payable without credit notes is unchanged', () => {
    expect(withCreditNotes(payable, [])).toBe(payable);
  });
});
