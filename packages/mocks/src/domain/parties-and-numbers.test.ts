// What a document copies from the objects it names: a receivable's
// counterpart and entity blocks, its number and issue date on issue, and a
// payable's credit notes. Clients show these blocks and numbers as they are.
import { describe, expect, it } from 'vitest';
import { counterpartBlock, displayName, entityBlock } from './parties.js';
import { withCreditNotes } from './payables/credit-notes.js';
import { documentNumber, issuedFields } from './receivables/numbering.js';

const record = (fields: Record<string, unknown>) => ({ id: 'p1', created_at: 't', updated_at: 't', ...fields });
const BERLIN = { city: 'Berlin', country: 'DE', line1: 'Hauptstrasse 1', postal_code: '10115' };

describe('displayName', () => {
  it("is an organization's legal name before anything else", () => {
    expect(
      displayName({ name: 'acme', organization: { legal_name: 'Acme GmbH' }, individual: { first_name: 'Ann' } }),
    ).toBe('Acme GmbH');
  });

  it("is an individual's first and last name, or whichever of them is given", () => {
    expect(displayName({ individual: { first_name: 'Ann', last_name: 'Lee' } })).toBe('Ann Lee');
    expect(displayName({ individual: { last_name: 'Lee', first_name: null } })).toBe('Lee');
  });

  it("falls back to the party's own name, and is nothing without one", () => {
    expect(displayName({ organization: { legal_name: 42 }, individual: {}, name: 'Shop' })).toBe('Shop');
    expect(displayName({ individual: 'Ann', name: 7 })).toBeUndefined();
    expect(displayName({ organization: ['Acme'] })).toBeUndefined();
  });
});

describe('counterpartBlock', () => {
  it('copies an organization: type, legal name, tax id and the billing address with its id, nothing else of it', () => {
    const counterpart = { type: 'organization', organization: { legal_name: 'Acme GmbH', tax_id: 'DE123' } };
    const address = { id: 'a1', ...BERLIN, line2: null, state: undefined, counterpart_id: 'c1' };
    expect(counterpartBlock(counterpart, address)).toStrictEqual({
      counterpart_type: 'organization',
      counterpart_name: 'Acme GmbH',
      counterpart_tax_id: 'DE123',
      counterpart_billing_address: { id: 'a1', ...BERLIN, line2: null },
    });
  });

  it('types a counterpart with an individual block as individual, with its tax id', () => {
    expect(counterpartBlock({ individual: { first_name: 'Ann', last_name: 'Lee', tax_id: 'X9' } })).toStrictEqual({
      counterpart_type: 'individual',
      counterpart_name: 'Ann Lee',
      counterpart_tax_id: 'X9',
    });
  });

  it('makes up no name, tax id or address the counterpart does not have', () => {
    expect(counterpartBlock({ organization: { tax_id: 5 } }, { id: 'a1', counterpart_id: 'c1' })).toStrictEqual({
      counterpart_type: 'organization',
    });
    expect(counterpartBlock({ type: 'organization' }, undefined)).toStrictEqual({ counterpart_type: 'organization' });
  });

  it('types a counterpart by its type when it has no individual block (a partial seed)', () => {
    expect(counterpartBlock({ type: 'individual' })).toStrictEqual({ counterpart_type: 'individual' });
  });
});

