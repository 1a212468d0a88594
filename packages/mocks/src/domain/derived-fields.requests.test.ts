/** Fields and objects Monite derives from what is stored, through the API. */
import { describe, expect, test } from 'vitest';
import {
  counterpartPayload,
  createCounterpart,
  ENTITY,
  invoiceBody,
  OTHER_ENTITY,
  testClient,
} from '../test/helpers.js';

describe('derived on create', () => {
  test("a counterpart's address is its first address and its default billing address", async () => {
    const { call } = testClient();
    const counterpart = await createCounterpart(call);
    const addresses = (await call('GET', `/counterparts/${counterpart.id}/addresses`)).body.data;
    expect(addresses).toHaveLength(1);
    expect(addresses[0]).toMatchObject(counterpartPayload.organization.address);
    expect(counterpart.default_billing_address_id).toBe(addresses[0].id);
    const read = (await call('GET', `/counterparts/${counterpart.id}`)).body;
    expect(read.default_billing_address_id).toBe(addresses[0].id);
  });
});

const ENTITY_RECORD = {
  type: 'organization',
  email: 'billing@seller.example',
  address: { country: 'NL', city: 'Amsterdam', postal_code: '1011', line1: 'Damrak 1' },
  organization: { legal_name: 'Seller BV' },
};

async function invoiceFor(call: ReturnType<typeof testClient>['call'], extra: Record<string, unknown> = {}) {
  const counterpart = await createCounterpart(call);
  const response = await call('POST', '/receivables', {
    body: {
      ...invoiceBody(counterpart, [
        { quantity: 2, product: { name: 'Audit', price: { currency: 'EUR', value: 10000 } }, tax_rate_value: 2000 },
      ]),
      ...extra,
    },
  });
  return { counterpart, invoice: response.body, status: response.status };
}

describe('receivables copy what they name', () => {
  test("the counterpart block is the stored counterpart's: name, type and billing address", async () => {
    const { call } = testClient();
    const { invoice } = await invoiceFor(call);
    expect(invoice.counterpart_name).toBe('Acme GmbH');
    expect(invoice.counterpart_type).toBe('organization');
    expect(invoice.counterpart_billing_address).toMatchObject(counterpartPayload.organization.address);
  });

  test('the entity block is the stored entity, not made up', async () => {
    const { call, monite } = testClient();
    monite.seedResource({ collection: '/entities', data: { id: ENTITY, ...ENTITY_RECORD } });
    const { invoice } = await invoiceFor(call);
    expect(invoice.entity).toMatchObject({ type: 'organization', name: 'Seller BV', email: 'billing@seller.example' });
    expect(invoice.entity_address).toMatchObject({ city: 'Amsterdam', country: 'NL' });
  });

  test('issuing numbers invoices sequentially per entity with the configured prefix, and sets the issue date', async () => {
    const { call, monite } = testClient();
    monite.seedResource({ collection: '/entities', data: { id: ENTITY, ...ENTITY_RECORD } });
    await call('PATCH', `/entities/${ENTITY}/settings`, {
      entity: null,
      body: { document_ids: { document_type_prefix: { invoice: 'RE' }, min_digits: 3 } },
    });
    const numbers: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { invoice } = await invoiceFor(call);
      const issued = (await call('POST', `/receivables/${invoice.id}/issue`)).body;
      expect(issued.issue_date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      numbers.push(issued.document_id);
    }
    expect(numbers).toEqual(['RE-001', 'RE-002']);
    // Another entity counts from one.
    const other = await invoiceFor(async (m, p, init = {}) => call(m, p, { ...init, entity: OTHER_ENTITY }));
    const issued = (await call('POST', `/receivables/${other.invoice.id}/issue`, { entity: OTHER_ENTITY })).body;
    expect(issued.document_id).toBe('INV-00001');
  });
});

describe('discounts reduce the taxable amount', () => {
  test.each([
    [
      'no discount',
      undefined,
      { subtotal: 20000, discounted_subtotal: 20000, total_vat_amount: 4000, total_amount: 24000 },
    ],
    [
      'an amount',
      { type: 'amount', amount: 5000 },
      { discounted_subtotal: 15000, total_vat_amount: 3000, total_amount: 18000 },
    ],
    [
      'a percentage (10% = 1000)',
      { type: 'percentage', amount: 1000 },
      { discounted_subtotal: 18000, total_vat_amount: 3600, total_amount: 21600 },
    ],
  ])('%s', async (_name, discount, totals) => {
    const { call } = testClient();
    const { invoice, status } = await invoiceFor(call, discount ? { discount } : {});
    expect(status, JSON.stringify(invoice)).toBe(201);
    expect(invoice).toMatchObject(totals);
  });

  test('a line discount reduces that line', async () => {
    const { call } = testClient();
    const counterpart = await createCounterpart(call);
    const invoice = (
      await call('POST', '/receivables', {
        body: invoiceBody(counterpart, [
          {
            quantity: 1,
            product: { name: 'Audit', price: { currency: 'EUR', value: 10000 } },
            tax_rate_value: 0,
            discount: { type: 'amount', amount: 2500 },
          },
        ]),
      })
    ).body;
    expect(invoice.line_items[0].total_before_vat).toBe(7500);
    expect(invoice.total_amount).toBe(7500);
  });
});

