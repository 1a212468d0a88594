/**
 * Where entities are kept: at partner level, under the partner that created
 * them. Rules of other collections find an entity (its country, its name,
 * its numbering settings) and who owns it through these.
 */
import { PARTNER_SCOPE, type Store } from '../../state/store.js';
import type { StoredRecord } from '../../shared/stored-record.js';

/** The collection entities live in (partner-level). */
export const ENTITIES = '/entities';
/** The collection entity users live in (under their entity). */
export const ENTITY_USERS = '/entity_users';

/** The partner scopes that keep an entity (one, or none for an entity only named by header). */
export function ownersOfEntity(store: Store, entityId: string): string[] {
  return store.scopesHolding(ENTITIES, entityId, PARTNER_SCOPE);
}

/** The partner scope that keeps an entity, if the mock stores it. */
export function entityScope(store: Store, entityId: string | undefined): string | undefined {
  return entityId ? ownersOfEntity(store, entityId)[0] : undefined;
}

/** The stored entity record of an entity id, wherever its partner keeps it. */
export function entityRecord(store: Store, entityId: string | undefined): StoredRecord | undefined {
  const scope = entityScope(store, entityId);
  return scope && entityId ? store.get(scope, ENTITIES, entityId) : undefined;
}

/** The entity settings singleton of an entity (numbering, payment terms defaults), where its partner keeps it. */
export function entitySettings(store: Store, entityId: string | undefined): unknown {
  // Without an entity id no scope keeps the settings asked for (no entity is called "undefined").
  const partnerScope = entityScope(store, entityId) ?? PARTNER_SCOPE;
  return store.getSingleton(partnerScope, `${ENTITIES}/${entityId}/settings`);
}
