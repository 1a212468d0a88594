import { describe, expect, test } from 'vitest';
import { conform } from './conform.js';
import { createRandom } from './random.js';

const components = {};
const ID = '3f6c2a1e-8b4d-4c2a-9e1f-0a1b2c3d4e5f';
const context = () => ({ components, random: createRandom('conform'), now: new Date('2024-05-25T08:00:00Z') });
const schema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    amount: { type: 'integer' },
    created_at: { type: 'string', format: 'date-time' },
  },
  required: ['id', 'name', 'created_at'],
};

describe('conform', () => {
  test('keeps stored fields the schema admits and drops the ones it does not know', () => {
    const out = conform(schema, { id: ID, name: 'Acme', amount: 5, secret_field: 'x' }, context()) as Record<
      string,
      unknown
    >;
    expect(out).toMatchObject({ id: ID, name: 'Acme', amount: 5 });
    expect(out).not.toHaveProperty('secret_field');
  });
  test('generates required fields that are missing, deterministically for a seed', () => {
    const first = conform(schema, { name: 'Acme' }, context()) as Record<string, unknown>;
    const second = conform(schema, { name: 'Acme' }, context()) as Record<string, unknown>;
    expect(typeof first.id).toBe('string');
    expect(first.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(first).toEqual(second);
  });
  test('a stored value of the wrong type is replaced by one of the right type', () => {
    const out = conform(schema, { id: ID, name: 42, created_at: '2024-05-25T08:00:00Z' }, context()) as Record<
      string,
      unknown
    >;
    expect(typeof out.name).toBe('string');
  });
});
