/**
 * The moves of the newer sections, through `monite.fetch`: a payment
 * record's moves and what they record beside the status.
 */
import { describe, expect, test } from 'vitest';
import { sectionsClient } from '../test/sections-helpers.js';

async function paymentRecord(call: ReturnType<typeof sectionsClient>['call']) {
  const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
  const created = await call('POST', '/payment_records', {
    body: { amount: 1500, currency: 'EUR', status: 'created', object: { id: payable.id, type: 'payable' } },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

describe('payment record moves', () => {
  test('a move to processing records no paid_at; the move to succeeded the paid_at it is given', async () => {
    const { call } = sectionsClient();
    const created = await paymentRecord(call);
    const processing = await call('POST', `/payment_records/${created.id}/start_processing`, { body: {} });
    expect(processing.body.status).toBe('processing');
    expect(processing.body.paid_at).toBeUndefined();
    const paid = await call('POST', `/payment_records/${created.id}/mark_as_succeeded`, {
      body: { paid_at: '2024-06-01T10:00:00Z' },
    });
    expect(paid.body).toMatchObject({ status: 'succeeded', paid_at: '2024-06-01T10:00:00Z' });
  });

  test('a move records the payment intent status it is given and keeps the one it is not', async () => {
    const { call } = sectionsClient();
    const created = await paymentRecord(call);
    const processing = await call('POST', `/payment_records/${created.id}/start_processing`, {
      body: { payment_intent_status: 'processing' },
    });
    expect(processing.status, JSON.stringify(processing.body)).toBe(200);
    expect(processing.body.payment_intent_status).toBe('processing');
    const paid = await call('POST', `/payment_records/${created.id}/mark_as_succeeded`, {
      body: { paid_at: '2024-06-01T10:00:00Z' },
    });
    expect(paid.body.payment_intent_status).toBe('processing');
  });
});
