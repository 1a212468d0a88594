import { describe, expect, it } from 'vitest';
import { componentName, getByPointer, isLocalRef, lookUp, pointerTokens, refName, toPointer } from './pointer.js';

const doc = {
  components: { schemas: { 'a/b': { type: 'string' }, 'c~d': { type: 'integer' }, 'e%f': { type: 'null' } } },
  paths: { '/tags/{tag_id}': { get: { operationId: 'get_tag' } } },
};

describe('pointerTokens', () => {
  it.each([
    ['#', []],
    ['#/components/schemas/X', ['components', 'schemas', 'X']],
    ['#/components/schemas/a~1b', ['components', 'schemas', 'a/b']],
    ['#/components/schemas/c~0d', ['components', 'schemas', 'c~d']],
    // ~1 is decoded before ~0, so an escaped "~1" stays literal.
    ['#/x/~01', ['x', '~1']],
    ['#/components/schemas/e%25f', ['components', 'schemas', 'e%f']],
  ])('%s', (pointer, tokens) => {
    expect(pointerTokens(pointer)).toEqual(tokens);
  });

  it('refuses remote refs', () => {
    expect(() => pointerTokens('other.yaml#/components/schemas/X')).toThrow(/only local/);
  });

  it('round-trips with toPointer', () => {
    expect(toPointer(['paths', '/tags/{tag_id}', 'get'])).toBe('#/paths/~1tags~1{tag_id}/get');
    expect(pointerTokens(toPointer(['a/b', 'c~d']))).toEqual(['a/b', 'c~d']);
  });
});

describe('getByPointer and lookUp', () => {
  it('finds escaped names', () => {
    expect(getByPointer(doc, '#/components/schemas/a~1b')).toEqual({ type: 'string' });
    expect(getByPointer(doc, '#/paths/~1tags~1{tag_id}/get/operationId')).toBe('get_tag');
    expect(getByPointer(doc, '#')).toBe(doc);
  });

  it('is undefined for a missing target, and lookUp throws on it only when strict', () => {
    expect(getByPointer(doc, '#/components/schemas/Nope')).toBeUndefined();
    expect(getByPointer(doc, '#/components/schemas/a~1b/type/deeper')).toBeUndefined();
    expect(lookUp(doc, '#/components/schemas/Nope')).toBeUndefined();
    expect(() => lookUp(doc, '#/components/schemas/Nope', { strict: true })).toThrow(/unresolvable/);
  });
});

describe('names', () => {
  it.each([
    ['#/components/schemas/Error', 'Error'],
    ['#/components/schemas/a~1b', 'a/b'],
    [undefined, undefined],
  ])('refName(%s)', (ref, name) => {
    expect(refName(ref)).toBe(name);
  });

  it.each([
    ['#/components/schemas/Tag', 'schemas', 'Tag'],
    ['#/components/parameters/Limit', 'schemas', undefined],
    ['#/components/schemas/Tag/properties/id', 'schemas', undefined],
    [42, 'schemas', undefined],
  ])('componentName(%s, %s)', (ref, section, name) => {
    expect(componentName(ref, section)).toBe(name);
  });
});

describe('isLocalRef', () => {
  it.each([
    ['#/components/schemas/X', true],
    ['other.yaml#/components/schemas/X', false],
    ['#', false],
    [undefined, false],
  ])('%s -> %s', (ref, expected) => {
    expect(isLocalRef(ref)).toBe(expected);
  });
});
