import { describe, expect, it } from 'vitest';
import {
  foldNullUnion,
  isDescriptiveKeyword,
  isNullSchema,
  onlyWraps,
  primitiveTypeOf,
  stripDescriptive,
  structuralKeywords,
  unionBranches,
  unionOf,
} from './schema.js';

const Tag = { $ref: '#/components/schemas/Tag' };

describe('descriptive keywords', () => {
  it.each([
    ['description', true],
    ['summary', true],
    ['examples', true],
    ['$comment', true],
    ['xml', true],
    ['x-monite-note', true],
    ['default', false],
    ['format', false],
    ['deprecated', false],
  ])('%s is descriptive: %s', (key, expected) => {
    expect(isDescriptiveKeyword(key)).toBe(expected);
  });

  it('strips them from the node only, and lists the rest in order', () => {
    const schema = { title: 'T', type: 'object', 'x-a': 1, properties: { description: { description: 'kept' } } };
    expect(stripDescriptive(schema)).toEqual({ type: 'object', properties: { description: { description: 'kept' } } });
    expect(structuralKeywords(schema)).toEqual(['type', 'properties']);
  });

  it('onlyWraps tells a wrapper from a schema with structure of its own', () => {
    expect(onlyWraps({ description: 'd', default: 1, format: 'uuid' })).toBe(true);
    expect(onlyWraps({ description: 'd', type: 'object' })).toBe(false);
    expect(onlyWraps({ discriminator: { propertyName: 'type' } })).toBe(false);
  });
});

describe('isNullSchema', () => {
  it.each([
    [{ type: 'null' }, true],
    [{ type: ['null'], description: 'none' }, true],
    [{ const: null }, true],
    [{ enum: [null] }, true],
    [{ type: ['string', 'null'] }, false],
    [{ type: 'null', default: null }, false],
    [{ enum: [null, 'a'] }, false],
    ['null', false],
  ])('%j admits only null: %s', (schema, expected) => {
    expect(isNullSchema(schema)).toBe(expected);
  });
});

describe('unions', () => {
  it('reads anyOf before oneOf, and sets null branches apart', () => {
    const reading = unionOf({ description: 'd', anyOf: [Tag, { type: 'null' }], oneOf: [{ type: 'string' }] });
    expect(reading).toEqual({
      keyword: 'anyOf',
      branches: [Tag, { type: 'null' }],
      nonNull: [Tag],
      nullable: true,
      rest: { description: 'd', oneOf: [{ type: 'string' }] },
      primitiveTypes: undefined,
    });
    expect(unionBranches({ oneOf: [Tag] })).toEqual([Tag]);
    expect(unionBranches({ type: 'string' })).toBeUndefined();
    expect(unionOf({ anyOf: 'not a list' })).toBeUndefined();
  });

  it('names the primitive types of a union of bare types, and nothing else', () => {
    expect(
      unionOf({ anyOf: [{ type: 'string' }, { type: 'integer', title: 'n' }, { type: 'null' }] })?.primitiveTypes,
    ).toEqual(['string', 'integer']);
    expect(unionOf({ anyOf: [{ type: 'string' }, Tag] })?.primitiveTypes).toBeUndefined();
    expect(primitiveTypeOf({ type: 'string', minLength: 1 })).toBeUndefined();
    expect(primitiveTypeOf({ type: ['string'] })).toBeUndefined();
  });
});

describe('foldNullUnion', () => {
  it('unwraps a single branch under a wrapper, its keywords laid over the branch', () => {
    expect(foldNullUnion({ anyOf: [Tag, { type: 'null' }], default: null })).toEqual({
      schema: { ...Tag, default: null },
      nullable: true,
      folded: true,
      unwrapped: { default: null },
    });
    expect(foldNullUnion({ oneOf: [{ type: 'string', maxLength: 3 }] }).schema).toEqual({
      type: 'string',
      maxLength: 3,
    });
  });

  it('makes a type array of bare primitive branches', () => {
    expect(foldNullUnion({ anyOf: [{ type: 'string' }, { type: 'integer' }, { const: null }] })).toEqual({
      schema: { type: ['string', 'integer'] },
      nullable: true,
      folded: true,
      unwrapped: undefined,
    });
  });

  it('keeps a real union, without its null branches', () => {
    const other = { $ref: '#/components/schemas/Other' };
    expect(foldNullUnion({ oneOf: [Tag, other, { type: 'null' }] })).toEqual({
      schema: { oneOf: [Tag, other] },
      nullable: true,
      folded: true,
      unwrapped: undefined,
    });
  });

  it('leaves alone what it cannot fold: no union, no null, or a node with structure beside a single branch', () => {
    const union = { anyOf: [Tag, { $ref: '#/components/schemas/Other' }] };
    expect(foldNullUnion(union)).toEqual({ schema: union, nullable: false, folded: false, unwrapped: undefined });
    const typed = { type: 'object', anyOf: [Tag] };
    expect(foldNullUnion(typed).schema).toBe(typed);
    expect(foldNullUnion({ type: 'string' }).folded).toBe(false);
  });
});
