/**
 * Credit notes against invoices through requests: what can be credited, a
 * partial credit lowering the invoice, and a full credit cancelling an unpaid
 * invoice or paying a partially paid one.
 */
import { describe, expect, test } from 'vitest';
import { createCounterpart, invoiceBody, testClient } from '../../test/helpers.js';

type Call = ReturnType<typeof testClient>['call'];

/** An issued invoice for 4 x 500.00 of a stored product at 0% VAT (EUR 2,000.00), with the product's id. */
async function issuedInvoice(call: Call) {
  const cp = await createCounterpart(call);
  const product = (
    await call('POST', '/products', { body: { name: 'Chair', price: { currency: 'EUR', value: 50000 } } })
  ).body;
  const line = { product_id: product.id, quantity: 4, tax_rate_value: 0 };
  const draft = (await call('POST', '/receivables', { body: invoiceBody(cp, [line]) })).body;
  const issued = (await call('POST', `/receivables/${draft.id}/issue`)).body;
  expect(issued).toMatchObject({ status: 'issued', total_amount: 200000 });
  return { invoice: issued, productId: product.id as string };
}

const creditNote = (call: Call, invoiceId: string) =>
  call('POST', '/receivables', { body: { type: 'credit_note', based_on: invoiceId } });

describe('credit notes against invoices', () => {
  test('a credit for one of four units lowers what the invoice asks; the note is numbered CN on issue', async () => {
    const { monite, call } = testClient();
    const { invoice, productId } = await issuedInvoice(call);
    const note = await creditNote(call, invoice.id);
    expect(note.status, JSON.stringify(note.body)).toBe(201);
    expect(note.body).toMatchObject({
      type: 'credit_note',
      status: 'draft',
      based_on: invoice.id,
      based_on_document_id: invoice.document_id,
      total_amount: 200000,
    });
    // One draft at a time.
    expect((await creditNote(call, invoice.id)).status).toBe(409);
    const one = await call('PATCH', `/receivables/${note.body.id}`, {
      body: { credit_note: { line_items: { [productId]: { quantity: 1 } } } },
    });
    expect(one.body).toMatchObject({ total_amount: 50000 });
    const issued = await call('POST', `/receivables/${note.body.id}/issue`);
    expect(issued.body).toMatchObject({ status: 'issued', document_id: 'CN-00001' });
    const credited = (await call('GET', `/receivables/${invoice.id}`)).body;
    expect(credited).toMatchObject({
      status: 'issued',
      total_amount: 200000,
      total_amount_with_credit_notes: 150000,
      amount_due: 150000,
      related_documents: { credit_note_ids: [note.body.id] },
    });
    const history = (await call('GET', `/receivables/${invoice.id}/history`)).body.data;
    expect(history.at(-1).event_type).toBe('receivable_updated');
    const updated = monite.webhooks.events().filter((e) => e.action === 'receivable.updated');
    expect(updated.at(-1)).toMatchObject({ object: { id: invoice.id, total_amount_with_credit_notes: 150000 } });
    // A second note copies all four units: more than the 1,500.00 left, so it cannot be issued.
    const second = (await creditNote(call, invoice.id)).body;
    const tooMuch = await call('POST', `/receivables/${second.id}/issue`);
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.message).toMatch(/more than is left/);
  });

  test('crediting all that is left cancels an unpaid invoice; a draft invoice cannot be credited', async () => {
    const { call } = testClient();
    const { invoice } = await issuedInvoice(call);
    const note = (await creditNote(call, invoice.id)).body;
    await call('POST', `/receivables/${note.id}/issue`);
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({
      status: 'canceled',
      total_amount_with_credit_notes: 0,
      amount_due: 0,
    });
    const cp = await createCounterpart(call);
    const draft = (await call('POST', '/receivables', { body: invoiceBody(cp, []) })).body;
    const refused = await creditNote(call, draft.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/status 'draft' cannot be credited/);
  });

  test('crediting the rest of a partially paid invoice pays it', async () => {
    const { call } = testClient();
    const { invoice, productId } = await issuedInvoice(call);
    await call('POST', '/payment_records', {
      body: { amount: 150000, currency: 'EUR', object: { type: 'receivable', id: invoice.id } },
    });
    const note = (await creditNote(call, invoice.id)).body;
    await call('PATCH', `/receivables/${note.id}`, {
      body: { credit_note: { line_items: { [productId]: { quantity: 1 } } } },
    });
    expect((await call('POST', `/receivables/${note.id}/issue`)).status).toBe(200);
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({
      status: 'paid',
      amount_paid: 150000,
      amount_due: 0,
      total_amount_with_credit_notes: 150000,
    });
  });

  test('a credit at price_diff a unit reprices the credited product; what cannot be credited is refused with why', async () => {
    const { call } = testClient();
    const { invoice, productId } = await issuedInvoice(call);
    const note = (await creditNote(call, invoice.id)).body;
    const repriced = await call('PATCH', `/receivables/${note.id}`, {
      body: { credit_note: { line_items: { [productId]: { quantity: 2, price_diff: 20000 } } } },
    });
    expect(repriced.status, JSON.stringify(repriced.body)).toBe(200);
    expect(repriced.body.total_amount).toBe(40000);
    expect(repriced.body.line_items).toMatchObject([
      { quantity: 2, product: { name: 'Chair', price: { currency: 'EUR', value: 20000 } } },
    ]);

    const cp = await createCounterpart(call);
    const quote = (await call('POST', '/receivables', { body: { ...invoiceBody(cp, []), type: 'quote' } })).body;
    const ofQuote = await creditNote(call, quote.id);
    expect(ofQuote.status).toBe(409);
    expect(ofQuote.body.error.message).toBe('Credit notes are based on invoices only.');

    const empty = (await call('POST', '/receivables', { body: invoiceBody(cp, []) })).body;
    expect((await call('POST', `/receivables/${empty.id}/issue`)).status).toBe(200);
    const nothing = await creditNote(call, empty.id);
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.message).toBe(`Invoice ${empty.id} has nothing left to credit.`);
  });
});
