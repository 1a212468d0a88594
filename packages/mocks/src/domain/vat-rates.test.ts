// The VAT rates `GET /vat_rates` answers: each one a complete,
// active rate that Monite itself maintains, valid from the table's date.
import { describe, expect, it } from 'vitest';
import { vatRatesOf } from './vat-rates.js';

describe('vatRatesOf', () => {
  it("gives each rate as Monite lists it: active, created by Monite, valid from the table's date, one VAT component", () => {
    expect(vatRatesOf(['LU'])).toEqual([
      {
        country: 'LU',
        value: 1700,
        components: [{ name: 'VAT', value: 1700 }],
        status: 'active',
        valid_from: '2024-01-01',
        created_by: 'monite',
      },
      {
        country: 'LU',
        value: 800,
        components: [{ name: 'VAT', value: 800 }],
        status: 'active',
        valid_from: '2024-01-01',
        created_by: 'monite',
      },
    ]);
  });

  it('answers no rates for no known country', () => {
    expect(vatRatesOf([])).toEqual([]);
    expect(vatRatesOf([undefined, 'US', ''])).toEqual([]);
  });
});
