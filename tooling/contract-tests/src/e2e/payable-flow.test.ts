// The payable flows end to end, through @monite-ts/client against
// monite-mock over HTTP: a payable from JSON and one from an uploaded file,
// each approved and paid in part, then in full; credit notes (from lines, and
// from a total) reducing a payable.
import { type MoniteClient, unwrap } from '@monite-ts/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCounterpart, type Flow, startFlow } from './server.js';

let flow: Flow;
beforeEach(async () => {
  flow = await startFlow('e2e-payables');
});
afterEach(() => flow.close());

const read = (client: MoniteClient, id: string) =>
  unwrap(client.GET('/payables/{payable_id}', { params: { path: { payable_id: id } } }));

/** Submits and approves a payable: it waits to be paid. */
async function approve(client: MoniteClient, id: string) {
  await unwrap(client.POST('/payables/{payable_id}/submit_for_approval', { params: { path: { payable_id: id } } }));
  const approved = await unwrap(
    client.POST('/payables/{payable_id}/approve_payment_operation', { params: { path: { payable_id: id } } }),
  );
  expect(approved.status).toBe('waiting_to_be_paid');
}

/** Pays a payable in part with a payment record, then the rest with mark_as_paid; checks amounts and events. */
async function payInPartThenFully(id: string, total: number) {
  const { client } = flow;
  const record = await unwrap(
    client.POST('/payment_records', {
      body: { amount: 4000, currency: 'EUR', object: { type: 'payable', id } },
    }),
  );
  expect(record.object).toMatchObject({ old_status: 'waiting_to_be_paid', new_status: 'partially_paid' });
  expect(await read(client, id)).toMatchObject({
    status: 'partially_paid',
    amount_paid: 4000,
    amount_due: total - 4000,
  });
  const paid = await unwrap(
    client.POST('/payables/{payable_id}/mark_as_paid', {
      params: { path: { payable_id: id } },
      body: { comment: 'rest by wire' },
    }),
  );
  expect(paid).toMatchObject({ status: 'paid', amount_paid: total, amount_due: 0 });
  const actions = (await flow.events())
    .filter((event) => event.object_type === 'payable' && event.object?.id === id)
    .map((event) => event.action);
  expect(actions.slice(-4)).toEqual([
    'payable.submitted_for_approval',
    'payable.approved',
    'payable.partially_paid',
    'payable.paid',
  ]);
  const history = await unwrap(client.GET('/payables/{payable_id}/history', { params: { path: { payable_id: id } } }));
  expect(history.data.map((entry) => entry.event_type).filter((type) => type === 'status_changed')).toHaveLength(4);
}

describe('a payable, end to end', () => {
  it('from JSON with line items: approved, paid in part, then in full', async () => {
    const { client } = flow;
    const counterpart = await createCounterpart(client);
    const payable = await unwrap(
      client.POST('/payables', {
        body: { currency: 'EUR', document_id: 'BILL-1', counterpart_id: counterpart.id, due_date: '2024-06-30' },
      }),
    );
    expect(payable).toMatchObject({ payable_origin: 'upload', source_of_payable_data: 'user_specified' });
    await unwrap(
      client.POST('/payables/{payable_id}/line_items', {
        params: { path: { payable_id: payable.id } },
        body: { name: 'Desk', quantity: 2, unit_price: 5000, tax: 1900 },
      }),
    );
    expect(await read(client, payable.id)).toMatchObject({ total_amount: 11900, amount_due: 11900 });
    await approve(client, payable.id);
    await payInPartThenFully(payable.id, 11900);
  });

  it('from an uploaded file: completed, approved, paid in part, then in full', async () => {
    const { client } = flow;
    const pdf = new File(['%PDF-1.4 a bill'], 'bill.pdf', { type: 'application/pdf' });
    const uploaded = await unwrap(client.POST('/payables/upload_from_file', { body: { file: pdf } }));
    expect(uploaded).toMatchObject({ status: 'draft', payable_origin: 'upload', source_of_payable_data: 'ocr' });
    // The mock reads nothing from the file: the amounts are given, as a user corrects what OCR found.
    const completed = await unwrap(
      client.PATCH('/payables/{payable_id}', {
        params: { path: { payable_id: uploaded.id } },
        body: { currency: 'EUR', total_amount: 20000 },
      }),
    );
    expect(completed).toMatchObject({ total_amount: 20000, amount_due: 20000 });
    await approve(client, uploaded.id);
    await payInPartThenFully(uploaded.id, 20000);
  });

  it('credit notes from lines and from a total reduce the payable', async () => {
    const { client } = flow;
    const payable = await unwrap(client.POST('/payables', { body: { currency: 'EUR', total_amount: 10000 } }));
    const fromLines = await unwrap(
      client.POST('/payable_credit_notes', {
        body: { based_on: payable.id, currency: 'EUR', document_id: 'CN-1', issued_at: '2024-05-25' },
      }),
    );
    await unwrap(
      client.POST('/payable_credit_notes/{credit_note_id}/line_items', {
        params: { path: { credit_note_id: fromLines.id } },
        body: { name: 'Returned chair', quantity: 1, unit_price: 2500, tax: 0 },
      }),
    );
    expect(await read(client, payable.id)).toMatchObject({ total_amount_with_credit_notes: 7500, amount_due: 7500 });
    await unwrap(
      client.POST('/payable_credit_notes', {
        body: {
          based_on: payable.id,
          currency: 'EUR',
          document_id: 'CN-2',
          issued_at: '2024-05-26',
          total_amount: 1500,
        },
      }),
    );
    const reduced = await read(client, payable.id);
    expect(reduced).toMatchObject({ total_amount: 10000, total_amount_with_credit_notes: 6000, amount_due: 6000 });
    expect(reduced.credit_notes?.map((note) => note.total_amount)).toEqual([2500, 1500]);
  });
});
