import { describe, expect, test } from 'vitest';
import { VAT_RATES, vatRatesOf } from '../domain/vat-rates.js';
import { counterpartPayload, ENTITY, testClient } from '../test/helpers.js';

describe('VAT rate table', () => {
  test('covers the 27 EU member states and the UK, each with a standard rate first and valid minor-unit rates', () => {
    expect(Object.keys(VAT_RATES)).toHaveLength(28);
    for (const [country, rates] of Object.entries(VAT_RATES)) {
      expect(rates.length, country).toBeGreaterThan(0);
      expect(Math.max(...rates), country).toBe(rates[0]);
      for (const rate of rates) expect(rate > 0 && rate <= 10_000, country).toBe(true);
    }
  });
  test('lists each country once and skips unknown ones', () => {
    const rates = vatRatesOf(['DE', 'DE', 'XX', undefined, 'FR']);
    expect(rates.map((r) => `${r.country}:${r.value}`)).toEqual(['DE:1900', 'DE:700', 'FR:2000', 'FR:1000', 'FR:550']);
  });
});

describe('GET /vat_rates', () => {
  test("answers the entity's and the counterpart's countries", async () => {
    const { call, monite } = testClient();
    monite.seedResource({ collection: '/entities', data: { id: ENTITY, address: { country: 'NL' } } });
    const french = {
      ...counterpartPayload,
      organization: {
        ...counterpartPayload.organization,
        address: { ...counterpartPayload.organization.address, country: 'FR' },
      },
    };
    const counterpart = (await call('POST', '/counterparts', { body: french })).body;
    const response = await call('GET', `/vat_rates?counterpart_id=${counterpart.id}`);
    expect(response.status).toBe(200);
    const pairs = response.body.data.map((r: { country: string; value: number }) => `${r.country}:${r.value}`);
    expect(pairs).toEqual(['NL:2100', 'NL:900', 'FR:2000', 'FR:1000', 'FR:550']);
    expect(response.body.data[0]).toMatchObject({ status: 'active', components: [{ name: 'VAT', value: 2100 }] });
    // Computed, not stored: a second read gives the same ids.
    const again = await call('GET', `/vat_rates?counterpart_id=${counterpart.id}`);
    expect(again.body.data.map((r: { id: string }) => r.id)).toEqual(
      response.body.data.map((r: { id: string }) => r.id),
    );
  });
  test("for a counterpart the mock does not know, answers the entity's rates", async () => {
    const { call, monite } = testClient();
    monite.seedResource({ collection: '/entities', data: { id: ENTITY, address: { country: 'NL' } } });
    const response = await call('GET', '/vat_rates?counterpart_id=3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c');
    expect(response.status).toBe(200);
    expect(response.body.data.map((r: { country: string; value: number }) => `${r.country}:${r.value}`)).toEqual([
      'NL:2100',
      'NL:900',
    ]);
  });
  test('for an entity the mock does not know, answers the German rates', async () => {
    const { call } = testClient();
    const response = await call('GET', '/vat_rates');
    expect(response.body.data.map((r: { value: number }) => r.value)).toEqual([1900, 700]);
  });
});
