import { describe, expect, test } from 'vitest';
import { datedTerms } from './terms.js';

describe('payment terms dated at issue', () => {
  test('a tier ends number_of_days after the issue date, or on the date of its own end_date', () => {
    const terms = {
      name: 'Net 30',
      term_1: { number_of_days: 7, discount: 200 },
      term_final: { number_of_days: 30, end_date: '2024-06-30T12:00:00Z' },
    };
    expect(datedTerms(terms, '2024-06-01')).toEqual({
      name: 'Net 30',
      term_1: { number_of_days: 7, discount: 200, end_date: '2024-06-08' },
      term_final: { number_of_days: 30, end_date: '2024-06-30' },
    });
  });

  test('a tier with neither days nor an end date is kept as given', () => {
    expect(datedTerms({ term_final: { discount: 0 } }, '2024-06-01')).toEqual({ term_final: { discount: 0 } });
  });
});
