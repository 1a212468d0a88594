/**
 * An invoice's life through requests: its due date from payment terms at
 * issue (stored or inline, with the discount tiers dated), overdue by the
 * clock, then paid by payment records in part and in full, and paid through
 * a payment link whose intent can be read back.
 */
import { describe, expect, test } from 'vitest';
import { createCounterpart, ENTITY, invoiceBody, testClient } from '../../test/helpers.js';

const DAY = 86_400_000;
// 2 x 1,000.00 at 0% VAT: EUR 2,000.00 in all.
const LINE = { quantity: 2, product: { name: 'Audit', price: { currency: 'EUR', value: 100000 } }, tax_rate_value: 0 };
const NET_14 = { name: 'Net 14', term_1: { number_of_days: 7, discount: 200 }, term_final: { number_of_days: 14 } };

/** An issued EUR 2,000.00 invoice with these terms (a stored object by default), with its client. */
async function issuedInvoice(terms: 'stored' | 'inline' = 'stored') {
  const client = testClient({ tokenLifetimeSeconds: 365 * 86_400 });
  const { call } = client;
  const cp = await createCounterpart(call);
  const stored = (await call('POST', '/payment_terms', { body: NET_14 })).body;
  // Inline terms take no name: that belongs to a stored terms object.
  const { name: _name, ...inline } = NET_14;
  const termsField = terms === 'stored' ? { payment_terms_id: stored.id } : { payment_terms: inline };
  const draft = (await call('POST', '/receivables', { body: { ...invoiceBody(cp, [LINE]), ...termsField } })).body;
  const issued = await call('POST', `/receivables/${draft.id}/issue`);
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  return { ...client, invoice: issued.body };
}

describe('due dates from payment terms', () => {
  test.each(['stored', 'inline'] as const)(
    '%s terms: due term_final days after issue, discount tiers dated',
    async (kind) => {
      const { invoice } = await issuedInvoice(kind);
      // The mock's clock starts on 2024-05-25.
      expect(invoice.due_date).toBe('2024-06-08');
      expect(invoice.payment_terms).toMatchObject({
        term_1: { number_of_days: 7, discount: 200, end_date: '2024-06-01' },
        term_final: { number_of_days: 14, end_date: '2024-06-08' },
      });
      // While term_1 applies, the payer pays 2% less; the amount due stays the total.
      expect(invoice).toMatchObject({ amount_due: 200000, amount_to_pay: 196000, amount_paid: 0 });
    },
  );

  test('the discount ends with its tier, and the clock makes the invoice overdue after the due date', async () => {
    const { monite, call, invoice } = await issuedInvoice();
    monite.clock.advance(8 * DAY); // 2024-06-02: term_1 is over
    expect((await call('GET', `/receivables/${invoice.id}`)).body.amount_to_pay).toBe(200000);
    expect(monite.clock.advance(6 * DAY).overdue).toEqual([]); // 2024-06-08: the due date itself
    expect(monite.clock.advance(DAY).overdue).toEqual([invoice.id]);
    const events = monite.webhooks.events().filter((e) => e.object_type === 'receivable');
    expect(events.at(-1)).toMatchObject({ action: 'receivable.overdue', object: { id: invoice.id } });
  });
});

