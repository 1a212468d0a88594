/**
 * Delivery notes, payable and receivable history, and analytics computed from
 * the stored documents, through `monite.fetch`.
 */
import { describe, expect, test } from 'vitest';
import { createCounterpart, ENTITY, invoiceBody, type StoredCounterpart } from '../test/helpers.js';
import { sectionsClient } from '../test/sections-helpers.js';

type Client = ReturnType<typeof sectionsClient>;

function noteBody(cp: StoredCounterpart) {
  return {
    counterpart_id: cp.id,
    counterpart_address_id: cp.default_billing_address_id,
    line_items: [{ quantity: 2, product: { name: 'Desk', measure_unit: { name: 'pcs' } } }],
  };
}

describe('delivery notes', () => {
  test('created from a counterpart: its name and address are copied in, status created', async () => {
    const { call } = sectionsClient();
    const cp = await createCounterpart(call);
    const note = await call('POST', '/delivery_notes', { body: noteBody(cp) });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      status: 'created',
      counterpart_id: cp.id,
      counterpart: { id: cp.id, organization: { legal_name: 'Acme GmbH' } },
      counterpart_address: { city: 'Berlin', country: 'DE', line1: 'Hauptstrasse 1', postal_code: '10115' },
      line_items: [{ quantity: 2, product: { name: 'Desk', measure_unit: { name: 'pcs' } } }],
    });
    expect((await call('GET', `/delivery_notes/${note.body.id}`)).body).toEqual(note.body);
  });

  test('moves from created to delivered or canceled; every other move and later edits answer 409', async () => {
    const { call } = sectionsClient();
    const cp = await createCounterpart(call);
    const delivered = (await call('POST', '/delivery_notes', { body: noteBody(cp) })).body;
    const canceled = (await call('POST', '/delivery_notes', { body: noteBody(cp) })).body;
    const edited = await call('PATCH', `/delivery_notes/${delivered.id}`, { body: { memo: 'Leave at the door' } });
    expect(edited.body).toMatchObject({ memo: 'Leave at the door', status: 'created' });
    expect((await call('POST', `/delivery_notes/${delivered.id}/mark_as_delivered`)).body.status).toBe('delivered');
    expect((await call('POST', `/delivery_notes/${canceled.id}/cancel`)).body.status).toBe('canceled');
    for (const [id, action] of [
      [delivered.id, 'cancel'],
      [delivered.id, 'mark_as_delivered'],
      [canceled.id, 'mark_as_delivered'],
      [canceled.id, 'cancel'],
    ]) {
      const refused = await call('POST', `/delivery_notes/${id}/${action}`);
      expect(refused.status, `${action} ${id}`).toBe(409);
      expect(refused.body.error.message).toBeTypeOf('string');
    }
    expect((await call('PATCH', `/delivery_notes/${delivered.id}`, { body: { memo: 'late' } })).status).toBe(409);
    // DELETE declares no 409: a fixed note answers 400.
    expect((await call('DELETE', `/delivery_notes/${delivered.id}`)).status).toBe(400);
    expect((await call('GET', '/delivery_notes?status=delivered')).body.data.map((n: { id: string }) => n.id)).toEqual([
      delivered.id,
    ]);
  });

  test('based on an invoice: takes its counterpart and lines; unknown receivable 404, a quote 409', async () => {
    const { call, monite } = sectionsClient();
    const cp = await createCounterpart(call);
    const invoice = await call('POST', '/receivables', {
      body: invoiceBody(cp, [
        { quantity: 3, product: { name: 'Chair', price: { currency: 'EUR', value: 4000 } }, tax_rate_value: 1900 },
      ]),
    });
    expect(invoice.status).toBe(201);
    const note = await call('POST', '/delivery_notes', { body: { based_on: invoice.body.id } });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      based_on: invoice.body.id,
      counterpart_id: cp.id,
      line_items: [{ quantity: 3, product: { name: 'Chair' } }],
    });
    const missing = await call('POST', '/delivery_notes', {
      body: { based_on: '00000000-0000-4000-8000-000000000000' },
    });
    expect(missing.status).toBe(404);
    const quote = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'quote', currency: 'EUR' },
    });
    const refused = await call('POST', '/delivery_notes', { body: { based_on: quote.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('only be based on an invoice');
  });

  test('lists in pages; delete removes it', async () => {
    const { call, pages } = sectionsClient();
    const cp = await createCounterpart(call);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await call('POST', '/delivery_notes', { body: noteBody(cp) })).body.id);
    expect((await pages('/delivery_notes', 2)).ids).toEqual(ids);
    expect((await call('DELETE', `/delivery_notes/${ids[0]}`)).status).toBe(204);
    expect((await call('GET', `/delivery_notes/${ids[0]}`)).status).toBe(404);
  });
});

