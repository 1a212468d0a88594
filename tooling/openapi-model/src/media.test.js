import { describe, expect, it } from 'vitest';
import { isJsonMediaType, jsonSchemaOf, preferredMediaType, schemaOfContent } from './media.js';

describe('preferredMediaType', () => {
  it.each([
    [
      'application/json among others',
      { 'text/csv': {}, 'application/problem+json': {}, 'application/json': {} },
      'application/json',
    ],
    [
      'the first JSON type when application/json is absent',
      { 'text/csv': {}, 'application/problem+json': {} },
      'application/problem+json',
    ],
    ['the first listed when none is JSON', { 'application/pdf': {}, 'multipart/form-data': {} }, 'application/pdf'],
    ['nothing for an empty map', {}, undefined],
    ['nothing for no map', undefined, undefined],
  ])('takes %s', (_, content, expected) => {
    expect(preferredMediaType(content)).toBe(expected);
  });
});

describe('schemas of a content map', () => {
  it('schemaOfContent reads the preferred media type, JSON or not, with {} when it has no schema', () => {
    expect(schemaOfContent({ 'multipart/form-data': { schema: 3 } })).toBe(3);
    expect(schemaOfContent({ 'text/csv': { schema: 1 }, 'application/json': { schema: 2 } })).toBe(2);
    expect(schemaOfContent({ 'application/pdf': {} })).toEqual({});
    expect(schemaOfContent({})).toBeUndefined();
  });

  it('jsonSchemaOf reads only JSON', () => {
    expect(jsonSchemaOf({ 'text/csv': { schema: 1 }, 'application/problem+json': { schema: 2 } })).toBe(2);
    expect(jsonSchemaOf({ 'application/json': {} })).toEqual({});
    expect(jsonSchemaOf({ 'multipart/form-data': { schema: 3 } })).toBeUndefined();
    expect(jsonSchemaOf(undefined)).toBeUndefined();
  });

  it('isJsonMediaType knows the +json suffix', () => {
    expect(isJsonMediaType('application/merge-patch+json')).toBe(true);
    expect(isJsonMediaType('application/pdf')).toBe(false);
    expect(isJsonMediaType(undefined)).toBe(false);
  });
});
