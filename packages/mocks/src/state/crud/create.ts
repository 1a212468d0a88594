/** `POST` to a collection: a new object, the children Monite creates with it, and its event. */
import type { CollectionWriteOperation } from '../../operations/operation-table.js';
import type { Json } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import type { CreatedChild } from '../rules.js';
import type { RecordWriter } from './record-writer.js';
import { keepDefaultUnique } from './defaults.js';
import type { Reply, ResourceRequest } from './request.js';

/** Creates what Monite creates with a new object (a counterpart's address) and points the parent at it. */
function createChildren(
  writer: RecordWriter,
  request: ResourceRequest,
  concrete: string,
  record: StoredRecord,
  children: readonly CreatedChild[],
): StoredRecord {
  let parent = record;
  for (const child of children) {
    const childConcrete = `${concrete}/${record.id}/${child.segment}`;
    const now = writer.now();
    const created = writer.materialize(writer.templateOf(childConcrete) ?? childConcrete, {
      ...child.data,
      id: writer.freshId(),
      created_at: now,
      updated_at: now,
    });
    writer.store.put(request.scope, childConcrete, created);
    parent = { ...parent, ...Object.fromEntries(child.parentFields.map((f) => [f, created.id])) };
  }
  if (parent !== record) writer.store.put(request.scope, concrete, parent);
  return parent;
}

/** Answers a create: stores the object as served, with its children, and reports it. */
export function create(writer: RecordWriter, request: ResourceRequest, op: CollectionWriteOperation): Reply {
  const template = op.collection;
  const concrete = writer.concrete(template, request);
  const rules = writer.rulesOf(template);
  const body: Json = { ...writer.bodyWithDefaults(request), ...rules.fieldsFromFiles?.(request.files) };
  let record = writer.save(request, template, concrete, writer.newRecord(request, template, body));
  record = createChildren(writer, request, concrete, record, rules.childrenCreatedWith?.(body) ?? []);
  record = keepDefaultUnique(writer, request.scope, template, concrete, record);
  const kept = rules.afterCreate?.(record, {
    files: request.files,
    origin: request.origin,
    keepFile: (id, file) => writer.parts.fileContents.put(id, file),
  });
  if (kept) {
    record = kept;
    writer.store.put(request.scope, concrete, record);
  }
  record = writer.applyEffects(request, template, concrete, { kind: 'created', after: record });
  writer.changed(request, { kind: 'created', collection: template, after: record });
  return writer.itemReply(request, op.successStatus, template, concrete, record);
}
