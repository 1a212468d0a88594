import { describe, expect, it } from 'vitest';
import {
  cursorListPaths,
  partnerLevelOperations,
  partnerLevelPattern,
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

describe('partnerLevelPattern', () => {
  /** @param {boolean} entityScoped */
  const op = (entityScoped) => ({
    parameters: entityScoped ? [{ name: 'x-monite-entity-id', in: 'header', required: true, schema: {} }] : [],
    responses: ok,
  });
  /** @param {Record<string, Record<string, unknown>>} paths */
  const doc = (paths) => ({ openapi: '3.1.0', info: { title: 't', version: '2024-01-01' }, paths });
  // Every operation of the document, matched or not exactly as partnerLevelOperations lists it.
  /** @param {Record<string, any>} spec */
  const agrees = (spec) => {
    const pattern = new RegExp(partnerLevelPattern(spec));
    const partner = new Set(partnerLevelOperations(spec));
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of Object.keys(item)) {
        const key = `${method.toUpperCase()} ${path}`;
        expect([key, pattern.test(key)]).toEqual([key, partner.has(key)]);
      }
    }
  };

  it('lists a partner-level operation of a mixed path with its method only', () => {
    expect(partnerLevelPattern(spec())).toBe('^(?:POST \\/tags)$');
    agrees(spec());
  });

  it('folds a subtree that is partner-level throughout into one prefix, for any method and depth', () => {
    const paths = {
      '/entities': { get: op(false), post: op(false) },
      '/entities/{entity_id}/settings': { patch: op(false) },
      '/entity_users': { get: op(true) },
      '/entity_users/me': { get: op(false) },
    };
    const source = partnerLevelPattern(doc(paths));
    expect(source).toBe('^(?:[A-Z]+ (?:\\/entities|\\/entity_users\\/me)(?:\\/.*)?)$');
    const pattern = new RegExp(source);
    expect(pattern.test('DELETE /entities/{entity_id}/settings')).toBe(true);
    // A prefix is a whole segment: /entities does not cover /entity_users.
    expect(pattern.test('GET /entity_users')).toBe(false);
    agrees(doc(paths));
  });

  it('keeps a partner-level path whose subtree is not, exactly, for all its methods', () => {
    const paths = {
      '/mail_templates': { get: op(false), post: op(false) },
      '/mail_templates/preview': { post: op(true) },
      '/mail_templates/{template_id}': { get: op(false) },
    };
    expect(partnerLevelPattern(doc(paths))).toBe(
      '^(?:[A-Z]+ (?:\\/mail_templates\\/\\{template_id\\})(?:\\/.*)?|[A-Z]+ (?:\\/mail_templates))$',
    );
    agrees(doc(paths));
  });

  it('matches nothing when every operation is entity-scoped', () => {
    const source = partnerLevelPattern(doc({ '/tags': { get: op(true) } }));
    expect(new RegExp(source).test('GET /tags')).toBe(false);
    expect(new RegExp(source).test('')).toBe(false);
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
    expect(files['partner-operations.ts']).toContain('export const PARTNER_LEVEL_OPERATION = /^(?:POST \\/tags)$/;');
  });

  it('refuses a spec without the injected headers or without a dated version', async () => {
    await expect(renderClientPaths({ ...spec(), paths: {}, components: {} })).rejects.toThrow(
      /has the spec changed shape/,
    );
    await expect(renderClientPaths({ ...spec(), info: { version: '1.0' } })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
