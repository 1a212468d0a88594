import { describe, expect, test } from 'vitest';
import { admitsNull, closestBranch, fitScore } from './branch-fit.js';

const components = {
  Individual: {
    type: 'object',
    properties: { type: { const: 'individual' }, first_name: { type: 'string' } },
    required: ['type', 'first_name'],
  },
  Organization: {
    type: 'object',
    properties: { type: { const: 'organization' }, legal_name: { type: 'string' } },
    required: ['type', 'legal_name'],
  },
};
const individual = { $ref: 'monite.json#/$defs/Individual' };
const organization = { $ref: 'monite.json#/$defs/Organization' };

describe('closestBranch', () => {
  test('a const discriminator decides the branch', () => {
    expect(closestBranch([individual, organization], { type: 'organization' }, components)).toBe(organization);
    expect(closestBranch([individual, organization], { type: 'individual' }, components)).toBe(individual);
  });
  test('without a discriminator, the branch knowing more of the fields wins', () => {
    expect(closestBranch([individual, organization], { legal_name: 'Acme' }, components)).toBe(organization);
  });
  test('undefined for no branches', () => {
    expect(closestBranch([], {}, components)).toBeUndefined();
  });
});

describe('fitScore', () => {
  test('a wrong type or enum value rules a schema out', () => {
    expect(fitScore({ type: 'string' }, 3, components)).toBeLessThan(0);
    expect(fitScore({ enum: ['a', 'b'] }, 'c', components)).toBeLessThan(0);
    expect(fitScore({ enum: ['a', 'b'] }, 'a', components)).toBeGreaterThan(0);
  });
  test('unknown fields count against a closed schema', () => {
    const closed = { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false };
    const open = { type: 'object', properties: { a: { type: 'string' } } };
    expect(fitScore(closed, { a: 'x', b: 1 }, components)).toBeLessThan(fitScore(open, { a: 'x', b: 1 }, components));
  });
});

describe('admitsNull', () => {
  test('null types, nullable unions and enums with null admit null', () => {
    expect(admitsNull({ type: ['string', 'null'] }, components)).toBe(true);
    expect(admitsNull({ anyOf: [individual, { type: 'null' }] }, components)).toBe(true);
    expect(admitsNull({ enum: ['a', null] }, components)).toBe(true);
  });
  test('plain schemas do not', () => {
    expect(admitsNull({ type: 'string' }, components)).toBe(false);
    expect(admitsNull(individual, components)).toBe(false);
  });
});
