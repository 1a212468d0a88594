/**
 * Flattening `allOf` into one schema, the shape generated TypeScript gives
 * an intersection of object schemas and so the shape consumers experience.
 * @module
 */
import { isObject } from './json.js';
import { resolveRef } from './ref.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */

/** Deeper nesting than this is a malformed document, not a schema; flattening stops there. */
const MAX_DEPTH = 20;

/**
 * Flattens `allOf` into one schema:
 * - `properties` are unioned, a later part's property replacing an earlier
 *   one of the same name, and the parts' replacing the schema's own;
 * - `required` is the union, without repeats, in first-seen order;
 * - any other keyword keeps its first value: the schema's own first, then
 *   each part's in order (the first writer is the most specific);
 * - parts are resolved with {@link resolveRef} and flattened in turn; the
 *   siblings of a part's `$ref` are not applied (the module rule of ref.js),
 *   and a part whose ref leads nowhere is skipped.
 * A schema without `allOf` is returned as is (the same object).
 * @param {unknown} doc
 * @param {JsonObject} schema
 * @param {number} [depth] nesting so far, for the guard against malformed documents
 * @returns {JsonObject}
 */
export function flattenAllOf(doc, schema, depth = 0) {
  if (!Array.isArray(schema.allOf) || depth > MAX_DEPTH) return schema;
  /** @type {JsonObject} */
  const merged = { ...schema };
  delete merged.allOf;
  /** @type {JsonObject} */
  const properties = { ...(isObject(schema.properties) ? schema.properties : {}) };
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  for (const part of schema.allOf) {
    const resolved = resolveRef(doc, part).node;
    if (!resolved) continue;
    const flat = flattenAllOf(doc, resolved, depth + 1);
    Object.assign(properties, isObject(flat.properties) ? flat.properties : {});
    for (const name of Array.isArray(flat.required) ? flat.required : []) required.add(name);
    for (const [key, value] of Object.entries(flat)) {
      if (key !== 'properties' && key !== 'required' && !(key in merged)) merged[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}
