import type { MockOperation } from '../operations/operation-table.js';
import type { Reply } from '../state/resources.js';
import type { Store } from '../state/store.js';
import { entityOfUser, type Identity } from './access.js';

/**
 * `GET /entity_users/me` and `GET /entities/me` follow from the token: an
 * entity-user token reads its own user and that user's entity (the entity
 * stored under the partner). Undefined when the token names no stored user,
 * so the generic answer applies.
 */
export function meEndpointReply(
  op: MockOperation,
  identity: Identity,
  partnerScope: string,
  store: Store,
  present: (op: MockOperation, status: number, value: unknown) => unknown,
): Reply | undefined {
  if (op.method !== 'GET' || (op.path !== '/entity_users/me' && op.path !== '/entities/me')) return undefined;
  const entityId = entityOfUser(store, identity.entityUserId);
  if (!entityId || !identity.entityUserId) return undefined;
  const record =
    op.path === '/entity_users/me'
      ? store.get(entityId, '/entity_users', identity.entityUserId)
      : store.get(partnerScope, '/entities', entityId);
  return record ? { status: op.successStatus, body: present(op, op.successStatus, record) } : undefined;
}
