import { describe, expect, it } from 'vitest';
import { isSchemaRef, resolveObject, resolveRef, withSiblings } from './ref.js';

const doc = {
  components: {
    schemas: {
      Tag: { type: 'object', properties: { name: { type: 'string' } } },
      Alias: { $ref: '#/components/schemas/Tag', description: 'inner' },
      Loop: { $ref: '#/components/schemas/Loop' },
    },
    parameters: { Limit: { name: 'limit', in: 'query' }, Chained: { $ref: '#/components/parameters/Limit' } },
    responses: { TagOk: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Tag' } } } } },
  },
};

describe('resolveRef', () => {
  it('returns an inline node as it is', () => {
    const node = { type: 'string' };
    expect(resolveRef(doc, node)).toEqual({ node, ref: undefined, refs: [], siblings: {} });
  });

  it('follows a chain to the target object itself, never a copy', () => {
    const resolved = resolveRef(doc, { $ref: '#/components/parameters/Chained' });
    expect(resolved.node).toBe(doc.components.parameters.Limit);
    expect(resolved.ref).toBe('#/components/parameters/Limit');
    expect(resolved.refs).toEqual(['#/components/parameters/Chained', '#/components/parameters/Limit']);
  });

  it('hands siblings back apart, the outermost winning', () => {
    const resolved = resolveRef(doc, { $ref: '#/components/schemas/Alias', description: 'outer', default: {} });
    expect(resolved.node).toBe(doc.components.schemas.Tag);
    expect(resolved.siblings).toEqual({ description: 'outer', default: {} });
  });

  it('reads a missing target as absent, or throws when strict', () => {
    expect(resolveRef(doc, { $ref: '#/components/schemas/Nope' }).node).toBeUndefined();
    expect(() => resolveRef(doc, { $ref: '#/components/schemas/Nope' }, { strict: true })).toThrow(/unresolvable/);
  });

  it('throws on a cycle that never reaches a node', () => {
    expect(() => resolveRef(doc, { $ref: '#/components/schemas/Loop' })).toThrow(/cycle/);
  });
});

describe('withSiblings', () => {
  it('is the target itself without siblings', () => {
    expect(withSiblings(resolveRef(doc, { $ref: '#/components/schemas/Tag' }))).toBe(doc.components.schemas.Tag);
  });

  it('lays siblings over a copy of the target', () => {
    const merged = withSiblings(resolveRef(doc, { $ref: '#/components/schemas/Tag', type: ['object', 'null'] }));
    expect(merged).toEqual({ type: ['object', 'null'], properties: { name: { type: 'string' } } });
    expect(doc.components.schemas.Tag.type).toBe('object');
  });

  it('is just the siblings when the target is missing', () => {
    expect(withSiblings(resolveRef(doc, { $ref: '#/components/schemas/Nope', default: 1 }))).toEqual({ default: 1 });
  });
});

describe('resolveObject and isSchemaRef', () => {
  it('follows a response ref but keeps a schema ref', () => {
    expect(resolveObject(doc, { $ref: '#/components/responses/TagOk' }).node).toBe(doc.components.responses.TagOk);
    const schemaRef = { $ref: '#/components/schemas/Tag' };
    expect(resolveObject(doc, schemaRef).node).toBe(schemaRef);
  });

  it.each([
    [{ $ref: '#/components/schemas/Tag' }, true],
    [{ $ref: '#/components/parameters/Limit' }, false],
    [{ type: 'string' }, false],
    [undefined, false],
  ])('isSchemaRef(%j) is %s', (node, expected) => {
    expect(isSchemaRef(node)).toBe(expected);
  });
});
