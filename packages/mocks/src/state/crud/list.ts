/** `GET` of a collection: filters, sort and cursor pages over the objects as served. */
import type { ListOperation } from '../../operations/operation-table.js';
import type { Json } from '../../shared/json.js';
import type { CursorRegistry } from '../cursors.js';
import { type ListQuery, pageOf, queryFromParameters } from '../lists.js';
import type { RecordWriter } from './record-writer.js';
import type { Reply, ResourceRequest } from './request.js';

/** The 422 Monite answers for a pagination token it did not issue (or for another list). */
export function invalidToken(where: 'query' | 'body'): Reply {
  return {
    status: 422,
    body: { detail: [{ loc: [where, 'pagination_token'], msg: 'Invalid pagination token', type: 'value_error' }] },
  };
}

/** Answers a list: a token carries the query it came from; without one, the query's filters apply. */
export function list(
  writer: RecordWriter,
  cursors: CursorRegistry,
  request: ResourceRequest,
  op: ListOperation,
): Reply {
  const template = op.collection;
  const concrete = writer.concrete(template, request);
  const key = `${request.scope} ${concrete}`;
  let query: ListQuery;
  const token = request.query.pagination_token;
  if (typeof token === 'string') {
    const decoded = cursors.resolve(key, token);
    if (!decoded) return invalidToken('query');
    query = decoded;
  } else {
    query = queryFromParameters(request.query);
    if (!op.paginated) query.limit = Number.MAX_SAFE_INTEGER;
  }
  const page = pageOf(writer.store.list(request.scope, concrete), query, (next) => cursors.issue(key, next), {
    lookups: {
      children: (record, segment) => writer.store.list(request.scope, `${concrete}/${record.id}/${segment}`),
      // `<name>_id` names an object of the top-level collection `/<name>s` (`counterpart_id`, `/counterparts`).
      referenced: (record, name) => {
        const id = record[`${name}_id`];
        return typeof id === 'string' ? writer.store.get(request.scope, `/${name}s`, id) : undefined;
      },
    },
    serve: (record) => writer.enrich(request.scope, template, concrete, record),
  });
  const body: Json = { data: page.items };
  if (op.paginated) Object.assign(body, { next_pagination_token: page.next, prev_pagination_token: page.prev });
  return { status: op.successStatus, body: writer.present(op, op.successStatus, body) };
}
