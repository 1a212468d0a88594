/**
 * One object per path (settings, metadata, a document's file), read or
 * written whole; and child lists Monite keeps inside their parent object (a
 * receivable's line items), written through the parent.
 */
import type { SingletonOperation } from '../../operations/operation-table.js';
import { fillPath } from '../../operations/path-templates.js';
import { isObject, objectOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { mergePatch } from './items.js';
import type { RecordWriter } from './record-writer.js';
import type { Reply, ResourceRequest } from './request.js';

/**
 * The answer of a singleton whose success is a file (a PDF) rather than JSON:
 * the first bytes of a PDF (`%PDF`), enough for a client to read a binary
 * answer of the declared media type. The mock renders no documents.
 */
export const PLACEHOLDER_FILE = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

/** Writes the items of a child path kept inside its parent, and answers them. */
function itemsKeptInParent(
  writer: RecordWriter,
  request: ResourceRequest,
  parent: { collection: string; idParam: string; field: string },
): Reply {
  const op = request.operation;
  const id = request.path[parent.idParam] as string;
  const owner = writer.store.get(request.scope, parent.collection, id) as StoredRecord;
  const items = objectOf(request.body).data ?? [];
  const record = writer.save(request, parent.collection, parent.collection, {
    ...owner,
    [parent.field]: items,
    updated_at: writer.now(),
  });
  writer.changed(request, { kind: 'updated', collection: parent.collection, before: owner, after: record });
  return { status: op.successStatus, body: writer.present(op, op.successStatus, { data: record[parent.field] }) };
}

/** Answers a singleton operation. */
export function singleton(writer: RecordWriter, request: ResourceRequest, op: SingletonOperation): Reply {
  const parent = writer.parts.rules.keptInParent(op.path);
  if (parent) return itemsKeptInParent(writer, request, parent);
  const path = fillPath(op.path, request.path);
  const store = writer.store;
  if (op.kind === 'singleton-delete') {
    const removed = store.getSingleton(request.scope, path);
    store.setSingleton(request.scope, path, undefined);
    // Where the spec declares a JSON answer (DELETE /payables/{id}/suggestions), send one: the removed value, shaped.
    if (op.responseContentType !== 'application/json') return { status: op.successStatus };
    return {
      status: op.successStatus,
      body: writer.present(op, op.successStatus, removed ?? writer.generate(op, path)),
    };
  }
  const stored = store.getSingleton(request.scope, path);
  let value: unknown = stored ?? writer.generate(op, path);
  if (op.kind === 'singleton-update') value = mergePatch(isObject(value) ? value : {}, objectOf(request.body));
  if (op.kind === 'singleton-replace') value = request.body ?? {};
  if (op.kind !== 'singleton-read' || stored === undefined) store.setSingleton(request.scope, path, value);
  if (!op.responseContentType) return { status: op.successStatus };
  if (op.responseContentType !== 'application/json') return { status: op.successStatus, body: PLACEHOLDER_FILE };
  return { status: op.successStatus, body: writer.present(op, op.successStatus, value) };
}
