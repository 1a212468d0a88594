import { describe, expect, it } from 'vitest';
import {
  cursorListPaths,
  partnerLevelOperations,
  pathsWithMethod,
  relaxInjectedHeaders,
  renderClientPaths,
} from './client-paths.mjs';

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
const ok = { 200: { description: 'ok' } };
const spec = () => ({
  openapi: '3.1.0',
  info: { title: 't', version: '2024-01-01' },
  paths: {
    '/tags': {
      get: {
        parameters: [{ $ref: '#/components/parameters/Version' }, { $ref: '#/components/parameters/Entity' }],
        responses: page,
      },
      post: { parameters: [{ $ref: '#/components/parameters/Version' }], responses: ok },
    },
    '/tags/{tag_id}': {
      parameters: [{ name: 'X-Monite-Entity-Id', in: 'header', required: true, schema: { type: 'string' } }],
      delete: { responses: ok },
    },
  },
  components: {
    parameters: {
      Version: { name: 'x-monite-version', in: 'header', required: true, schema: { type: 'string' } },
      Entity: { name: 'x-monite-entity-id', in: 'header', required: true, schema: { type: 'string' } },
    },
  },
});

describe('client view rules', () => {
  it('relaxes each injected header once, wherever declared', () => {
    const doc = spec();
    expect(relaxInjectedHeaders(doc)).toBe(3);
    expect(doc.components.parameters.Version.required).toBe(false);
    expect(doc.paths['/tags/{tag_id}'].parameters[0]?.required).toBe(false);
  });

  it.each([
    ['get', ['/tags']],
    ['post', ['/tags']],
    ['delete', ['/tags/{tag_id}']],
    ['patch', []],
  ])('pathsWithMethod %s', (method, paths) => {
    expect(pathsWithMethod(spec(), method)).toEqual(paths);
  });

  it('lists the cursor-paginated GETs and the operations without an entity header', () => {
    expect(cursorListPaths(spec())).toEqual(['/tags']);
    expect(partnerLevelOperations(spec())).toEqual(['POST /tags']);
  });
});

describe('renderClientPaths', () => {
  it('renders its files (resource methods included), injected headers optional', async () => {
    const { files } = await renderClientPaths(spec());
    expect(Object.keys(files).sort()).toEqual([
      'api-version.ts',
      'call-table.ts',
      'partner-operations.ts',
      'paths.ts',
      'resource-routes.ts',
      'resource-types.ts',
      'routes.ts',
    ]);
    expect(files['paths.ts']).toMatch(/"x-monite-version"\?:/);
    expect(files['paths.ts']).not.toMatch(/"x-monite-version":/);
    expect(files['routes.ts']).toContain("export type ListPath = '/tags';");
    expect(files['routes.ts']).toContain('  patch: never;');
    expect(files['api-version.ts']).toContain("export const SPEC_API_VERSION = '2024-01-01';");
    expect(files['partner-operations.ts']).toContain("  'POST /tags',\n");
  });

  it('refuses a spec without the injected headers or without a dated version', async () => {
    await expect(renderClientPaths({ ...spec(), paths: {}, components: {} })).rejects.toThrow(
      /has the spec changed shape/,
    );
    await expect(renderClientPaths({ ...spec(), info: { version: '1.0' } })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
