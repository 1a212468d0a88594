import { describe, expect, test } from 'vitest';
import { defaultFlagOf } from '../state/crud/defaults.js';
import { notFoundMessage, objectName } from '../state/object-names.js';
import type { StoredRecord } from '../shared/stored-record.js';
import { creationExtras, deriveFromChildren, deriveOnRead, deriveOnSave, keptInParent } from '../test/rule-facade.js';
import type { DomainModule } from './module.js';
import { indexRules, ruleBook } from './registry.js';

const record = (fields: Record<string, unknown>): StoredRecord => ({
  id: 'r1',
  created_at: 't',
  updated_at: 't',
  ...fields,
});

describe('collection rules', () => {
  test('webhook subscriptions get a whsec_ secret on create; other collections nothing', () => {
    expect(creationExtras('/webhook_subscriptions', () => 'abc')).toEqual({ secret: 'whsec_abc' });
    expect(creationExtras('/counterparts', () => 'abc')).toEqual({});
  });
  test('network credentials are shown inside their parent as `credentials`; other children under their own name', () => {
    const embedAs = (template: string, segment: string) => ruleBook.of(template)?.embedAs ?? segment;
    expect(
      embedAs('/einvoicing_connections/{einvoicing_connection_id}/network_credentials', 'network_credentials'),
    ).toBe('credentials');
    expect(embedAs('/payables/{payable_id}/line_items', 'line_items')).toBe('line_items');
  });
  test("a receivable's line items are kept in the receivable", () => {
    expect(keptInParent('/receivables/{receivable_id}/line_items')).toEqual({
      collection: '/receivables',
      idParam: 'receivable_id',
      field: 'line_items',
    });
    expect(keptInParent('/payables/{payable_id}/line_items')).toBeUndefined();
  });
  test('receivables derive their totals from products on save; other collections are stored as sent', () => {
    const product = { price: { currency: 'EUR', value: 1000 }, vat_rate: { value: 1900 } };
    const saved = deriveOnSave('/receivables', record({ line_items: [{ product_id: 'p1', quantity: 2 }] }), (c, id) =>
      c === '/products' && id === 'p1' ? product : undefined,
    );
    expect(saved).toMatchObject({ subtotal: 2000, total_vat_amount: 380, total_amount: 2380 });
    const counterpart = record({ line_items: [] });
    expect(deriveOnSave('/counterparts', counterpart, () => undefined)).toBe(counterpart);
  });
  test('line items derive their totals on read; documents derive theirs from line items', () => {
    expect(
      deriveOnRead('/payables/{payable_id}/line_items', record({ quantity: 3, unit_price: 500, tax: 2000 })),
    ).toMatchObject({
      subtotal: 1500,
      tax_amount: 300,
      total: 1800,
    });
    const items = [record({ quantity: 1, unit_price: 1000, tax: 1000 })];
    expect(deriveFromChildren('line_items', record({}), items)).toMatchObject({ total_amount: 1100 });
    expect(deriveFromChildren('attachments', record({}), items)).not.toHaveProperty('total_amount');
  });
  test('bank accounts have one default per currency; other collections one default overall', () => {
    const flagOf = (template: string, fields: Record<string, unknown>) =>
      defaultFlagOf(ruleBook.of(template)?.defaultPerCurrency, record(fields));
    expect(flagOf('/bank_accounts', {})).toEqual({ field: 'is_default_for_currency', perCurrency: true });
    expect(flagOf('/counterparts/{counterpart_id}/addresses', { currency: 'EUR' }).perCurrency).toBe(true);
    expect(flagOf('/counterparts/{counterpart_id}/contacts', {})).toEqual({ field: 'is_default', perCurrency: false });
  });
  test('the 404 message names the object from its collection segment', () => {
    expect(notFoundMessage('counterparts', 'c1')).toBe('Counterpart c1 was not found.');
    expect(notFoundMessage('payable_credit_notes', 'x')).toBe('Payable credit note x was not found.');
  });
  test.each([
    ['entities', 'Entity'],
    ['addresses', 'Address'],
    ['vat_ids', 'VAT ID'],
    ['ocr_tasks', 'OCR task'],
    ['einvoicing_connections', 'E-invoicing connection'],
    ['bank_accounts', 'Bank account'],
    ['persons', 'Person'],
    ['payment_terms', 'Payment terms'],
  ])('the object of %s is named "%s"', (segment, name) => {
    expect(objectName(segment)).toBe(name);
  });
});

describe('the rules index', () => {
  test('refuses two domain modules with rules for one collection, naming it and the second module', () => {
    const modules = [
      { name: 'first', collections: [{ collection: '/things' }] },
      { name: 'second', collections: [{ collection: '/things' }] },
    ] as DomainModule[];
    expect(() => indexRules(modules)).toThrow(
      new Error('/things has rules in two domain modules (second and another)'),
    );
    expect([...indexRules(modules.slice(0, 1)).keys()]).toEqual(['/things']);
  });
});
