// What a delivery note copies from the objects it names: the
// entity (a person's names or an organisation's legal name, its contact
// fields and address), the counterpart and the address the note names, the
// products of its lines, and, with `based_on`, the invoice's counterpart,
// billing address, lines and number; plus the fields every note starts with.
import { describe, expect, it } from 'vitest';
import { createCounterpart, ENTITY, invoiceBody, type StoredCounterpart } from '../test/helpers.js';
import { sectionsClient } from '../test/sections-helpers.js';

type Client = ReturnType<typeof sectionsClient>;

const ADDRESS = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' };

type Call = ReturnType<typeof sectionsClient>['call'];

/** Adds a second address (a Hamburg depot) to a counterpart. */
const addDepot = (call: Call, counterpartId: string) =>
  call('POST', `/counterparts/${counterpartId}/addresses`, {
    body: { country: 'DE', city: 'Hamburg', postal_code: '20095', line1: 'Hafenstrasse 2' },
  });

/** A note to `cp` with one desk, delivered to `addressId` (default: its billing address). */
function deskNote(cp: StoredCounterpart, addressId = cp.default_billing_address_id) {
  return {
    counterpart_id: cp.id,
    counterpart_address_id: addressId,
    line_items: [{ quantity: 1, product: { name: 'Desk' } }],
  };
}

function seedEntity(monite: Client['monite'], data: Record<string, unknown>) {
  monite.seedResource({ collection: '/entities', data: { id: ENTITY, ...data } });
}

describe('a delivery note shows its entity', () => {
  it('a person: first and last name, the contact fields it has, and its address without empty lines', async () => {
    const { call, monite } = sectionsClient();
    seedEntity(monite, {
      type: 'individual',
      email: 'ann@lee.example',
      phone: null,
      tax_id: null,
      address: { ...ADDRESS, line2: null },
      individual: { first_name: 'Ann', last_name: 'Lee' },
    });
    const cp = await createCounterpart(call);
    const note = await call('POST', '/delivery_notes', { body: deskNote(cp) });
    expect(note.status).toBe(201);
    expect(note.body.entity).toEqual({
      type: 'individual',
      first_name: 'Ann',
      last_name: 'Lee',
      email: 'ann@lee.example',
    });
    expect(note.body.entity_address).toEqual(ADDRESS);
  });

  it("an organisation: its legal name ('Entity' when it has none) and tax id, also without an address", async () => {
    for (const [legal, shown] of [
      ['Nordlicht AG', 'Nordlicht AG'],
      ['', 'Entity'],
    ]) {
      const { call, monite } = sectionsClient();
      seedEntity(monite, {
        type: 'organization',
        tax_id: 'DE123456789',
        organization: { legal_name: legal },
        individual: null,
      });
      const cp = await createCounterpart(call);
      const note = await call('POST', '/delivery_notes', { body: deskNote(cp) });
      expect(note.status).toBe(201);
      expect(note.body.entity).toEqual({ type: 'organization', name: shown, tax_id: 'DE123456789' });
    }
  });
});

describe('a delivery note shows its entity’s contact fields', () => {
  it('its email and phone when it has them', async () => {
    const { call, monite } = sectionsClient();
    seedEntity(monite, {
      type: 'organization',
      email: 'office@nordlicht.example',
      phone: '+49 30 1234567',
      organization: { legal_name: 'Nordlicht AG' },
    });
    const cp = await createCounterpart(call);
    const note = await call('POST', '/delivery_notes', { body: deskNote(cp) });
    expect(note.body.entity).toMatchObject({
      type: 'organization',
      name: 'Nordlicht AG',
      email: 'office@nordlicht.example',
      phone: '+49 30 1234567',
    });
  });
});

