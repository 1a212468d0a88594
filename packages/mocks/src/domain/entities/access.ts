/**
 * Whose data a request sees, as Monite scopes it: partner-level objects
 * (entities, webhook subscriptions, partner settings, events) belong to the
 * partner the token was issued to, entity objects to the entity in
 * `x-monite-entity-id`, and a token may act only for entities its partner
 * owns, or, for an entity-user token, only for that user's entity.
 */
import type { MockOperation } from '../../operations/operation-table.js';
import { PARTNER_SCOPE, type Store } from '../../state/store.js';
import type { Identity } from '../../state/tokens.js';
import { ENTITY_USERS, ownersOfEntity } from './lookup.js';

export type { Identity };

/** The scope a request reads and writes, or why it may not. */
export type AccessDecision =
  | { scope: string; entityId?: string; partnerScope: string }
  | { refusal: { status: 403; message: string } };

/** Whether a scope holding entity users is an entity's (its id), not a partner's. */
function isEntityScope(scope: string): boolean {
  // Stryker disable next-line MethodExpression: users live under an entity id (a uuid) or, seeded, under the plain partner scope: both tests tell these apart alike
  return !scope.startsWith(PARTNER_SCOPE);
}

/**
 * The partner scope of a client. The first configured client (or, without
 * configured clients, every client: a sandbox has one partner) keeps the
 * plain partner scope, so fixtures and tokens from `issueToken()` see the
 * same partner data as before partners were told apart.
 */
export function partnerScopeOf(clientId: string | undefined, firstClientId: string | undefined): string {
  if (!clientId || firstClientId === undefined || clientId === firstClientId) return PARTNER_SCOPE;
  return `${PARTNER_SCOPE}:${clientId}`;
}

/**
 * Decides the scope of a request. `firstClientId` is the first configured
 * client, undefined in sandbox mode (no configured clients).
 */
export function decideAccess(
  op: MockOperation,
  identity: Identity,
  headerEntityId: string | undefined,
  store: Store,
  firstClientId: string | undefined,
): AccessDecision {
  const partnerScope = partnerScopeOf(identity.clientId, firstClientId);
  if (!op.entityScoped || !headerEntityId) return { scope: partnerScope, partnerScope };
  const refusal = entityRefusal(identity, headerEntityId, store, partnerScope);
  if (refusal) return { refusal };
  return { scope: headerEntityId, entityId: headerEntityId, partnerScope };
}

/**
 * Why a token may not act for an entity, or undefined when it may: the
 * entity belongs to another partner, or the token's user belongs to another
 * entity. An entity nobody stored is open to every partner (fixtures use such ids).
 */
export function entityRefusal(
  identity: Identity,
  entityId: string,
  store: Store,
  partnerScope: string,
): { status: 403; message: string } | undefined {
  const owners = ownersOfEntity(store, entityId);
  if (owners.length > 0 && !owners.includes(partnerScope)) {
    return { status: 403, message: `This token may not act for entity ${entityId}.` };
  }
  // Stryker disable next-line ConditionalExpression: without a user id no scope holds one, so the check below refuses nothing either
  if (identity.entityUserId) {
    const userEntities = store.scopesHolding(ENTITY_USERS, identity.entityUserId).filter(isEntityScope);
    if (userEntities.length > 0 && !userEntities.includes(entityId)) {
      return {
        status: 403,
        message: `Entity user ${identity.entityUserId} may act only for its own entity, not ${entityId}.`,
      };
    }
  }
  return undefined;
}

/**
 * The entity an entity-user token acts for, when its user is stored: what
 * `/entity_users/me` and `/entities/me` answer from.
 */
export function entityOfUser(store: Store, entityUserId: string | undefined): string | undefined {
  // Stryker disable next-line ConditionalExpression: without a user id no scope holds one, so the lookup below finds nothing either
  if (!entityUserId) return undefined;
  return store.scopesHolding(ENTITY_USERS, entityUserId).find(isEntityScope);
}
