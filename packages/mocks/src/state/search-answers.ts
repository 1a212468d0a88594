/**
 * Searches answered from the store: `POST /receivables/search` (the list's
 * filters, sort and pages, from the body instead of the query),
 * `GET /einvoice_search` (whether a counterpart e-invoicing credential with
 * that scheme and identifier exists) and `GET /receivables/required_fields`.
 */
import { requiredFields } from '../domain/required-fields.js';
import { countryOf } from '../domain/vat-rates.js';
import type { MockOperation } from '../operations/operation-table.js';
import { CursorRegistry } from './cursors.js';
import { type ListQuery, pageOf, queryFromParameters } from './lists.js';
import { PARTNER_SCOPE, type Store } from './store.js';
import { billingAddress, entityRecord, entityScope } from './store-rules.js';

type Json = Record<string, unknown>;

/** What a search may read of the request. */
export interface SearchRequest {
  scope: string;
  entityId?: string;
  query: Record<string, unknown>;
  body?: unknown;
}

/** Pagination tokens of searches, per store (one mock, one registry), so tokens stay opaque and unforgeable. */
const registries = new WeakMap<Store, CursorRegistry>();

function registryOf(store: Store): CursorRegistry {
  let registry = registries.get(store);
  if (!registry) {
    registry = new CursorRegistry('receivables-search');
    registries.set(store, registry);
  }
  return registry;
}

/**
 * `POST /receivables/search`: the body's filters applied like the query of
 * `GET /receivables`; a `pagination_token` carries the search it came from.
 * Answers 422 for a token this search did not issue.
 */
export function receivablesSearch(
  op: MockOperation,
  request: SearchRequest,
  store: Store,
  present: (op: MockOperation, status: number, value: unknown) => unknown,
): { status: number; body: unknown } | undefined {
  if (op.method !== 'POST' || op.path !== '/receivables/search') return undefined;
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Json;
  const registry = registryOf(store);
  const list = `${request.scope} /receivables/search`;
  let query: ListQuery | undefined;
  if (typeof body.pagination_token === 'string') {
    query = registry.resolve(list, body.pagination_token);
    if (!query)
      return {
        status: 422,
        body: { detail: [{ loc: ['body', 'pagination_token'], msg: 'Invalid pagination token', type: 'value_error' }] },
      };
  } else query = queryFromParameters(body);
  const page = pageOf(store.list(request.scope, '/receivables'), query, (next) => registry.issue(list, next));
  const answer = { data: page.items, next_pagination_token: page.next, prev_pagination_token: page.prev };
  return { status: op.successStatus, body: present(op, op.successStatus, answer) };
}

/**
 * The store scopes a partner may search: its own and those of entities it
 * owns or that no partner has registered (an entity header the mock was
 * never told about still names a scope); other partners' entities stay out.
 */
function partnerScopes(store: Store, scope: string): string[] {
  return store.scopeIds().filter((candidate) => {
    if (candidate === scope) return true;
    if (candidate.startsWith(PARTNER_SCOPE)) return false;
    const owners = store.scopesHolding('/entities', candidate, PARTNER_SCOPE);
    return owners.length === 0 || owners.includes(scope);
  });
}

/** `GET /einvoice_search`: whether any counterpart of the partner's entities has that e-invoicing credential. */
function einvoiceSearch(request: SearchRequest, store: Store): Json {
  const schema = request.query.network_schema;
  const identifier = String(request.query.network_identifier ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
  const scopes = request.entityId ? [request.scope] : partnerScopes(store, request.scope);
  const exists = scopes.some((scope) =>
    store.list(scope, '/counterparts').some((counterpart) =>
      store.list(scope, `/counterparts/${counterpart.id}/einvoicing_credentials`).some(
        (c) =>
          c.network_schema === schema &&
          String(c.network_identifier ?? '')
            .replace(/\s+/g, '')
            .toUpperCase() === identifier,
      ),
    ),
  );
  return { exists };
}

/** `GET /receivables/required_fields`: the rules of `domain/required-fields.ts` for the entity and counterpart named. */
function requiredFieldsAnswer(request: SearchRequest, store: Store): Json {
  const q = request.query;
  const partnerScope = entityScope(store, request.entityId);
  const entity = entityRecord(store, request.entityId);
  const counterpartId = typeof q.counterpart_id === 'string' ? q.counterpart_id : undefined;
  const counterpart = counterpartId ? store.get(request.scope, '/counterparts', counterpartId) : undefined;
  const address = billingAddress(
    store,
    request.scope,
    counterpartId,
    typeof q.counterpart_billing_address_id === 'string' ? q.counterpart_billing_address_id : undefined,
  );
  return requiredFields({
    entityCountry: countryOf(entity),
    entityHasVatId:
      typeof q.entity_vat_id_id === 'string' ||
      [request.scope, partnerScope ?? request.scope].some(
        (scope) => store.list(scope, `/entities/${request.entityId}/vat_ids`).length > 0,
      ),
    counterpartCountry:
      (typeof q.counterpart_country === 'string' ? q.counterpart_country : undefined) ??
      countryOf(address) ??
      countryOf(counterpart),
    counterpartType:
      (typeof q.counterpart_type === 'string' ? q.counterpart_type : undefined) ??
      (counterpart?.type as string | undefined),
  });
}

/** The search answer of an operation that reads without storing, or undefined. */
export function searchAnswer(op: MockOperation, request: SearchRequest, store: Store): Json | undefined {
  if (op.method !== 'GET') return undefined;
  if (op.path === '/einvoice_search') return einvoiceSearch(request, store);
  if (op.path === '/receivables/required_fields') return requiredFieldsAnswer(request, store);
  return undefined;
}
