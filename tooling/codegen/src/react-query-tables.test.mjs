import { describe, expect, it } from 'vitest';
import { renderReactQueryTables, staleQueries } from './react-query-tables.mjs';

const ok = { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const page = {
  200: {
    description: 'ok',
    content: {
      'application/json': {
        schema: { type: 'object', properties: { data: { type: 'array', items: {} }, next_pagination_token: {} } },
      },
    },
  },
};
/** @param {string} name */
const id = (name) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const body = { required: true, content: { 'application/json': { schema: { type: 'object' } } } };
const spec = () => ({
  openapi: '3.1.0',
  info: { title: 't', version: '2024-01-01' },
  paths: {
    '/bills': { get: { responses: page }, post: { requestBody: body, responses: ok } },
    '/bills/search': { post: { requestBody: body, responses: ok } },
    '/bills/{bill_id}': {
      parameters: [id('bill_id')],
      get: { responses: ok },
      patch: { requestBody: body, responses: ok },
      delete: { responses: { 204: { description: 'gone' } } },
    },
    '/bills/{bill_id}/approve': { parameters: [id('bill_id')], post: { responses: ok } },
    '/bills/{bill_id}/notes': {
      parameters: [id('bill_id')],
      get: { responses: page },
      post: { requestBody: body, responses: ok },
    },
    '/auth/token': { post: { requestBody: body, responses: ok } },
  },
});
const getPaths = new Set(['/bills', '/bills/{bill_id}', '/bills/{bill_id}/notes']);

describe('stale queries', () => {
  it.each([
    ['POST', '/bills', ['/bills']],
    ['PATCH', '/bills/{bill_id}', ['/bills', '/bills/{bill_id}']],
    ['POST', '/bills/{bill_id}/approve', ['/bills', '/bills/{bill_id}']],
    ['POST', '/bills/{bill_id}/notes', ['/bills', '/bills/{bill_id}', '/bills/{bill_id}/notes']],
    ['DELETE', '/bills/{bill_id}', ['/bills', '/bills/{bill_id}', '/bills/{bill_id}/notes']],
    ['POST', '/bills/search', []],
    ['POST', '/auth/token', []],
    ['GET', '/bills', []],
  ])('%s %s makes %j stale', (method, path, stale) => {
    expect(staleQueries(method, path, getPaths)).toEqual(stale);
  });
});

describe('renderReactQueryTables', () => {
  const { files, summary } = renderReactQueryTables(spec());

  it('writes one line per write operation that makes something stale', () => {
    const table = String(files['stale-queries.ts']);
    expect(table).toContain("'POST /bills/{bill_id}/approve': ['/bills', '/bills/{bill_id}'],");
    expect(table).not.toContain('/bills/search');
    expect(table).not.toContain('/auth/token');
    expect(table).toMatch(/^\/\*\*\n \* This file is generated/);
  });

  it('types every operation once, its init optional only when nothing in it is required', () => {
    const table = String(files['hook-table.ts']);
    expect(table).toContain(
      "'/bills': { init: { params?: MonitePaths['/bills']['get']['parameters']; body?: never } & MoniteInit; optional: true; data: MonitePaths['/bills']['get']['responses'][200]['content']['application/json'] };",
    );
    expect(table).toContain(
      "'/bills/{bill_id}': { init: { params: MonitePaths['/bills/{bill_id}']['get']['parameters']; body?: never } & MoniteInit; optional: false;",
    );
    expect(table).toMatch(
      /'\/bills': \{ init: \{ params\?: [^;]*; body: MonitePaths\['\/bills'\]\['post'\]\['requestBody'\]/,
    );
    expect(table).toContain(
      "MonitePaths['/bills/{bill_id}']['delete']['parameters']; body?: never } & MoniteInit; optional: false; data: undefined",
    );
    expect(table).toContain("export type CursorListPath =\n  | '/bills'\n  | '/bills/{bill_id}/notes';");
  });

  it('says what it did', () => {
    expect(summary(2)).toEqual([
      'react-query: 10 operations (7 writes) -> packages/react-query/src/generated (2 written)',
    ]);
  });
});
