/**
 * What every operation checks before it runs, in Monite's order: the objects
 * its path names exist (404), the ids its body names exist in the caller's
 * scope (422), and the document it changes is still editable (409, or 400
 * where the operation declares no 409).
 */
import type { MockOperation } from '../../operations/operation-table.js';
import { fillPath, itemChain, segmentsOf } from '../../operations/path-templates.js';
import type { ReferenceTable } from '../../operations/reference-table.js';
import { unknownReferences } from '../references.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import type { CollectionRules } from '../rules.js';
import type { Store } from '../store.js';
import { conflictStatus, notFound, type Reply, refusal, type ResourceRequest } from './request.js';

/**
 * The stored item a request's path names and that must exist: the
 * operation's own path for collections and items, the item it belongs to for
 * actions and singletons; none for operations that store nothing.
 */
function itemPathOf(op: MockOperation): string | undefined {
  switch (op.kind) {
    case 'rpc':
      return undefined;
    case 'action':
    case 'singleton-read':
    case 'singleton-update':
    case 'singleton-replace':
    case 'singleton-delete':
      // A singleton two segments below its item (`/entities/{id}/settings/next_document_numbers`) has no
      // target, but its parent item must exist all the same.
      return op.target ?? op.parent;
    default:
      return op.path;
  }
}

/** The 404 of the first object the path names that does not exist. */
export function missingItem(store: Store, request: ResourceRequest): Reply | undefined {
  const template = itemPathOf(request.operation);
  if (!template) return undefined;
  for (const link of itemChain(template)) {
    const id = request.path[link.param] ?? '';
    if (!store.get(request.scope, fillPath(link.collection, request.path), id))
      return notFound(segmentsOf(link.collection).at(-1) ?? 'object', id);
  }
  return undefined;
}

/** The 422 of body fields that name objects the caller cannot see. */
export function unknownReference(
  store: Store,
  references: ReferenceTable,
  request: ResourceRequest,
): Reply | undefined {
  const fields = references[request.operation.operationId];
  if (!fields) return undefined;
  const issues = unknownReferences(fields, request.body, (collection, id) =>
    Boolean(store.get(request.scope, collection, id)),
  );
  return issues.length > 0 ? { status: 422, body: { detail: issues } } : undefined;
}

/**
 * Why a document may no longer change, or undefined when it may. Records
 * without a status (fixtures written before a workflow applies) are editable.
 */
export function lockReason(rules: CollectionRules | undefined, record: StoredRecord): string | undefined {
  const lock = rules?.lock;
  if (!lock || typeof record.status !== 'string' || lock.statuses.includes(record.status)) return undefined;
  return `${lock.name} ${record.id} is in status '${record.status}' and can no longer be changed.`;
}

/** Operations that change nothing, so no lock applies to them. */
const READS_AND_MOVES = new Set(['read', 'list', 'action', 'rpc', 'singleton-read']);

/**
 * The refusal of a change to a document that is no longer editable (the
 * document itself, or its line items). Reads and workflow actions pass: the
 * moves have their own rules.
 */
export function lockedDocument(
  store: Store,
  rulesOf: (template: string) => CollectionRules,
  request: ResourceRequest,
): Reply | undefined {
  const op = request.operation;
  if (READS_AND_MOVES.has(op.kind)) return undefined;
  for (const link of itemChain(op.path)) {
    const rules = rulesOf(link.collection);
    if (!rules.lock) continue;
    const record = store.get(request.scope, fillPath(link.collection, request.path), request.path[link.param] ?? '');
    const reason = record && lockReason(rules, record);
    if (reason) return refusal(conflictStatus(op), reason);
  }
  return undefined;
}
