/** `PUT` of a whole collection (a payable's line items): the old items go, the new ones come, each with its event. */
import type { CollectionWriteOperation } from '../../operations/operation-table.js';
import { isObject } from '../../shared/json.js';
import type { RecordWriter } from './record-writer.js';
import type { Reply, ResourceRequest } from './request.js';

/** The new items: Monite's collection-replacing bodies carry them in `data` (a bare array is taken as is). */
function itemsOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  return isObject(body) && Array.isArray(body.data) ? body.data : [];
}

/** Answers a collection replacement. */
export function replaceCollection(writer: RecordWriter, request: ResourceRequest, op: CollectionWriteOperation): Reply {
  const template = op.collection;
  const concrete = writer.concrete(template, request);
  const records = itemsOf(request.body).map((item) =>
    writer.materialize(template, writer.newRecord(request, template, isObject(item) ? item : {})),
  );
  const previous = writer.store.list(request.scope, concrete);
  writer.store.replaceAll(request.scope, concrete, records);
  for (const before of previous) writer.changed(request, { kind: 'deleted', collection: template, before });
  for (const after of records) writer.changed(request, { kind: 'created', collection: template, after });
  const served = records.map((r) => writer.enrich(request.scope, template, concrete, r));
  return { status: op.successStatus, body: writer.present(op, op.successStatus, { data: served }) };
}
