import { describe, expect, test } from 'vitest';
import { counterpartPayload, ENTITY, OTHER_ENTITY, testClient } from '../test/helpers.js';
import { unknownReferences } from './references.js';

const KNOWN = '11111111-1111-4111-8111-111111111111';
const UNKNOWN = '22222222-2222-4222-8222-222222222222';
const exists = (collection: string, id: string) => id === KNOWN && collection !== '/nowhere';

describe('unknownReferences', () => {
  test.each([
    [
      'a single id',
      { path: ['counterpart_id'], collection: '/counterparts' },
      { counterpart_id: UNKNOWN },
      [['body', 'counterpart_id']],
    ],
    ['a known id', { path: ['counterpart_id'], collection: '/counterparts' }, { counterpart_id: KNOWN }, []],
    ['null (no reference)', { path: ['counterpart_id'], collection: '/counterparts' }, { counterpart_id: null }, []],
    ['an absent field', { path: ['counterpart_id'], collection: '/counterparts' }, {}, []],
    [
      'an array of ids, each checked',
      { path: ['tag_ids'], collection: '/tags', many: true },
      { tag_ids: [KNOWN, UNKNOWN] },
      [['body', 'tag_ids', 1]],
    ],
    [
      'ids inside array items',
      { path: ['line_items', '*', 'product_id'], collection: '/products' },
      { line_items: [{ product_id: KNOWN }, { product_id: UNKNOWN }] },
      [['body', 'line_items', 1, 'product_id']],
    ],
    [
      'a typed id whose type picks the collection',
      { path: ['object', 'id'], typeField: 'type', collections: { payable: '/payables' } },
      { object: { id: UNKNOWN, type: 'payable' } },
      [['body', 'object', 'id']],
    ],
    [
      'a typed id of a type the mock does not store',
      { path: ['object', 'id'], typeField: 'type', collections: { payable: '/payables' } },
      { object: { id: UNKNOWN, type: 'unicorn' } },
      [],
    ],
  ])('%s', (_name, field, body, locs) => {
    expect(unknownReferences([field], body, exists).map((i) => i.loc)).toEqual(locs);
  });

  test('the message names the object', () => {
    const [issue] = unknownReferences(
      [{ path: ['counterpart_id'], collection: '/counterparts' }],
      { counterpart_id: UNKNOWN },
      exists,
    );
    expect(issue).toEqual({
      loc: ['body', 'counterpart_id'],
      msg: `Counterpart ${UNKNOWN} was not found.`,
      type: 'value_error',
    });
  });
});

describe('references through the API', () => {
  test('a payable for an unknown or another entity’s counterpart is refused; its own counterpart is accepted', async () => {
    const { call } = testClient();
    const other = (await call('POST', '/counterparts', { body: counterpartPayload, entity: OTHER_ENTITY })).body;
    const own = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    for (const id of [UNKNOWN, other.id]) {
      const refused = await call('POST', '/payables', { body: { counterpart_id: id, currency: 'EUR' } });
      expect(refused.status).toBe(422);
      expect(refused.body.detail[0].loc).toEqual(['body', 'counterpart_id']);
    }
    const accepted = await call('POST', '/payables', { body: { counterpart_id: own.id, currency: 'EUR' } });
    expect(accepted.status).toBe(200);
    expect((await call('GET', '/payables')).body.data).toHaveLength(1);
  });

  test('an invoice line for an unknown product is refused, not priced at 0', async () => {
    const { call } = testClient();
    const counterpart = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const response = await call('POST', '/receivables', {
      body: {
        type: 'invoice',
        currency: 'EUR',
        counterpart_id: counterpart.id,
        counterpart_billing_address_id: counterpart.id,
        line_items: [{ product_id: UNKNOWN, quantity: 1 }],
      },
    });
    expect(response.status).toBe(422);
    expect(response.body.detail[0].loc).toEqual(['body', 'line_items', 0, 'product_id']);
  });

  test.each([
    [
      'an approval request for a missing payable',
      '/approval_requests',
      { object_id: UNKNOWN, object_type: 'payable', required_approval_count: 1, user_ids: [UNKNOWN] },
      ['body', 'object_id'],
    ],
    ['a recurrence for a missing invoice', '/recurrences', { invoice_id: UNKNOWN }, ['body', 'invoice_id']],
    [
      'a credit note based on a missing payable',
      '/payable_credit_notes',
      { based_on: UNKNOWN, currency: 'EUR', document_id: 'CN-1', issued_at: '2024-06-01' },
      ['body', 'based_on'],
    ],
    [
      'a financing request for missing invoices',
      '/financing_invoices',
      { invoices: [{ id: UNKNOWN, type: 'receivable' }] },
      ['body', 'invoices', 0, 'id'],
    ],
    [
      'tags that do not exist',
      '/counterparts',
      { ...counterpartPayload, organization: { ...counterpartPayload.organization, tag_ids: [UNKNOWN] } },
      ['body', 'organization', 'tag_ids', 0],
    ],
  ])('%s is refused with 422 at the field', async (_name, path, body, loc) => {
    const { call } = testClient();
    const response = await call('POST', path, { body });
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(response.body.detail.map((d: { loc: unknown }) => d.loc)).toContainEqual(loc);
  });

  test('the entity header decides what exists', async () => {
    const { call } = testClient();
    const tag = (await call('POST', '/tags', { body: { name: 'urgent' } })).body;
    const ok = await call('POST', '/projects', {
      body: { name: 'P', start_date: '2024-06-01', code: 'P1', tag_ids: [tag.id] },
    });
    expect(ok.status, JSON.stringify(ok.body)).toBeLessThan(300);
    const elsewhere = await call('POST', '/projects', {
      body: { name: 'P', start_date: '2024-06-01', code: 'P2', tag_ids: [tag.id] },
      entity: OTHER_ENTITY,
    });
    expect(elsewhere.status).toBe(422);
    expect(ENTITY).not.toBe(OTHER_ENTITY);
  });
});
