import { describe, expect, it } from 'vitest';
import { admittedValues, discriminantOf, listUnions } from './unions.js';

const ref = (/** @type {string} */ name) => ({ $ref: `#/components/schemas/${name}` });
const shape = (/** @type {unknown} */ type, extra = {}) => ({
  type: 'object',
  properties: { type, language: ref('Language'), ...extra },
});

const doc = {
  components: {
    schemas: {
      Kind: { type: 'string', enum: ['individual', 'organization'] },
      Language: { type: 'string', enum: ['en', 'de'] },
      // Both branches admit both values: the union does not narrow.
      Wide: { anyOf: [ref('WideIndividual'), ref('WideOrganization'), { type: 'null' }] },
      WideIndividual: shape(ref('Kind')),
      WideOrganization: shape(ref('Kind')),
      // Each branch admits its own value, spelled as enum, const, or through allOf.
      Narrow: { oneOf: [ref('NarrowIndividual'), ref('NarrowOrganization')] },
      NarrowIndividual: shape({ type: 'string', enum: ['individual'] }),
      NarrowOrganization: { allOf: [shape({ const: 'organization' })] },
      // Both branches admit both values, but a oneOf discriminator maps each value to its branch.
      Mapped: {
        oneOf: [ref('WideIndividual'), ref('WideOrganization')],
        discriminator: {
          propertyName: 'type',
          mapping: {
            individual: '#/components/schemas/WideIndividual',
            organization: '#/components/schemas/WideOrganization',
          },
        },
      },
      // The same discriminator on an anyOf: openapi-typescript does not narrow it.
      MappedAnyOf: {
        anyOf: [ref('WideIndividual'), ref('WideOrganization')],
        discriminator: {
          propertyName: 'type',
          mapping: {
            individual: '#/components/schemas/WideIndividual',
            organization: '#/components/schemas/WideOrganization',
          },
        },
      },
      // Named by no value, but no value is in both branches: it narrows as it is.
      Split: { oneOf: [ref('Common'), { type: 'object', properties: { kind: { enum: ['special'] } } }] },
      Common: { type: 'object', properties: { kind: { enum: ['a', 'b'] } } },
      // A field every branch shares that names no branch.
      Unnamed: { anyOf: [ref('First'), ref('Second')] },
      First: shape({ type: 'string' }),
      Second: shape({ type: 'string' }),
    },
  },
  paths: {
    '/x': {
      get: {
        responses: {
          200: { content: { 'application/json': { schema: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } } },
        },
      },
    },
  },
};

describe('admittedValues', () => {
  it.each([
    [{ type: 'string', enum: ['a', null] }, ['a']],
    [{ const: 'a' }, ['a']],
    [ref('Kind'), ['individual', 'organization']],
    [{ allOf: [ref('Kind')] }, ['individual', 'organization']],
    [{ anyOf: [{ enum: ['a'] }, { type: 'null' }] }, ['a']],
    [{ type: 'string' }, undefined],
    [ref('Missing'), undefined],
  ])('%j admits %j', (schema, values) => {
    expect(admittedValues(doc, schema)).toEqual(values);
  });
});

describe('listUnions', () => {
  it('finds every union of two branches or more, where it is written, null branches aside', () => {
    const unions = listUnions(doc);
    expect(unions.map((u) => u.pointer)).toEqual([
      '#/components/schemas/Wide',
      '#/components/schemas/Narrow',
      '#/components/schemas/Mapped',
      '#/components/schemas/MappedAnyOf',
      '#/components/schemas/Split',
      '#/components/schemas/Unnamed',
      '#/paths/~1x/get/responses/200/content/application~1json/schema',
    ]);
    expect(unions[0]?.branches.map((b) => b.name)).toEqual(['WideIndividual', 'WideOrganization']);
    // allOf is flattened, so the branch's own properties are read.
    expect(unions[1]?.branches[1]?.schema.properties).toHaveProperty('type', { const: 'organization' });
  });
});

describe('discriminantOf', () => {
  const unions = listUnions(doc);
  const at = (/** @type {string} */ name) => {
    const union = unions.find((u) => u.pointer === `#/components/schemas/${name}`);
    if (!union) throw new Error(name);
    return discriminantOf(doc, union);
  };

  it('names the field whose values name the branches, and says the union does not narrow when both admit both', () => {
    expect(at('Wide')).toEqual({
      property: 'type',
      admitted: [
        ['individual', 'organization'],
        ['individual', 'organization'],
      ],
      narrows: false,
    });
  });

  it('says a union narrows when each branch admits its own value only', () => {
    expect(at('Narrow')).toEqual({ property: 'type', admitted: [['individual'], ['organization']], narrows: true });
  });

  it('says a oneOf narrows when its discriminator maps each value to its branch, and an anyOf does not', () => {
    expect(at('Mapped')).toMatchObject({ property: 'type', narrows: true });
    expect(at('MappedAnyOf')).toMatchObject({ property: 'type', narrows: false });
  });

  it('takes a field no value of which two branches share, inline branches included', () => {
    expect(at('Split')).toEqual({ property: 'kind', admitted: [['a', 'b'], ['special']], narrows: true });
  });

  it('finds none where no shared field tells the branches apart', () => {
    expect(at('Unnamed')).toBeUndefined();
    expect(discriminantOf(doc, /** @type {any} */ (unions.at(-1)))).toBeUndefined();
  });
});