describe('history', () => {
  test('a payable records its creation, each update and each status move', async () => {
    const { call, pages } = sectionsClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', document_id: 'INV-1' } })).body;
    await call('PATCH', `/payables/${payable.id}`, { body: { document_id: 'INV-2' } });
    await call('POST', `/payables/${payable.id}/submit_for_approval`);
    await call('POST', `/payables/${payable.id}/approve_payment_operation`);
    const history = (await call('GET', `/payables/${payable.id}/history`)).body.data;
    expect(history.map((h: { event_type: string; event_data: unknown }) => [h.event_type, h.event_data])).toEqual([
      ['payable_created', { payable_source: 'upload' }],
      ['payable_updated', {}],
      ['status_changed', { old_status: 'draft', new_status: 'approve_in_progress' }],
      ['status_changed', { old_status: 'approve_in_progress', new_status: 'waiting_to_be_paid' }],
    ]);
    expect(history.every((h: { payable_id: string }) => h.payable_id === payable.id)).toBe(true);
    const moves = (
      await call('GET', `/payables/${payable.id}/history?event_type__in=status_changed&order=desc&sort=timestamp`)
    ).body.data;
    expect(moves.map((h: { event_data: { new_status: string } }) => h.event_data.new_status)).toEqual([
      'waiting_to_be_paid',
      'approve_in_progress',
    ]);
    expect((await pages(`/payables/${payable.id}/history`, 3)).sizes).toEqual([3, 1]);
    // A refused move writes nothing.
    expect((await call('POST', `/payables/${payable.id}/reject`)).status).toBe(409);
    expect((await call('GET', `/payables/${payable.id}/history`)).body.data).toHaveLength(4);
  });

  test('a receivable records moves and payments, read one by one, and the moves the clock makes', async () => {
    const { call, monite } = sectionsClient();
    const cp = await createCounterpart(call);
    const invoice = (
      await call('POST', '/receivables', {
        body: invoiceBody(cp, [
          { quantity: 1, product: { name: 'Audit', price: { currency: 'EUR', value: 10000 } }, tax_rate_value: 0 },
        ]),
      })
    ).body;
    await call('POST', `/receivables/${invoice.id}/issue`);
    await call('POST', `/receivables/${invoice.id}/mark_as_partially_paid`, { body: { amount_paid: 4000 } });
    const history = (await call('GET', `/receivables/${invoice.id}/history`)).body.data;
    expect(history.map((h: { event_type: string }) => h.event_type)).toEqual([
      'receivable_created',
      'status_changed',
      'status_changed',
      'payment_received',
    ]);
    expect(history[3].event_data).toMatchObject({ amount_paid: 4000, amount_due: 6000 });
    const one = await call('GET', `/receivables/${invoice.id}/history/${history[1].id}`);
    expect(one.body).toMatchObject({ event_data: { old_status: 'draft', new_status: 'issued' } });
    expect((await call('GET', `/receivables/${invoice.id}/history/00000000-0000-4000-8000-000000000000`)).status).toBe(
      404,
    );
    // The clock's moves are recorded too.
    const due = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'invoice', currency: 'EUR', status: 'issued', due_date: '2024-06-01' },
    });
    expect(monite.clock.advance(30 * 86_400_000).overdue).toEqual([due.id]);
    expect(monite.list(`/receivables/${due.id}/history`, ENTITY)).toMatchObject([
      { event_type: 'status_changed', event_data: { old_status: 'issued', new_status: 'overdue' } },
    ]);
    expect((await call('DELETE', `/receivables/${invoice.id}`)).status).toBeGreaterThanOrEqual(400);
  });

  test('deleting a payable (draft only) deletes its history; a payable past draft answers 409', async () => {
    const { call } = sectionsClient();
    const draft = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    expect((await call('DELETE', `/payables/${draft.id}`)).status).toBe(204);
    expect((await call('GET', `/payables/${draft.id}`)).status).toBe(404);
    expect((await call('GET', `/payables/${draft.id}/history`)).status).toBe(404);
    const moved = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    await call('POST', `/payables/${moved.id}/submit_for_approval`);
    expect((await call('DELETE', `/payables/${moved.id}`)).status).toBe(409);
  });
});