describe('payment records pay invoices', () => {
  test('a partial then a full payment: statuses, amounts, history and events', async () => {
    const { monite, call, invoice } = await issuedInvoice();
    const object = { type: 'receivable', id: invoice.id };
    const first = await call('POST', '/payment_records', { body: { amount: 50000, currency: 'EUR', object } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.object).toMatchObject({ old_status: 'issued', new_status: 'partially_paid' });
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({
      status: 'partially_paid',
      amount_paid: 50000,
      amount_due: 150000,
    });
    const second = await call('POST', '/payment_records', { body: { amount: 150000, currency: 'EUR', object } });
    expect(second.body.object).toMatchObject({ old_status: 'partially_paid', new_status: 'paid' });
    const paid = (await call('GET', `/receivables/${invoice.id}`)).body;
    expect(paid).toMatchObject({ status: 'paid', amount_paid: 200000, amount_due: 0, amount_to_pay: 0 });
    const history = (await call('GET', `/receivables/${invoice.id}/history`)).body.data;
    expect(history.filter((h: { event_type: string }) => h.event_type === 'payment_received')).toMatchObject([
      { event_data: { amount_paid: 50000, amount_due: 150000 } },
      { event_data: { amount_paid: 200000, amount_due: 0 } },
    ]);
    const actions = monite.webhooks.events().map((e) => e.action);
    expect(actions.slice(-4)).toEqual([
      'receivable.partially_paid',
      'payment.created',
      'receivable.paid',
      'payment.created',
    ]);
    // Nothing left to pay: the clock no longer makes it overdue.
    expect(monite.clock.advance(30 * DAY).overdue).toEqual([]);
  });

  test('a record created as processing pays once it succeeds; one for a draft pays nothing', async () => {
    const { call, invoice } = await issuedInvoice();
    const object = { type: 'receivable', id: invoice.id };
    const pending = await call('POST', '/payment_records', {
      body: { amount: 200000, currency: 'EUR', object, status: 'processing' },
    });
    expect((await call('GET', `/receivables/${invoice.id}`)).body.status).toBe('issued');
    const done = await call('POST', `/payment_records/${pending.body.id}/mark_as_succeeded`, {
      body: { paid_at: '2024-05-26T10:00:00Z' },
    });
    expect(done.body.object).toMatchObject({ old_status: 'issued', new_status: 'paid' });
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({
      status: 'paid',
      paid_at: '2024-05-26T10:00:00Z',
    });
    const cp = await createCounterpart(call);
    const draft = (await call('POST', '/receivables', { body: invoiceBody(cp, [LINE]) })).body;
    const forDraft = await call('POST', '/payment_records', {
      body: { amount: 1000, currency: 'EUR', object: { type: 'receivable', id: draft.id } },
    });
    expect(forDraft.body.object).toMatchObject({ old_status: 'draft', new_status: 'draft' });
    expect((await call('GET', `/receivables/${draft.id}`)).body).toMatchObject({ status: 'draft', amount_paid: 0 });
    // A payment is in the invoice's currency.
    const dollars = await call('POST', '/payment_records', { body: { amount: 100, currency: 'USD', object } });
    expect(dollars.status).toBe(400);
    expect(dollars.body.error.message).toBe(`The payment is in USD; ${invoice.id} is in EUR.`);
  });
});

describe('payment links', () => {
  test('a link asks for what is still due, creates its intent, and paying through the intent pays the invoice', async () => {
    const { monite, call, invoice } = await issuedInvoice();
    const body = {
      object: { type: 'receivable', id: invoice.id },
      payment_methods: ['sepa_credit'],
      recipient: { id: ENTITY, type: 'entity' },
    };
    const link = await call('POST', '/payment_links', { body });
    expect(link.status, JSON.stringify(link.body)).toBe(201);
    // Within the term_1 discount: 2,000.00 less 2%.
    expect(link.body).toMatchObject({ amount: 196000, currency: 'EUR', status: 'created' });
    const intent = await call('GET', `/payment_intents/${link.body.payment_intent_id}`);
    expect(intent.status).toBe(200);
    expect(intent.body).toMatchObject({
      amount: 196000,
      currency: 'EUR',
      status: 'created',
      payment_link_id: link.body.id,
    });
    expect((await call('GET', '/payment_intents')).body.data.map((i: { id: string }) => i.id)).toEqual([
      intent.body.id,
    ]);
    const tooMuch = await call('POST', '/payment_links', { body: { ...body, amount: 300000 } });
    expect(tooMuch.status).toBe(400);

    const record = await call('POST', '/payment_records', {
      body: { amount: 200000, currency: 'EUR', object: body.object, payment_intent_id: intent.body.id },
    });
    expect(record.body).toMatchObject({ is_external: false, object: { new_status: 'paid' } });
    expect((await call('GET', `/payment_intents/${intent.body.id}`)).body.status).toBe('succeeded');
    expect((await call('GET', `/payment_links/${link.body.id}`)).body.status).toBe('succeeded');
    expect((await call('GET', `/receivables/${invoice.id}`)).body.status).toBe('paid');
    const history = (await call('GET', `/payment_intents/${intent.body.id}/history`)).body.data;
    expect(history.map((h: { status: string }) => h.status)).toEqual(['created', 'succeeded']);
    const actions = monite.webhooks.events().map((e) => e.action);
    expect(actions).toContain('payment_intent.status_updated');
    expect(actions).toContain('payment_link.status_updated');
  });
});

describe('payments that leave the status, and money given back', () => {
  test('a second part paid keeps partially_paid: an update, with its history and event', async () => {
    const { monite, call, invoice } = await issuedInvoice();
    const object = { type: 'receivable', id: invoice.id };
    await call('POST', '/payment_records', { body: { amount: 50000, currency: 'EUR', object } });
    const second = await call('POST', '/payment_records', { body: { amount: 50000, currency: 'EUR', object } });
    expect(second.body.object).toMatchObject({ old_status: 'partially_paid', new_status: 'partially_paid' });
    const partly = (await call('GET', `/receivables/${invoice.id}`)).body;
    expect(partly).toMatchObject({ status: 'partially_paid', amount_paid: 100000, amount_due: 100000 });
    // Only a payment in full dates the invoice paid.
    expect(partly.paid_at).toBeUndefined();
    const history = (await call('GET', `/receivables/${invoice.id}/history`)).body.data;
    expect(history.slice(-2)).toMatchObject([
      { event_type: 'receivable_updated', event_data: {} },
      { event_type: 'payment_received', event_data: { amount_paid: 100000, amount_due: 100000 } },
    ]);
    const actions = monite.webhooks.events().map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['receivable.updated', 'payment.created']);
  });

  test('a part paid of an overdue invoice leaves it overdue until it is paid in full', async () => {
    const { monite, call, invoice } = await issuedInvoice();
    monite.clock.advance(15 * DAY); // past the due date, 2024-06-08
    const object = { type: 'receivable', id: invoice.id };
    const part = await call('POST', '/payment_records', { body: { amount: 50000, currency: 'EUR', object } });
    expect(part.body.object).toMatchObject({ old_status: 'overdue', new_status: 'overdue' });
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({
      status: 'overdue',
      amount_paid: 50000,
      amount_due: 150000,
    });
    const back = await call('POST', '/payment_records', { body: { amount: -50000, currency: 'EUR', object } });
    expect(back.status, JSON.stringify(back.body)).toBe(201);
    expect(back.body.object).toMatchObject({ old_status: 'overdue', new_status: 'overdue' });
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({
      status: 'overdue',
      amount_paid: 0,
      amount_due: 200000,
    });
  });

  test('money given back to a partly paid invoice returns it to issued, a payable to waiting_to_be_paid', async () => {
    const { monite, call, invoice } = await issuedInvoice();
    const object = { type: 'receivable', id: invoice.id };
    await call('POST', '/payment_records', { body: { amount: 50000, currency: 'EUR', object } });
    const back = await call('POST', '/payment_records', { body: { amount: -80000, currency: 'EUR', object } });
    expect(back.status, JSON.stringify(back.body)).toBe(201);
    expect(back.body.object).toMatchObject({ old_status: 'partially_paid', new_status: 'issued' });
    expect((await call('GET', `/receivables/${invoice.id}`)).body).toMatchObject({
      status: 'issued',
      amount_paid: 0,
      amount_due: 200000,
    });

    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 10_000 } })).body;
    for (const move of ['submit_for_approval', 'approve_payment_operation'])
      expect((await call('POST', `/payables/${payable.id}/${move}`)).status).toBe(200);
    const paying = { type: 'payable', id: payable.id };
    const part = await call('POST', '/payment_records', { body: { amount: 4000, currency: 'EUR', object: paying } });
    expect(part.body.object).toMatchObject({ old_status: 'waiting_to_be_paid', new_status: 'partially_paid' });
    const refund = await call('POST', '/payment_records', {
      body: { amount: -4000, currency: 'EUR', object: paying },
    });
    expect(refund.body.object).toMatchObject({ old_status: 'partially_paid', new_status: 'waiting_to_be_paid' });
    // A payable's payment events are named after the payment, as Monite's catalogue has one per payment.
    const payableEvents = monite.webhooks.events().filter((e) => e.object_type === 'payable');
    expect(payableEvents.at(-1)).toMatchObject({ action: 'payable.partially_paid', object: { id: payable.id } });
    expect((await call('GET', `/payables/${payable.id}`)).body).toMatchObject({
      status: 'waiting_to_be_paid',
      amount_paid: 0,
      amount_due: 10_000,
    });
  });
});