describe('a delivery note shows its counterpart and lines', () => {
  it('the counterpart with its language, and the address the note names rather than the default', async () => {
    const { call } = sectionsClient();
    const cp = await createCounterpart(call);
    const depot = await addDepot(call, cp.id);
    expect(depot.status).toBe(201);
    expect(depot.body.id).not.toBe(cp.default_billing_address_id);
    const note = await call('POST', '/delivery_notes', { body: deskNote(cp, depot.body.id) });
    expect(note.status).toBe(201);
    expect(note.body.counterpart).toEqual({
      id: cp.id,
      language: 'en',
      organization: { legal_name: 'Acme GmbH', is_vendor: true, is_customer: false, email: 'ap@acme.example' },
    });
    expect(note.body.counterpart_address).toEqual({
      country: 'DE',
      city: 'Hamburg',
      postal_code: '20095',
      line1: 'Hafenstrasse 2',
    });
  });

  it('a person counterpart shows as one', async () => {
    const { call } = sectionsClient();
    const person = (
      await call('POST', '/counterparts', {
        body: {
          type: 'individual',
          individual: { first_name: 'Max', last_name: 'Muster', is_vendor: false, is_customer: true, address: ADDRESS },
        },
      })
    ).body;
    const note = await call('POST', '/delivery_notes', { body: deskNote(person) });
    expect(note.status).toBe(201);
    expect(note.body.counterpart).toMatchObject({
      id: person.id,
      individual: { first_name: 'Max', last_name: 'Muster' },
    });
    expect(note.body.counterpart).not.toHaveProperty('organization');
  });

  it('a line names a stored product by id and shows its name and unit; a given product keeps its name and unit; prices are left out', async () => {
    const { call, monite } = sectionsClient();
    const cp = await createCounterpart(call);
    const chair = (
      await call('POST', '/products', {
        body: { name: 'Chair', type: 'product', price: { currency: 'EUR', value: 4000 } },
      })
    ).body;
    const cable = monite.seedResource({
      collection: '/products',
      entityId: ENTITY,
      data: { name: 'Cable', type: 'product', measure_unit: { id: 'u-m', name: 'm' } },
    });
    const note = await call('POST', '/delivery_notes', {
      body: {
        counterpart_id: cp.id,
        counterpart_address_id: cp.default_billing_address_id,
        line_items: [
          { quantity: 2, product_id: chair.id },
          { quantity: 5, product_id: cable.id },
          { quantity: 3, product: { name: 'Desk' } },
          { quantity: 1, product: { name: 'Cable', measure_unit: { name: 'm' } } },
        ],
      },
    });
    expect(note.status).toBe(201);
    expect(note.body.line_items).toEqual([
      { quantity: 2, product: { name: 'Chair' } },
      { quantity: 5, product: { name: 'Cable', measure_unit: { name: 'm' } } },
      { quantity: 3, product: { name: 'Desk' } },
      { quantity: 1, product: { name: 'Cable', measure_unit: { name: 'm' } } },
    ]);
  });

  it('starts with its number from its id, English as its language and no signature placeholder', async () => {
    const { call } = sectionsClient();
    const cp = await createCounterpart(call);
    const note = await call('POST', '/delivery_notes', { body: deskNote(cp) });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      document_id: `DN-${note.body.id.slice(0, 8).toUpperCase()}`,
      file_language: 'en',
      original_file_language: 'en',
      display_signature_placeholder: false,
    });
    expect(note.body.document_id).toMatch(/^DN-[0-9A-F]{8}$/);
    // An update keeps them.
    const edited = await call('PATCH', `/delivery_notes/${note.body.id}`, {
      body: { display_signature_placeholder: true },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ document_id: note.body.document_id, display_signature_placeholder: true });
  });
});

