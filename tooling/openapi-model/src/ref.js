/**
 * Following `$ref`s. The rule for keywords written next to a `$ref`
 * (siblings), the same for every reader of the document:
 *
 * {@link resolveRef} never merges them. It returns the target exactly as it
 * stands in the document (the same object, so identity-based cycle checks
 * and in-place edits keep working) and hands the siblings back apart, in
 * {@link Resolved.siblings}, those nearer the start of the chain winning.
 * A reader that applies them says so by calling {@link withSiblings}: JSON
 * Schema 2020-12 applies a schema's siblings, while OpenAPI 3.1 ignores them
 * on parameters, responses, request bodies and headers (bar summary and
 * description), so whether they count depends on what the reader reads.
 * @module
 */
import { isObject } from './json.js';
import { lookUp } from './pointer.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */
/** @typedef {import('./pointer.js').RefOptions} RefOptions */

/**
 * A node after following its `$ref` chain.
 * @template [T=JsonObject]
 * @typedef {object} Resolved
 * @property {T | undefined} node The target, as it is in the document; undefined when missing (lenient) or absent.
 * @property {string | undefined} ref The last `$ref` followed, e.g. `#/components/schemas/Counterpart`; undefined for inline nodes.
 * @property {string[]} refs Every `$ref` followed, outermost first.
 * @property {JsonObject} siblings Keywords written beside the `$ref`s followed, the outermost winning; empty for inline nodes.
 */

/**
 * Follows `$ref`s until reaching a node without one. A chain that comes back
 * to a ref it already followed throws: it designates no node at all.
 * @template [T=JsonObject]
 * @param {unknown} doc the whole document refs point into
 * @param {unknown} node a node that may be a `$ref`
 * @param {RefOptions} [options]
 * @returns {Resolved<T>}
 */
export function resolveRef(doc, node, options = {}) {
  let current = node;
  /** @type {string[]} */
  const refs = [];
  /** @type {JsonObject} */
  const siblings = {};
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (refs.includes(ref)) throw new Error(`$ref cycle without a schema: ${ref}`);
    refs.push(ref);
    for (const [key, value] of Object.entries(current)) {
      if (key !== '$ref' && !(key in siblings)) siblings[key] = value;
    }
    current = lookUp(doc, ref, options);
  }
  return {
    node: /** @type {T | undefined} */ (current ?? undefined),
    ref: refs.at(-1),
    refs,
    siblings,
  };
}

/**
 * A resolved node with its siblings applied over it, for readers that treat
 * siblings as JSON Schema does. Without siblings it is the target itself;
 * with them, a new object (the document is never changed).
 * @param {Resolved<unknown>} resolved
 * @returns {JsonObject | undefined}
 */
export function withSiblings(resolved) {
  const target = isObject(resolved.node) ? resolved.node : undefined;
  if (Object.keys(resolved.siblings).length === 0) return target;
  return { ...target, ...resolved.siblings };
}

/**
 * Whether a node is a `$ref` to a component schema. Readers that keep schema
 * refs (for a validator that resolves them itself) stop there.
 * @param {unknown} node
 * @returns {boolean}
 */
export function isSchemaRef(node) {
  return isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/');
}

/**
 * Follows the `$ref` chain of a non-schema object (parameter, response,
 * request body, header) but keeps a `$ref` to a component schema as it is:
 * the object readers want the object, and leave schemas to schema readers.
 * @param {unknown} doc
 * @param {unknown} node
 * @param {RefOptions} [options]
 * @returns {Resolved<JsonObject>}
 */
export function resolveObject(doc, node, options = {}) {
  if (isSchemaRef(node)) return { node: /** @type {JsonObject} */ (node), ref: undefined, refs: [], siblings: {} };
  const resolved = resolveRef(doc, node, options);
  return { ...resolved, node: isObject(resolved.node) ? resolved.node : undefined };
}
