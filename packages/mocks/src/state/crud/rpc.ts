/** An operation that stores nothing: answered from its response schema, stable per body and seed. */
import type { RpcOperation } from '../../operations/operation-table.js';
import { isObject } from '../../shared/json.js';
import type { RecordWriter } from './record-writer.js';
import type { Reply, ResourceRequest } from './request.js';

/** Answers an RPC with generated data (a fresh id where the answer has one: each call made something new). */
export function rpc(writer: RecordWriter, request: ResourceRequest, op: RpcOperation): Reply {
  if (!op.responseContentType) return { status: op.successStatus };
  const value = writer.generate(op, JSON.stringify(request.body ?? null));
  const withId = isObject(value) && 'id' in value ? { ...value, id: writer.freshId() } : value;
  return { status: op.successStatus, body: writer.present(op, op.successStatus, withId) };
}
