/**
 * What the newer sections derive and refuse, through `monite.fetch`: custom
 * VAT rates, payment records (history, the object they pay, paid_at, the
 * moves), and e-invoicing credentials made from a counterpart VAT ID.
 */
import { describe, expect, test } from 'vitest';
import { counterpartPayload, ENTITY } from '../test/helpers.js';
import { sectionsClient } from '../test/sections-helpers.js';

type Client = ReturnType<typeof sectionsClient>;

async function paymentRecord(call: Client['call'], object: { id: string; type: string }, extra = {}) {
  const created = await call('POST', '/payment_records', {
    body: { amount: 1500, currency: 'EUR', status: 'created', object, ...extra },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

describe('custom VAT rates', () => {
  test('the value is the sum of the components, again after an update', async () => {
    const { call } = sectionsClient();
    const created = await call('POST', '/custom_vat_rates', {
      body: {
        name: 'Split',
        components: [
          { name: 'state', value: 500 },
          { name: 'city', value: 250 },
        ],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.value).toBe(750);
    const updated = await call('PATCH', `/custom_vat_rates/${created.body.id}`, {
      body: { components: [{ name: 'state', value: 700 }] },
    });
    expect(updated.body.value).toBe(700);
  });
});

describe('payment records', () => {
  test('one for a receivable shows the receivable status; one for a payable the payable status', async () => {
    const { call, monite } = sectionsClient();
    const receivable = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'invoice', currency: 'EUR', status: 'issued' },
    });
    const forReceivable = await paymentRecord(call, { id: String(receivable.id), type: 'receivable' });
    expect(forReceivable.object).toEqual({
      id: receivable.id,
      type: 'receivable',
      old_status: 'issued',
      new_status: 'issued',
    });
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    const forPayable = await paymentRecord(call, { id: payable.id, type: 'payable' });
    expect(forPayable.object).toMatchObject({ old_status: 'draft', new_status: 'draft' });
  });

  test('a record whose payable is gone shows its status as unknown, keeping the status it had', async () => {
    const { call } = sectionsClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    const record = await paymentRecord(call, { id: payable.id, type: 'payable' });
    expect((await call('DELETE', `/payables/${payable.id}`)).status).toBe(204);
    const updated = await call('PATCH', `/payment_records/${record.id}`, { body: { amount: 1600 } });
    expect(updated.status).toBe(200);
    expect(updated.body.object).toMatchObject({ old_status: 'draft', new_status: 'unknown' });
  });

  test('recorded through the API: external, nothing overpaid, and no paid_at before it succeeds', async () => {
    const { call } = sectionsClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    const created = await paymentRecord(call, { id: payable.id, type: 'payable' });
    expect(created).toMatchObject({ is_external: true, overpaid_amount: 0, status: 'created' });
    expect(created.paid_at).toBeUndefined();
  });

  test('an update keeps the history of the moves', async () => {
    const { call } = sectionsClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    const created = await paymentRecord(call, { id: payable.id, type: 'payable' });
    await call('POST', `/payment_records/${created.id}/start_processing`, { body: {} });
    const updated = await call('PATCH', `/payment_records/${created.id}`, { body: { amount: 1600 } });
    expect(updated.body.history.map((entry: { status: string }) => entry.status)).toEqual(['created', 'processing']);
  });
});

describe('e-invoicing credentials from a VAT ID', () => {
  test('a German VAT ID gives DE:VAT; a French one is refused with 409', async () => {
    const { call } = sectionsClient();
    const cp = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const vatId = async (country: string, value: string) =>
      (await call('POST', `/counterparts/${cp.id}/vat_ids`, { body: { country, type: 'eu_vat', value } })).body;
    const base = `/counterparts/${cp.id}/einvoicing_credentials`;
    const german = await vatId('DE', 'DE123456789');
    const created = await call('POST', base, { body: { counterpart_vat_id_id: german.id } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ network_schema: 'DE:VAT', network_identifier: 'DE123456789' });
    const french = await vatId('FR', 'FR12345678901');
    const refused = await call('POST', base, { body: { counterpart_vat_id_id: french.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('(DE, NL, BE)');
    expect((await call('GET', base)).body.data).toHaveLength(1);
  });

  test('a credential whose VAT ID was deleted can still be updated', async () => {
    const { call } = sectionsClient();
    const cp = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const vatId = (
      await call('POST', `/counterparts/${cp.id}/vat_ids`, {
        body: { country: 'NL', type: 'eu_vat', value: 'NL123456789B01' },
      })
    ).body;
    const base = `/counterparts/${cp.id}/einvoicing_credentials`;
    const created = (await call('POST', base, { body: { counterpart_vat_id_id: vatId.id } })).body;
    expect((await call('DELETE', `/counterparts/${cp.id}/vat_ids/${vatId.id}`)).status).toBe(204);
    const updated = await call('PATCH', `${base}/${created.id}`, { body: { network_identifier: 'NL999999999B01' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ network_schema: 'NL:VAT', network_identifier: 'NL999999999B01' });
  });
});
