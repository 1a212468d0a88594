// The entity block a delivery note copies, as the function writes it (the
// answer's schema would fit a missing type from the other fields; the block
// names it itself).
import { describe, expect, it } from 'vitest';
import { entityOf } from './delivery-notes.js';

describe('entityOf', () => {
  it('types a person as individual and an organisation as organization', () => {
    expect(entityOf({ individual: { first_name: 'Ann', last_name: 'Lee' }, phone: null })).toEqual({
      type: 'individual',
      first_name: 'Ann',
      last_name: 'Lee',
    });
    expect(entityOf({ organization: { legal_name: 'Nordlicht AG' }, tax_id: 'DE123456789' })).toEqual({
      type: 'organization',
      name: 'Nordlicht AG',
      tax_id: 'DE123456789',
    });
  });
});
