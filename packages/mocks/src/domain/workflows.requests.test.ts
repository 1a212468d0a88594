import { describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.js';
import { counterpartPayload, ENTITY, testClient } from '../test/helpers.js';

const ANY_ID = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const address = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' };

async function receivable(call: ReturnType<typeof testClient>['call'], type: 'invoice' | 'quote') {
  const counterpart = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
  const body = {
    type,
    currency: 'EUR',
    counterpart_id: counterpart.id,
    counterpart_billing_address_id: ANY_ID,
    line_items: [
      { quantity: 1, product: { name: 'Audit', price: { currency: 'EUR', value: 50000 } }, tax_rate_value: 0 },
    ],
  };
  return (await call('POST', '/receivables', { body })).body;
}

describe('workflows', () => {
  it('moves a payable through approval and payment, refusing illegal moves with 409', async () => {
    const { call } = testClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', document_id: 'INV-7' } })).body;
    expect(payable.status).toBe('draft');
    await call('POST', `/payables/${payable.id}/line_items`, {
      body: { name: 'Desk', quantity: 1, unit_price: 10000, tax: 0 },
    });

    const early = await call('POST', `/payables/${payable.id}/mark_as_paid`, { body: {} });
    expect(early.status).toBe(409);
    expect(early.body).toEqual({ error: { message: expect.stringContaining("'draft'") } });

    expect((await call('POST', `/payables/${payable.id}/submit_for_approval`)).body.status).toBe('approve_in_progress');
    expect((await call('POST', `/payables/${payable.id}/approve_payment_operation`)).body.status).toBe(
      'waiting_to_be_paid',
    );
    const partly = await call('POST', `/payables/${payable.id}/mark_as_partially_paid`, {
      body: { amount_paid: 4000 },
    });
    expect(partly.body).toMatchObject({ status: 'partially_paid', amount_paid: 4000, amount_due: 6000 });
    const paid = await call('POST', `/payables/${payable.id}/mark_as_paid`, { body: {} });
    expect(paid.body).toMatchObject({ status: 'paid', amount_due: 0 });
    expect((await call('POST', `/payables/${payable.id}/cancel`)).status).toBe(409);
    expect((await call('GET', `/payables/${payable.id}`)).body.status).toBe('paid');
  });

  it('rejects and reopens a payable', async () => {
    const { call } = testClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    await call('POST', `/payables/${payable.id}/submit_for_approval`);
    expect((await call('POST', `/payables/${payable.id}/reject`)).body.status).toBe('rejected');
    expect((await call('POST', `/payables/${payable.id}/reopen`)).body.status).toBe('new');
    expect((await call('POST', `/payables/${payable.id}/reopen`)).status).toBe(409);
  });

  it('issues an invoice and tracks payment; quotes only accept or decline', async () => {
    const { call } = testClient();
    const invoice = await receivable(call, 'invoice');
    expect((await call('POST', `/receivables/${invoice.id}/mark_as_paid`, { body: {} })).status).toBe(409);
    expect((await call('POST', `/receivables/${invoice.id}/issue`)).body.status).toBe('issued');
    expect((await call('POST', `/receivables/${invoice.id}/accept`, { body: {} })).status).toBe(409);
    const partly = await call('POST', `/receivables/${invoice.id}/mark_as_partially_paid`, {
      body: { amount_paid: 10000 },
    });
    expect(partly.body).toMatchObject({ status: 'partially_paid', amount_due: 40000 });
    expect((await call('POST', `/receivables/${invoice.id}/mark_as_uncollectible`, { body: {} })).body.status).toBe(
      'uncollectible',
    );

    const quote = await receivable(call, 'quote');
    await call('POST', `/receivables/${quote.id}/issue`);
    expect((await call('POST', `/receivables/${quote.id}/accept`, { body: {} })).status).toBe(200);
    expect((await call('GET', `/receivables/${quote.id}`)).body.status).toBe('accepted');
    expect((await call('POST', `/receivables/${quote.id}/decline`, { body: {} })).status).toBe(409);
  });

  it('cancels a receivable with 204 and clones into a new draft', async () => {
    const { call } = testClient();
    const invoice = await receivable(call, 'invoice');
    await call('POST', `/receivables/${invoice.id}/issue`);
    const clone = await call('POST', `/receivables/${invoice.id}/clone`);
    expect(clone.status).toBe(201);
    expect(clone.body.id).not.toBe(invoice.id);
    expect(clone.body.status).toBe('draft');
    expect(clone.body.total_amount).toBe(50000);
    expect((await call('POST', `/receivables/${invoice.id}/cancel`)).status).toBe(204);
    expect((await call('GET', `/receivables/${invoice.id}`)).body.status).toBe('canceled');
  });

  it('runs credit-note approval', async () => {
    const { call } = testClient();
    const note = (
      await call('POST', '/payable_credit_notes', { body: { document_id: 'CN-2', issued_at: '2024-06-01' } })
    ).body;
    expect((await call('POST', `/payable_credit_notes/${note.id}/approve`)).status).toBe(409);
    expect((await call('POST', `/payable_credit_notes/${note.id}/submit_for_approval`)).body.status).toBe(
      'submitted_for_approval',
    );
    expect((await call('POST', `/payable_credit_notes/${note.id}/approve`)).body.status).toBe('approved');
    expect((await call('POST', `/payable_credit_notes/${note.id}/cancel`)).status).toBe(409);
  });

  it('decides approval requests once', async () => {
    const { call, monite } = testClient();
    // The object to approve must exist: Monite refuses approval requests for unknown objects.
    monite.seedResource({ collection: '/payables', entityId: ENTITY, data: { id: ANY_ID } });
    const body = { object_id: ANY_ID, object_type: 'payable', required_approval_count: 1, user_ids: [ANY_ID] };
    const request = (await call('POST', '/approval_requests', { body })).body;
    expect(request.status).toBe('waiting');
    expect((await call('POST', `/approval_requests/${request.id}/approve`)).body.status).toBe('approved');
    expect((await call('POST', `/approval_requests/${request.id}/reject`)).status).toBe(409);
  });

  it('enables, disables and rotates webhook subscriptions', async () => {
    const { call } = testClient();
    const created = (
      await call('POST', '/webhook_subscriptions', {
        entity: null,
        body: { object_type: 'payable', url: 'https://example.com/hooks' },
      })
    ).body;
    expect(created.status).toBe('enabled');
    expect(created.secret).toMatch(/^whsec_/);
    // Enabling an enabled subscription is refused: 409 where the spec declares it, otherwise 400, never a 2xx.
    const enableDeclares409 = operations
      .find((o) => o.operationId === 'post_webhook_subscriptions_id_enable')
      ?.statuses.includes('409');
    const again = await call('POST', `/webhook_subscriptions/${created.id}/enable`, { entity: null });
    expect(again.status).toBe(enableDeclares409 ? 409 : 400);
    expect(again.body.error.message).toBe("Cannot enable in status 'enabled'.");
    const unchanged = await call('GET', `/webhook_subscriptions/${created.id}`, { entity: null });
    expect(unchanged.body.status).toBe('enabled');
    expect((await call('POST', `/webhook_subscriptions/${created.id}/disable`, { entity: null })).body.status).toBe(
      'disabled',
    );
    const rotated = await call('POST', `/webhook_subscriptions/${created.id}/regenerate_secret`, { entity: null });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.secret);
  });

  it('makes one contact the default and unmarks the previous one', async () => {
    const { call } = testClient();
    const counterpart = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const contact = (name: string) =>
      call('POST', `/counterparts/${counterpart.id}/contacts`, {
        body: { first_name: name, last_name: 'Smith', address },
      });
    const first = (await contact('Ann')).body;
    const second = (await contact('Bob')).body;
    expect(
      (await call('POST', `/counterparts/${counterpart.id}/contacts/${first.id}/make_default`)).body.is_default,
    ).toBe(true);
    expect(
      (await call('POST', `/counterparts/${counterpart.id}/contacts/${second.id}/make_default`)).body.is_default,
    ).toBe(true);
    const all = (await call('GET', `/counterparts/${counterpart.id}/contacts`)).body.data;
    expect(all.map((c: { first_name: string; is_default: boolean }) => [c.first_name, c.is_default])).toEqual([
      ['Ann', false],
      ['Bob', true],
    ]);
  });

  it('answers a generic action with the resource', async () => {
    const { call } = testClient();
    const missing = await call('POST', `/accounting_connections/${ANY_ID}/disconnect`);
    expect(missing.status).toBe(404);
  });
});
