// The status moves Monite allows and what each move records: the
// messages of refused moves, amounts paid and due, when and with which comment
// a document was paid, and which documents a move applies to.
import { describe, expect, it } from 'vitest';
import { applyListedMove } from '../test/rule-facade.js';

const NOW = '2024-05-25T08:00:00.000Z';
const record = (fields: Record<string, unknown>) => ({ id: 'd1', created_at: 't', updated_at: 't', ...fields });
const fresh = () => 'f00d';

/** Applies a listed move of a collection to a record, at NOW. */
function move(collection: string, action: string, fields: Record<string, unknown>, body: Record<string, unknown> = {}) {
  return applyListedMove(collection, action, record(fields), body, fresh, NOW);
}

describe('refused moves', () => {
  it('name the action in words and the status it was tried in', () => {
    expect(move('/payables', 'mark_as_partially_paid', { status: 'draft' })).toEqual({
      ok: false,
      message: "Cannot mark as partially paid in status 'draft'.",
    });
  });

  it('refuse a document without a status, naming an empty one', () => {
    expect(move('/payables', 'submit_for_approval', {})).toEqual({
      ok: false,
      message: "Cannot submit for approval in status ''.",
    });
  });

  it("answer a guard's reason as the message", () => {
    expect(move('/receivables', 'accept', { status: 'issued', type: 'invoice' })).toEqual({
      ok: false,
      message: 'Only quotes can be accepted or declined.',
    });
  });
});

describe('payables', () => {
  it('paid in full: the total is paid, nothing is due, paid now with the comment in marked_as_paid_with_comment', () => {
    const result = move(
      '/payables',
      'mark_as_paid',
      { status: 'waiting_to_be_paid', total_amount: 10000, amount_paid: 0, amount_due: 10000 },
      { comment: 'wire 42' },
    );
    expect(result).toEqual({
      ok: true,
      record: record({
        status: 'paid',
        total_amount: 10000,
        amount_paid: 10000,
        amount_due: 0,
        amount_to_pay: 0,
        paid_at: NOW,
        marked_as_paid_with_comment: 'wire 42',
      }),
    });
  });

  it('paid in full on the date the caller gives; without a comment none is recorded, without a total nothing is paid', () => {
    const result = move('/payables', 'mark_as_paid', { status: 'partially_paid' }, { paid_at: '2024-06-01T10:00:00Z' });
    // Strict: no comment field at all, not one set to undefined.
    expect(result).toStrictEqual({
      ok: true,
      record: record({
        status: 'paid',
        amount_paid: 0,
        amount_due: 0,
        amount_to_pay: 0,
        paid_at: '2024-06-01T10:00:00Z',
      }),
    });
  });

  it('paid partly: what is paid and what is left, with the comment', () => {
    const result = move(
      '/payables',
      'mark_as_partially_paid',
      { status: 'waiting_to_be_paid', total_amount: 10000 },
      { amount_paid: 2500, comment: 'first rate' },
    );
    expect(result).toEqual({
      ok: true,
      record: record({
        status: 'partially_paid',
        total_amount: 10000,
        amount_paid: 2500,
        amount_due: 7500,
        amount_to_pay: 7500,
        comment: 'first rate',
      }),
    });
  });

  it('a partial payment must leave something to pay, and says how to pay in full', () => {
    for (const amount_paid of [10000, 10001]) {
      expect(
        move(
          '/payables',
          'mark_as_partially_paid',
          { status: 'waiting_to_be_paid', total_amount: 10000 },
          { amount_paid },
        ),
      ).toEqual({
        ok: false,
        message: `The amount paid (${amount_paid}) must be less than the total amount (10000); use mark_as_paid for a full payment.`,
      });
    }
    expect(
      move(
        '/payables',
        'mark_as_partially_paid',
        { status: 'waiting_to_be_paid', total_amount: 10000 },
        { amount_paid: 9999 },
      ),
    ).toMatchObject({ ok: true, record: { amount_paid: 9999, amount_due: 1 } });
  });

  it('a partial payment must pay something, and on a document without a total is refused', () => {
    // Monite takes 0 < amount_paid < amount: a partial payment of nothing is refused.
    expect(move('/payables', 'mark_as_partially_paid', { status: 'waiting_to_be_paid', total_amount: 500 })).toEqual({
      ok: false,
      message: 'The amount paid (0) must be greater than zero.',
    });
    // Strict: no comment field either, as none was given.
    expect(
      move(
        '/payables',
        'mark_as_partially_paid',
        { status: 'waiting_to_be_paid', total_amount: 500 },
        { amount_paid: 1 },
      ),
    ).toStrictEqual({
      ok: true,
      record: record({
        status: 'partially_paid',
        total_amount: 500,
        amount_paid: 1,
        amount_due: 499,
        amount_to_pay: 499,
      }),
    });
    expect(move('/payables', 'mark_as_partially_paid', { status: 'waiting_to_be_paid' }, { amount_paid: 1 })).toEqual({
      ok: false,
      message: 'The amount paid (1) must be less than the total amount (0); use mark_as_paid for a full payment.',
    });
  });
});

