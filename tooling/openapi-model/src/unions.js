/**
 * Unions told apart by one field: the walker that finds every `anyOf`/`oneOf`
 * of a document, and the reading of which values each branch admits for a
 * field they all declare. TypeScript narrows such a union on the field only
 * when every branch admits its own value, so a spec check lists the unions
 * where a branch admits more.
 * @module
 */
import { flattenAllOf } from './all-of.js';
import { isObject } from './json.js';
import { refName, toPointer } from './pointer.js';
import { resolveRef } from './ref.js';
import { unionOf } from './schema.js';

/** @typedef {import('./json.js').JsonObject} JsonObject */

/**
 * One branch of a union, refs followed and `allOf` flattened.
 * @typedef {object} UnionBranch
 * @property {string | undefined} name the component it is, when it is a `$ref` to one
 * @property {string | undefined} ref the last `$ref` followed to it
 * @property {JsonObject} schema
 */

/**
 * A union of a document.
 * @typedef {object} LocatedUnion
 * @property {string} pointer where it is written, e.g. `#/components/schemas/CounterpartResponse`
 * @property {'anyOf' | 'oneOf'} keyword
 * @property {UnionBranch[]} branches its branches that admit more than `null`
 * @property {JsonObject | undefined} discriminator its `discriminator` object, if it has one
 */

/**
 * The values a schema admits when they are a finite list: its `const`, or its
 * `enum` without `null`, read through refs, `allOf` and a nullable union of
 * one branch. Undefined when any value of a type goes.
 * @param {unknown} doc
 * @param {unknown} node
 * @returns {unknown[] | undefined}
 */
export function admittedValues(doc, node) {
  const resolved = resolveRef(doc, node).node;
  if (!isObject(resolved)) return undefined;
  const schema = flattenAllOf(doc, resolved);
  if ('const' in schema) return [schema.const];
  if (Array.isArray(schema.enum)) return schema.enum.filter((value) => value !== null);
  const union = unionOf(schema);
  return union?.nonNull.length === 1 ? admittedValues(doc, union.nonNull[0]) : undefined;
}

/**
 * Every union of a document with two branches or more that admit more than
 * `null`, in document order (components first, then paths). A union reached
 * through `$ref` is listed where it is written, once.
 * @param {{ components?: unknown, paths?: unknown }} doc
 * @returns {LocatedUnion[]}
 */
export function listUnions(doc) {
  /** @type {LocatedUnion[]} */
  const out = [];
  /**
   * @param {unknown} node
   * @param {string[]} tokens
   */
  const visit = (node, tokens) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, [...tokens, String(i)]);
      });
      return;
    }
    if (!isObject(node)) return;
    const union = unionOf(node);
    if (union && union.nonNull.length > 1) {
      out.push({
        pointer: toPointer(tokens),
        keyword: union.keyword,
        branches: union.nonNull.map((branch) => {
          const resolved = resolveRef(doc, branch);
          const schema = isObject(resolved.node) ? flattenAllOf(doc, resolved.node) : {};
          return { name: refName(resolved.ref), ref: resolved.ref, schema };
        }),
        discriminator: isObject(node.discriminator) ? node.discriminator : undefined,
      });
    }
    for (const [key, value] of Object.entries(node)) visit(value, [...tokens, key]);
  };
  visit(doc.components, ['components']);
  visit(doc.paths, ['paths']);
  return out;
}

/**
 * `CounterpartIndividualRootResponse` or `credit_note` as letters and digits
 * only, lower-case, so a value can be found in a component's name.
 * @param {string} text
 * @returns {string}
 */
function letters(text) {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * A field that tells a union's branches apart, and what each branch admits.
 * @typedef {object} Discriminant
 * @property {string} property the field every branch declares
 * @property {unknown[][]} admitted per branch, in branch order, every value it admits for the field
 * @property {boolean} narrows whether the generated union narrows on the field: no value is admitted
 *   by two branches, or the union is a `oneOf` whose `discriminator` maps a value to every branch
 *   (openapi-typescript then writes the mapped values into each branch's type; it does not for `anyOf`)
 */

/**
 * Whether no value is in two of the lists.
 * @param {unknown[][]} lists
 * @returns {boolean}
 */
function disjoint(lists) {
  const seen = new Set();
  for (const list of lists) {
    for (const value of new Set(list)) {
      if (seen.has(value)) return false;
      seen.add(value);
    }
  }
  return true;
}

/**
 * The field that tells a union's branches apart, if any, among the fields
 * every branch declares with a finite list of values. A field is taken when
 * the union's `discriminator` names it, when no value is admitted by two
 * branches, or when each branch's component name contains exactly one of the
 * field's values and no two branches the same one (`type: individual |
 * organization` across `CounterpartIndividual...` and
 * `CounterpartOrganization...`, even where both admit both). A field shared
 * for another reason (`language`, `status`) meets none of these.
 * @param {unknown} doc
 * @param {LocatedUnion} union
 * @returns {Discriminant | undefined}
 */
export function discriminantOf(doc, union) {
  const { branches, discriminator } = union;
  const [first] = branches;
  if (!first || branches.some((b) => !isObject(b.schema.properties))) return undefined;
  const shared = Object.keys(/** @type {JsonObject} */ (first.schema.properties)).filter((property) =>
    branches.every((b) => property in /** @type {JsonObject} */ (b.schema.properties)),
  );
  for (const property of shared) {
    const found = branches.map((b) => admittedValues(doc, /** @type {JsonObject} */ (b.schema.properties)[property]));
    if (found.some((values) => values === undefined)) continue;
    const admitted = /** @type {unknown[][]} */ (found);
    const values = [...new Set(admitted.flat())].filter((value) => typeof value === 'string');
    const named = branches.map((b) => {
      const inName = values.filter((value) => b.name !== undefined && letters(b.name).includes(letters(value)));
      return inName.length === 1 ? inName[0] : undefined;
    });
    const byName = named.every((v) => v !== undefined) && new Set(named).size === branches.length;
    const declared = discriminator?.propertyName === property;
    const separate = disjoint(admitted);
    if (!declared && !separate && !byName) continue;
    const mapping = declared && isObject(discriminator?.mapping) ? Object.values(discriminator.mapping) : [];
    const mapped = union.keyword === 'oneOf' && branches.every((b) => b.ref !== undefined && mapping.includes(b.ref));
    return { property, admitted, narrows: separate || mapped };
  }
  return undefined;
}
