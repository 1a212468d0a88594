import { describe, expect, test } from 'vitest';
import { fillPath, isParamSegment, itemChain, paramNames, pathPattern, segmentsOf } from './path-templates.js';

describe('path templates', () => {
  test('segments and parameter segments', () => {
    expect(segmentsOf('/counterparts/{counterpart_id}/contacts')).toEqual([
      'counterparts',
      '{counterpart_id}',
      'contacts',
    ]);
    expect(isParamSegment('{counterpart_id}')).toBe(true);
    expect(isParamSegment('contacts')).toBe(false);
  });
  test('fillPath puts values in and leaves unknown parameters as they are', () => {
    expect(fillPath('/counterparts/{counterpart_id}/contacts/{contact_id}', { counterpart_id: 'c1' })).toBe(
      '/counterparts/c1/contacts/{contact_id}',
    );
  });
  test('itemChain lists the stored items a path depends on, outermost first', () => {
    expect(itemChain('/counterparts/{counterpart_id}/contacts/{contact_id}/make_default')).toEqual([
      { collection: '/counterparts', param: 'counterpart_id' },
      { collection: '/counterparts/{counterpart_id}/contacts', param: 'contact_id' },
    ]);
    expect(itemChain('/counterparts')).toEqual([]);
  });
  test('paramNames in path order', () => {
    expect(paramNames('/a/{x}/b/{y}')).toEqual(['x', 'y']);
  });
  test('pathPattern matches with and without /v1 and a trailing slash, one segment per parameter', () => {
    const pattern = new RegExp(`^${pathPattern('/counterparts/{counterpart_id}')}$`);
    expect(pattern.test('/counterparts/abc')).toBe(true);
    expect(pattern.test('/v1/counterparts/abc/')).toBe(true);
    expect(pattern.test('/counterparts/abc/contacts')).toBe(false);
    expect(pattern.test('/counterparts')).toBe(false);
  });
  test('pathPattern escapes regular expression characters in fixed segments', () => {
    const pattern = new RegExp(`^${pathPattern('/files.json')}$`);
    expect(pattern.test('/files.json')).toBe(true);
    expect(pattern.test('/filesXjson')).toBe(false);
  });
});
