import { foldNullUnion, isDescriptiveKeyword, isObject, lookUp, onlyWraps, refName } from '@monite-ts/openapi-model';
import type { JsonObject, OpenApiDocument } from './types.js';

/** A schema brought to a canonical form, so that equivalent spellings compare equal. */
export interface NormalSchema {
  /**
   * Identity of the structure, for cycle detection and memoisation: the
   * component last reached through `$ref` plus any keywords its wrappers
   * added (`{$ref: X, default: 1}` is not X), or the raw object's identity
   * for an inline schema. Nullability is left out: a wrapper that only adds
   * `null` has X's structure, and the comparer checks nullability apart, so
   * a recursive schema is walked once whichever way it is reached.
   */
  key: string;
  /** Component names followed, outermost first; the last one names the schema for reports. */
  refs: string[];
  /** True when `null` is admitted, however it was spelled. */
  nullable: boolean;
  /** The admitted JSON types without `null`, sorted; `undefined` when any type goes. */
  types: string[] | undefined;
  /** The remaining keywords, with `$ref`, single `allOf` and `null` branches folded in. */
  node: JsonObject;
}

let nextObjectId = 0;
const objectIds = new WeakMap<object, number>();
function objectId(value: object): number {
  let id = objectIds.get(value);
  if (id === undefined) {
    id = nextObjectId += 1;
    objectIds.set(value, id);
  }
  return id;
}

function without(node: JsonObject, ...keys: string[]): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** Merges a wrapped schema with its wrapper's own keywords; the wrapper's win, as they are the more specific. */
function mergeInto(wrapped: unknown, wrapper: JsonObject): JsonObject {
  return { ...(isObject(wrapped) ? wrapped : {}), ...wrapper };
}

/**
 * Brings a schema to canonical form. Equivalences it folds:
 * - `$ref` (with or without sibling keywords) is replaced by its target;
 * - `allOf: [X]` with only non-structural siblings is X;
 * - `anyOf`/`oneOf` with a null branch, `type: [X, 'null']`, `enum` with
 *   `null` and OpenAPI 3.0's `nullable: true` all set {@link NormalSchema.nullable};
 *   a single remaining branch is unwrapped, so `anyOf: [X, null]` equals
 *   `type: [X, 'null']`;
 * - `anyOf` of bare primitive types equals a `type` array;
 * - `type: 'string'` equals `type: ['string']`; `const: X` equals `enum: [X]`.
 */
export function normalizeSchema(document: OpenApiDocument, raw: unknown): NormalSchema {
  if (raw === true || raw === undefined) raw = {};
  if (raw === false) raw = { not: {} };
  if (!isObject(raw)) throw new Error(`not a schema: ${JSON.stringify(raw)}`);
  let node: JsonObject = raw;
  const refs: string[] = [];
  let nullable = false;
  let target: object | undefined;
  // Keywords that wrappers laid over the last `$ref` target.
  let extras: JsonObject = {};
  const wrap = (wrapper: JsonObject) => {
    for (const [k, v] of Object.entries(wrapper)) if (!isDescriptiveKeyword(k)) extras[k] = v;
  };

  // Each round removes one wrapper; the bound only guards against a malformed `$ref` loop.
  for (let round = 0; round < 64; round += 1) {
    if (typeof node.$ref === 'string') {
      const ref = node.$ref;
      if (refs.includes(ref)) throw new Error(`$ref ${ref} refers to itself without a subschema in between`);
      refs.push(ref);
      const resolved = lookUp(document, ref, { strict: true });
      const siblings = without(node, '$ref');
      if (isObject(resolved)) target = resolved;
      // Keywords beside this `$ref` override what came before it.
      extras = {};
      wrap(siblings);
      node = mergeInto(resolved, siblings);
      continue;
    }
    const allOf = node.allOf;
    if (Array.isArray(allOf) && allOf.length === 1) {
      const rest = without(node, 'allOf');
      if (onlyWraps(rest)) {
        wrap(rest);
        node = mergeInto(allOf[0], rest);
        continue;
      }
    }
    // Which branches are null and how a union folds is openapi-model's reading,
    // the one the spec diff and the generators use too.
    const union = foldNullUnion(node);
    if (union.folded && isObject(union.schema)) {
      if (union.nullable) nullable = true;
      if (union.unwrapped) wrap(union.unwrapped);
      node = union.schema;
      continue;
    }
    break;
  }

  let types: string[] | undefined;
  const type = node.type;
  if (typeof type === 'string' || Array.isArray(type)) {
    const list = (Array.isArray(type) ? type : [type]).map(String);
    if (list.includes('null')) nullable = true;
    types = [...new Set(list.filter((t) => t !== 'null'))].sort();
    // `type: 'null'` alone is a schema that admits only null.
    if (types.length === 0) types = undefined;
  }
  if (Array.isArray(node.enum) && node.enum.includes(null)) {
    nullable = true;
    node = { ...node, enum: node.enum.filter((v) => v !== null) };
  }
  if (node.nullable === true) nullable = true;
  // `const: X` is `enum: [X]`; compare them as one.
  if ('const' in node && !('enum' in node)) {
    const constant = node.const;
    if (constant === null) nullable = true;
    node = { ...without(node, 'const'), enum: constant === null ? [] : [constant] };
  }
  node = without(node, 'type', 'nullable', '$ref');

  const key = target
    ? `#${objectId(target)}${Object.keys(extras).length > 0 ? stableJson(extras) : ''}`
    : `#${objectId(raw)}`;
  return { key, refs: refs.map((ref) => refName(ref) ?? ref), nullable, types, node };
}

/** JSON with object keys sorted, so equal values give equal strings. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
