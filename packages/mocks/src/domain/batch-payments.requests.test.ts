/**
 * Batch payments through requests: each payment asks for what its payable
 * still has to be paid and is a payment intent of its own; batches Monite
 * would not run are refused; the clock carries a batch out, paying each
 * payable by a payment record.
 */
import { describe, expect, test } from 'vitest';
import { createCounterpart, ENTITY, testClient } from '../test/helpers.js';

const PAYER_ACCOUNT = '3270910f-7e6e-4d1c-9faf-9bfaf755cb19';

type Call = ReturnType<typeof testClient>['call'];

/** A payable of this total, approved and waiting to be paid. */
async function approvedPayable(call: Call, total: number, extra: Record<string, unknown> = {}) {
  const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: total, ...extra } })).body;
  await call('POST', `/payables/${payable.id}/submit_for_approval`);
  const approved = await call('POST', `/payables/${payable.id}/approve_payment_operation`);
  expect(approved.body.status).toBe('waiting_to_be_paid');
  return approved.body;
}

/** A client, a vendor, and two approved payables: one of 1,000.00 with 200.00 paid, one of 500.00 numbered BILL-2. */
async function world() {
  // Tokens outlive the clock moves of these tests.
  const client = testClient({ tokenLifetimeSeconds: 365 * 86_400 });
  const { call } = client;
  const vendor = await createCounterpart(call);
  const first = await approvedPayable(call, 100_000);
  await call('POST', `/payables/${first.id}/mark_as_partially_paid`, { body: { amount_paid: 20_000 } });
  const second = await approvedPayable(call, 50_000, { document_id: 'BILL-2' });
  const entry = (payable: { id: string }, extra: Record<string, unknown> = {}) => ({
    object: { type: 'payable', id: payable.id },
    recipient: { id: vendor.id, type: 'counterpart' },
    ...extra,
  });
  const batch = (entries: unknown[]) =>
    call('POST', '/batch_payments', {
      body: { payer_bank_account_id: PAYER_ACCOUNT, payment_method: 'us_ach', payment_intents: entries },
    });
  return { ...client, vendor, first, second, entry, batch };
}

describe('a new batch payment', () => {
  test('asks for what each payable still has to be paid, under its reference; every id reads back', async () => {
    const { call, first, second, entry, batch } = await world();
    const made = await batch([entry(first, { payment_reference: 'Order 42' }), entry(second)]);
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body).toMatchObject({ status: 'created', total_amount: 130_000, payment_method: 'us_ach' });
    expect(made.body.payment_intents).toMatchObject([
      { amount: 80_000, currency: 'EUR', payment_reference: 'Order 42', status: 'created', object: { id: first.id } },
      { amount: 50_000, currency: 'EUR', payment_reference: 'BILL-2', status: 'created', object: { id: second.id } },
    ]);
    expect((await call('GET', `/batch_payments/${made.body.id}`)).body).toEqual(made.body);
    for (const payment of made.body.payment_intents) {
      const intent = (await call('GET', `/payment_intents/${payment.id}`)).body;
      expect(intent).toMatchObject({
        id: payment.id,
        amount: payment.amount,
        currency: 'EUR',
        status: 'created',
        batch_payment_id: made.body.id,
        object: payment.object,
        payment_reference: payment.payment_reference,
        payment_methods: ['us_ach'],
      });
      const history = (await call('GET', `/payment_intents/${payment.id}/history`)).body.data;
      expect(history.map((h: { status: string }) => h.status)).toEqual(['created']);
      expect((await call('GET', `/payables/${payment.object.id}`)).status).toBe(200);
      expect((await call('GET', `/counterparts/${payment.recipient.id}`)).status).toBe(200);
    }
    // Made, not yet carried out: nothing is paid.
    expect((await call('GET', `/payables/${second.id}`)).body.status).toBe('waiting_to_be_paid');
  });

  test('is refused for a payable that takes no payments, for mixed currencies, and for an unknown payable', async () => {
    const { call, first, entry, batch } = await world();
    const draft = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 100 } })).body;
    const notYet = await batch([entry(first), entry(draft)]);
    expect(notYet.status).toBe(400);
    expect(notYet.body).toEqual({ error: { message: `Payable ${draft.id} cannot be paid in status 'draft'.` } });
    const dollars = await approvedPayable(call, 7_000, { currency: 'USD' });
    const mixed = await batch([entry(first), entry(dollars)]);
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.message).toBe('A batch payment is in one currency; its payables are in EUR, USD.');
    // The currencies are named in alphabetical order, whatever the order of the payables.
    const reversed = await batch([entry(dollars), entry(first)]);
    expect(reversed.body.error.message).toBe('A batch payment is in one currency; its payables are in EUR, USD.');
    const unknown = await batch([entry({ id: '00000000-0000-4000-8000-000000000000' })]);
    expect(unknown.status).toBe(422);
    expect((await call('GET', '/payment_intents')).body.data).toEqual([]);
  });
});

