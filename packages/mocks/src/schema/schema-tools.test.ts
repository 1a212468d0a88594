import { describe, expect, test } from 'vitest';
import {
  binaryFields,
  branchesOf,
  flatten,
  isNullSchema,
  nonNullBranches,
  resolveRef,
  typeMatches,
  typesOf,
} from './schema-tools.js';

const components = {
  Name: { type: 'string', minLength: 1 },
  Person: { type: 'object', properties: { name: { $ref: 'monite.json#/$defs/Name' } }, required: ['name'] },
  Aged: { type: 'object', properties: { age: { type: 'integer' } }, required: ['age'] },
  Alias: { $ref: 'monite.json#/$defs/Name' },
};

describe('resolveRef', () => {
  test('follows chains of refs to a concrete schema', () => {
    expect(resolveRef({ $ref: 'monite.json#/$defs/Alias' }, components)).toEqual({ type: 'string', minLength: 1 });
  });
  test("keywords beside a $ref win over the target's (a default or description next to the ref)", () => {
    expect(resolveRef({ $ref: 'monite.json#/$defs/Name', minLength: 3, default: 'x' }, components)).toEqual({
      type: 'string',
      minLength: 3,
      default: 'x',
    });
  });
  test('an unknown target resolves to the sibling keywords alone', () => {
    expect(resolveRef({ $ref: 'monite.json#/$defs/Missing', type: 'number' }, components)).toEqual({ type: 'number' });
  });
});

describe('binaryFields', () => {
  test('names the properties that hold a file, through refs and allOf', () => {
    const files = {
      ...components,
      Binary: { type: 'string', format: 'binary' },
      Upload: {
        type: 'object',
        properties: {
          file: { type: 'string', format: 'binary' },
          scan: { $ref: 'monite.json#/$defs/Binary' },
          file_type: { type: 'string' },
          when: { type: 'string', format: 'date' },
        },
      },
    };
    expect(binaryFields({ $ref: 'monite.json#/$defs/Upload' }, files)).toEqual(['file', 'scan']);
    expect(binaryFields({ allOf: [{ $ref: 'monite.json#/$defs/Upload' }] }, files)).toEqual(['file', 'scan']);
  });
  test('finds none in a schema without properties, or without one', () => {
    expect(binaryFields({ $ref: 'monite.json#/$defs/Person' }, components)).toEqual([]);
    expect(binaryFields(undefined, components)).toEqual([]);
  });
});

describe('flatten', () => {
  test('merges allOf parts: properties and required lists add up', () => {
    const flat = flatten(
      { allOf: [{ $ref: 'monite.json#/$defs/Person' }, { $ref: 'monite.json#/$defs/Aged' }] },
      components,
    );
    expect(Object.keys(flat.properties as object)).toEqual(['name', 'age']);
    expect(flat.required).toEqual(['name', 'age']);
  });
  test('keeps keywords of the schema holding the allOf', () => {
    const flat = flatten({ allOf: [{ $ref: 'monite.json#/$defs/Name' }], default: 'Ann' }, components);
    expect(flat).toEqual({ type: 'string', minLength: 1, default: 'Ann' });
  });
  test('gives the same object for the same schema (flattened once)', () => {
    const schema = { allOf: [{ $ref: 'monite.json#/$defs/Aged' }] };
    expect(flatten(schema, components)).toBe(flatten(schema, components));
  });
});

describe('types and branches', () => {
  test('branchesOf reads anyOf and oneOf, undefined otherwise', () => {
    expect(branchesOf({ anyOf: [{ type: 'string' }] })).toHaveLength(1);
    expect(branchesOf({ oneOf: [{ type: 'string' }, { type: 'null' }] })).toHaveLength(2);
    expect(branchesOf({ type: 'string' })).toBeUndefined();
  });
  test('typesOf reads a type or a list of types', () => {
    expect(typesOf({ type: 'string' })).toEqual(['string']);
    expect(typesOf({ type: ['string', 'null'] })).toEqual(['string', 'null']);
    expect(typesOf({})).toBeUndefined();
  });
  test('null schemas and the branches that are not null', () => {
    expect(isNullSchema({ type: 'null' })).toBe(true);
    expect(isNullSchema({ const: null })).toBe(true);
    expect(isNullSchema({ type: ['string', 'null'] })).toBe(false);
    expect(nonNullBranches([{ type: 'null' }, { $ref: 'monite.json#/$defs/Name' }], components)).toEqual([
      { $ref: 'monite.json#/$defs/Name' },
    ]);
  });
  test('an integer value matches a number schema, a float does not match an integer schema', () => {
    expect(typeMatches(['number'], 3)).toBe(true);
    expect(typeMatches(['integer'], 3.5)).toBe(false);
    expect(typeMatches(undefined, 'anything')).toBe(true);
  });
});
