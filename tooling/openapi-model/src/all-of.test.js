import { describe, expect, it } from 'vitest';
import { flattenAllOf } from './all-of.js';

const doc = {
  components: {
    schemas: {
      Base: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      Named: {
        allOf: [{ $ref: '#/components/schemas/Base' }],
        properties: { name: { type: 'string' } },
        required: ['name'],
      },
    },
  },
};

describe('flattenAllOf', () => {
  it('returns a schema without allOf as it is', () => {
    const schema = { type: 'string' };
    expect(flattenAllOf(doc, schema)).toBe(schema);
  });

  it('unions properties and required, following refs and nested allOf', () => {
    const flat = flattenAllOf(doc, {
      allOf: [{ $ref: '#/components/schemas/Named' }, { properties: { extra: { type: 'integer' } }, required: ['id'] }],
    });
    expect(flat).toEqual({
      type: 'object',
      properties: { id: { type: 'string' }, name: { type: 'string' }, extra: { type: 'integer' } },
      required: ['name', 'id'],
    });
  });

  it("keeps the first value of other keywords, the schema's own first", () => {
    const flat = flattenAllOf(doc, {
      description: 'own',
      allOf: [{ description: 'part', minProperties: 1 }, { minProperties: 2 }],
    });
    expect(flat).toEqual({ description: 'own', minProperties: 1 });
  });

  it("lets a later part's property replace an earlier one and the schema's own", () => {
    const flat = flattenAllOf(doc, {
      properties: { a: { type: 'string' } },
      allOf: [{ properties: { a: { type: 'integer' } } }, { properties: { a: { type: 'boolean' } } }],
    });
    expect(flat.properties).toEqual({ a: { type: 'boolean' } });
  });

  it("skips parts that resolve to nothing and ignores a part ref's siblings", () => {
    const flat = flattenAllOf(doc, {
      allOf: [{ $ref: '#/components/schemas/Nope' }, { $ref: '#/components/schemas/Base', readOnly: true }],
    });
    expect(flat).toEqual({ type: 'object', properties: { id: { type: 'string' } }, required: ['id'] });
  });
});
