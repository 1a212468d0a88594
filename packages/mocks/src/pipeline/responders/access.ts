/**
 * Access: whose data the request sees (`domain/entities/access.ts` says how
 * Monite scopes it), refused with 403 when the token may not act for the
 * entity; then the request context is built, once, for every later step.
 */
import { type AccessDecision, decideAccess } from '../../domain/entities/access.js';
import type { RequestContext } from '../../domain/module.js';
import type { Store } from '../../state/store.js';
import type { Identity, TokenRegistry } from '../../state/tokens.js';
import { errorBody } from '../../shared/error-bodies.js';
import { bearerToken } from '../../wire/request-headers.js';
import type { Exchange, Responder } from '../exchange.js';

/** What the access step needs besides the exchange. */
export interface AccessParts {
  store: Store;
  tokens: TokenRegistry;
  /** The first configured client (its partner keeps the plain partner scope); undefined in sandbox mode. */
  firstClientId: string | undefined;
  /** Builds the request context of an admitted request. */
  context(
    exchange: Exchange,
    identity: Identity,
    access: Exclude<AccessDecision, { refusal: unknown }>,
  ): RequestContext;
}

/** The access responder: a 403, or the request context. */
export function accessResponder(parts: AccessParts): Responder {
  return {
    name: 'access (partner and entity scope)',
    matches: () => true,
    answer: (exchange) => {
      const identity = parts.tokens.identity(bearerToken(exchange.request.headers));
      const op = exchange.op;
      const header = op.entityScoped ? (exchange.params.header['x-monite-entity-id'] as string | undefined) : undefined;
      const access = decideAccess(op, identity, header, parts.store, parts.firstClientId);
      if ('refusal' in access) return { status: access.refusal.status, body: errorBody(access.refusal.message) };
      exchange.context = parts.context(exchange, identity, access);
      return undefined;
    },
  };
}
