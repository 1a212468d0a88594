/**
 * VAT rates: the rates Monite answers for an entity and a counterpart
 * (`GET /vat_rates`, computed from their countries), and an entity's custom
 * VAT rates (whose value is the sum of their components).
 */
import { hashString } from '../schema/random.js';
import type { Json } from '../shared/json.js';
import type { StoredRecord } from '../shared/stored-record.js';
import { billingAddress, COUNTERPARTS } from './counterparts/lookup.js';
import { entityRecord } from './entities/lookup.js';
import { type DomainModule, endpoint } from './module.js';

/**
 * Standard and reduced VAT rates of the EU member states and the United
 * Kingdom, in percent minor units (1900 = 19%), as `GET /vat_rates` answers
 * them for an entity's and a counterpart's countries.
 *
 * Source: the European Commission's "VAT rates applied in the Member States
 * of the European Union" (situation at 1 January 2024) and GOV.UK "VAT rates"
 * (2024): the rates in force on the API version's date, 2024-05-25. Super-
 * reduced and parking rates are left out; Monite's sandbox answers the
 * standard and reduced ones.
 */
export const VAT_RATES: Readonly<Record<string, readonly number[]>> = {
  AT: [2000, 1300, 1000],
  BE: [2100, 1200, 600],
  BG: [2000, 900],
  CY: [1900, 900, 500],
  CZ: [2100, 1200],
  DE: [1900, 700],
  DK: [2500],
  EE: [2200, 900],
  ES: [2100, 1000],
  FI: [2400, 1400, 1000],
  FR: [2000, 1000, 550],
  GB: [2000, 500],
  GR: [2400, 1300, 600],
  HR: [2500, 1300, 500],
  HU: [2700, 1800, 500],
  IE: [2300, 1350, 900],
  IT: [2200, 1000, 500],
  LT: [2100, 900, 500],
  LU: [1700, 800],
  LV: [2100, 1200, 500],
  MT: [1800, 700, 500],
  NL: [2100, 900],
  PL: [2300, 800, 500],
  PT: [2300, 1300, 600],
  RO: [1900, 900, 500],
  SE: [2500, 1200, 600],
  SI: [2200, 950, 500],
  SK: [2000, 1000],
};

/** One VAT rate as `GET /vat_rates` lists it, before ids and timestamps are added. */
export interface VatRate {
  country: string;
  value: number;
  components: { name: string; value: number }[];
  status: 'active';
  valid_from: string;
  created_by: 'monite';
}

/** The rates of some countries, each country once, unknown countries skipped; standard rate first. */
export function vatRatesOf(countries: readonly (string | undefined)[]): VatRate[] {
  const seen = new Set<string>();
  const rates: VatRate[] = [];
  for (const country of countries) {
    if (!country || seen.has(country) || !VAT_RATES[country]) continue;
    seen.add(country);
    // Stryker disable next-line ArrayDeclaration: never used, countries without rates were skipped above (the fallback only satisfies the type)
    for (const value of VAT_RATES[country] ?? []) {
      rates.push({
        country,
        value,
        components: [{ name: 'VAT', value }],
        status: 'active',
        // The date the table is valid from (the start of the year it describes). Inline: a module
        // constant is read once at load, where a mutation run's tests cannot tell it changed.
        valid_from: '2024-01-01',
        created_by: 'monite',
      });
    }
  }
  return rates;
}

/** The country a stored counterpart or entity is in: its address, or its organization's or individual's. */
export function countryOf(record: Record<string, unknown> | undefined): string | undefined {
  if (!record) return undefined;
  const candidates = [
    record.address,
    (record.organization as Record<string, unknown> | undefined)?.address,
    (record.individual as Record<string, unknown> | undefined)?.address,
    record,
  ];
  for (const candidate of candidates) {
    const country = (candidate as Record<string, unknown> | undefined)?.country;
    if (typeof country === 'string') return country;
  }
  return undefined;
}

/** A stable uuid-shaped id for a computed rate, so repeated reads agree. */
function stableId(key: string): string {
  const hex = [0, 1, 2, 3].map((i) => (hashString(`${key}:${i}`) >>> 0).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `GET /vat_rates`: the rates of the entity's country and of the counterpart's (its address or the one named). */
const vatRatesEndpoint = endpoint('GET', '/vat_rates', (ctx) => {
  const text = (name: string) => (typeof ctx.query[name] === 'string' ? (ctx.query[name] as string) : undefined);
  const counterpartId = text('counterpart_id');
  const counterpart = counterpartId ? ctx.store.get(ctx.scope, COUNTERPARTS, counterpartId) : undefined;
  const address = billingAddress(ctx.store, ctx.scope, counterpartId, text('counterpart_address_id'));
  const countries = [countryOf(entityRecord(ctx.store, ctx.entityId)), countryOf(address) ?? countryOf(counterpart)];
  // An entity the mock does not know is taken to be German, Monite's home market.
  const rates = vatRatesOf(countries.some(Boolean) ? countries : ['DE']);
  const answer = {
    data: rates.map((rate) => ({
      id: stableId(`vat:${rate.country}:${rate.value}`),
      created_at: `${rate.valid_from}T00:00:00Z`,
      updated_at: `${rate.valid_from}T00:00:00Z`,
      ...rate,
    })),
  };
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, answer) };
});

/** A custom VAT rate's `value`: the sum of its components (basis points), as Monite shows it. */
export function deriveCustomVatRate(rate: StoredRecord): StoredRecord {
  // A custom rate has its components: the request and the stored rate require them.
  const components = rate.components as Json[];
  const value = components.reduce((sum, c) => sum + (typeof c.value === 'number' ? c.value : 0), 0);
  return { ...rate, value };
}

/** VAT rates, computed and custom. */
export const vatRates: DomainModule = {
  name: 'VAT rates',
  collections: [{ collection: '/custom_vat_rates', deriveOnSave: deriveCustomVatRate }],
  endpoints: [vatRatesEndpoint],
};
