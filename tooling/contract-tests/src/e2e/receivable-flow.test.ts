// The receivable flows end to end, through @monite-ts/client against
// monite-mock over HTTP: an invoice with payment terms issued with its due
// date, overdue by the clock, paid in part and in full by payment records;
// an invoice paid through its payment link; a credit note reducing one.
import { type MoniteClient, unwrap } from '@monite-ts/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCounterpart, type Flow, startFlow } from './server.js';

let flow: Flow;
beforeEach(async () => {
  flow = await startFlow('e2e-receivables');
});
afterEach(() => flow.close());

/** A product, a counterpart, stored Net 14 terms (2% within 7 days), and an issued invoice for 4 x EUR 500.00 at 19% VAT. */
async function issuedInvoice(client: MoniteClient) {
  const counterpart = await createCounterpart(client);
  const product = await unwrap(
    client.POST('/products', { body: { name: 'Consulting day', price: { currency: 'EUR', value: 50000 } } }),
  );
  const terms = await unwrap(
    client.POST('/payment_terms', {
      body: { name: 'Net 14', term_1: { number_of_days: 7, discount: 200 }, term_final: { number_of_days: 14 } },
    }),
  );
  const draft = await unwrap(
    client.POST('/receivables', {
      body: {
        type: 'invoice',
        currency: 'EUR',
        counterpart_id: counterpart.id,
        counterpart_billing_address_id: counterpart.billingAddressId,
        payment_terms_id: terms.id,
        line_items: [{ product_id: product.id, quantity: 4, tax_rate_value: 1900 }],
      },
    }),
  );
  expect(draft).toMatchObject({ status: 'draft', total_amount: 238000 });
  const invoice = await unwrap(
    client.POST('/receivables/{receivable_id}/issue', { params: { path: { receivable_id: draft.id } } }),
  );
  return { invoice, product, counterpart };
}

const read = (client: MoniteClient, id: string) =>
  unwrap(client.GET('/receivables/{receivable_id}', { params: { path: { receivable_id: id } } }));

