import { describe, expect, it } from 'vitest';
import { referencesOfBody, referenceTable, referenceTargets } from './mock-references.mjs';

/** @param {Record<string, unknown>} fields */
const row = (fields) => ({ entityScoped: true, ...fields });
const rows = [
  row({ operationId: 'post_counterparts', kind: 'create', collection: '/counterparts' }),
  row({ operationId: 'get_counterpart', kind: 'read', collection: '/counterparts', idParam: 'counterpart_id' }),
  row({ operationId: 'post_tags', kind: 'create', collection: '/tags' }),
  row({ operationId: 'get_tag', kind: 'read', collection: '/tags', idParam: 'tag_id' }),
  row({ operationId: 'post_payables', kind: 'create', collection: '/payables' }),
  row({ operationId: 'get_payable', kind: 'read', collection: '/payables', idParam: 'payable_id' }),
  // Readable but never created by the API: nothing the mock stores can be named.
  row({
    operationId: 'get_ledger_account',
    kind: 'read',
    collection: '/ledger_accounts',
    idParam: 'ledger_account_id',
  }),
  // Partner-level: an entity operation cannot reference it.
  row({ operationId: 'post_entities', kind: 'create', collection: '/entities', entityScoped: false }),
  row({ operationId: 'get_entity', kind: 'read', collection: '/entities', idParam: 'entity_id', entityScoped: false }),
  row({ operationId: 'post_credit_notes', kind: 'create', collection: '/payable_credit_notes' }),
];

const spec = {
  components: {
    schemas: {
      Id: { type: 'string', format: 'uuid' },
      ObjectType: { type: 'string', enum: ['payable', 'tag', 'unicorn'] },
      Line: {
        type: 'object',
        properties: { tag_id: { $ref: '#/components/schemas/Id' }, quantity: { type: 'integer' } },
      },
    },
  },
  paths: {
    '/payable_credit_notes': {
      post: {
        operationId: 'post_credit_notes',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  based_on: { type: 'string' },
                  counterpart_id: { anyOf: [{ $ref: '#/components/schemas/Id' }, { type: 'null' }] },
                  tag_ids: { type: 'array', items: { type: 'string' } },
                  ledger_account_id: { type: 'string' },
                  entity_id: { type: 'string' },
                  lines: { type: 'array', items: { $ref: '#/components/schemas/Line' } },
                  object_id: { type: 'string' },
                  object_type: { $ref: '#/components/schemas/ObjectType' },
                  recipient: { type: 'object', properties: { counterpart_id: { type: 'string' } } },
                  amount: { type: 'integer' },
                },
              },
            },
          },
        },
      },
    },
  },
};

describe('referenceTargets', () => {
  it('maps item parameters to top-level collections the mock can create', () => {
    const targets = referenceTargets(rows);
    expect(targets.get('counterpart_id')).toEqual({ collection: '/counterparts', entityScoped: true });
    expect(targets.get('entity_id')).toEqual({ collection: '/entities', entityScoped: false });
    expect(targets.has('ledger_account_id')).toBe(false);
  });
});

describe('referencesOfBody', () => {
  const body = spec.paths['/payable_credit_notes'].post.requestBody.content['application/json'].schema;
  const fields = referencesOfBody(spec, body, referenceTargets(rows), true, '/payable_credit_notes');
  const byPath = Object.fromEntries(fields.map((f) => [f.path.join('.'), f]));

  it.each([
    ['counterpart_id', { collection: '/counterparts' }],
    ['tag_ids', { collection: '/tags', many: true }],
    ['lines.*.tag_id', { collection: '/tags' }],
    ['based_on', { collection: '/payables' }],
    ['object_id', { typeField: 'object_type', collections: { payable: '/payables', tag: '/tags' } }],
  ])('%s is a reference', (path, expected) => {
    expect(byPath[path]).toMatchObject({ path: path.split('.'), ...expected });
  });

  it.each(['ledger_account_id', 'entity_id', 'recipient.counterpart_id', 'amount', 'lines.*.quantity'])(
    '%s is not (not stored, another scope, or not the entity’s own object)',
    (path) => {
      expect(byPath[path]).toBeUndefined();
    },
  );
});

describe('referenceTable', () => {
  it('keys the fields by operationId and leaves out operations without references', () => {
    const table = referenceTable(spec, rows);
    expect(Object.keys(table)).toEqual(['post_credit_notes']);
    expect(table.post_credit_notes?.length).toBe(5);
  });
});
