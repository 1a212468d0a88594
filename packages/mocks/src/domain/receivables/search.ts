/**
 * Reads of receivables that are not a plain list: `POST /receivables/search`
 * (the list's filters, sort and pages from the body instead of the query)
 * and `GET /receivables/required_fields` (which invoice fields the entity
 * and counterpart need).
 */
import { objectOf } from '../../shared/json.js';
import { invalidToken } from '../../state/crud/list.js';
import { CursorRegistry } from '../../state/cursors.js';
import { type ListQuery, pageOf, queryFromParameters } from '../../state/lists.js';
import type { Store } from '../../state/store.js';
import { billingAddress, COUNTERPARTS } from '../counterparts/lookup.js';
import { ENTITIES, entityRecord, entityScope } from '../entities/lookup.js';
import { endpoint, type RequestContext } from '../module.js';
import { countryOf } from '../vat-rates.js';
import { requiredFields } from './required-fields.js';
import { RECEIVABLES } from './rules.js';

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

/** `POST /receivables/search`: a `pagination_token` carries the search it came from; one this search did not issue is a 422. */
const search = endpoint('POST', `${RECEIVABLES}/search`, (ctx) => {
  const body = objectOf(ctx.body);
  const registry = registryOf(ctx.store);
  const list = `${ctx.scope} ${RECEIVABLES}/search`;
  let query: ListQuery | undefined;
  if (typeof body.pagination_token === 'string') {
    query = registry.resolve(list, body.pagination_token);
    if (!query) return invalidToken('body');
  } else query = queryFromParameters(body);
  const page = pageOf(ctx.store.list(ctx.scope, RECEIVABLES), query, (next) => registry.issue(list, next));
  const answer = { data: page.items, next_pagination_token: page.next, prev_pagination_token: page.prev };
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, answer) };
});

/** The query's text value of a parameter, if it has one. */
const textParam = (ctx: RequestContext, name: string): string | undefined =>
  typeof ctx.query[name] === 'string' ? (ctx.query[name] as string) : undefined;

/** `GET /receivables/required_fields`: the rules of `required-fields.ts` for the entity and counterpart named. */
const requiredFieldsEndpoint = endpoint('GET', `${RECEIVABLES}/required_fields`, (ctx) => {
  const partnerScope = entityScope(ctx.store, ctx.entityId);
  const entity = entityRecord(ctx.store, ctx.entityId);
  const counterpartId = textParam(ctx, 'counterpart_id');
  const counterpart = counterpartId ? ctx.store.get(ctx.scope, COUNTERPARTS, counterpartId) : undefined;
  const address = billingAddress(ctx.store, ctx.scope, counterpartId, textParam(ctx, 'counterpart_billing_address_id'));
  const answer = requiredFields({
    entityCountry: countryOf(entity),
    entityHasVatId:
      textParam(ctx, 'entity_vat_id_id') !== undefined ||
      [ctx.scope, partnerScope ?? ctx.scope].some(
        (scope) => ctx.store.list(scope, `${ENTITIES}/${ctx.entityId}/vat_ids`).length > 0,
      ),
    counterpartCountry: textParam(ctx, 'counterpart_country') ?? countryOf(address) ?? countryOf(counterpart),
    counterpartType: textParam(ctx, 'counterpart_type') ?? (counterpart?.type as string | undefined),
  });
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, answer) };
});

/** The search endpoints of receivables. */
export const receivableSearches = [search, requiredFieldsEndpoint];
