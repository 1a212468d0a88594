/**
 * Purchase orders through requests: the parties copied from the stored
 * counterpart, its address and the entity; numbers from the entity's
 * settings; who made the order; sending issues it.
 */
import { describe, expect, test } from 'vitest';
import { createMonite } from '../../create-monite.js';
import { callsWithTokens, counterpartPayload, entityPayload } from '../../test/helpers.js';

const CLIENT_ID = '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const ITEM = { name: 'Paper', quantity: 10, unit: 'box', price: 1500, currency: 'EUR', vat_rate: 1900 };
const WAREHOUSE = { country: 'DE', city: 'Hamburg', postal_code: '20095', line1: 'Speicherstadt 4' };

/** A stored entity with a vendor (an organisation, plus a second address), and calls acting for the entity. */
async function world() {
  // Tokens outlive the clock moves of these tests.
  const monite = createMonite({ tokenLifetimeSeconds: 30 * 86_400 });
  const { call: raw } = callsWithTokens(monite);
  const partner = monite.issueToken();
  const entity = (await raw('POST', '/entities', partner, { body: entityPayload('Buyer GmbH') })).body;
  const call = (method: string, path: string, body?: unknown, token = partner) =>
    raw(method, path, token, { entity: entity.id, ...(body === undefined ? {} : { body }) });
  const vendor = (await call('POST', '/counterparts', counterpartPayload)).body;
  const warehouse = (await call('POST', `/counterparts/${vendor.id}/addresses`, WAREHOUSE)).body;
  const order = (extra: Record<string, unknown> = {}, token = partner) =>
    call(
      'POST',
      '/payable_purchase_orders',
      {
        counterpart_id: vendor.id,
        currency: 'EUR',
        items: [ITEM],
        message: 'Please deliver',
        valid_for_days: 30,
        ...extra,
      },
      token,
    );
  return { monite, raw, partner, entity, call, vendor, warehouse, order };
}

describe('a purchase order copies what it names', () => {
  test('the counterpart, the address named, and the entity, as stored; every id reads back', async () => {
    const { call, entity, vendor, warehouse, order } = await world();
    const created = await order({ counterpart_address_id: warehouse.id });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const storedVendor = (await call('GET', `/counterparts/${vendor.id}`)).body;
    const storedEntity = (await call('GET', `/entities/${entity.id}`)).body;
    expect(created.body.counterpart).toMatchObject({
      id: vendor.id,
      type: 'organization',
      organization: { legal_name: 'Acme GmbH', is_vendor: true, is_customer: false, email: 'ap@acme.example' },
      default_billing_address_id: storedVendor.default_billing_address_id,
    });
    expect(created.body.counterpart_address).toEqual(WAREHOUSE);
    expect(created.body.entity).toMatchObject({
      id: entity.id,
      organization: { legal_name: 'Buyer GmbH' },
      address: storedEntity.address,
      email: storedEntity.email,
      status: storedEntity.status,
    });
    expect(created.body).toMatchObject({
      entity_id: entity.id,
      counterpart_id: vendor.id,
      counterpart_address_id: warehouse.id,
      status: 'draft',
      document_id: 'PO-00001',
    });
    // A partner token is no user: nothing to record.
    expect(created.body.created_by_user_id).toBeUndefined();
    const read = await call('GET', `/payable_purchase_orders/${created.body.id}`);
    expect(read.body).toEqual(created.body);
    const address = await call('GET', `/counterparts/${vendor.id}/addresses/${warehouse.id}`);
    expect(address.body).toMatchObject(WAREHOUSE);
  });

  test('without an address, the counterpart’s default one; a person is shown as one', async () => {
    const { call, order } = await world();
    const byDefault = (await order()).body;
    expect(byDefault.counterpart_address).toEqual(counterpartPayload.organization.address);
    const person = (
      await call('POST', '/counterparts', {
        type: 'individual',
        individual: {
          first_name: 'Mary',
          last_name: 'Major',
          is_vendor: true,
          is_customer: false,
          address: { country: 'FR', city: 'Lyon', postal_code: '69001', line1: 'Rue 1' },
        },
      })
    ).body;
    const toPerson = (await order({ counterpart_id: person.id })).body;
    expect(toPerson.counterpart).toMatchObject({
      id: person.id,
      type: 'individual',
      individual: { first_name: 'Mary', last_name: 'Major' },
    });
    expect(toPerson.counterpart_address).toMatchObject({ city: 'Lyon', country: 'FR' });
  });
});

describe('numbers, authors and sending', () => {
  test('orders are numbered in turn from the entity’s settings', async () => {
    const { raw, partner, entity, order } = await world();
    expect((await order()).body.document_id).toBe('PO-00001');
    await raw('PATCH', `/entities/${entity.id}/settings`, partner, {
      body: { document_ids: { document_type_prefix: { purchase_order: 'BE' }, min_digits: 3 } },
    });
    expect((await order()).body.document_id).toBe('BE-002');
  });

  test('an edit keeps the order’s number', async () => {
    const { call, order } = await world();
    const created = (await order()).body;
    const edited = await call('PATCH', `/payable_purchase_orders/${created.id}`, { message: 'Deliver on Monday' });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ message: 'Deliver on Monday', document_id: created.document_id });
  });

  test('an order for an entity the mock was never told about is made all the same', async () => {
    const monite = createMonite();
    const { call } = callsWithTokens(monite);
    const token = monite.issueToken();
    const unknownEntity = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const vendor = (await call('POST', '/counterparts', token, { entity: unknownEntity, body: counterpartPayload }))
      .body;
    const created = await call('POST', '/payable_purchase_orders', token, {
      entity: unknownEntity,
      body: {
        counterpart_id: vendor.id,
        currency: 'EUR',
        items: [ITEM],
        message: 'Please deliver',
        valid_for_days: 30,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.counterpart).toMatchObject({ id: vendor.id, type: 'organization' });
  });

  test('an entity user’s order records its author', async () => {
    const { monite, raw, partner, entity, call, order } = await world();
    const user = monite.seedResource({
      collection: '/entity_users',
      entityId: entity.id,
      data: { first_name: 'Ann', login: 'ann' },
    });
    const grant = { client_id: CLIENT_ID, client_secret: 'x', grant_type: 'entity_user', entity_user_id: user.id };
    const token = (await raw('POST', '/auth/token', partner, { body: grant })).body.access_token as string;
    const created = await order({}, token);
    expect(created.status).toBe(201);
    expect(created.body.created_by_user_id).toBe(user.id);
    expect((await call('GET', `/entity_users/${user.id}`)).body.id).toBe(user.id);
  });

  test('sending issues the order on the day it is first sent', async () => {
    const { monite, call, order } = await world();
    const created = (await order()).body;
    const sent = await call('POST', `/payable_purchase_orders/${created.id}/send`, {
      subject_text: 'Order',
      body_text: 'Attached',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const issued = (await call('GET', `/payable_purchase_orders/${created.id}`)).body;
    expect(issued).toMatchObject({ status: 'issued', issued_at: '2024-05-25' });
    monite.clock.advance(2 * 86_400_000);
    await call('POST', `/payable_purchase_orders/${created.id}/send`, { subject_text: 'Again', body_text: 'Again' });
    expect((await call('GET', `/payable_purchase_orders/${created.id}`)).body.issued_at).toBe('2024-05-25');
  });
});