describe('an invoice with payment terms, end to end', () => {
  it('is issued with its due date, falls overdue by the clock, then is paid in part and in full', async () => {
    const { client } = flow;
    const { invoice } = await issuedInvoice(client);
    expect(invoice).toMatchObject({ status: 'issued', document_id: 'INV-00001', due_date: '2024-06-08' });
    expect(invoice).toMatchObject({ amount_due: 238000, amount_to_pay: 233240 }); // 2% off within term_1

    expect((await flow.advance('14d')).overdue).toEqual([]); // 2024-06-08: still due today
    expect((await flow.advance('1d')).overdue).toEqual([invoice.id]);
    expect((await read(client, invoice.id)).status).toBe('overdue');

    const object = { type: 'receivable' as const, id: invoice.id };
    const part = await unwrap(client.POST('/payment_records', { body: { amount: 100000, currency: 'EUR', object } }));
    expect(part.object).toMatchObject({ old_status: 'overdue', new_status: 'overdue' });
    expect(await read(client, invoice.id)).toMatchObject({ amount_paid: 100000, amount_due: 138000 });
    const rest = await unwrap(client.POST('/payment_records', { body: { amount: 138000, currency: 'EUR', object } }));
    expect(rest.object).toMatchObject({ old_status: 'overdue', new_status: 'paid' });
    expect(await read(client, invoice.id)).toMatchObject({ status: 'paid', amount_paid: 238000, amount_due: 0 });

    const history = await unwrap(
      client.GET('/receivables/{receivable_id}/history', { params: { path: { receivable_id: invoice.id } } }),
    );
    expect(history.data.map((entry) => entry.event_type)).toEqual([
      'receivable_created',
      'status_changed', // issued
      'status_changed', // overdue
      'receivable_updated', // paid in part: still overdue
      'payment_received',
      'status_changed', // paid
      'payment_received',
    ]);
    const actions = (await flow.events())
      .filter((event) => event.object_type === 'receivable' && event.object?.id === invoice.id)
      .map((event) => event.action);
    expect(actions).toEqual([
      'receivable.created',
      'receivable.issued',
      'receivable.overdue',
      'receivable.updated',
      'receivable.paid',
    ]);
  });

  it('is paid through its payment link, whose payment intent can be read', async () => {
    const { client, entityId } = flow;
    const { invoice } = await issuedInvoice(client);
    const link = await unwrap(
      client.POST('/payment_links', {
        body: {
          object: { type: 'receivable', id: invoice.id },
          payment_methods: ['sepa_credit'],
          recipient: { id: entityId, type: 'entity' },
        },
      }),
    );
    expect(link).toMatchObject({ amount: 233240, currency: 'EUR', status: 'created' });
    const intent = await unwrap(
      client.GET('/payment_intents/{payment_intent_id}', {
        params: { path: { payment_intent_id: link.payment_intent_id } },
      }),
    );
    expect(intent).toMatchObject({ amount: 233240, currency: 'EUR', status: 'created', payment_link_id: link.id });

    // The payer pays the discounted amount on the payment page: Monite records it against the link's intent.
    const record = await unwrap(
      client.POST('/payment_records', {
        body: {
          amount: 233240,
          currency: 'EUR',
          object: { type: 'receivable', id: invoice.id },
          payment_intent_id: intent.id,
        },
      }),
    );
    expect(record).toMatchObject({ is_external: false, object: { new_status: 'partially_paid' } });
    const paidIntent = await unwrap(
      client.GET('/payment_intents/{payment_intent_id}', { params: { path: { payment_intent_id: intent.id } } }),
    );
    expect(paidIntent.status).toBe('succeeded');
    const paidLink = await unwrap(
      client.GET('/payment_links/{payment_link_id}', { params: { path: { payment_link_id: link.id } } }),
    );
    expect(paidLink.status).toBe('succeeded');
    expect(await read(client, invoice.id)).toMatchObject({ amount_paid: 233240, amount_due: 4760 });
  });

  it('a credit note for one unit reduces it; crediting the rest of a partly paid invoice pays it', async () => {
    const { client } = flow;
    const { invoice, product } = await issuedInvoice(client);
    const note = await unwrap(client.POST('/receivables', { body: { type: 'credit_note', based_on: invoice.id } }));
    expect(note).toMatchObject({ status: 'draft', total_amount: 238000 });
    const one = await unwrap(
      client.PATCH('/receivables/{receivable_id}', {
        params: { path: { receivable_id: note.id } },
        body: { credit_note: { line_items: { [product.id]: { quantity: 1 } } } },
      }),
    );
    expect(one.total_amount).toBe(59500);
    const issued = await unwrap(
      client.POST('/receivables/{receivable_id}/issue', { params: { path: { receivable_id: note.id } } }),
    );
    expect(issued).toMatchObject({ status: 'issued', document_id: 'CN-00001' });
    expect(await read(client, invoice.id)).toMatchObject({
      status: 'issued',
      total_amount_with_credit_notes: 178500,
      amount_due: 178500,
    });
    await unwrap(
      client.POST('/payment_records', {
        body: { amount: 119000, currency: 'EUR', object: { type: 'receivable', id: invoice.id } },
      }),
    );
    const rest = await unwrap(client.POST('/receivables', { body: { type: 'credit_note', based_on: invoice.id } }));
    await unwrap(
      client.PATCH('/receivables/{receivable_id}', {
        params: { path: { receivable_id: rest.id } },
        body: { credit_note: { line_items: { [product.id]: { quantity: 1 } } } },
      }),
    );
    await unwrap(client.POST('/receivables/{receivable_id}/issue', { params: { path: { receivable_id: rest.id } } }));
    expect(await read(client, invoice.id)).toMatchObject({ status: 'paid', amount_due: 0 });
  });
});
