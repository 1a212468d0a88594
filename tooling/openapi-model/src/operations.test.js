import { describe, expect, it } from 'vitest';
import {
  API_METHODS,
  effectiveParameters,
  findOperation,
  HTTP_METHODS,
  listOperations,
  parameterKey,
} from './operations.js';

const doc = {
  paths: {
    '/tags': {
      parameters: [{ $ref: '#/components/parameters/Version' }, { name: 'limit', in: 'query', required: false }],
      get: { operationId: 'get_tags', parameters: [{ name: 'limit', in: 'query', required: true }] },
      post: { operationId: 'post_tags', parameters: [{ name: 'X-Monite-Version', in: 'header' }] },
    },
    '/shared': { $ref: '#/components/pathItems/Shared' },
  },
  components: {
    parameters: { Version: { name: 'x-monite-version', in: 'header', required: true } },
    pathItems: { Shared: { delete: { operationId: 'delete_shared' } } },
  },
};

describe('listOperations', () => {
  it('lists in document order, methods in OpenAPI order, following path item refs', () => {
    expect(listOperations(doc).map((o) => `${o.method} ${o.path}`)).toEqual([
      'GET /tags',
      'POST /tags',
      'DELETE /shared',
    ]);
  });

  it('takes the methods to list and their order', () => {
    expect(listOperations(doc, { methods: ['post', 'get'] }).map((o) => o.method)).toEqual(['POST', 'GET']);
  });
});

describe('findOperation', () => {
  it('finds an operation in any case of method, or undefined', () => {
    expect(findOperation(doc, 'GET', '/tags')?.operation.operationId).toBe('get_tags');
    expect(findOperation(doc, 'delete', '/shared')?.operation.operationId).toBe('delete_shared');
    expect(findOperation(doc, 'patch', '/tags')).toBeUndefined();
    expect(findOperation(doc, 'get', '/nope')).toBeUndefined();
  });
});

describe('effectiveParameters', () => {
  it('merges path-level and operation-level parameters, the operation winning by name and location', () => {
    const get = findOperation(doc, 'get', '/tags');
    const parameters = effectiveParameters(doc, /** @type {any} */ (get));
    expect([...parameters.keys()]).toEqual(['header:x-monite-version', 'query:limit']);
    expect(parameters.get('query:limit')?.required).toBe(true);
  });

  it('compares header names without case', () => {
    const post = findOperation(doc, 'post', '/tags');
    const parameters = effectiveParameters(doc, /** @type {any} */ (post));
    expect([...parameters.keys()]).toEqual(['header:x-monite-version', 'query:limit']);
    expect(parameters.get('header:x-monite-version')?.name).toBe('X-Monite-Version');
  });

  it.each([
    [{ name: 'Limit', in: 'query' }, 'query:Limit'],
    [{ name: 'X-Request-Id', in: 'header' }, 'header:x-request-id'],
  ])('parameterKey(%j) is %s', (parameter, key) => {
    expect(parameterKey(parameter)).toBe(key);
  });
});

describe('method lists', () => {
  it('API_METHODS are the methods of HTTP_METHODS an operation can have, in the same order', () => {
    expect(API_METHODS).toEqual(['get', 'put', 'post', 'delete', 'patch']);
    expect(HTTP_METHODS.filter((m) => API_METHODS.includes(m))).toEqual(API_METHODS);
  });
});
