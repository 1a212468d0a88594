/**
 * The JSON shapes every reader of the document shares.
 * @module
 */

/** @typedef {{ [key: string]: unknown }} JsonObject A JSON object as read from an OpenAPI document. */

/**
 * True for a plain JSON object (not an array, not null). Readers walk
 * untyped JSON, so this is the guard before every property access.
 * @param {unknown} value
 * @returns {value is JsonObject}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