describe('a delivery note based on an invoice', () => {
  it("takes the invoice's billing address (not the counterpart's default), its number and its lines", async () => {
    const { call, monite } = sectionsClient();
    const cp = await createCounterpart(call);
    const depot = (await addDepot(call, cp.id)).body;
    for (const billing of [
      { counterpart_billing_address_id: depot.id },
      { counterpart_billing_address: { id: depot.id, city: 'Hamburg' } },
    ]) {
      const invoice = monite.seedResource({
        collection: '/receivables',
        entityId: ENTITY,
        data: {
          type: 'invoice',
          currency: 'EUR',
          counterpart_id: cp.id,
          document_id: 'INV-00042',
          ...billing,
          line_items: [
            {
              quantity: 4,
              product: { name: 'Chair', measure_unit: { name: 'pcs', id: 'u1' }, price: { value: 4000 } },
            },
            { quantity: 2, product: { name: 'Desk', price: { value: 9000 } } },
          ],
        },
      });
      const note = await call('POST', '/delivery_notes', { body: { based_on: invoice.id } });
      expect(note.status).toBe(201);
      expect(note.body).toMatchObject({
        counterpart_id: cp.id,
        counterpart_address: { city: 'Hamburg', line1: 'Hafenstrasse 2' },
        based_on_document_id: 'INV-00042',
      });
      expect(note.body.line_items).toEqual([
        { quantity: 4, product: { name: 'Chair', measure_unit: { name: 'pcs' } } },
        { quantity: 2, product: { name: 'Desk' } },
      ]);
      // Lines set later replace the invoice's.
      const edited = await call('PATCH', `/delivery_notes/${note.body.id}`, {
        body: { line_items: [{ quantity: 1, product: { name: 'Lamp' } }] },
      });
      expect(edited.status).toBe(200);
      expect(edited.body.line_items).toEqual([{ quantity: 1, product: { name: 'Lamp' } }]);
    }
  });

  it('an invoice without lines gives a note without lines', async () => {
    const { call, monite } = sectionsClient();
    const cp = await createCounterpart(call);
    const invoice = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'invoice', currency: 'EUR', counterpart_id: cp.id, line_items: [] },
    });
    const note = await call('POST', '/delivery_notes', { body: { based_on: invoice.id } });
    expect(note.status).toBe(201);
    expect(note.body.line_items).toEqual([]);
  });

  it('an invoice whose counterpart was deleted still gives a note, without the counterpart details', async () => {
    const { call } = sectionsClient();
    const cp = await createCounterpart(call);
    const invoice = await call('POST', '/receivables', {
      body: invoiceBody(cp, [
        { quantity: 1, product: { name: 'Chair', price: { currency: 'EUR', value: 4000 } }, tax_rate_value: 1900 },
      ]),
    });
    expect(invoice.status).toBe(201);
    expect((await call('DELETE', `/counterparts/${cp.id}`)).status).toBe(204);
    const note = await call('POST', '/delivery_notes', { body: { based_on: invoice.body.id } });
    expect(note.status).toBe(201);
    expect(note.body.counterpart_id).toBe(cp.id);
    // Nothing of the deleted counterpart is copied in (its name, its Berlin address).
    expect(JSON.stringify(note.body)).not.toContain('Acme GmbH');
    expect(JSON.stringify(note.body)).not.toContain('Hauptstrasse 1');
  });

  it('a credit note is refused with 409, naming what it is', async () => {
    const { call, monite } = sectionsClient();
    const credit = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'credit_note', currency: 'EUR' },
    });
    const refused = await call('POST', '/delivery_notes', { body: { based_on: credit.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      `A delivery note can only be based on an invoice; receivable ${credit.id} is a credit note.`,
    );
  });
});

describe('a delivery note whose address is gone', () => {
  it('based on an invoice whose billing address was deleted: created, without that address', async () => {
    const { call, monite } = sectionsClient();
    const cp = await createCounterpart(call);
    const depot = (await addDepot(call, cp.id)).body;
    const invoice = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'invoice', currency: 'EUR', counterpart_id: cp.id, counterpart_billing_address_id: depot.id },
    });
    expect((await call('DELETE', `/counterparts/${cp.id}/addresses/${depot.id}`)).status).toBe(204);
    const note = await call('POST', '/delivery_notes', { body: { based_on: invoice.id } });
    expect(note.status).toBe(201);
    expect(JSON.stringify(note.body)).not.toContain('Hafenstrasse 2');
  });
});
