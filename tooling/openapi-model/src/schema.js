/**
 * One reading of a schema node, shared by every reader that compares or
 * walks schemas (the drift comparer, the spec diff, the generators): which
 * keywords are prose, when a branch admits only `null`, and what a union
 * means once its `null` branches are set apart.
 *
 * Everything here looks at one node. Following `$ref`s is ref.js's job and
 * flattening `allOf` is all-of.js's, so a reader composes the three in the
 * order its question needs.
 * @module
 */
import { isObject } from './json.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */

/**
 * The prose keywords of a schema: what a reader shows to people. A change to
 * them changes no value a schema admits.
 */
export const PROSE_KEYWORDS = /** @type {const} */ (['description', 'title', 'example', 'examples', 'summary']);

/** Descriptive keywords that are not prose: comments, links and XML hints. */
const OTHER_DESCRIPTIVE = new Set(['$comment', 'externalDocs', 'xml']);

/** @type {ReadonlySet<string>} */
const PROSE = new Set(PROSE_KEYWORDS);

/**
 * Whether a keyword only describes a schema and constrains no value: the
 * {@link PROSE_KEYWORDS}, `$comment`, `externalDocs`, `xml` and every `x-`
 * extension. Comparers ignore them; they never make a wrapper compose.
 * @param {string} key
 * @returns {boolean}
 */
export function isDescriptiveKeyword(key) {
  return PROSE.has(key) || OTHER_DESCRIPTIVE.has(key) || key.startsWith('x-');
}

/**
 * The keywords of a schema that are not descriptive, in written order.
 * @param {JsonObject} schema
 * @returns {string[]}
 */
export function structuralKeywords(schema) {
  return Object.keys(schema).filter((key) => !isDescriptiveKeyword(key));
}

/**
 * A shallow copy of a schema without its descriptive keywords (the node's
 * own; subschemas are left as they are).
 * @param {JsonObject} schema
 * @returns {JsonObject}
 */
