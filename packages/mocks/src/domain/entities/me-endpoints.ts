/**
 * `/entity_users/me` and `/entities/me` follow from the token: an entity-user
 * token reads its own user and that user's entity (the entity stored under
 * the partner), and a PATCH changes them as `PATCH /entity_users/{id}` or
 * `PATCH /entities/{id}` would, so the next read shows the change. When the
 * token names no stored user, the generic answer applies.
 */
import type { MockOperation } from '../../operations/operation-table.js';
import { operationById } from '../../operations/router.js';
import { type Endpoint, type RequestContext, viaCrud } from '../module.js';
import { entityOfUser } from './access.js';
import { ENTITIES, ENTITY_USERS } from './lookup.js';

const ME_PATHS = new Set([`${ENTITY_USERS}/me`, `${ENTITIES}/me`]);

function answer(ctx: RequestContext) {
  const entityId = entityOfUser(ctx.store, ctx.identity.entityUserId);
  if (!entityId) return undefined;
  // A user's entity was found, so the token names the user.
  const userId = ctx.identity.entityUserId as string;
  const user = ctx.op.path === `${ENTITY_USERS}/me`;
  if (ctx.op.method === 'PATCH') {
    const target: { operation: MockOperation; scope: string; entityId?: string; path: Record<string, string> } = user
      ? {
          operation: operationById('patch_entity_users_id'),
          scope: entityId,
          entityId,
          path: { entity_user_id: userId },
        }
      : { operation: operationById('patch_entities_id'), scope: ctx.partnerScope, path: { entity_id: entityId } };
    return viaCrud(ctx, { entityId: undefined, ...target });
  }
  const record = user
    ? ctx.store.get(entityId, ENTITY_USERS, userId)
    : ctx.store.get(ctx.partnerScope, ENTITIES, entityId);
  return record ? { status: ctx.op.successStatus, body: ctx.present(ctx.op, ctx.op.successStatus, record) } : undefined;
}

/** The `…/me` endpoints of entity-user tokens. */
export const meEndpoints: Endpoint = { matches: (op) => ME_PATHS.has(op.path), answer };
