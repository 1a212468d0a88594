import { describe, expect, it } from 'vitest';
import { describeOperation, isSecured, listShapeOf, successStatusOf } from './describe.js';

const page = (withToken = true) => ({
  200: {
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: {
            data: { type: 'array', items: {} },
            ...(withToken ? { next_pagination_token: { type: 'string' } } : {}),
          },
        },
      },
    },
  },
});
const created = { 201: { content: { 'application/json': { schema: { type: 'object' } } } } };
const ok = { 200: { content: { 'application/json': { schema: { type: 'object' } } } } };
const entity = { name: 'X-Monite-Entity-Id', in: 'header' };

const doc = {
  security: [{ bearer: [] }],
  paths: {
    '/tags': {
      get: { operationId: 'get_tags', parameters: [entity], responses: page() },
      post: { responses: created },
    },
    '/tags/{tag_id}': { get: { responses: ok }, patch: { responses: ok }, delete: { responses: { 204: {} } } },
    '/roles': { get: { responses: { 200: { $ref: '#/components/responses/RolePage' } } }, put: { responses: ok } },
    '/payables/{payable_id}/approve': { post: { responses: ok } },
    '/payables/{payable_id}/notes': { post: { responses: created } },
    '/payables/{payable_id}/preview': { post: { responses: created } },
    '/payables/{payable_id}/settings': { get: { responses: ok }, put: { responses: ok }, delete: { responses: ok } },
    '/auth/token': { post: { security: [], responses: ok } },
    '/public': { get: { security: [{}, { bearer: [] }], responses: { 200: {} } } },
  },
  components: {
    responses: { RolePage: { content: { 'application/json': { schema: { $ref: '#/components/schemas/RolePage' } } } } },
    schemas: {
      RolePage: { type: 'object', properties: { data: { $ref: '#/components/schemas/Roles' } } },
      Roles: { type: 'array', items: {} },
    },
  },
};

describe('listShapeOf', () => {
  it.each([
    ['a cursor page', page(), { paginated: true }],
    ['a data array without a token', page(false), { paginated: false }],
    ['an object', ok, undefined],
    ['no content', { 204: {} }, undefined],
    [
      'data that is not an array',
      {
        200: {
          content: {
            'application/json': { schema: { properties: { data: { type: 'object' }, next_pagination_token: {} } } },
          },
        },
      },
      undefined,
    ],
  ])('%s', (_, responses, shape) => {
    expect(listShapeOf(doc, { responses })).toEqual(shape);
  });

  it('follows response and schema refs, and data refs', () => {
    expect(listShapeOf(doc, doc.paths['/roles'].get)).toEqual({ paginated: false });
  });
});

describe('small rules', () => {
  it.each([
    [{ responses: { 404: {}, 201: {}, 200: {} } }, 200],
    [{ responses: { 202: {} } }, 202],
    [{ responses: { 400: {} } }, 200],
    [{}, 200],
  ])('successStatusOf(%j) is %s', (operation, status) => {
    expect(successStatusOf(operation)).toBe(status);
  });

  it.each([
    [{}, true],
    [{ security: [] }, false],
    [{ security: [{}, { bearer: [] }] }, false],
    [{ security: [{ bearer: [] }] }, true],
  ])('isSecured(%j) under a secured document is %s', (operation, secured) => {
    expect(isSecured(doc, operation)).toBe(secured);
    expect(isSecured({}, operation)).toBe(secured && 'security' in operation);
  });
});

describe('describeOperation', () => {
  it('answers what consumers ask of a list operation', () => {
    expect(describeOperation(doc, 'GET', '/tags')).toEqual({
      method: 'GET',
      path: '/tags',
      operationId: 'get_tags',
      entityScoped: true,
      secured: true,
      successStatus: 200,
      statuses: ['200'],
      list: { paginated: true },
      cursorList: true,
    });
  });

  it('reads the security of an anonymous operation and the list shape behind refs', () => {
    expect(describeOperation(doc, 'post', '/payables/{payable_id}/approve')).toMatchObject({ cursorList: false });
    expect(describeOperation(doc, 'post', '/auth/token')).toMatchObject({
      secured: false,
      entityScoped: false,
    });
    expect(describeOperation(doc, 'get', '/roles')).toMatchObject({ list: { paginated: false }, cursorList: false });
  });

  it('throws for an operation the document does not have', () => {
    expect(() => describeOperation(doc, 'get', '/nope')).toThrow(/not in the document/);
  });
});