describe('credit notes reduce the payable they are based on', () => {
  test('listed in credit_notes, subtracted from total_amount_with_credit_notes until canceled', async () => {
    const { call } = testClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR', document_id: 'INV-9' } })).body;
    await call('POST', `/payables/${payable.id}/line_items`, {
      body: { name: 'Desk', quantity: 1, unit_price: 10000, tax: 0 },
    });
    const note = (
      await call('POST', '/payable_credit_notes', {
        body: {
          based_on: payable.id,
          currency: 'EUR',
          document_id: 'CN-1',
          issued_at: '2024-06-01',
          total_amount: 3000,
        },
      })
    ).body;
    const read = (await call('GET', `/payables/${payable.id}`)).body;
    expect(read.credit_notes.map((c: { id: string }) => c.id)).toEqual([note.id]);
    expect(read).toMatchObject({ total_amount: 10000, total_amount_with_credit_notes: 7000 });
    await call('POST', `/payable_credit_notes/${note.id}/cancel`);
    expect((await call('GET', `/payables/${payable.id}`)).body.total_amount_with_credit_notes).toBe(10000);
  });
});

describe('copied from the entity', () => {
  test("a new e-invoicing connection carries its entity's legal name", async () => {
    const { call, monite } = testClient();
    monite.seedResource({ collection: '/entities', data: { id: ENTITY, ...ENTITY_RECORD } });
    const response = await call('POST', '/einvoicing_connections', {
      body: { address: { address_line1: 'Damrak 1', city: 'Amsterdam', country: 'NL', postal_code: '1011' } },
    });
    expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    expect(response.body.legal_name).toBe('Seller BV');
  });
});

describe('defaults stay unique', () => {
  const account = (currency: string, isDefault: boolean) => ({
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    country: 'DE',
    currency,
    is_default_for_currency: isDefault,
  });

  test('a bank account created as default for its currency takes the flag from the previous one, not from other currencies', async () => {
    const { call } = testClient();
    const first = (await call('POST', '/bank_accounts', { body: account('EUR', true) })).body;
    const usd = (await call('POST', '/bank_accounts', { body: account('USD', true) })).body;
    const second = (await call('POST', '/bank_accounts', { body: account('EUR', true) })).body;
    expect(second.is_default_for_currency).toBe(true);
    const all = (await call('GET', '/bank_accounts')).body.data as { id: string; is_default_for_currency: boolean }[];
    const flags = Object.fromEntries(all.map((a) => [a.id, a.is_default_for_currency]));
    expect(flags).toEqual({ [first.id]: false, [usd.id]: true, [second.id]: true });
  });

  test('make_default makes a bank account the default of its currency, and leaves other currencies alone', async () => {
    const { call, monite } = testClient();
    const first = (await call('POST', '/bank_accounts', { body: account('EUR', true) })).body;
    const usd = (await call('POST', '/bank_accounts', { body: account('USD', true) })).body;
    const second = (await call('POST', '/bank_accounts', { body: account('EUR', false) })).body;
    const made = await call('POST', `/bank_accounts/${second.id}/make_default`);
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body).toMatchObject({ id: second.id, is_default_for_currency: true });
    const all = (await call('GET', '/bank_accounts')).body.data as { id: string; is_default_for_currency: boolean }[];
    const flags = Object.fromEntries(all.map((a) => [a.id, a.is_default_for_currency]));
    expect(flags).toEqual({ [first.id]: false, [usd.id]: true, [second.id]: true });
    const event = monite.webhooks.events().at(-1);
    expect(event).toMatchObject({ action: 'entity_bank_account.updated', object: { id: second.id } });
  });

  test("a counterpart's bank accounts keep one default per currency too", async () => {
    const { call } = testClient();
    const counterpart = await createCounterpart(call);
    const path = `/counterparts/${counterpart.id}/bank_accounts`;
    const first = (await call('POST', path, { body: account('EUR', true) })).body;
    const second = (await call('POST', path, { body: account('EUR', true) })).body;
    expect(second.id).not.toBe(first.id);
    const all = (await call('GET', path)).body.data as { id: string; is_default_for_currency: boolean }[];
    expect(all.filter((a) => a.is_default_for_currency).map((a) => a.id)).toEqual([second.id]);
  });
});

describe('uploaded files', () => {
  test('keep their real name, media type, size and md5, and can be downloaded back', async () => {
    const { monite, call } = testClient();
    const content = new TextEncoder().encode('%PDF-1.4 invoice');
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'application/pdf' }), 'invoice-42.pdf');
    form.append('file_type', 'payables');
    const response = await call('POST', '/files', { body: form, entity: null });
    expect(response.status).toBe(201);
    const file = response.body;
    const { createHash } = await import('node:crypto');
    expect(file).toMatchObject({
      name: 'invoice-42.pdf',
      mimetype: 'application/pdf',
      size: content.byteLength,
      md5: createHash('md5').update(content).digest('hex'),
    });
    // Downloaded back from the URL the file reports, byte for byte.
    expect(file.url).toBe(`https://api.sandbox.monite.com/_mock/files/${file.id}`);
    const download = await monite.fetch(new Request(file.url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(content);
    const missing = await monite.fetch(new Request('https://api.sandbox.monite.com/_mock/files/unknown'));
    expect(missing.status).toBe(404);
  });
});
