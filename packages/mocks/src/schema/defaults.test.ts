import { describe, expect, test } from 'vitest';
import { withDefaults } from './defaults.js';

const components = {
  Address: {
    type: 'object',
    properties: { country: { type: 'string', default: 'DE' }, city: { type: 'string' } },
  },
};
const schema = {
  type: 'object',
  properties: {
    language: { type: 'string', default: 'en' },
    is_sender: { type: 'boolean', default: true },
    tags: { type: 'array', items: { type: 'string' }, default: [] },
    address: { $ref: 'monite.json#/$defs/Address' },
  },
};

describe('withDefaults', () => {
  test('fills the defaults of fields the caller left out', () => {
    expect(withDefaults(schema, {}, components)).toEqual({ language: 'en', is_sender: true, tags: [] });
  });
  test('never overrides what the caller sent, false and empty values included', () => {
    expect(withDefaults(schema, { language: 'de', is_sender: false }, components)).toMatchObject({
      language: 'de',
      is_sender: false,
    });
  });
  test('fills nested objects the caller sent', () => {
    expect(withDefaults(schema, { address: { city: 'Berlin' } }, components)).toMatchObject({
      address: { city: 'Berlin', country: 'DE' },
    });
  });
  test('default values are copies, so one stored object cannot change another', () => {
    const a = withDefaults(schema, {}, components) as { tags: string[] };
    const b = withDefaults(schema, {}, components) as { tags: string[] };
    a.tags.push('x');
    expect(b.tags).toEqual([]);
  });
  test('non-object values pass through', () => {
    expect(withDefaults(schema, [1, 2], components)).toEqual([1, 2]);
    expect(withDefaults(schema, 'text', components)).toBe('text');
  });
});