export function stripDescriptive(schema) {
  /** @type {JsonObject} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) if (!isDescriptiveKeyword(key)) out[key] = value;
  return out;
}

/**
 * Keywords that give a schema structure of its own: written beside a union
 * or a single `allOf`, they make the node more than a wrapper of its
 * subschema. Everything else (descriptive keywords, `default`, `format`,
 * bounds) is read as the wrapper's refinement of what it wraps.
 */
const COMPOSING = new Set([
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

/**
 * Whether a schema's keywords only wrap a subschema: none of them gives it a
 * structure of its own (see the list above). `{ description, default }` is a
 * wrapper's; `{ type: 'object' }` is not.
 * @param {JsonObject} schema
 * @returns {boolean}
 */
export function onlyWraps(schema) {
  return !structuralKeywords(schema).some((key) => COMPOSING.has(key));
}

/**
 * Whether a schema admits only `null`, however it is spelled: `{type: 'null'}`,
 * `{type: ['null']}`, `{const: null}` or `{enum: [null]}`, descriptive
 * keywords aside.
 * @param {unknown} schema
 * @returns {boolean}
 */
export function isNullSchema(schema) {
  if (!isObject(schema)) return false;
  const keys = structuralKeywords(schema);
  if (keys.length !== 1) return false;
  const { type, const: constant, enum: values } = schema;
  if (keys[0] === 'type') return type === 'null' || (Array.isArray(type) && type.length === 1 && type[0] === 'null');
  if (keys[0] === 'const') return constant === null;
  if (keys[0] === 'enum') return Array.isArray(values) && values.length === 1 && values[0] === null;
  return false;
}

/**
 * The primitive type of a branch that is nothing but one, e.g. `{type: 'string'}`
 * (descriptive keywords aside); undefined for anything else, a `$ref` included.
 * @param {unknown} schema
 * @returns {string | undefined}
 */
export function primitiveTypeOf(schema) {
  if (!isObject(schema) || typeof schema.$ref === 'string') return undefined;
  const keys = structuralKeywords(schema);
  return keys.length === 1 && keys[0] === 'type' && typeof schema.type === 'string' ? schema.type : undefined;
}

/**
 * The branches of a union node: its `anyOf`, else its `oneOf`, as written
 * (refs not followed). Undefined when the node is no union. Readers that do
 * not care which keyword was used (generated TypeScript is the same union
 * for both) walk these.
 * @param {unknown} schema
 * @returns {unknown[] | undefined}
 */
export function unionBranches(schema) {
  return unionOf(schema)?.branches;
}

/**
 * A union node read once: which keyword it uses, its branches, and the same
 * branches with those that admit only `null` set apart.
 * @typedef {object} UnionReading
 * @property {'anyOf' | 'oneOf'} keyword the keyword the branches are under (`anyOf` when a node has both)
 * @property {unknown[]} branches every branch, as written
 * @property {unknown[]} nonNull the branches that admit more than `null`, in order
 * @property {boolean} nullable whether a branch admits only `null` (see {@link isNullSchema})
 * @property {JsonObject} rest the node without its union keyword
 * @property {string[] | undefined} primitiveTypes when every non-null branch is a bare primitive type, those types in order
 */

/**
 * Reads a union node (see {@link UnionReading}); undefined when the node has
 * neither `anyOf` nor `oneOf`.
 * @param {unknown} schema
 * @returns {UnionReading | undefined}
 */
export function unionOf(schema) {
  if (!isObject(schema)) return undefined;
  const keyword = Array.isArray(schema.anyOf) ? 'anyOf' : Array.isArray(schema.oneOf) ? 'oneOf' : undefined;
  if (!keyword) return undefined;
  const branches = /** @type {unknown[]} */ (schema[keyword]);
  const nonNull = branches.filter((branch) => !isNullSchema(branch));
  const types = nonNull.map(primitiveTypeOf);
  /** @type {JsonObject} */
  const rest = { ...schema };
  delete rest[keyword];
  return {
    keyword,
    branches,
    nonNull,
    nullable: nonNull.length < branches.length,
    rest,
    primitiveTypes:
      nonNull.length > 0 && types.every((t) => t !== undefined) ? /** @type {string[]} */ (types) : undefined,
  };
}

/**
 * One step of the canonical reading of a union node: its `null` branches
 * folded into a flag. What is left of the node:
 * - one branch, beside keywords that only wrap it: that branch with the
 *   wrapper's keywords laid over it (`anyOf: [X, null]` reads as X, and
 *   `anyOf: [{$ref: X}]` as `{$ref: X}`);
 * - bare primitive types only (two or more), beside keywords that only wrap:
 *   a `type` array of them (`anyOf: [{type: string}, {type: integer}]` is
 *   `type: [string, integer]`);
 * - otherwise the union without its null branches.
 * `folded` is false, and `schema` the node itself, when none of these
 * changed anything.
 * @param {unknown} schema
 * @returns {{ schema: unknown, nullable: boolean, folded: boolean, unwrapped: JsonObject | undefined }}
 *   `unwrapped`: the wrapper's keywords, when a single branch was unwrapped
 */
export function foldNullUnion(schema) {
  const union = unionOf(schema);
  if (!union) return { schema, nullable: false, folded: false, unwrapped: undefined };
  const { keyword, nonNull, nullable, rest, primitiveTypes } = union;
  const wraps = onlyWraps(rest);
  if (nonNull.length === 1 && wraps) {
    return {
      schema: { ...(isObject(nonNull[0]) ? nonNull[0] : {}), ...rest },
      nullable,
      folded: true,
      unwrapped: rest,
    };
  }
  if (nonNull.length > 1 && wraps && primitiveTypes) {
    return { schema: { ...rest, type: primitiveTypes }, nullable, folded: true, unwrapped: undefined };
  }
  if (nullable) return { schema: { ...rest, [keyword]: nonNull }, nullable, folded: true, unwrapped: undefined };
  return { schema, nullable: false, folded: false, unwrapped: undefined };
}
