import { describe, expect, it } from 'vitest';
import { okResponses, operationsDoc, pageResponses } from '../test/fixtures.js';
import { describeOperation, isSecured, listShapeOf, successStatusOf } from './describe.js';

describe('listShapeOf', () => {
  it.each([
    ['a cursor page', pageResponses(), { paginated: true }],
    ['a data array without a token', pageResponses(false), { paginated: false }],
    ['an object', okResponses, undefined],
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
    expect(listShapeOf(operationsDoc, { responses })).toEqual(shape);
  });

  it('follows response and schema refs, and data refs', () => {
    expect(listShapeOf(operationsDoc, operationsDoc.paths['/roles'].get)).toEqual({ paginated: false });
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
    expect(isSecured(operationsDoc, operation)).toBe(secured);
    expect(isSecured({}, operation)).toBe(secured && 'security' in operation);
  });
});

describe('describeOperation', () => {
  it('answers what consumers ask of a list operation', () => {
    expect(describeOperation(operationsDoc, 'GET', '/tags')).toEqual({
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
    expect(describeOperation(operationsDoc, 'post', '/payables/{payable_id}/approve')).toMatchObject({
      cursorList: false,
    });
    expect(describeOperation(operationsDoc, 'post', '/auth/token')).toMatchObject({
      secured: false,
      entityScoped: false,
    });
    expect(describeOperation(operationsDoc, 'get', '/roles')).toMatchObject({
      list: { paginated: false },
      cursorList: false,
    });
  });

  it('throws for an operation the document does not have', () => {
    expect(() => describeOperation(operationsDoc, 'get', '/nope')).toThrow(/not in the document/);
  });
});
