/**
 * What every consumer asks about one operation, answered once:
 * {@link describeOperation}. The rules here are the ones the generated
 * client and mocks were built with; a change to them shows up as a change
 * in generated code.
 * @module
 */
import { isObject } from './json.js';
import { jsonSchemaOf } from './media.js';
import { effectiveParameters, findOperation } from './operations.js';
import { resolveObject, resolveRef } from './ref.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */

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
  };
}
