// How the provenance check tells a generated value from one made of ids:
// values that differ only in the uuids they hold came from the seeded id
// sequence, not from the fake-data generator.
import { describe, expect, it } from 'vitest';
import { generatedFields } from './provenance.js';

const A = '60c1948b-92e6-4c2a-9153-8a49a1a15c7b';
const B = '067181e0-1b7e-4025-bdf4-a5de709e15b5';

describe('generatedFields', () => {
  it('leaves out fields named as ids and uuids in any field', () => {
    expect(generatedFields({ id: 'x', payable_id: 'y', ref: A }, { id: 'z', payable_id: 'w', ref: B })).toEqual([]);
  });

  it('leaves out a string that embeds different ids and is otherwise the same', () => {
    const url = (id: string) => `https://api.sandbox.monite.com/_mock/payment_pages/${id}`;
    expect(generatedFields({ page: url(A) }, { page: url(B) })).toEqual([]);
    expect(generatedFields({ items: [{ page: url(A) }] }, { items: [{ page: url(B) }] })).toEqual([]);
  });

  it('keeps a string that differs beside its ids, or that holds no id', () => {
    expect(generatedFields({ page: `https://a.example/${A}` }, { page: `https://b.example/${B}` })).toEqual(['page']);
    expect(generatedFields({ page: `https://a.example/${A}` }, { page: 'https://a.example/x' })).toEqual(['page']);
    expect(generatedFields({ note: 'alpha' }, { note: 'beta' })).toEqual(['note']);
    expect(generatedFields({ block: { amount: 1 } }, { block: { amount: 2 } })).toEqual(['block.amount']);
  });
});
