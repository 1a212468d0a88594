import { findOperation } from '@monite-ts/openapi-model';
import { describe, expect, it } from 'vitest';
import { compareOperations, operationRow, operationSchemas, renderMockOperations } from './mock-operations.mjs';

/** @param {unknown} schema */
const json = (schema) => ({ 'application/json': { schema } });
const spec = {
  info: { version: '2024-01-01' },
  security: [{ bearer: [] }],
  paths: {
    '/tags/{tag_id}': {
      get: {
        operationId: 'get_tag',
        parameters: [
          { $ref: '#/components/parameters/Entity' },
          { name: 'tag_id', in: 'path', required: true, schema: { type: 'string', description: 'id' } },
        ],
        responses: {
          200: { content: json({ $ref: '#/components/schemas/Tag' }) },
          404: { $ref: '#/components/responses/NotFound' },
        },
      },
    },
    '/tags': {
      post: {
        operationId: 'post_tags',
        requestBody: { required: true, content: json({ $ref: '#/components/schemas/TagCreate' }) },
        responses: { 201: { content: json({ $ref: '#/components/schemas/Tag' }), headers: { 'x-request-id': {} } } },
      },
      get: { operationId: 'get_tags', security: [], responses: { 200: { content: { 'text/csv': {} } } } },
    },
  },
  components: {
    parameters: { Entity: { name: 'x-monite-entity-id', in: 'header', required: true, schema: { type: 'string' } } },
    responses: { NotFound: { content: json({ type: 'object', title: 'Error' }) } },
    schemas: { Tag: { type: 'object', title: 'Tag' }, TagCreate: { type: 'object' } },
  },
};
/**
 * @param {string} method
 * @param {string} path
 */
const located = (method, path) => /** @type {any} */ (findOperation(spec, method, path));

describe('operationSchemas', () => {
  it('compacts parameters, request body and responses, following their refs', () => {
    expect(operationSchemas(spec, located('get', '/tags/{tag_id}'))).toEqual({
      parameters: [
        { name: 'x-monite-entity-id', in: 'header', required: true, schema: { type: 'string' } },
        { name: 'tag_id', in: 'path', required: true, schema: { type: 'string' } },
      ],
      body: undefined,
      responses: { 200: { $ref: 'monite.json#/$defs/Tag' }, 404: { type: 'object' } },
      responseHeaders: {},
    });
    const post = operationSchemas(spec, located('post', '/tags'));
    expect(post.body).toEqual({
      required: true,
      contentType: 'application/json',
      schema: { $ref: 'monite.json#/$defs/TagCreate' },
    });
    expect(post.responseHeaders).toEqual({ 201: ['x-request-id'] });
  });

  it('keeps only the content type of a non-JSON answer', () => {
    expect(operationSchemas(spec, located('get', '/tags')).responses).toEqual({ 200: { contentType: 'text/csv' } });
  });
});

describe('operationRow', () => {
  it.each([
    [
      'get',
      '/tags/{tag_id}',
      {
        method: 'GET',
        path: '/tags/{tag_id}',
        operationId: 'get_tag',
        successStatus: 200,
        statuses: ['200', '404'],
        entityScoped: true,
        secured: true,
        kind: 'read',
        collection: '/tags',
        idParam: 'tag_id',
        parent: undefined,
        responseContentType: 'application/json',
      },
    ],
    [
      'post',
      '/tags',
      {
        method: 'POST',
        path: '/tags',
        operationId: 'post_tags',
        successStatus: 201,
        statuses: ['201'],
        entityScoped: false,
        secured: true,
        kind: 'create',
        collection: '/tags',
        parent: undefined,
        responseContentType: 'application/json',
      },
    ],
    [
      'get',
      '/tags',
      {
        method: 'GET',
        path: '/tags',
        operationId: 'get_tags',
        successStatus: 200,
        statuses: ['200'],
        entityScoped: false,
        secured: false,
        kind: 'singleton-read',
        target: undefined,
        parent: undefined,
        responseContentType: 'text/csv',
      },
    ],
  ])('%s %s', (method, path, row) => {
    const at = located(method, path);
    const out = operationRow(spec, at);
    expect(out).toEqual(row);
    // The generated table is JSON: key order is part of its bytes.
    expect(Object.keys(out)).toEqual(Object.keys(row));
  });
});

describe('a row of a nested path', () => {
  const nested = {
    paths: {
      '/a/{a_id}/b/{b_id}/approve': {
        post: {
          operationId: 'approve_b',
          requestBody: {
            content: {
              'multipart/form-data': { schema: { type: 'object' } },
              'application/json': { schema: { type: 'string' } },
            },
          },
          responses: { 200: { content: json({ type: 'object' }) } },
        },
      },
    },
  };
  const at = /** @type {any} */ (findOperation(nested, 'post', '/a/{a_id}/b/{b_id}/approve'));

  it('takes its parent from the stored collection, not from the target', () => {
    expect(operationRow(nested, at)).toMatchObject({
      kind: 'action',
      action: 'approve',
      collection: '/a/{a_id}/b',
      target: '/a/{a_id}/b/{b_id}',
      parent: '/a/{a_id}',
    });
  });

  it('reads the body of the preferred media type when several are offered', () => {
    expect(operationSchemas(nested, at).body).toEqual({
      required: false,
      contentType: 'application/json',
      schema: { type: 'string' },
    });
  });
});

describe('compareOperations', () => {
  it('puts literal segments before parameters, then sorts by path and method', () => {
    const rows = [
      { method: 'GET', path: '/payables/{payable_id}' },
      { method: 'DELETE', path: '/payables' },
      { method: 'GET', path: '/payables/validations' },
      { method: 'GET', path: '/payables' },
      { method: 'POST', path: '/a' },
    ];
    expect(rows.sort(compareOperations).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /a',
      'GET /payables',
      'DELETE /payables',
      'GET /payables/validations',
      'GET /payables/{payable_id}',
    ]);
  });
});

describe('renderMockOperations', () => {
  it('renders the table and the schema document', () => {
    const { files, summary } = renderMockOperations(spec);
    expect(files['operations.ts']).toContain('Every operation of the bundled spec (3), most specific path first.');
    expect(files['schemas.ts']).toContain('JSON.parse(');
    expect(files['references.ts']).toContain('export const references: ReferenceTable = {');
    expect(summary(0).at(-1)).toMatch(
      /^mocks: 3 operations \(singleton-read 1, create 1, read 1\); 0 with references; 0 file\(s\) written/,
    );
  });
});