describe('the clock carries a batch out', () => {
  test('processing, then each payable paid in full by a payment record through its intent', async () => {
    const { monite, call, first, second, entry, batch } = await world();
    const made = (await batch([entry(first), entry(second)])).body;
    const effects = monite.clock.advance(60_000);
    expect(effects.batchPayments).toEqual([made.id]);
    const done = (await call('GET', `/batch_payments/${made.id}`)).body;
    expect(done.status).toBe('succeeded');
    expect(done.payment_intents.map((p: { status: string }) => p.status)).toEqual(['succeeded', 'succeeded']);
    for (const payable of [first, second])
      expect((await call('GET', `/payables/${payable.id}`)).body).toMatchObject({ status: 'paid', amount_due: 0 });
    const records = (await call('GET', '/payment_records')).body.data;
    expect(records).toMatchObject([
      { amount: 80_000, is_external: false, payment_intent_id: made.payment_intents[0].id, object: { id: first.id } },
      { amount: 50_000, is_external: false, payment_intent_id: made.payment_intents[1].id, object: { id: second.id } },
    ]);
    for (const payment of made.payment_intents) {
      expect((await call('GET', `/payment_intents/${payment.id}`)).body.status).toBe('succeeded');
      const history = (await call('GET', `/payment_intents/${payment.id}/history`)).body.data;
      expect(history.map((h: { status: string }) => h.status)).toEqual(['created', 'succeeded']);
    }
    const batchEvents = monite.webhooks.events().filter((e) => e.object_type === 'batch_payment');
    expect(batchEvents.map((e) => [e.action, (e.object as { status: string }).status])).toEqual([
      ['batch_payment.created', 'created'],
      ['batch_payment.status_updated', 'processing'],
      ['batch_payment.status_updated', 'succeeded'],
    ]);
    expect(monite.webhooks.events().filter((e) => e.action === 'payable.paid')).toHaveLength(2);
    // Carried out once.
    expect(monite.clock.advance(60_000).batchPayments).toEqual([]);
  });

  test('a payable canceled meanwhile is not paid: its intent fails and the batch is partially successful', async () => {
    const { monite, call, first, second, entry, batch } = await world();
    const made = (await batch([entry(first), entry(second)])).body;
    await call('POST', `/payables/${second.id}/cancel`);
    monite.clock.advance(60_000);
    const done = (await call('GET', `/batch_payments/${made.id}`)).body;
    expect(done.status).toBe('partially_successful');
    expect(done.payment_intents.map((p: { status: string }) => p.status)).toEqual(['succeeded', 'failed']);
    expect((await call('GET', `/payment_intents/${made.payment_intents[1].id}`)).body.status).toBe('payment_failed');
    expect((await call('GET', `/payables/${second.id}`)).body.status).toBe('canceled');
    expect((await call('GET', '/payment_records')).body.data).toHaveLength(1);
  });

  test('a batch none of whose payables can be paid any more fails', async () => {
    const { monite, call, second, entry, batch } = await world();
    const made = (await batch([entry(second)])).body;
    expect((await call('POST', `/payables/${second.id}/cancel`)).body.status).toBe('canceled');
    expect(monite.clock.advance(60_000).batchPayments).toEqual([made.id]);
    const done = (await call('GET', `/batch_payments/${made.id}`)).body;
    expect(done.status).toBe('failed');
    expect(done.payment_intents.map((p: { status: string }) => p.status)).toEqual(['failed']);
    expect((await call('GET', '/payment_records')).body.data).toEqual([]);
  });

  test('a seeded batch runs too: a payment without an intent of the mock fails without one to move', async () => {
    const { monite, call, vendor } = await world();
    const draft = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 100 } })).body;
    const seeded = monite.seedResource({
      collection: '/batch_payments',
      entityId: ENTITY,
      data: {
        status: 'created',
        payer_bank_account_id: PAYER_ACCOUNT,
        payment_method: 'us_ach',
        payment_intents: [
          { object: { type: 'payable', id: draft.id }, recipient: { id: vendor.id, type: 'counterpart' } },
        ],
      },
    });
    expect(monite.clock.advance(60_000).batchPayments).toEqual([seeded.id]);
    const done = (await call('GET', `/batch_payments/${seeded.id}`)).body;
    expect(done.status).toBe('failed');
    expect(done.payment_intents.map((p: { status: string }) => p.status)).toEqual(['failed']);
  });
});
