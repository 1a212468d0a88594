import { isObject, refName, resolvePointer } from './resolve.js';
import type { JsonObject, OpenApiDocument } from './types.js';

/**
 * Keywords that carry no structure: the comparison ignores them, and they do
 * not stop a wrapper (`allOf: [X]` plus a description) from being unwrapped.
 */
export function isIgnoredKeyword(key: string): boolean {
  return (
    key === 'description' ||
    key === 'title' ||
    key === 'example' ||
    key === 'examples' ||
    key === '$comment' ||
    key === 'externalDocs' ||
    key === 'xml' ||
    key.startsWith('x-')
  );
}

/** Keywords whose presence beside `allOf: [X]` means the wrapper really composes. */
const STRUCTURAL = new Set([
  'type',
  'properties',
  'required',
  'items',
  'prefixItems',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'additionalProperties',
  'patternProperties',
  'enum',
  'const',
  'discriminator',
]);

/** A schema brought to a canonical form, so that equivalent spellings compare equal. */
export interface NormalSchema {
  /**
   * Identity for cycle detection and memoisation: the raw object's identity.
   * Raw schemas are objects of the document, so a cycle through `$ref`s
   * meets the same raw object again; `$ref` names alone would not do, as
   * sibling keywords (`{$ref: X, default: 1}`) change the meaning.
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
    id = (nextObjectId += 1);
    objectIds.set(value, id);
  }
  return id;
}

function structuralKeys(node: JsonObject): string[] {
  return Object.keys(node).filter((k) => !isIgnoredKeyword(k));
}

/** True for a branch that admits only `null`: `{type: 'null'}`, `{type: ['null']}`, `{const: null}`, `{enum: [null]}`. */
function isNullBranch(branch: unknown): boolean {
  if (!isObject(branch)) return false;
  const keys = structuralKeys(branch);
  if (keys.length !== 1) return false;
  const { type, const: constant, enum: values } = branch;
  if (keys[0] === 'type') return type === 'null' || (Array.isArray(type) && type.length === 1 && type[0] === 'null');
  if (keys[0] === 'const') return constant === null;
  if (keys[0] === 'enum') return Array.isArray(values) && values.length === 1 && values[0] === null;
  return false;
}

/** A branch that is nothing but a primitive `type`, e.g. `{type: 'string'}`. */
function primitiveBranchType(branch: unknown): string | undefined {
  if (!isObject(branch) || typeof branch.$ref === 'string') return undefined;
  const keys = structuralKeys(branch);
  return keys.length === 1 && keys[0] === 'type' && typeof branch.type === 'string' ? branch.type : undefined;
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

  // Each round removes one wrapper; the bound only guards against a malformed `$ref` loop.
  for (let round = 0; round < 64; round += 1) {
    if (typeof node.$ref === 'string') {
      const ref = node.$ref;
      if (refs.includes(ref)) throw new Error(`$ref ${ref} refers to itself without a subschema in between`);
      refs.push(ref);
      node = mergeInto(resolvePointer(document, ref), without(node, '$ref'));
      continue;
    }
    const allOf = node.allOf;
    if (Array.isArray(allOf) && allOf.length === 1) {
      const rest = without(node, 'allOf');
      if (!structuralKeys(rest).some((k) => STRUCTURAL.has(k))) {
        node = mergeInto(allOf[0], rest);
        continue;
      }
    }
    const unionKey = Array.isArray(node.anyOf) ? 'anyOf' : Array.isArray(node.oneOf) ? 'oneOf' : undefined;
    if (unionKey) {
      const branches = node[unionKey] as unknown[];
      const nonNull = branches.filter((b) => !isNullBranch(b));
      if (nonNull.length < branches.length) nullable = true;
      const rest = without(node, unionKey);
      const restIsPlain = !structuralKeys(rest).some((k) => STRUCTURAL.has(k));
      if (nonNull.length === 1 && restIsPlain) {
        node = mergeInto(nonNull[0], rest);
        continue;
      }
      const primitives = nonNull.map(primitiveBranchType);
      if (nonNull.length > 1 && restIsPlain && primitives.every((t) => t !== undefined)) {
        node = { ...rest, type: primitives };
        continue;
      }
      if (nonNull.length < branches.length) {
        node = { ...rest, [unionKey]: nonNull };
        continue;
      }
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

  return { key: `#${objectId(raw)}`, refs: refs.map(refName), nullable, types, node };
}
