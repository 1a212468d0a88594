/** Monite's rules on finished documents and payments, through the API: one row per rule. */
import { describe, expect, it } from 'vitest';
import { counterpartPayload, testClient } from '../test/helpers.js';
import { lockReason } from '../test/rule-facade.js';

type Call = ReturnType<typeof testClient>['call'];

/** A payable of 100.00 moved through approval to `waiting_to_be_paid`, or further with `paid: true`. */
async function approvedPayable(call: Call, paid = false) {
  const payable = (await call('POST', '/payables', { body: { currency: 'EUR', document_id: 'INV-7' } })).body;
  await call('POST', `/payables/${payable.id}/line_items`, {
    body: { name: 'Desk', quantity: 1, unit_price: 10000, tax: 0 },
  });
  await call('POST', `/payables/${payable.id}/submit_for_approval`);
  await call('POST', `/payables/${payable.id}/approve_payment_operation`);
  if (paid) await call('POST', `/payables/${payable.id}/mark_as_paid`, { body: { comment: 'wire 42' } });
  return payable.id as string;
}

async function receivable(call: Call, type: 'invoice' | 'quote', issue = true) {
  const counterpart = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
  const created = (
    await call('POST', '/receivables', {
      body: {
        type,
        currency: 'EUR',
        counterpart_id: counterpart.id,
        counterpart_billing_address_id: counterpart.id,
        line_items: [
          { quantity: 1, product: { name: 'Audit', price: { currency: 'EUR', value: 50000 } }, tax_rate_value: 0 },
        ],
      },
    })
  ).body;
  if (issue) await call('POST', `/receivables/${created.id}/issue`);
  return created.id as string;
}

describe('lockReason', () => {
  const record = (status?: string) => ({ id: 'p1', created_at: 't', updated_at: 't', status });
  it.each([
    ['/payables', 'draft', false],
    ['/payables', 'new', false],
    ['/payables', 'approve_in_progress', true],
    ['/payables', 'paid', true],
    ['/receivables', 'draft', false],
    ['/receivables', 'issued', true],
    ['/payable_credit_notes', 'approved', true],
    ['/counterparts', 'anything', false],
    ['/payables', undefined, false],
  ])('%s in %s locked: %s', (collection, status, locked) => {
    expect(Boolean(lockReason(collection, record(status)))).toBe(locked);
  });
});

describe('finished documents refuse changes', () => {
  it.each([
    ['PATCH', (id: string) => `/payables/${id}`, { description: 'changed' }, 409],
    [
      'POST',
      (id: string) => `/payables/${id}/line_items`,
      { name: 'Chair', quantity: 1, unit_price: 100, tax: 0 },
      400,
    ],
  ])('a paid payable: %s %s answers %s', async (method, path, body, status) => {
    const { call } = testClient();
    const id = await approvedPayable(call, true);
    const response = await call(method, path(id), { body });
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error.message).toContain("status 'paid'");
    expect((await call('GET', `/payables/${id}`)).body).toMatchObject({ status: 'paid', total_amount: 10000 });
  });

  it('a paid payable keeps its line items: deleting one is refused', async () => {
    const { call } = testClient();
    const id = await approvedPayable(call, true);
    const [line] = (await call('GET', `/payables/${id}/line_items`)).body.data;
    const response = await call('DELETE', `/payables/${id}/line_items/${line.id}`);
    expect([400, 409]).toContain(response.status);
    expect((await call('GET', `/payables/${id}/line_items`)).body.data).toHaveLength(1);
  });

  it('an issued invoice refuses PATCH, line-item replacement and DELETE with 409', async () => {
    const { call } = testClient();
    const id = await receivable(call, 'invoice');
    const patch = await call('PATCH', `/receivables/${id}`, { body: { invoice: { memo: 'changed' } } });
    expect(patch.status).toBe(409);
    const lines = await call('PUT', `/receivables/${id}/line_items`, { body: { data: [] } });
    expect([400, 409]).toContain(lines.status);
    const remove = await call('DELETE', `/receivables/${id}`);
    expect(remove.status).toBe(409);
    expect((await call('GET', `/receivables/${id}`)).body.line_items).toHaveLength(1);
  });

  it('a draft stays editable', async () => {
    const { call } = testClient();
    const id = await receivable(call, 'invoice', false);
    expect((await call('PATCH', `/receivables/${id}`, { body: { invoice: { memo: 'ok' } } })).status).toBe(200);
  });
});

describe('payments', () => {
  it('a partial payment of the whole amount or more is refused (over-payment)', async () => {
    const { call } = testClient();
    const id = await approvedPayable(call);
    const before = (await call('GET', `/payables/${id}`)).body;
    for (const amount of [10000, 20000]) {
      const response = await call('POST', `/payables/${id}/mark_as_partially_paid`, { body: { amount_paid: amount } });
      expect(response.status).toBe(409);
    }
    const after = (await call('GET', `/payables/${id}`)).body;
    expect(after.status).toBe('waiting_to_be_paid');
    expect(after.amount_paid).toBe(0);
    expect(after.amount_due).toBe(before.amount_due);
  });

  it('mark-as-paid records when and with which comment', async () => {
    const { call } = testClient();
    const id = await approvedPayable(call, true);
    const payable = (await call('GET', `/payables/${id}`)).body;
    expect(payable.paid_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(payable.marked_as_paid_with_comment).toBe('wire 42');
    const invoice = await receivable(call, 'invoice');
    const paid = await call('POST', `/receivables/${invoice}/mark_as_paid`, {
      body: { comment: 'cash', paid_at: '2024-06-01T10:00:00Z' },
    });
    expect(paid.body).toMatchObject({ status: 'paid', paid_at: '2024-06-01T10:00:00Z', comment: 'cash' });
  });

  it('an invoice partial payment above the total is refused', async () => {
    const { call } = testClient();
    const id = await receivable(call, 'invoice');
    expect(
      (await call('POST', `/receivables/${id}/mark_as_partially_paid`, { body: { amount_paid: 60000 } })).status,
    ).toBe(409);
  });
});

describe('statuses stay within their enums', () => {
  it('a quote cannot be canceled (its statuses have no canceled)', async () => {
    const { call } = testClient();
    const id = await receivable(call, 'quote');
    const response = await call('POST', `/receivables/${id}/cancel`);
    expect(response.status).toBe(409);
    expect((await call('GET', `/receivables/${id}`)).body.status).toBe('issued');
  });
});