describe('receivables', () => {
  it('paid in full with the comment in comment', () => {
    const result = move('/receivables', 'mark_as_paid', { status: 'overdue', total_amount: 300 }, { comment: 'cash' });
    expect(result).toMatchObject({
      ok: true,
      record: { status: 'paid', amount_paid: 300, comment: 'cash', paid_at: NOW },
    });
    expect(result.ok && result.record).not.toHaveProperty('marked_as_paid_with_comment');
  });

  it('only invoices are paid or marked uncollectible; a receivable without a type counts as an invoice', () => {
    const refused = { ok: false, message: 'Only invoices can be paid or marked uncollectible.' };
    expect(move('/receivables', 'mark_as_paid', { status: 'issued', type: 'quote' })).toEqual(refused);
    expect(move('/receivables', 'mark_as_uncollectible', { status: 'issued', type: 'credit_note' })).toEqual(refused);
    expect(
      move(
        '/receivables',
        'mark_as_partially_paid',
        { status: 'issued', type: 'quote', total_amount: 100 },
        { amount_paid: 1 },
      ),
    ).toEqual(refused);
    expect(move('/receivables', 'mark_as_uncollectible', { status: 'issued' })).toMatchObject({
      ok: true,
      record: { status: 'uncollectible' },
    });
    expect(move('/receivables', 'mark_as_paid', { status: 'issued', type: 'invoice' })).toMatchObject({
      ok: true,
      record: { status: 'paid' },
    });
  });

  it('an invoice paid partly must leave something to pay', () => {
    expect(
      move(
        '/receivables',
        'mark_as_partially_paid',
        { status: 'issued', type: 'invoice', total_amount: 100 },
        { amount_paid: 100 },
      ),
    ).toEqual({
      ok: false,
      message: 'The amount paid (100) must be less than the total amount (100); use mark_as_paid for a full payment.',
    });
    expect(
      move(
        '/receivables',
        'mark_as_partially_paid',
        { status: 'issued', type: 'invoice', total_amount: 100 },
        { amount_paid: 40 },
      ),
    ).toMatchObject({ ok: true, record: { status: 'partially_paid', amount_paid: 40, amount_due: 60 } });
  });

  it('only quotes are accepted or declined', () => {
    expect(move('/receivables', 'decline', { status: 'issued', type: 'quote' })).toMatchObject({
      ok: true,
      record: { status: 'declined' },
    });
    expect(move('/receivables', 'decline', { status: 'issued' })).toEqual({
      ok: false,
      message: 'Only quotes can be accepted or declined.',
    });
  });

  it('a quote cannot be canceled; an invoice can', () => {
    expect(move('/receivables', 'cancel', { status: 'issued', type: 'quote' })).toEqual({
      ok: false,
      message: 'Quotes cannot be canceled; delete the quote or let it expire.',
    });
    expect(move('/receivables', 'cancel', { status: 'draft', type: 'invoice' })).toMatchObject({
      ok: true,
      record: { status: 'canceled' },
    });
  });
});

describe('webhook subscriptions', () => {
  it('a new secret keeps the status it was made in', () => {
    expect(move('/webhook_subscriptions', 'regenerate_secret', { status: 'disabled', secret: 'whsec_old' })).toEqual({
      ok: true,
      record: record({ status: 'disabled', secret: 'whsec_f00d' }),
    });
  });
});
