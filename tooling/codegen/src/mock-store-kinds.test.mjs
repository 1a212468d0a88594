import { describe, expect, it } from 'vitest';
import { successStatusOf } from '@monite-ts/openapi-model';
import { operationsDoc } from '@monite-ts/openapi-model/test-fixtures';
import { classifyOperation, itemPathOf, parentItemOf } from './mock-store-kinds.mjs';

describe('paths around a stored item', () => {
  it.each([
    ['/a/{a_id}/b/{b_id}/c', '/a/{a_id}/b/{b_id}'],
    ['/a/{a_id}/b/{b_id}', '/a/{a_id}/b/{b_id}'],
    ['/a/{a_id}/b', '/a/{a_id}'],
    ['/a/{a_id}', '/a/{a_id}'],
    ['/{a_id}', undefined],
    ['/a', undefined],
    [undefined, undefined],
  ])('parentItemOf(%s) is %s', (path, parent) => {
    expect(parentItemOf(path)).toBe(parent);
  });

  it('itemPathOf finds the item path right below a collection', () => {
    expect(itemPathOf(operationsDoc, '/tags')).toBe('/tags/{tag_id}');
    expect(itemPathOf(operationsDoc, '/roles')).toBeUndefined();
  });
});

describe('classifyOperation', () => {
  it.each([
    ['get', '/tags', { kind: 'list', collection: '/tags', paginated: true }],
    ['post', '/tags', { kind: 'create', collection: '/tags' }],
    ['get', '/tags/{tag_id}', { kind: 'read', collection: '/tags', idParam: 'tag_id' }],
    ['patch', '/tags/{tag_id}', { kind: 'update', collection: '/tags', idParam: 'tag_id' }],
    ['delete', '/tags/{tag_id}', { kind: 'delete', collection: '/tags', idParam: 'tag_id' }],
    ['put', '/roles', { kind: 'replace-collection', collection: '/roles' }],
    [
      'post',
      '/payables/{payable_id}/approve',
      { kind: 'action', action: 'approve', target: '/payables/{payable_id}', collection: '/payables' },
    ],
    ['post', '/payables/{payable_id}/notes', { kind: 'create', collection: '/payables/{payable_id}/notes' }],
    [
      'post',
      '/payables/{payable_id}/preview',
      { kind: 'action', action: 'preview', target: '/payables/{payable_id}', collection: '/payables' },
    ],
    ['get', '/payables/{payable_id}/settings', { kind: 'singleton-read', target: '/payables/{payable_id}' }],
    ['put', '/payables/{payable_id}/settings', { kind: 'singleton-replace', target: '/payables/{payable_id}' }],
    ['delete', '/payables/{payable_id}/settings', { kind: 'singleton-delete', target: '/payables/{payable_id}' }],
    ['post', '/auth/token', { kind: 'rpc' }],
    ['get', '/public', { kind: 'singleton-read', target: undefined }],
  ])('%s %s', (method, path, expected) => {
    const operation = /** @type {any} */ (operationsDoc.paths)[path][method];
    expect(classifyOperation(operationsDoc, method, path, operation, successStatusOf(operation))).toEqual(expected);
  });
});
