/**
 * What every consumer asks about one operation, answered once:
 * {@link describeOperation}. The rules here are the ones the generated
 * client and mocks were built with; a change to them shows up as a change
 * in generated code.
 * @module
 */
import { isObject } from './json.js';
import { effectiveParameters, findOperation } from './operations.js';
import { resolveObject, resolveRef } from './ref.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */

/** POST sub-resources that answer with a new object but are not stored as one. */
const NON_STORED_POSTS = new Set(['preview', 'clone', 'send', 'verify', 'validate', 'search']);

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
 * Everything consumers derive from one operation.
 * @typedef {object} OperationDescription
 * @property {string} method Upper-case.
 * @property {string} path
 * @property {string | undefined} operationId
 * @property {boolean} entityScoped Whether it declares an `x-monite-entity-id` header (path or operation level).
 * @property {boolean} secured Whether calling it needs credentials (see {@link isSecured}).
 * @property {number} successStatus Its first 2xx status, 200 when it declares none.
 * @property {string[]} statuses Every status it declares, in document order.
 * @property {{ paginated: boolean } | undefined} list For a GET answering with a `data` array: whether it is cursor-paginated.
 * @property {boolean} cursorList A GET answering with a cursor page: `data` array and `next_pagination_token`.
 * @property {Classification} classification How the mocks' store treats it.
 * @property {OperationKind} kind Same as `classification.kind`.
 * @property {string | undefined} collection Same as `classification.collection`.
 * @property {string | undefined} parent The nearest item path above what it addresses (see {@link parentItemOf}).
 */

/**
 * The segments of a path template: `/a/{a_id}` gives `['a', '{a_id}']`.
 * @param {string} path
 * @returns {string[]}
 */
export function pathSegments(path) {
  return path.split('/').filter(Boolean);
}

/**
 * Whether a path segment is a parameter (`{tag_id}`).
 * @param {string | undefined} segment
 * @returns {boolean}
 */
export function isParameterSegment(segment) {
  return segment !== undefined && /^\{.+\}$/.test(segment);
}

/**
 * The schema of the first JSON-ish media type of a `content` map (`{}` when
 * that media type has no schema); undefined when none is JSON.
 * @param {unknown} content
 * @returns {unknown}
 */
export function jsonSchemaOf(content) {
  if (!isObject(content)) return undefined;
  const json = Object.entries(content).find(([type]) => type.includes('json'));
  if (!json) return undefined;
  return isObject(json[1]) ? (json[1].schema ?? {}) : {};
}

/**
 * The first 2xx status an operation declares, 200 when it declares none.
 * @param {JsonObject} operation
 * @returns {number}
 */
export function successStatusOf(operation) {
  const statuses = Object.keys(isObject(operation.responses) ? operation.responses : {});
  return Number(statuses.find((s) => s.startsWith('2')) ?? 200);
}

/**
 * Whether an operation answers with a list: its first 2xx response's JSON
 * schema (refs followed) has a `data` property that is an array. Then
 * `paginated` says whether the page also has `next_pagination_token` (a
 * cursor page). Undefined for anything else.
 * @param {unknown} doc
 * @param {JsonObject} operation
 * @returns {{ paginated: boolean } | undefined}
 */
export function listShapeOf(doc, operation) {
  const ok = Object.entries(isObject(operation.responses) ? operation.responses : {}).find(([status]) =>
    status.startsWith('2'),
  );
  const response = resolveObject(doc, ok?.[1]).node;
  const schema = resolveRef(doc, jsonSchemaOf(response?.content)).node;
  const properties = isObject(schema?.properties) ? schema.properties : undefined;
  if (!properties?.data) return undefined;
  const data = resolveRef(doc, properties.data).node;
  if (data?.type !== 'array') return undefined;
  return { paginated: 'next_pagination_token' in properties };
}

/**
 * Whether calling an operation needs credentials: its effective security
 * requirements (its own `security`, else the document's) are not empty and
 * offer no empty alternative (`{}` means "or anonymously").
 * @param {{ security?: unknown }} doc
 * @param {JsonObject} operation
 * @returns {boolean}
 */
export function isSecured(doc, operation) {
  const requirements = Array.isArray(operation.security)
    ? operation.security
    : Array.isArray(doc.security)
      ? doc.security
      : [];
  return requirements.length > 0 && !requirements.some((r) => isObject(r) && Object.keys(r).length === 0);
}

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

/**
 * Describes one operation of a document: what the generators, the mocks'
 * table and the tests ask of it. Throws when the document has no such operation.
 * @param {{ paths?: unknown, security?: unknown }} doc
 * @param {string} method any case
 * @param {string} path the path template as written in `paths`
 * @returns {OperationDescription}
 */
export function describeOperation(doc, method, path) {
  const located = findOperation(doc, method, path);
  if (!located) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  const { operation } = located;
  const successStatus = successStatusOf(operation);
  const classification = classifyOperation(doc, method, path, operation, successStatus);
  const list = located.method === 'GET' ? listShapeOf(doc, operation) : undefined;
  return {
    method: located.method,
    path,
    operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
    entityScoped: effectiveParameters(doc, located).has('header:x-monite-entity-id'),
    secured: isSecured(doc, operation),
    successStatus,
    statuses: Object.keys(isObject(operation.responses) ? operation.responses : {}),
    list,
    cursorList: list?.paginated === true,
    classification,
    kind: classification.kind,
    collection: classification.collection,
    parent: parentItemOf(classification.collection ?? classification.target ?? path),
  };
}