describe('entityBlock', () => {
  it('copies an organization entity: its legal name, contact and registration fields that are set, and its address', () => {
    const entity = {
      id: 'e1',
      type: 'organization',
      organization: { legal_name: 'Seller BV' },
      email: 'billing@seller.example',
      phone: '+31 20 123 4567',
      website: 'https://seller.example',
      tax_id: 'NL1',
      registration_number: 'KVK 1',
      registration_authority: 'KVK',
      logo: { url: 'https://seller.example/logo.png' },
      status: 'active',
      address: { ...BERLIN, country: 'NL', line2: 'floor 2', state: 'NH', extra: 'x' },
    };
    expect(entityBlock(entity)).toStrictEqual({
      entity: {
        type: 'organization',
        name: 'Seller BV',
        email: 'billing@seller.example',
        phone: '+31 20 123 4567',
        website: 'https://seller.example',
        tax_id: 'NL1',
        registration_number: 'KVK 1',
        registration_authority: 'KVK',
        logo: { url: 'https://seller.example/logo.png' },
      },
      entity_address: { ...BERLIN, country: 'NL', line2: 'floor 2', state: 'NH' },
    });
  });

  it('names an organization entity without a legal name by its own name, and leaves out an empty or null address', () => {
    expect(entityBlock({ organization: {}, name: 'Shop', address: { extra: 'x' } })).toStrictEqual({
      entity: { type: 'organization', name: 'Shop' },
    });
    // A partial seed: no organization block at all.
    expect(entityBlock({ name: 'Shop', address: null })).toStrictEqual({
      entity: { type: 'organization', name: 'Shop' },
    });
  });

  it('gives an individual entity first and last name with its contact fields, leaving out empty ones', () => {
    expect(
      entityBlock({ individual: { first_name: 'Ann', last_name: 'Lee' }, email: 'ann@example.com', phone: null }),
    ).toStrictEqual({
      entity: { type: 'individual', first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' },
    });
  });
});

describe('documentNumber', () => {
  it('leaves out an empty or null prefix and the year unless asked for it', () => {
    expect(documentNumber({ prefix: '', include_date: false }, 'invoice', 1, '2024-05-25')).toBe('INV-00001');
    expect(documentNumber({ prefix: null }, 'quote', 2, '2024-05-25')).toBe('Q-00002');
  });

  it('numbers each document type with its own prefix, DOC for a type Monite gives none', () => {
    expect(
      ['delivery_note', 'purchase_order', 'credit_note', 'proforma'].map((type) =>
        documentNumber(undefined, type, 3, '2024-05-25'),
      ),
    ).toEqual(['DN-00003', 'PO-00003', 'CN-00003', 'DOC-00003']);
  });

  it('keeps numbers longer than the minimum digits whole', () => {
    expect(documentNumber({ min_digits: 2, include_date: true }, 'invoice', 1234, '2025-01-02T00:00:00Z')).toBe(
      'INV-2025-1234',
    );
  });
});

describe('issuedFields', () => {
  const settings = { prefix: 'ACME' };

  it('numbers an invoice without a number from the sequence of its type, and dates the issue', () => {
    const asked: string[] = [];
    const fields = issuedFields(
      record({ type: 'quote', document_id: '' }),
      settings,
      (type) => {
        asked.push(type);
        return 7;
      },
      '2024-05-25T08:00:00Z',
    );
    expect(fields).toEqual({ issue_date: '2024-05-25T08:00:00Z', document_id: 'ACME-Q-00007' });
    expect(asked).toEqual(['quote']);
  });

  it('counts a receivable without a type as an invoice', () => {
    expect(issuedFields(record({}), undefined, () => 1, '2024-05-25T08:00:00Z')).toEqual({
      issue_date: '2024-05-25T08:00:00Z',
      document_id: 'INV-00001',
    });
  });

  it('keeps a number the receivable already has, and uses no sequence number for it', () => {
    let used = 0;
    const fields = issuedFields(
      record({ type: 'invoice', document_id: 'MY-1' }),
      settings,
      () => {
        used += 1;
        return used;
      },
      '2024-05-25T08:00:00Z',
    );
    expect(fields).toEqual({ issue_date: '2024-05-25T08:00:00Z' });
    expect(used).toBe(0);
  });
});

describe('withCreditNotes', () => {
  it('lists every credit note based on the payable, and subtracts only those not canceled or rejected', () => {
    const payable = record({ total_amount: 10000 });
    const notes = [
      record({
        id: 'c1',
        based_on: 'p1',
        status: 'approved',
        total_amount: 1000,
        document_id: 'CN-1',
        issued_at: '2024-06-01',
      }),
      record({ id: 'c2', based_on: 'p1', status: 'canceled', total_amount: 2000 }),
      record({ id: 'c3', based_on: 'p1', status: 'rejected', total_amount: 3000 }),
      record({ id: 'c4', based_on: 'p1', total_amount: 400 }),
      record({ id: 'c5', based_on: 'p1', status: 'new', total_amount: 'lots', document_id: 5, issued_at: 6 }),
    ];
    expect(withCreditNotes(payable, notes)).toEqual({
      ...payable,
      credit_notes: [
        { id: 'c1', status: 'approved', document_id: 'CN-1', total_amount: 1000, issued_at: '2024-06-01' },
        { id: 'c2', status: 'canceled', total_amount: 2000 },
        { id: 'c3', status: 'rejected', total_amount: 3000 },
        { id: 'c4', status: 'draft', total_amount: 400 },
        { id: 'c5', status: 'new' },
      ],
      total_amount_with_credit_notes: 8600,
    });
  });

  it('counts a payable without a total as zero', () => {
    const notes = [record({ id: 'c1', based_on: 'p1', status: 'approved', total_amount: 100 })];
    expect(withCreditNotes(record({}), notes)).toMatchObject({ total_amount_with_credit_notes: 0 });
  });
});
