import { describe, expect, it } from 'vitest';
import { compactComponents, compactSchema } from './compact-schema.mjs';

describe('compactSchema', () => {
  it.each([
    [
      'drops prose',
      { type: 'string', description: 'd', title: 't', example: 'e', deprecated: true },
      { type: 'string' },
    ],
    [
      'drops comments and extensions, keeps what constrains a value',
      { type: 'string', $comment: 'c', 'x-tags': ['a'], 'x-internal': true, format: 'uuid', default: 'x' },
      { type: 'string', format: 'uuid', default: 'x' },
    ],
    [
      'keeps properties named like prose keywords',
      { properties: { description: { type: 'string', description: 'd' } } },
      { properties: { description: { type: 'string' } } },
    ],
    [
      'rewrites component refs into the compact document',
      { items: { $ref: '#/components/schemas/Tag' } },
      { items: { $ref: 'monite.json#/$defs/Tag' } },
    ],
    [
      'keeps a property named $ref as a name',
      { properties: { $ref: { type: 'string' } } },
      { properties: { $ref: { type: 'string' } } },
    ],
    [
      'compacts array items as schemas',
      { anyOf: [{ type: 'string', title: 'x' }, { type: 'null' }] },
      { anyOf: [{ type: 'string' }, { type: 'null' }] },
    ],
    ['leaves scalars alone', 'x', 'x'],
  ])('%s', (_, input, output) => {
    expect(compactSchema(input)).toEqual(output);
  });

  it('lifts an unsatisfiable closure beside a union and reports it', () => {
    let lifted = 0;
    const out = compactSchema({ additionalProperties: false, anyOf: [{ type: 'object' }] }, () => lifted++);
    expect(out).toEqual({ anyOf: [{ type: 'object' }] });
    expect(lifted).toBe(1);
  });

  it('keeps a closure that has properties', () => {
    const schema = { additionalProperties: false, properties: { a: {} }, anyOf: [{}] };
    expect(compactSchema(schema)).toEqual(schema);
  });
});

describe('compactComponents', () => {
  it('names the schemas whose closure was lifted', () => {
    const { schemas, lifted } = compactComponents({
      Ok: { type: 'string', description: 'x' },
      Closed: { additionalProperties: false, oneOf: [{ type: 'object' }] },
    });
    expect(schemas).toEqual({ Ok: { type: 'string' }, Closed: { oneOf: [{ type: 'object' }] } });
    expect(lifted).toEqual(['Closed']);
  });
});
