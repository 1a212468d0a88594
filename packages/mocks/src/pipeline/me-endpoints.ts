import type { MockOperation } from '../operations/operation-table.js';
import type { Reply } from '../state/resources.js';
import type { Store } from '../state/store.js';
import { entityOfUser, type Identity } from './access.js';

/** What a `PATCH …/me` changes: the stored user or entity it names, by the operation that updates it. */
export interface MeUpdate {
  operationId: 'patch_entity_users_id' | 'patch_entities_id';
  scope: string;
  entityId?: string;
  path: Record<string, string>;
}

/**
 * `/entity_users/me` and `/entities/me` follow from the token: an entity-user
 * token reads its own user and that user's entity (the entity stored under
 * the partner), and a PATCH changes them, as `update` applies it (the same
 * update as `PATCH /entity_users/{id}` or `PATCH /entities/{id}`), so the
 * next read shows the change. Undefined when the token names no stored user,
 * so the generic answer applies.
 */
export function meEndpointReply(
  op: MockOperation,
  identity: Identity,
  partnerScope: string,
  store: Store,
  present: (op: MockOperation, status: number, value: unknown) => unknown,
  update: (target: MeUpdate) => Reply,
): Reply | undefined {
  if (op.path !== '/entity_users/me' && op.path !== '/entities/me') return undefined;
  const entityId = entityOfUser(store, identity.entityUserId);
  if (!entityId || !identity.entityUserId) return undefined;
  const user = op.path === '/entity_users/me';
  if (op.method === 'PATCH') {
    return update(
      user
        ? {
            operationId: 'patch_entity_users_id',
            scope: entityId,
            entityId,
            path: { entity_user_id: identity.entityUserId },
          }
        : { operationId: 'patch_entities_id', scope: partnerScope, path: { entity_id: entityId } },
    );
  }
  const record = user
    ? store.get(entityId, '/entity_users', identity.entityUserId)
    : store.get(partnerScope, '/entities', entityId);
  return record ? { status: op.successStatus, body: present(op, op.successStatus, record) } : undefined;
}
