import { describe, expect, test } from 'vitest';
import { SchemaComparer } from './compare-schema.js';
import { normalizeSchema } from './normalize.js';
import type { OpenApiDocument } from './types.js';

/** A document holding only the given component schemas. */
function doc(schemas: Record<string, unknown> = {}): OpenApiDocument {
  return { openapi: '3.1.0', paths: {}, components: { schemas } };
}

/** Differences as `path [kind]` lines, easy to assert on. */
function diff(reference: unknown, spec: unknown, referenceSchemas = {}, specSchemas = {}): string[] {
  return new SchemaComparer(doc(referenceSchemas), doc(specSchemas))
    .compare(reference, spec)
    .map((d) => `${d.at.join('.')} [${d.kind}]`);
}

describe('equivalent spellings compare equal', () => {
  test.each([
    [
      'anyOf with a null branch vs a type array',
      { anyOf: [{ type: 'string' }, { type: 'null' }] },
      { type: ['string', 'null'] },
    ],
    [
      'oneOf with a null branch vs OpenAPI 3.0 nullable',
      { oneOf: [{ type: 'integer' }, { type: 'null' }] },
      { type: 'integer', nullable: true },
    ],
    ['a type string vs a one-element type array', { type: 'string' }, { type: ['string'] }],
    ['const vs a one-value enum', { const: 'Bearer' }, { type: undefined, enum: ['Bearer'] }],
    [
      'anyOf of bare primitives vs a type array',
      { anyOf: [{ type: 'string' }, { type: 'integer' }] },
      { type: ['integer', 'string'] },
    ],
    ['enum order', { type: 'string', enum: ['a', 'b'] }, { type: 'string', enum: ['b', 'a'] }],
    [
      'an enum with null vs a nullable enum',
      { type: ['string', 'null'], enum: ['a', null] },
      { anyOf: [{ type: 'string', enum: ['a'] }, { type: 'null' }] },
    ],
    [
      'additionalProperties absent vs true vs {}',
      { type: 'object', additionalProperties: true },
      { type: 'object', additionalProperties: {} },
    ],
    [
      'descriptions, titles, examples and x- extensions',
      { type: 'string', description: 'a', title: 'T', examples: ['x'] },
      { type: 'string', description: 'b', 'x-internal': true, example: 'y' },
    ],
  ])('%s', (_name, reference, spec) => {
    expect(diff(reference, spec)).toEqual([]);
  });

  test('allOf: [$ref] with a default vs a $ref with a sibling default', () => {
    const order = { type: 'string', enum: ['asc', 'desc'] };
    expect(
      diff(
        { allOf: [{ $ref: '#/components/schemas/OrderEnum' }], default: 'asc' },
        { $ref: '#/components/schemas/Order', default: 'asc' },
        { OrderEnum: order },
        { Order: order },
      ),
    ).toEqual([]);
  });

  test('anyOf [$ref, null] vs an inline nullable object', () => {
    const reference = { anyOf: [{ $ref: '#/components/schemas/Address' }, { type: 'null' }] };
    const spec = { type: ['object', 'null'], properties: { city: { type: 'string' } }, required: ['city'] };
    expect(
      diff(reference, spec, {
        Address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      }),
    ).toEqual([]);
  });

  test('union branches in another order', () => {
    const a = { type: 'object', properties: { a: { type: 'string' } } };
    const b = { type: 'object', properties: { b: { type: 'integer' } } };
    expect(diff({ oneOf: [a, b] }, { oneOf: [b, a] })).toEqual([]);
  });

  test('a property named like a keyword is still a property', () => {
    const schema = { type: 'object', properties: { description: { type: 'string' }, type: { type: 'string' } } };
    expect(diff(schema, { ...schema, properties: { ...schema.properties, description: { type: 'integer' } } })).toEqual(
      ['properties.description.type [type]'],
    );
  });
});

