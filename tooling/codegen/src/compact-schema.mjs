// The compact schema document of @monite-ts/mocks: the spec's schemas without
// the prose the mocks never read (a large part of the document), component
// refs pointing into the one document the mocks register with ajv.
import { componentName, isDescriptiveKeyword, toPointer } from '@monite-ts/openapi-model';

/** The `$id` of the compact schema document; component refs are rewritten to it. */
export const SCHEMA_ID = 'monite.json';

/**
 * Whether a keyword is dropped from the mocks' schemas: the descriptive ones
 * (openapi-model's reading: prose, examples, comments, `x-` extensions) and
 * `deprecated`, which the mocks never act on either.
 * @param {string} key
 * @returns {boolean}
 */
export function isDropped(key) {
  return isDescriptiveKeyword(key) || key === 'deprecated';
}

/** Keys whose values are maps of names to schemas: a key there is a name, not a keyword. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'mapping']);

/**
 * Copies a schema without prose, keeping property names that happen to be
 * prose keywords, and rewrites `#/components/schemas/X` to
 * `monite.json#/$defs/X`. It also lifts `additionalProperties: false` beside
 * an anyOf/oneOf/allOf and no `properties`: JSON Schema does not look into
 * the branches, so that closure forbids every property and no value could be
 * valid; the branches carry their own closure.
 * @param {unknown} schema
 * @param {() => void} [onLift] called once per closure lifted, so the caller can report it
 * @returns {unknown} the compact copy; the input is not changed
 */
export function compactSchema(schema, onLift = () => {}) {
  /**
   * @param {unknown} node
   * @param {boolean} underNames whether `node` is a map of names (its keys are not keywords)
   * @returns {unknown}
   */
  const compact = (node, underNames) => {
    if (Array.isArray(node)) return node.map((item) => compact(item, false));
    if (!node || typeof node !== 'object') return node;
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (!underNames && isDropped(key)) continue;
      const name = !underNames && key === '$ref' ? componentName(value, 'schemas') : undefined;
      if (name !== undefined) {
        out.$ref = `${SCHEMA_ID}${toPointer(['$defs', name])}`;
        continue;
      }
      out[key] = compact(value, !underNames && NAME_MAPS.has(key));
    }
    if (!underNames && out.additionalProperties === false && !out.properties && (out.anyOf || out.oneOf || out.allOf)) {
      delete out.additionalProperties;
      onLift();
    }
    return out;
  };
  return compact(schema, false);
}

/**
 * Compacts every component schema, and names those whose unsatisfiable
 * closure was lifted (the generator reports them).
 * @param {Record<string, unknown>} schemas
 * @returns {{ schemas: Record<string, unknown>, lifted: string[] }}
 */
export function compactComponents(schemas) {
  /** @type {Record<string, unknown>} */
  const out = {};
  /** @type {Set<string>} */
  const lifted = new Set();
  for (const [name, schema] of Object.entries(schemas)) {
    out[name] = compactSchema(schema, () => lifted.add(name));
  }
  return { schemas: out, lifted: [...lifted] };
}
