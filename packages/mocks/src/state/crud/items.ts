/** Reads, `PATCH`, `PUT` and `DELETE` of one stored item. */
import type { ItemOperation } from '../../operations/operation-table.js';
import { itemChain } from '../../operations/path-templates.js';
import { isObject, type Json, objectOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { keepDefaultUnique } from './defaults.js';
import type { RecordWriter } from './record-writer.js';
import type { Reply, ResourceRequest } from './request.js';

/** PATCH semantics: objects merge key by key, anything else (arrays included) replaces. */
export function mergePatch(target: Json, patch: Json): Json {
  const out: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = isObject(value) && isObject(out[key]) ? mergePatch(out[key] as Json, value) : value;
  }
  return out;
}

/** Answers an item operation; the item exists (checked before). */
export function item(writer: RecordWriter, request: ResourceRequest, op: ItemOperation): Reply {
  const template = op.collection;
  const concrete = writer.concrete(template, request);
  const id = request.path[op.idParam] as string;
  const existing = writer.store.get(request.scope, concrete, id) as StoredRecord;
  if (op.kind === 'delete') {
    writer.store.delete(request.scope, concrete, id);
    writer.changed(request, { kind: 'deleted', collection: template, before: existing });
    return op.successStatus === 204
      ? { status: 204 }
      : writer.itemReply(request, op.successStatus, template, concrete, existing);
  }
  if (op.kind === 'read') return writer.itemReply(request, op.successStatus, template, concrete, existing);
  // PATCH keeps what it does not name; PUT starts over, with the schema's defaults.
  const base = op.kind === 'update' ? mergePatch(existing, objectOf(request.body)) : writer.bodyWithDefaults(request);
  let record = { ...base, id: existing.id, created_at: existing.created_at, updated_at: writer.now() } as StoredRecord;
  for (const link of itemChain(template)) record[link.param] ??= request.path[link.param];
  if (existing.entity_id !== undefined) record.entity_id ??= existing.entity_id;
  record = writer.save(request, template, concrete, record);
  record = keepDefaultUnique(writer, request.scope, template, concrete, record);
  writer.changed(request, { kind: 'updated', collection: template, before: existing, after: record });
  return writer.itemReply(request, op.successStatus, template, concrete, record);
}
