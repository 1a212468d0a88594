/**
 * Answers Monite computes from what is stored rather than storing
 * themselves: VAT rates for the entity's and the counterpart's countries.
 * Each takes the stored state and returns the unshaped body; the dispatch
 * shapes it to the spec.
 */
import { countryOf, vatRatesOf } from '../domain/vat-rates.js';
import type { MockOperation } from '../operations/operation-table.js';
import { hashString } from '../schema/random.js';
import { analyticsAnswer } from './analytics-answers.js';
import { searchAnswer } from './search-answers.js';
import type { Store } from './store.js';
import { billingAddress, entityRecord } from './store-rules.js';

/** What a computed answer may read of the request. */
export interface ComputedRequest {
  scope: string;
  entityId?: string;
  query: Record<string, unknown>;
}

type Json = Record<string, unknown>;

/** A stable uuid-shaped id for a computed object, so repeated reads agree. */
function stableId(key: string): string {
  const hex = [0, 1, 2, 3].map((i) => (hashString(`${key}:${i}`) >>> 0).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `GET /vat_rates`: the rates of the entity's country and of the counterpart's (its address or the one named). */
function vatRates(request: ComputedRequest, store: Store): Json {
  const counterpartId = typeof request.query.counterpart_id === 'string' ? request.query.counterpart_id : undefined;
  const addressId =
    typeof request.query.counterpart_address_id === 'string' ? request.query.counterpart_address_id : undefined;
  const counterpart = counterpartId ? store.get(request.scope, '/counterparts', counterpartId) : undefined;
  const address = billingAddress(store, request.scope, counterpartId, addressId);
  const countries = [countryOf(entityRecord(store, request.entityId)), countryOf(address) ?? countryOf(counterpart)];
  // An entity the mock does not know is taken to be German, Monite's home market.
  const rates = vatRatesOf(countries.some(Boolean) ? countries : ['DE']);
  return {
    data: rates.map((rate) => ({
      id: stableId(`vat:${rate.country}:${rate.value}`),
      created_at: `${rate.valid_from}T00:00:00Z`,
      updated_at: `${rate.valid_from}T00:00:00Z`,
      ...rate,
    })),
  };
}

/** The computed answer of an operation, or undefined when the operation is answered from the store. */
export function computedAnswer(op: MockOperation, request: ComputedRequest, store: Store): Json | undefined {
  if (op.method === 'GET' && op.path === '/vat_rates') return vatRates(request, store);
  return analyticsAnswer(op, request, store) ?? searchAnswer(op, request, store);
}
