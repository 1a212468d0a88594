/**
 * The operations of a document and their effective parameters.
 * @module
 */
import { isObject } from './json.js';
import { resolveRef } from './ref.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */
/** @typedef {import('./pointer.js').RefOptions} RefOptions */

/** The keys of a path item that hold operations, in the order OpenAPI lists them. */
export const HTTP_METHODS = /** @type {const} */ ([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
]);

/**
 * Methods HTTP answers on its own (a CORS preflight, a GET without its body,
 * a loop-back): an API describes none of them as an operation of its own.
 */
const PROTOCOL_METHODS = new Set(['options', 'head', 'trace']);

/**
 * The methods an API operation can have, in {@link HTTP_METHODS}' order:
 * those the client offers calls for and the mocks serve.
 */
export const API_METHODS = HTTP_METHODS.filter((method) => !PROTOCOL_METHODS.has(method));

/**
 * An operation of a document with where it lives.
 * @typedef {object} LocatedOperation
 * @property {string} method Upper-case HTTP method.
 * @property {string} path The path template, e.g. `/counterparts/{counterpart_id}`.
 * @property {JsonObject} operation
 * @property {JsonObject} pathItem The path item, its `$ref` followed.
 */

/**
 * Every operation of a document, in document order: paths as listed, and
 * within a path the methods in the order of `methods`. Path items' `$ref`s
 * are followed.
 * @param {{ paths?: unknown }} doc
 * @param {RefOptions & { methods?: readonly string[] }} [options] `methods`: lower-case methods to list, and their order (default {@link HTTP_METHODS})
 * @returns {LocatedOperation[]}
 */
export function listOperations(doc, options = {}) {
  const methods = options.methods ?? HTTP_METHODS;
  /** @type {LocatedOperation[]} */
  const out = [];
  for (const [path, rawItem] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    const pathItem = resolveRef(doc, rawItem, options).node;
    if (!isObject(pathItem)) continue;
    for (const method of methods) {
      const operation = pathItem[method];
      if (isObject(operation)) out.push({ method: method.toUpperCase(), path, operation, pathItem });
    }
  }
  return out;
}

/**
 * One operation of a document, or undefined when the path or method is not there.
 * @param {{ paths?: unknown }} doc
 * @param {string} method any case
 * @param {string} path
 * @param {RefOptions} [options]
 * @returns {LocatedOperation | undefined}
 */
export function findOperation(doc, method, path, options = {}) {
  const rawItem = isObject(doc.paths) ? doc.paths[path] : undefined;
  const pathItem = resolveRef(doc, rawItem, options).node;
  const operation = isObject(pathItem) ? pathItem[method.toLowerCase()] : undefined;
  if (!isObject(pathItem) || !isObject(operation)) return undefined;
  return { method: method.toUpperCase(), path, operation, pathItem };
}

/**
 * The key an effective parameter is stored under: `in:name`, header names
 * lower-cased, as HTTP compares them without case; the others are not.
 * @param {JsonObject} parameter a parameter object (not a `$ref`)
 * @returns {string}
 */
export function parameterKey(parameter) {
  const name = String(parameter.name);
  return `${String(parameter.in)}:${parameter.in === 'header' ? name.toLowerCase() : name}`;
}

/**
 * An operation's effective parameters: the path item's, then the
 * operation's, an operation parameter replacing a path-level one with the
 * same name and location (OpenAPI's rule), keyed by {@link parameterKey}.
 * A replaced parameter keeps its position. `$ref`s are followed (siblings
 * dropped: OpenAPI ignores them on parameters); entries without a string
 * `name` and `in` are skipped.
 * @param {unknown} doc
 * @param {{ pathItem: JsonObject, operation: JsonObject }} located
 * @param {RefOptions} [options]
 * @returns {Map<string, JsonObject>}
 */
export function effectiveParameters(doc, located, options = {}) {
  /** @type {Map<string, JsonObject>} */
  const out = new Map();
  for (const list of [located.pathItem.parameters, located.operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = resolveRef(doc, raw, options).node;
      if (!isObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
      out.set(parameterKey(parameter), parameter);
    }
  }
  return out;
}