describe('analytics', () => {
  async function payables(call: Client['call']) {
    const made = [];
    for (const [price, submit] of [
      [10000, false],
      [5000, true],
      [2000, true],
    ] as const) {
      const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
      await call('POST', `/payables/${payable.id}/line_items`, {
        body: { name: 'x', quantity: 1, unit_price: price, tax: 0 },
      });
      if (submit) await call('POST', `/payables/${payable.id}/submit_for_approval`);
      made.push(payable.id);
    }
    return made;
  }

  test('payables: metric and aggregation per dimension, with the query filters', async () => {
    const { call } = sectionsClient();
    await payables(call);
    const byStatus = await call(
      'GET',
      '/analytics/payables?metric=total_amount&aggregation_function=summary&dimension=status',
    );
    expect(byStatus.status).toBe(200);
    expect(byStatus.body.data).toEqual([
      { dimension_value: 'approve_in_progress', metric_value: 7000 },
      { dimension_value: 'draft', metric_value: 10000 },
    ]);
    const count = await call('GET', '/analytics/payables?metric=id&aggregation_function=count');
    expect(count.body.data).toEqual([{ metric_value: 3 }]);
    const filtered = await call(
      'GET',
      '/analytics/payables?metric=total_amount&aggregation_function=max&status=approve_in_progress',
    );
    expect(filtered.body.data).toEqual([{ metric_value: 5000 }]);
    const average = await call(
      'GET',
      '/analytics/payables?metric=total_amount&aggregation_function=average&total_amount__lt=8000',
    );
    expect(average.body.data).toEqual([{ metric_value: 3500 }]);
    const byDay = await call(
      'GET',
      '/analytics/payables?metric=id&aggregation_function=count&dimension=created_at&date_dimension_breakdown=monthly',
    );
    expect(byDay.body.data).toEqual([{ dimension_value: '2024-05', metric_value: 3 }]);
  });

  test('GET /payables/analytics: count and sum per status', async () => {
    const { call } = sectionsClient();
    await payables(call);
    const answer = (await call('GET', '/payables/analytics')).body;
    expect(answer).toMatchObject({ count: 3, sum_total_amount: 17000 });
    expect(answer.data).toEqual(
      expect.arrayContaining([
        { status: 'draft', count: 1, sum_total_amount: 10000 },
        { status: 'approve_in_progress', count: 2, sum_total_amount: 7000 },
      ]),
    );
    expect((await call('GET', '/payables/analytics?status=draft')).body).toMatchObject({
      count: 1,
      sum_total_amount: 10000,
    });
  });

  test('receivables per product and credit notes from the stored documents', async () => {
    const { call, monite } = sectionsClient();
    const cp = await createCounterpart(call);
    await call('POST', '/receivables', {
      body: invoiceBody(cp, [
        { quantity: 2, product: { name: 'A', price: { currency: 'EUR', value: 1000 } }, tax_rate_value: 1900 },
        { quantity: 1, product: { name: 'B', price: { currency: 'EUR', value: 500 } }, tax_rate_value: 1900 },
      ]),
    });
    const total = await call('GET', '/analytics/receivables?metric=total_amount&aggregation_function=summary');
    expect(total.body.data).toEqual([{ metric_value: 2975 }]);
    const quantity = await call('GET', '/analytics/receivables?metric=product_quantity&aggregation_function=summary');
    expect(quantity.body.data).toEqual([{ metric_value: 3 }]);
    const none = await call('GET', '/analytics/receivables?metric=id&aggregation_function=count&status=paid');
    expect(none.body.data).toEqual([{ metric_value: 0 }]);
    monite.seedResource({
      collection: '/payable_credit_notes',
      entityId: ENTITY,
      data: { currency: 'EUR', status: 'draft' },
    });
    const credit = await call('GET', '/analytics/credit_notes?metric=id&aggregation_function=count&dimension=status');
    expect(credit.body.data).toEqual([{ dimension_value: 'draft', metric_value: 1 }]);
  });
});
