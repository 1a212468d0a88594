import { describe, expect, it } from 'vitest';
import { ENTITY, OTHER_ENTITY, counterpartPayload, testClient } from '../../test/helpers.js';

const address = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' };
const einvoicingAddress = {
  address_line1: 'Keizersgracht 12',
  city: 'Amsterdam',
  country: 'NL',
  postal_code: '1015 CX',
};

describe('stored resources', () => {
  it('creates, reads, lists, updates and deletes a counterpart', async () => {
    const { call } = testClient();
    const created = await call('POST', '/counterparts', { body: counterpartPayload });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'organization', organization: { legal_name: 'Acme GmbH' } });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.created_at).toBe(created.body.updated_at);

    const read = await call('GET', `/counterparts/${created.body.id}`);
    expect(read.body).toEqual(created.body);

    const listed = await call('GET', '/counterparts');
    expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual([created.body.id]);

    const patched = await call('PATCH', `/counterparts/${created.body.id}`, {
      body: { organization: { legal_name: 'Acme AG' } },
    });
    expect(patched.status).toBe(200);
    // PATCH merges: the untouched nested fields stay.
    expect(patched.body.organization).toMatchObject({
      legal_name: 'Acme AG',
      email: 'ap@acme.example',
      is_vendor: true,
    });
    expect(patched.body.updated_at > created.body.updated_at).toBe(true);

    expect((await call('DELETE', `/counterparts/${created.body.id}`)).status).toBe(204);
    const gone = await call('GET', `/counterparts/${created.body.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: { message: expect.stringContaining(created.body.id) } });
  });

  it('fills every required field of the response schema', async () => {
    const { call } = testClient();
    const connection = await call('POST', '/einvoicing_connections', { body: { address: einvoicingAddress } });
    expect(connection.status).toBe(201);
    for (const field of [
      'id',
      'created_at',
      'updated_at',
      'address',
      'credentials',
      'entity_id',
      'legal_name',
      'status',
    ]) {
      expect(connection.body).toHaveProperty(field);
    }
    expect(connection.body.entity_id).toBe(ENTITY);
    // Defaults of the request schema apply to fields the caller left out, as FastAPI fills them.
    expect(connection.body).toMatchObject({ is_sender: true, is_receiver: true });
  });

  it('keeps entities apart', async () => {
    const { call } = testClient();
    const created = await call('POST', '/counterparts', { body: counterpartPayload });
    expect((await call('GET', `/counterparts/${created.body.id}`, { entity: OTHER_ENTITY })).status).toBe(404);
    expect((await call('GET', '/counterparts', { entity: OTHER_ENTITY })).body.data).toEqual([]);
  });

  it('nests contacts under their counterpart and drops them with it', async () => {
    const { call, monite } = testClient();
    const counterpart = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const contact = await call('POST', `/counterparts/${counterpart.id}/contacts`, {
      body: { first_name: 'Mary', last_name: "O'Brien", address },
    });
    expect(contact.status).toBe(200);
    expect(contact.body).toMatchObject({ counterpart_id: counterpart.id, first_name: 'Mary', is_default: false });
    expect((await call('GET', `/counterparts/${counterpart.id}/contacts`)).body.data).toHaveLength(1);
    expect((await call('GET', `/counterparts/${counterpart.id}/contacts/${contact.body.id}`)).body.id).toBe(
      contact.body.id,
    );

    await call('DELETE', `/counterparts/${counterpart.id}`);
    expect(monite.list(`/counterparts/${counterpart.id}/contacts`, ENTITY)).toEqual([]);
    expect((await call('GET', `/counterparts/${counterpart.id}/contacts`)).status).toBe(404);
  });

  it('refuses a child of a parent that does not exist', async () => {
    const { call } = testClient();
    const missing = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    const response = await call('POST', `/counterparts/${missing}/contacts`, {
      body: { first_name: 'Mary', last_name: 'Smith', address },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain(missing);
  });

  it('shows network credentials inside their e-invoicing connection', async () => {
    const { call } = testClient();
    const connection = (await call('POST', '/einvoicing_connections', { body: { address: einvoicingAddress } })).body;
    expect(connection.credentials).toEqual([]);
    const credential = await call('POST', `/einvoicing_connections/${connection.id}/network_credentials`, {
      body: { network_credentials_identifier: '12345678', network_credentials_schema: 'DE:VAT' },
    });
    expect(credential.status).toBe(201);
    expect(credential.body).toMatchObject({
      einvoicing_connection_id: connection.id,
      network_credentials_identifier: '12345678',
    });
    const again = await call('GET', `/einvoicing_connections/${connection.id}`);
    expect(again.body.credentials).toEqual([expect.objectContaining({ id: credential.body.id })]);
    await call('DELETE', `/einvoicing_connections/${connection.id}`);
    expect((await call('GET', `/einvoicing_connections/${connection.id}`)).status).toBe(404);
  });

  it('replaces on PUT', async () => {
    const { call } = testClient();
    const payable = (
      await call('POST', '/payables', { body: { currency: 'EUR', document_id: 'INV-1', description: 'first' } })
    ).body;
    const item = (
      await call('POST', `/payables/${payable.id}/line_items`, {
        body: { name: 'Desk', quantity: 2, unit_price: 5000, tax: 1900 },
      })
    ).body;
    const replaced = await call('PUT', `/payables/${payable.id}/line_items`, {
      body: { data: [{ name: 'Chair', quantity: 1, unit_price: 1000, tax: 0 }] },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.data.map((i: { name: string }) => i.name)).toEqual(['Chair']);
    expect((await call('GET', `/payables/${payable.id}/line_items/${item.id}`)).status).toBe(404);
  });

  it('derives line-item and document totals', async () => {
    const { call } = testClient();
    const note = (
      await call('POST', '/payable_credit_notes', {
        body: { document_id: 'CN-1', issued_at: '2024-06-01', currency: 'EUR' },
      })
    ).body;
    const line = await call('POST', `/payable_credit_notes/${note.id}/line_items`, {
      body: { name: 'Refund', quantity: 3, unit_price: 1000, tax: 1900 },
    });
    expect(line.status).toBe(201);
    expect(line.body).toMatchObject({ subtotal: 3000, tax_amount: 570, total: 3570, credit_note_id: note.id });
    await call('POST', `/payable_credit_notes/${note.id}/line_items`, {
      body: { name: 'Fee', quantity: 1, unit_price: 500, tax: 0 },
    });
    const totals = (await call('GET', `/payable_credit_notes/${note.id}`)).body;
    expect(totals).toMatchObject({ subtotal: 3500, tax_amount: 570, total_amount: 4070 });
  });

  it('computes receivable line items and totals', async () => {
    const { call } = testClient();
    const counterpart = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const receivable = await call('POST', '/receivables', {
      body: {
        type: 'invoice',
        currency: 'EUR',
        counterpart_id: counterpart.id,
        counterpart_billing_address_id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
        line_items: [
          {
            quantity: 2,
            product: { name: 'Consulting', price: { currency: 'EUR', value: 10000 } },
            tax_rate_value: 1900,
          },
        ],
      },
    });
    expect(receivable.status).toBe(201);
    expect(receivable.body.line_items[0]).toMatchObject({
      quantity: 2,
      total_before_vat: 20000,
      total_after_vat: 23800,
    });
    expect(receivable.body).toMatchObject({
      status: 'draft',
      total_amount: 23800,
      total_vat_amount: 3800,
      amount_due: 23800,
    });
  });
});