describe('each structural difference is reported at its path', () => {
  test.each([
    ['type', { type: 'string' }, { type: 'integer' }, ['type [type]']],
    ['nullability', { type: ['string', 'null'] }, { type: 'string' }, ['nullable [nullable]']],
    ['format', { type: 'string', format: 'uuid' }, { type: 'string' }, ['format [format]']],
    ['enum value removed', { type: 'string', enum: ['a', 'b'] }, { type: 'string', enum: ['a'] }, ['enum [enum]']],
    ['enum dropped', { type: 'string', enum: ['a'] }, { type: 'string' }, ['enum [enum]']],
    [
      'bound',
      { type: 'integer', minimum: 1, maximum: 100 },
      { type: 'integer', minimum: 1, maximum: 50 },
      ['maximum [constraint]'],
    ],
    ['length', { type: 'string', maxLength: 255 }, { type: 'string' }, ['maxLength [constraint]']],
    ['default', { type: 'integer', default: 100 }, { type: 'integer', default: 10 }, ['default [default]']],
    ['deprecated', { type: 'string', deprecated: true }, { type: 'string' }, ['deprecated [deprecated]']],
    [
      'additionalProperties closed',
      { type: 'object', additionalProperties: false },
      { type: 'object' },
      ['additionalProperties [additional-properties]'],
    ],
    [
      'property missing, added and required flipped',
      { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'] },
      { type: 'object', properties: { b: { type: 'string' }, c: { type: 'string' } }, required: ['b'] },
      [
        'properties.a [missing-property]',
        'properties.c [extra-property]',
        'required.a [required]',
        'required.b [required]',
      ],
    ],
    [
      'items',
      { type: 'array', items: { type: 'string' } },
      { type: 'array', items: { type: 'integer' } },
      ['items.type [type]'],
    ],
    [
      'map values',
      { type: 'object', additionalProperties: { type: 'string' } },
      { type: 'object', additionalProperties: { type: 'number' } },
      ['additionalProperties.type [type]'],
    ],
    [
      'anyOf vs oneOf',
      { anyOf: [{ type: 'object', required: ['a'] }, { type: 'array' }] },
      { oneOf: [{ type: 'object', required: ['a'] }, { type: 'array' }] },
      ['anyOf [composition]'],
    ],
    [
      'a union branch dropped',
      { oneOf: [{ type: 'object', required: ['a'] }, { type: 'object', required: ['b'] }, { type: 'array' }] },
      { oneOf: [{ type: 'object', required: ['a'] }, { type: 'array' }] },
      ['oneOf.1 [composition]'],
    ],
    [
      'a union of bare types that lost one',
      { anyOf: [{ type: 'string' }, { type: 'integer' }] },
      { type: 'string' },
      ['type [type]'],
    ],
    [
      'allOf length',
      { allOf: [{ type: 'object' }, { required: ['a'] }] },
      { allOf: [{ type: 'object' }, { required: ['a'] }, { required: ['b'] }] },
      ['allOf [composition]'],
    ],
    [
      'discriminator',
      { oneOf: [{ type: 'object' }], discriminator: { propertyName: 'type', mapping: { a: '#/x', b: '#/y' } } },
      { oneOf: [{ type: 'object' }], discriminator: { propertyName: 'kind', mapping: { a: '#/z' } } },
      ['discriminator.propertyName [discriminator]', 'discriminator.mapping.b [discriminator]'],
    ],
  ])('%s', (_name, reference, spec, expected) => {
    expect(diff(reference, spec).sort()).toEqual([...expected].sort());
  });

  test('a union with one real branch left is compared as that branch, so the change shows inside it', () => {
    expect(
      diff({ oneOf: [{ type: 'object', required: ['a'] }, { type: 'null' }] }, { type: 'object', required: [] }),
    ).toEqual(['nullable [nullable]', 'required.a [required]']);
  });
});

describe('$refs and cycles', () => {
  const tree = (name: string, leaf: unknown) => ({
    type: 'object',
    properties: {
      value: leaf,
      children: { type: 'array', items: { $ref: `#/components/schemas/${name}` } },
      parent: { anyOf: [{ $ref: `#/components/schemas/${name}` }, { type: 'null' }] },
    },
  });

  test('a self-referencing schema under another name compares equal and terminates', () => {
    const reference = { Node: tree('Node', { type: 'string' }) };
    const spec = { TreeNode: tree('TreeNode', { type: 'string' }) };
    expect(
      diff({ $ref: '#/components/schemas/Node' }, { $ref: '#/components/schemas/TreeNode' }, reference, spec),
    ).toEqual([]);
  });

  test('a difference inside a cycle is reported once, at the shallowest path, naming the reference schema', () => {
    const comparer = new SchemaComparer(
      doc({ Node: tree('Node', { type: 'string' }) }),
      doc({ TreeNode: tree('TreeNode', { type: 'integer' }) }),
    );
    const found = comparer.compare({ $ref: '#/components/schemas/Node' }, { $ref: '#/components/schemas/TreeNode' });
    expect(found.map((d) => [d.at.join('.'), d.kind, d.referenceSchema])).toEqual([
      ['properties.value.type', 'type', { name: 'Node', at: ['properties', 'value', 'type'] }],
    ]);
  });

  test('mutually recursive schemas terminate', () => {
    const schemas = {
      A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
      B: { type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } },
    };
    expect(diff({ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/A' }, schemas, schemas)).toEqual([]);
  });

  test('the same shared schema reached twice reports its differences under both paths', () => {
    const reference = { Money: { type: 'integer' } };
    const spec = { Money: { type: 'number' } };
    const holder = {
      type: 'object',
      properties: { a: { $ref: '#/components/schemas/Money' }, b: { $ref: '#/components/schemas/Money' } },
    };
    expect(diff(holder, holder, reference, spec)).toEqual(['properties.a.type [type]', 'properties.b.type [type]']);
  });

  test('an unresolvable $ref is an error, not a silent pass', () => {
    expect(() => diff({ $ref: '#/components/schemas/Nope' }, { type: 'string' })).toThrow(/unresolvable/);
  });
});

describe('normalizeSchema', () => {
  test('records the reference components it went through', () => {
    const d = doc({ Wrapper: { allOf: [{ $ref: '#/components/schemas/Inner' }] }, Inner: { type: 'string' } });
    const normal = normalizeSchema(d, { anyOf: [{ $ref: '#/components/schemas/Wrapper' }, { type: 'null' }] });
    expect(normal).toMatchObject({ refs: ['Wrapper', 'Inner'], nullable: true, types: ['string'] });
  });

  test('keeps an allOf that composes', () => {
    const normal = normalizeSchema(doc(), { allOf: [{ type: 'object' }], properties: { a: {} } });
    expect(normal.node.allOf).toHaveLength(1);
  });
});
