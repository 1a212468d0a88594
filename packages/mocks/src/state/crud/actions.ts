/**
 * `POST` to an item's action segment: a state move of the collection's
 * workflow, another action the collection's rules define (`make_default`,
 * `clone`), or, for an action Monite attaches no rule to, the item unchanged.
 * A refused move answers 409 where the operation declares it and 400
 * otherwise: never a 2xx that leaves the caller believing it happened.
 */
import type { ActionOperation } from '../../operations/operation-table.js';
import { paramNames } from '../../operations/path-templates.js';
import { objectOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import type { Move, MoveContext } from '../rules.js';
import type { RecordWriter } from './record-writer.js';
import { conflictStatus, type Reply, refusal, type ResourceRequest } from './request.js';

/** Outcome of a move: the moved record, or why it is refused. */
export type MoveResult = { ok: true; record: StoredRecord } | { ok: false; message: string };

/** Applies a workflow move to a record; a move from a status not in `from`, or one its guard refuses, is refused. */
export function applyMove(
  record: StoredRecord,
  action: string,
  move: Move,
  body: Record<string, unknown>,
  ctx: MoveContext,
): MoveResult {
  const status = String(record.status ?? '');
  if (!move.from.includes(status)) {
    return { ok: false, message: `Cannot ${action.replace(/_/g, ' ')} in status '${status}'.` };
  }
  const reason = move.guard?.(record, body, ctx);
  if (reason) return { ok: false, message: reason };
  const changes = move.apply?.(record, body, ctx) ?? {};
  return { ok: true, record: { ...record, ...changes, ...(move.to ? { status: move.to } : {}) } };
}

/** Answers an action on an existing item. */
export function action(writer: RecordWriter, request: ResourceRequest, op: ActionOperation): Reply {
  const template = op.collection;
  const concrete = writer.concrete(template, request);
  const id = request.path[paramNames(op.target).at(-1) as string] as string;
  let record = writer.store.get(request.scope, concrete, id) as StoredRecord;
  const rules = writer.rulesOf(template);
  const move = rules.moves?.[op.action];
  const custom = rules.actions?.[op.action];
  if (move) {
    const now = writer.now();
    const ctx = writer.moveContext(request.scope, request.entityId, now);
    // Moves that touch amounts need the derived totals (from line items), so they see the record as served.
    const served = writer.enrich(request.scope, template, concrete, record);
    const result = applyMove(served, op.action, move, objectOf(request.body), ctx);
    if (!result.ok) return refusal(conflictStatus(op), result.message);
    const before = record;
    const moved = { ...result.record, updated_at: now };
    record = rules.afterMove?.(moved, op.action, ctx) ?? moved;
    writer.store.put(request.scope, concrete, record);
    // A move with no target status (regenerating a secret) changes the object without moving it.
    const kind = move.to ? 'moved' : 'updated';
    record = writer.applyEffects(request, template, concrete, { kind, before, after: record, action: op.action });
    writer.changed(request, { kind, collection: template, before, after: record, action: op.action });
  } else if (custom) {
    const before = record;
    const done = custom.run(record, {
      ...writer.ruleContext(request.scope, request.entityId),
      stamp: () => writer.now(),
      collection: concrete,
      body: objectOf(request.body),
      create: (fields) => writer.save(request, template, concrete, writer.newRecord(request, template, fields)),
      put: (collection, item) => writer.store.put(request.scope, collection, item),
    });
    record = done.record;
    writer.changed(request, {
      kind: done.kind,
      collection: template,
      ...(done.kind === 'updated' ? { before } : {}),
      after: record,
      action: op.action,
    });
  }
  if (op.successStatus === 204 || !op.responseContentType) return { status: op.successStatus };
  return writer.itemReply(request, op.successStatus, template, concrete, record);
}
