/**
 * Monite's rules that need the stored state around an object: locks of a
 * parent document, default flags across a collection, document numbering per
 * entity, and where an entity is kept. The dispatch in resources.ts calls
 * these; the rules themselves (which statuses lock, how numbers look) live in
 * domain/.
 */
import { defaultFlagOf } from '../domain/collection-rules.js';
import { issuedFields, type NumberingSettings } from '../domain/documents.js';
import { isLockable, lockReason } from '../domain/locks.js';
import type { MockOperation } from '../operations/operation-table.js';
import { fillPath, itemChain } from '../operations/path-templates.js';
import { PARTNER_SCOPE, type Store, type StoredRecord } from './store.js';

/**
 * Why the request may not change a document that is no longer editable (the
 * document itself, or its line items), with the status to answer: 409 where
 * the operation declares it, else 400. Reads and workflow actions pass.
 */
export function lockedDocument(
  store: Store,
  scope: string,
  op: MockOperation,
  path: Readonly<Record<string, string>>,
): { status: number; message: string } | undefined {
  if (op.kind === 'read' || op.kind === 'list' || op.kind === 'action' || op.kind === 'rpc') return undefined;
  if (op.kind === 'singleton-read') return undefined;
  for (const link of itemChain(op.path)) {
    if (!isLockable(link.collection)) continue;
    const record = store.get(scope, fillPath(link.collection, path), path[link.param] ?? '');
    const reason = record && lockReason(link.collection, record);
    if (reason) return { status: op.statuses.includes('409') ? 409 : 400, message: reason };
  }
  return undefined;
}

/** The partner scope that keeps an entity (entities live at partner level), if the mock stores it. */
export function entityScope(store: Store, entityId: string | undefined): string | undefined {
  return entityId ? store.scopesHolding('/entities', entityId, PARTNER_SCOPE)[0] : undefined;
}

/** The stored entity record of an entity id, wherever its partner keeps it. */
export function entityRecord(store: Store, entityId: string | undefined): StoredRecord | undefined {
  const scope = entityScope(store, entityId);
  return scope && entityId ? store.get(scope, '/entities', entityId) : undefined;
}

/**
 * A counterpart's billing address: the one named, else its default billing
 * address (the one created with it), from `/counterparts/{id}/addresses`.
 */
export function billingAddress(
  store: Store,
  scope: string,
  counterpartId: string | undefined,
  addressId?: string,
): StoredRecord | undefined {
  if (!counterpartId) return undefined;
  const chosen = addressId ?? (store.get(scope, '/counterparts', counterpartId)?.default_billing_address_id as string);
  return typeof chosen === 'string' ? store.get(scope, `/counterparts/${counterpartId}/addresses`, chosen) : undefined;
}

/**
 * What Monite fills in after a move: a number (from the entity's numbering
 * settings, sequential per entity and document type) and an issue date when
 * a receivable is issued.
 */
export function afterMove(
  store: Store,
  scope: string,
  entityId: string | undefined,
  move: { template: string; action: string },
  record: StoredRecord,
  now: string,
): StoredRecord {
  if (move.template !== '/receivables' || move.action !== 'issue') return record;
  const entity = entityId ?? '';
  const partnerScope = entityScope(store, entity) ?? PARTNER_SCOPE;
  const settings = store.getSingleton(partnerScope, `/entities/${entity}/settings`) as
    | { document_ids?: NumberingSettings }
    | undefined;
  const nextSequence = (type: string) => {
    // Kept beside the entity's data (not an API path), so numbers are sequential per entity and type.
    const key = `#document-numbers/${type}`;
    const next = ((store.getSingleton(scope, key) as number | undefined) ?? 0) + 1;
    store.setSingleton(scope, key, next);
    return next;
  };
  return { ...record, ...issuedFields(record, settings?.document_ids, nextSequence, now) };
}

/**
 * A record written with its default flag set (`is_default`, or
 * `is_default_for_currency` for bank accounts) takes the flag from the
 * others, on create and update alike, as `make_default` does.
 */
export function keepDefaultUnique(store: Store, scope: string, concrete: string, record: StoredRecord): StoredRecord {
  const { field, perCurrency } = defaultFlagOf(concrete, record);
  if (record[field] !== true) return record;
  for (const item of store.list(scope, concrete)) {
    if (item.id === record.id || item[field] !== true) continue;
    if (perCurrency && item.currency !== record.currency) continue;
    store.put(scope, concrete, { ...item, [field]: false });
  }
  return record;
}

/** Marks one item as its collection's default (per currency for bank accounts) and unmarks the others. */
export function makeDefault(
  store: Store,
  scope: string,
  concrete: string,
  record: StoredRecord,
  now: () => string,
): StoredRecord {
  const { field, perCurrency } = defaultFlagOf(concrete, record);
  let chosen = record;
  for (const item of store.list(scope, concrete)) {
    if (perCurrency && item.id !== record.id && item.currency !== record.currency) continue;
    const updated = {
      ...item,
      [field]: item.id === record.id,
      updated_at: item.id === record.id ? now() : item.updated_at,
    };
    store.put(scope, concrete, updated);
    if (item.id === record.id) chosen = updated;
  }
  return chosen;
}
