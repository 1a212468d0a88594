// How the mocks' in-memory store treats each operation: the `kind` and its
// collection, item parameter, action or target that every row of the mocks'
// operation table carries. Read from the path's shape, the method, the answer
// and the neighbouring paths; only the mock-operations generator asks, so the
// rules live here, beside it, rather than in the document reader.
import { isObject, isParameterSegment, listShapeOf, pathSegments } from '@monite-ts/openapi-model';

/** @typedef {import('@monite-ts/openapi-model').JsonObject} JsonObject */

/** POST sub-resources that answer with a new object but are not stored as one. */
export const NON_STORED_POSTS = new Set(['preview', 'clone', 'send', 'verify', 'validate', 'search']);

/**
 * How the mocks' in-memory store treats an operation.
 * - `read`/`update`/`replace`/`delete`/`action` on an item path (`/tags/{tag_id}`);
 * - `list` (a GET answering with a `data` array) and `create` on a collection;
 * - `replace-collection`: a PUT on a path whose GET lists;
 * - `action`: a POST on a sub-resource of an item (`/payables/{id}/approve`);
 * - `singleton-*`: a path naming one object, stored with its `target` item if any;
 * - `rpc`: a POST that stores nothing.
 * @typedef {'read' | 'update' | 'replace' | 'delete' | 'action' | 'list' | 'create' | 'replace-collection' | 'singleton-read' | 'singleton-replace' | 'singleton-update' | 'singleton-delete' | 'rpc'} OperationKind
 */

/**
 * The classification of an operation, key order as the mocks' table emits it.
 * @typedef {object} Classification
 * @property {OperationKind} kind
 * @property {string} [collection] The stored collection, as a path template.
 * @property {string} [idParam] The path parameter naming the item, on item paths.
 * @property {boolean} [paginated] On lists: whether the page carries `next_pagination_token`.
 * @property {string} [action] On actions below an item: the last path segment.
 * @property {string} [target] The stored item a singleton or action belongs to, as a path template.
 */

/**
 * The nearest item path at or above a path: its longest prefix that ends in
 * a parameter segment past the first (`/a/{a_id}/b/{b_id}/c` gives
 * `/a/{a_id}/b/{b_id}`, and a path ending in a parameter gives itself);
 * undefined when there is none. Callers pass the stored collection or target,
 * so "itself" only happens for a target that is an item.
 * @param {string | undefined} path
 * @returns {string | undefined}
 */
export function parentItemOf(path) {
  const segments = pathSegments(path ?? '');
  for (let i = segments.length - 1; i > 0; i--) {
    if (isParameterSegment(segments[i])) return `/${segments.slice(0, i + 1).join('/')}`;
  }
  return undefined;
}

/**
 * The item path right below a collection path, if the document has one
 * (`/tags` gives `/tags/{tag_id}`).
 * @param {{ paths?: unknown }} doc
 * @param {string} collection
 * @returns {string | undefined}
 */
export function itemPathOf(doc, collection) {
  const depth = pathSegments(collection).length + 1;
  return Object.keys(isObject(doc.paths) ? doc.paths : {}).find(
    (p) =>
      p.startsWith(`${collection}/{`) && pathSegments(p).length === depth && isParameterSegment(pathSegments(p).at(-1)),
  );
}

/** @type {Record<string, OperationKind>} */
const ITEM_KINDS = { get: 'read', patch: 'update', put: 'replace', delete: 'delete', post: 'action' };

/**
 * Decides how the mocks' store treats an operation, from the path's shape,
 * the method, the answer and the neighbouring paths.
 * @param {{ paths?: unknown }} doc
 * @param {string} method any case
 * @param {string} path
 * @param {JsonObject} operation
 * @param {number} successStatus
 * @returns {Classification}
 */
export function classifyOperation(doc, method, path, operation, successStatus) {
  const verb = method.toLowerCase();
  const segments = pathSegments(path);
  const last = segments.at(-1) ?? '';
  const parentPath = `/${segments.slice(0, -1).join('/')}`;
  const prevIsParam = segments.length > 1 && isParameterSegment(segments.at(-2));
  if (isParameterSegment(last)) {
    return { kind: ITEM_KINDS[verb] ?? 'action', collection: parentPath, idParam: last.slice(1, -1) };
  }
  const target = prevIsParam ? parentPath : undefined;
  if (verb === 'get') {
    const shape = listShapeOf(doc, operation);
    if (shape) return { kind: 'list', collection: path, paginated: shape.paginated };
    return { kind: 'singleton-read', target };
  }
  // A path whose GET lists is a collection: POST adds to it, PUT replaces it.
  const pathItem = isObject(doc.paths) ? doc.paths[path] : undefined;
  const get = isObject(pathItem) && isObject(pathItem.get) ? pathItem.get : undefined;
  const listed = get !== undefined && listShapeOf(doc, get) !== undefined;
  if (verb === 'post') {
    if (itemPathOf(doc, path) !== undefined || listed) return { kind: 'create', collection: path };
    if (prevIsParam && successStatus === 201 && !NON_STORED_POSTS.has(last))
      return { kind: 'create', collection: path };
    if (prevIsParam)
      return { kind: 'action', action: last, target: parentPath, collection: `/${segments.slice(0, -2).join('/')}` };
    return { kind: 'rpc' };
  }
  if (verb === 'put' || verb === 'patch') {
    if (listed && verb === 'put') return { kind: 'replace-collection', collection: path };
    return { kind: verb === 'put' ? 'singleton-replace' : 'singleton-update', target };
  }
  return { kind: 'singleton-delete', target };
}
