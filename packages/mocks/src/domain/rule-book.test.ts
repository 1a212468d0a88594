// Rules that depend on the collection an object lives in: what a
// new counterpart creates with it, what a new object gets besides the request,
// what a receivable copies on save, what a payable shows of its credit notes,
// and how Monite names an object in its 404 messages.
import { describe, expect, it } from 'vitest';
import { notFoundMessage, objectName } from '../state/object-names.js';
import {
  childrenCreatedWith,
  creationExtras,
  deriveFromChildren,
  deriveFromRelated,
  deriveOnRead,
  deriveOnSave,
} from '../test/rule-facade.js';

const record = (fields: Record<string, unknown>) => ({ id: 'r1', created_at: 't', updated_at: 't', ...fields });
const BERLIN = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' };

describe('childrenCreatedWith', () => {
  it("makes a counterpart's address its first address and its default billing address", () => {
    for (const holder of ['organization', 'individual']) {
      const body = { [holder]: { address: BERLIN } };
      const [child, ...more] = childrenCreatedWith('/counterparts', body);
      expect(child).toEqual({ segment: 'addresses', data: BERLIN, parentFields: ['default_billing_address_id'] });
      expect(child?.data).not.toBe(BERLIN);
      expect(more).toEqual([]);
    }
  });

  it('creates nothing for a counterpart without an address, or for other collections', () => {
    expect(childrenCreatedWith('/counterparts', { organization: { legal_name: 'Acme' } })).toEqual([]);
    expect(childrenCreatedWith('/counterparts', { organization: { address: 'Berlin' } })).toEqual([]);
    expect(childrenCreatedWith('/counterparts', {})).toEqual([]);
    expect(childrenCreatedWith('/entities', { organization: { address: BERLIN } })).toEqual([]);
  });
});

describe('creationExtras', () => {
  it("gives an e-invoicing connection its entity's legal name", () => {
    const entity = () => ({ organization: { legal_name: 'Seller BV' } });
    expect(creationExtras('/einvoicing_connections', () => 'abc', entity)).toEqual({ legal_name: 'Seller BV' });
  });

  it('gives an e-invoicing connection no legal name when the entity has no name or is unknown', () => {
    expect(
      creationExtras(
        '/einvoicing_connections',
        () => 'abc',
        () => ({ organization: {} }),
      ),
    ).toEqual({});
    expect(
      creationExtras(
        '/einvoicing_connections',
        () => 'abc',
        () => undefined,
      ),
    ).toEqual({});
    expect(creationExtras('/einvoicing_connections', () => 'abc')).toEqual({});
  });

  it('gives no other collection an entity name', () => {
    expect(
      creationExtras(
        '/counterparts',
        () => 'abc',
        () => ({ name: 'Seller BV' }),
      ),
    ).toEqual({});
  });
});

describe('deriveOnSave for receivables', () => {
  const counterpart = {
    id: 'c1',
    type: 'organization',
    organization: { legal_name: 'Acme GmbH' },
    default_billing_address_id: 'a-default',
  };
  const addresses: Record<string, Record<string, unknown>> = {
    'a-default': { id: 'a-default', ...BERLIN },
    'a-named': { id: 'a-named', ...BERLIN, city: 'Hamburg' },
  };
  const lookup = (collection: string, id: string) => {
    if (collection === '/counterparts') return id === 'c1' ? counterpart : undefined;
    if (collection === '/counterparts/c1/addresses') return addresses[id];
    if (collection === '/entities') return id === 'e1' ? { organization: { legal_name: 'Seller BV' } } : undefined;
    return undefined;
  };

  it('copies the billing address the receivable names, else the counterpart default billing address', () => {
    const named = deriveOnSave(
      '/receivables',
      record({ counterpart_id: 'c1', counterpart_billing_address_id: 'a-named' }),
      lookup,
    );
    expect(named).toMatchObject({
      counterpart_name: 'Acme GmbH',
      counterpart_billing_address: { id: 'a-named', city: 'Hamburg' },
    });
    const fallback = deriveOnSave('/receivables', record({ counterpart_id: 'c1' }), lookup);
    expect(fallback).toMatchObject({ counterpart_billing_address: { id: 'a-default', city: 'Berlin' } });
  });

  it('copies the stored entity block', () => {
    expect(deriveOnSave('/receivables', record({ entity_id: 'e1' }), lookup)).toMatchObject({
      entity: { type: 'organization', name: 'Seller BV' },
    });
  });

  it('copies nothing for an unknown counterpart or entity', () => {
    const saved = deriveOnSave(
      '/receivables',
      record({ counterpart_id: 'c404', entity_id: 'e404', line_items: [] }),
      lookup,
    );
    expect(saved).not.toHaveProperty('counterpart_name');
    expect(saved).not.toHaveProperty('counterpart_type');
    expect(saved).not.toHaveProperty('entity');
  });

  it('leaves a payable as it was written', () => {
    const payable = record({ counterpart_id: 'c1', entity_id: 'e1' });
    expect(deriveOnSave('/payables', payable, lookup)).toBe(payable);
  });
});

describe('read-time derivations', () => {
  it("shows a payable's credit notes, read from the payable credit notes; other collections are left alone", () => {
    const notes = [record({ id: 'n1', based_on: 'p1', status: 'approved', total_amount: 300 })];
    const asked: string[] = [];
    const list = (collection: string) => {
      asked.push(collection);
      return collection === '/payable_credit_notes' ? notes : [];
    };
    expect(deriveFromRelated('/payables', record({ id: 'p1', total_amount: 1000 }), list)).toMatchObject({
      credit_notes: [{ id: 'n1' }],
      total_amount_with_credit_notes: 700,
    });
    // A note's total comes from its line items when it has any, so they are read too.
    expect(asked).toEqual(['/payable_credit_notes', '/payable_credit_notes/n1/line_items']);
    const receivable = record({ id: 'p1', total_amount: 1000 });
    expect(deriveFromRelated('/receivables', receivable, list)).toBe(receivable);
  });

  it('derives line-item totals only for line items', () => {
    const item = record({ quantity: 2, unit_price: 100 });
    expect(deriveOnRead('/payables/{payable_id}/attachments', item)).toBe(item);
  });

  it("sums a receipt's line totals into its total, without a payable's tax arithmetic", () => {
    const lines = [record({ receipt_id: 'r1', total: 250 }), record({ receipt_id: 'r1', total: 100 })];
    expect(deriveFromChildren('line_items', record({ total_amount: 1 }), lines)).toMatchObject({ total_amount: 350 });
    expect(deriveFromChildren('line_items', record({ total_amount: 1 }), lines)).not.toHaveProperty('subtotal');
    expect(deriveFromChildren('files', record({ total_amount: 1 }), lines)).toEqual(record({ total_amount: 1 }));
  });
});

describe('object names in messages', () => {
  it.each([
    ['', 'Object'],
    ['__', 'Object'],
    ['boxes', 'Box'],
    ['batches', 'Batch'],
    ['wishes', 'Wish'],
    ['access', 'Access'],
    ['counterpart_settings', 'Counterpart settings'],
    ['entity_users', 'Entity user'],
    ['pdf', 'PDF'],
    ['data', 'Data'],
  ])('the object of "%s" is named "%s"', (segment, name) => {
    expect(objectName(segment)).toBe(name);
  });

  it('names the object and the id in a 404', () => {
    expect(notFoundMessage('entity_users', 'u1')).toBe('Entity user u1 was not found.');
  });
});
