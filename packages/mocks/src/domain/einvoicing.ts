/**
 * E-invoicing: a connection takes the entity's legal name, its network
 * credentials are shown inside it (`credentials`), and `GET /einvoice_search`
 * tells whether a counterpart of the partner's entities has a credential
 * with that scheme and identifier.
 */
import type { Store } from '../state/store.js';
import { COUNTERPARTS, credentialsOf } from './counterparts/lookup.js';
import { entityRecord, ownersOfEntity } from './entities/lookup.js';
import { type DomainModule, endpoint } from './module.js';
import { displayName } from './parties.js';

const CONNECTIONS = '/einvoicing_connections';

/**
 * The store scopes a partner may search: those of entities it owns or that
 * no partner has registered (an entity header the mock was never told about
 * still names a scope); other partners' entities stay out. Partner scopes
 * pass too (no entity is registered under their key), but counterparts live
 * under entities, so they hold none.
 */
function partnerScopes(store: Store, scope: string): string[] {
  return store.scopeIds().filter((candidate) => {
    const owners = ownersOfEntity(store, candidate);
    return owners.length === 0 || owners.includes(scope);
  });
}

/** An identifier as compared (the query's and a stored credential's are required): without spaces, upper case. */
// Stryker disable next-line MethodExpression: both sides of the comparison are normalized alike, so lower case compares as upper case does
const normalized = (value: unknown) => String(value).replace(/\s/g, '').toUpperCase();

const search = endpoint('GET', '/einvoice_search', (ctx) => {
  const schema = ctx.query.network_schema;
  const identifier = normalized(ctx.query.network_identifier);
  // The search is a partner-level operation: it takes no entity header, so it searches the partner's entities.
  const scopes = partnerScopes(ctx.store, ctx.scope);
  const exists = scopes.some((scope) =>
    ctx.store
      .list(scope, COUNTERPARTS)
      .some((counterpart) =>
        ctx.store
          .list(scope, credentialsOf(counterpart.id))
          .some((c) => c.network_schema === schema && normalized(c.network_identifier) === identifier),
      ),
  );
  return { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, { exists }) };
});

/** The e-invoicing module. */
export const einvoicing: DomainModule = {
  name: 'e-invoicing',
  collections: [
    {
      collection: CONNECTIONS,
      creationExtras: (ctx) => {
        const name = displayName(entityRecord(ctx.store, ctx.entityId) ?? {});
        return name ? { legal_name: name } : {};
      },
    },
    { collection: `${CONNECTIONS}/{einvoicing_connection_id}/network_credentials`, embedAs: 'credentials' },
  ],
  endpoints: [search],
};
