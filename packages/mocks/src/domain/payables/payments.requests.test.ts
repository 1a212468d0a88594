/**
 * A payable's money through requests: its amounts with and without line
 * items, partial and full payment (by `mark_as_*` and by payment records),
 * and credit notes made of lines or a total reducing it.
 */
import { describe, expect, test } from 'vitest';
import { sectionsClient } from '../../test/sections-helpers.js';

type Call = ReturnType<typeof sectionsClient>['call'];

/** A EUR 10,000.00 payable (a total, no lines) approved and waiting to be paid. */
async function waitingPayable(call: Call) {
  const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 1_000_000 } })).body;
  await call('POST', `/payables/${payable.id}/submit_for_approval`);
  const approved = await call('POST', `/payables/${payable.id}/approve_payment_operation`);
  expect(approved.body.status).toBe('waiting_to_be_paid');
  return payable;
}

describe('payable amounts', () => {
  test('a payable from JSON: due is its total until lines give another, and its data is the caller’s', async () => {
    const { call } = sectionsClient();
    const created = await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 1_000_000 } });
    expect(created.body).toMatchObject({
      amount_due: 1_000_000,
      amount_to_pay: 1_000_000,
      amount_paid: 0,
      payable_origin: 'upload',
      source_of_payable_data: 'user_specified',
    });
    await call('POST', `/payables/${created.body.id}/line_items`, {
      body: { name: 'Desk', quantity: 2, unit_price: 5000, tax: 1900 },
    });
    expect((await call('GET', `/payables/${created.body.id}`)).body).toMatchObject({
      total_amount: 11900,
      amount_due: 11900,
    });
  });

  test('an uploaded payable is one for OCR to read', async () => {
    const { upload } = sectionsClient();
    const uploaded = await upload('/payables/upload_from_file', 'bill.pdf');
    expect(uploaded.body).toMatchObject({ payable_origin: 'upload', source_of_payable_data: 'ocr', status: 'draft' });
  });
});

describe('paying a payable', () => {
  test('a payable whose total comes from its lines is paid against that total', async () => {
    const { call } = sectionsClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    await call('POST', `/payables/${payable.id}/line_items`, {
      body: { name: 'Desk', quantity: 2, unit_price: 5000, tax: 1900 },
    });
    await call('POST', `/payables/${payable.id}/submit_for_approval`);
    expect((await call('POST', `/payables/${payable.id}/approve_payment_operation`)).body.status).toBe(
      'waiting_to_be_paid',
    );
    const object = { type: 'payable', id: payable.id };
    const part = await call('POST', '/payment_records', { body: { amount: 4_000, currency: 'EUR', object } });
    expect(part.body.object).toMatchObject({ old_status: 'waiting_to_be_paid', new_status: 'partially_paid' });
    expect((await call('GET', `/payables/${payable.id}`)).body).toMatchObject({
      total_amount: 11_900,
      amount_paid: 4_000,
      amount_due: 7_900,
    });
  });

  test('mark_as_partially_paid is what is paid so far (it may go down), then mark_as_paid', async () => {
    const { monite, call } = sectionsClient();
    const payable = await waitingPayable(call);
    const partly = (amount: number) =>
      call('POST', `/payables/${payable.id}/mark_as_partially_paid`, { body: { amount_paid: amount } });
    expect((await partly(400_000)).body).toMatchObject({
      status: 'partially_paid',
      amount_paid: 400_000,
      amount_due: 600_000,
    });
    expect((await partly(300_000)).body).toMatchObject({ amount_paid: 300_000, amount_due: 700_000 });
    expect((await partly(0)).status).toBe(409);
    expect((await partly(1_000_000)).status).toBe(409);
    const paid = await call('POST', `/payables/${payable.id}/mark_as_paid`, { body: { comment: 'wire' } });
    expect(paid.body).toMatchObject({ status: 'paid', amount_paid: 1_000_000, amount_due: 0 });
    const actions = monite.webhooks
      .events()
      .filter((e) => e.object_type === 'payable')
      .map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['payable.partially_paid', 'payable.partially_paid', 'payable.paid']);
  });

  test('payment records pay it in part, then in full, with history and events', async () => {
    const { monite, call } = sectionsClient();
    const payable = await waitingPayable(call);
    const object = { type: 'payable', id: payable.id };
    const first = await call('POST', '/payment_records', { body: { amount: 250_000, currency: 'EUR', object } });
    expect(first.body.object).toMatchObject({ old_status: 'waiting_to_be_paid', new_status: 'partially_paid' });
    await call('POST', '/payment_records', { body: { amount: 250_000, currency: 'EUR', object } });
    expect((await call('GET', `/payables/${payable.id}`)).body).toMatchObject({
      status: 'partially_paid',
      amount_paid: 500_000,
      amount_due: 500_000,
    });
    const last = await call('POST', '/payment_records', { body: { amount: 600_000, currency: 'EUR', object } });
    expect(last.body).toMatchObject({ overpaid_amount: 100_000, object: { new_status: 'paid' } });
    expect((await call('GET', `/payables/${payable.id}`)).body).toMatchObject({ status: 'paid', amount_due: 0 });
    const history = (await call('GET', `/payables/${payable.id}/history`)).body.data;
    expect(history.map((h: { event_type: string }) => h.event_type).slice(-3)).toEqual([
      'status_changed',
      'payable_updated',
      'status_changed',
    ]);
    const actions = monite.webhooks
      .events()
      .filter((e) => e.object_type === 'payable')
      .map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['payable.partially_paid', 'payable.partially_paid', 'payable.paid']);
  });
});

describe('payable credit notes', () => {
  test('a credit note made of lines reduces the payable by their total; a canceled one no longer does', async () => {
    const { call } = sectionsClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', total_amount: 10_000 } })).body;
    const note = (
      await call('POST', '/payable_credit_notes', {
        body: { based_on: payable.id, currency: 'EUR', document_id: 'CN-1', issued_at: '2024-05-25' },
      })
    ).body;
    await call('POST', `/payable_credit_notes/${note.id}/line_items`, {
      body: { name: 'Returned chair', quantity: 1, unit_price: 2500, tax: 0 },
    });
    const reduced = (await call('GET', `/payables/${payable.id}`)).body;
    expect(reduced).toMatchObject({
      total_amount: 10_000,
      total_amount_with_credit_notes: 7_500,
      amount_due: 7_500,
      credit_notes: [{ id: note.id, total_amount: 2500 }],
    });
    await call('POST', `/payable_credit_notes/${note.id}/cancel`);
    expect((await call('GET', `/payables/${payable.id}`)).body.total_amount_with_credit_notes).toBe(10_000);
  });

  test('a credit note given as a total reduces what is left to pay', async () => {
    const { call } = sectionsClient();
    const payable = await waitingPayable(call);
    await call('POST', '/payable_credit_notes', {
      body: {
        based_on: payable.id,
        currency: 'EUR',
        document_id: 'CN-2',
        issued_at: '2024-05-25',
        total_amount: 200_000,
      },
    });
    const paid = await call('POST', '/payment_records', {
      body: { amount: 800_000, currency: 'EUR', object: { type: 'payable', id: payable.id } },
    });
    expect(paid.body.object.new_status).toBe('paid');
    expect((await call('GET', `/payables/${payable.id}`)).body).toMatchObject({
      total_amount_with_credit_notes: 800_000,
      amount_paid: 800_000,
      amount_due: 0,
    });
  });
});
