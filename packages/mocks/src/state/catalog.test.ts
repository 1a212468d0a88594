import { describe, expect, test } from 'vitest';
import type { MockOperation } from '../operations/operation-table.js';
import type { SchemaDocument } from '../schema/schema-document.js';
import { buildCatalog, childCollectionsOf, successSchema, templateOf } from './catalog.js';

const facts = {
  method: 'GET',
  path: '/',
  successStatus: 200,
  statuses: ['200'],
  entityScoped: true,
  secured: true,
} as const;
const op = <T extends Partial<MockOperation> & Pick<MockOperation, 'operationId' | 'kind'>>(fields: T) =>
  ({ ...facts, statuses: [...facts.statuses], ...fields }) as MockOperation;
const ref = (name: string) => ({ $ref: `monite.json#/$defs/${name}` });
const document: SchemaDocument = {
  schemaId: 'monite.json',
  components: {
    schemas: {
      Payable: { type: 'object', properties: { id: { type: 'string' }, line_items: { type: 'array' } } },
      PayableCreated: { type: 'object', properties: { id: { type: 'string' } } },
      LineItem: { type: 'object', properties: { id: { type: 'string' } } },
    },
  },
  operations: {
    create_payable: { parameters: [], responses: { '201': ref('PayableCreated') }, responseHeaders: {} },
    read_payable: { parameters: [], responses: { '200': ref('Payable') }, responseHeaders: {} },
    list_lines: { parameters: [], responses: { '200': ref('LineItem') }, responseHeaders: {} },
    read_line: { parameters: [], responses: { '200': ref('LineItem') }, responseHeaders: {} },
    export_pdf: { parameters: [], responses: { '200': { contentType: 'application/pdf' } }, responseHeaders: {} },
  },
};
const operations = [
  op({ operationId: 'create_payable', kind: 'create', method: 'POST', successStatus: 201, collection: '/payables' }),
  op({ operationId: 'read_payable', kind: 'read', collection: '/payables', idParam: 'payable_id' }),
  op({
    operationId: 'list_lines',
    kind: 'list',
    collection: '/payables/{payable_id}/line_items',
    parent: '/payables/{payable_id}',
  }),
  op({
    operationId: 'read_line',
    kind: 'read',
    collection: '/payables/{payable_id}/line_items',
    idParam: 'line_item_id',
  }),
];

describe('catalog', () => {
  test("a collection is served with its read operation's schema, even when its create comes first", () => {
    const catalog = buildCatalog(operations, document);
    expect(catalog.readSchemas.get('/payables')).toEqual(ref('Payable'));
  });
  test('child collections are indexed under their parent item path', () => {
    const catalog = buildCatalog(operations, document);
    expect(catalog.children.get('/payables/{payable_id}')).toEqual(['/payables/{payable_id}/line_items']);
  });
  test("a child is embedded when the parent's schema has a field of its name", () => {
    const catalog = buildCatalog(operations, document);
    expect(childCollectionsOf(catalog, '/payables')).toEqual([
      { template: '/payables/{payable_id}/line_items', segment: 'line_items', embedAs: 'line_items' },
    ]);
  });
  test('a list alone does not give a collection a read schema', () => {
    const catalog = buildCatalog(operations.slice(0, 3), document);
    expect(catalog.readSchemas.has('/payables/{payable_id}/line_items')).toBe(false);
  });
  test('templateOf maps a concrete collection path to its template', () => {
    const catalog = buildCatalog(operations, document);
    expect(templateOf(catalog, '/payables')).toBe('/payables');
    expect(templateOf(catalog, '/payables/p1/line_items')).toBe('/payables/{payable_id}/line_items');
    expect(templateOf(catalog, '/unknown')).toBeUndefined();
  });
  test('successSchema is undefined for non-JSON answers', () => {
    expect(successSchema(document, op({ operationId: 'export_pdf', kind: 'rpc' }))).toBeUndefined();
    expect(successSchema(document, operations[1]!)).toEqual(ref('Payable'));
  });
});
