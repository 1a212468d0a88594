// The request fields that name another stored object, found in the spec at
// generation time so the mock checks references without a hand-kept list:
// - `<param>` where `<param>` is the item parameter of a top-level collection
//   the mock can store (`counterpart_id` -> `/counterparts`);
// - `<singular>_ids` arrays of such ids (`tag_ids` -> `/tags`);
// - `object_id` beside an `object_type` enum, each value naming a collection
//   (`payable` -> `/payables`).
// A reference counts only when the target lives in the same scope as the
// request (entity objects from entity operations, partner objects from
// partner operations). Pure functions of the spec and the operation rows.
import {
  API_METHODS,
  flattenAllOf,
  jsonSchemaOf,
  listOperations,
  resolveObject,
  resolveRef,
  unionBranches,
} from '@monite-ts/openapi-model';

/**
 * @typedef {Record<string, any>} Json
 * @typedef {{ path: (string | number)[], collection?: string, typeField?: string, collections?: Record<string, string>, many?: boolean }} ReferenceField
 *   `path` walks the body (`'*'` for every array item); `collection` is the
 *   target, or `typeField` names the sibling enum whose value picks one of
 *   `collections`; `many` marks an array of ids.
 */

/** Deeper than this, body schemas hold no references worth checking (and recursive schemas stop). */
const MAX_DEPTH = 5;

/**
 * Field names that name a stored object although no path parameter is
 * spelled like them: a recurrence's `invoice_id` is a receivable.
 */
const FIELD_ALIASES = /** @type {Record<string, string>} */ ({ invoice_id: '/receivables' });

/**
 * `based_on` names the document a new one derives from, per collection of
 * the new document: a receivable credit note is based on an invoice, a
 * payable credit note on a payable.
 */
const BASED_ON = /** @type {Record<string, string>} */ ({
  '/receivables': '/receivables',
  '/payable_credit_notes': '/payables',
});

/**
 * Objects whose ids look like references but name something the entity does
 * not own: a batch payment's recipient bank account is the counterpart's.
 */
const NOT_REFERENCES = new Set(['recipient']);

/**
 * The collections references can point to: per item parameter name, the
 * top-level collection with a create operation, and whether it is
 * entity-scoped.
 * @param {readonly Json[]} rows the mocks' operation rows
 * @returns {Map<string, { collection: string, entityScoped: boolean }>}
 */
export function referenceTargets(rows) {
  const creatable = new Set(rows.filter((r) => r.kind === 'create').map((r) => r.collection));
  /** @type {Map<string, { collection: string, entityScoped: boolean }>} */
  const targets = new Map();
  for (const row of rows) {
    if (row.kind !== 'read' || row.collection.includes('{') || !creatable.has(row.collection)) continue;
    if (!targets.has(row.idParam))
      targets.set(row.idParam, { collection: row.collection, entityScoped: row.entityScoped });
  }
  return targets;
}

/**
 * The schema a node stands for: refs followed, allOf flattened.
 * @param {Json} spec
 * @param {unknown} node
 * @returns {Json}
 */
function schemaOf(spec, node) {
  const resolved = resolveRef(spec, node).node;
  return resolved && typeof resolved === 'object' ? flattenAllOf(spec, /** @type {Json} */ (resolved)) : {};
}

/**
 * Whether a schema admits strings (directly or in a union branch): ids are strings.
 * @param {Json} spec
 * @param {Json} schema
 * @returns {boolean}
 */
function admitsString(spec, schema) {
  if (schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'))) return true;
  return (unionBranches(schema) ?? []).some((b) => admitsString(spec, schemaOf(spec, b)));
}

/**
 * The array item schema of a schema (directly or in a union branch), if it is an array.
 * @param {Json} spec
 * @param {Json} schema
 * @returns {Json | undefined}
 */
function arrayItems(spec, schema) {
  if (schema.type === 'array' || schema.items) return schema.items ? schemaOf(spec, schema.items) : {};
  for (const branch of unionBranches(schema) ?? []) {
    const items = arrayItems(spec, schemaOf(spec, branch));
    if (items) return items;
  }
  return undefined;
}

/**
 * The collections an `object_type` enum names: each value whose plural is a
 * known collection (`payable` -> `/payables`).
 * @param {Json} spec
 * @param {Json} schema the `object_type` property schema
 * @param {Map<string, { collection: string, entityScoped: boolean }>} targets
 * @param {boolean} entityScoped
 * @returns {Record<string, string>}
 */
function typedCollections(spec, schema, targets, entityScoped) {
  /** @type {Record<string, string>} */
  const out = {};
  const values = [
    ...(schema.enum ?? []),
    ...(unionBranches(schema) ?? []).flatMap((b) => schemaOf(spec, b).enum ?? []),
  ];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    for (const target of targets.values()) {
      if (target.collection === `/${value}s` && target.entityScoped === entityScoped) out[value] = target.collection;
    }
  }
  return out;
}

/**
 * The reference fields of one request body schema.
 * @param {Json} spec
 * @param {unknown} bodySchema
 * @param {Map<string, { collection: string, entityScoped: boolean }>} targets
 * @param {boolean} entityScoped whether the operation is entity-scoped
 * @param {string} [collection] the collection the operation writes, for `based_on`
 * @returns {ReferenceField[]}
 */
export function referencesOfBody(spec, bodySchema, targets, entityScoped, collection) {
  const basedOn = collection ? BASED_ON[collection] : undefined;
  /** @type {ReferenceField[]} */
  const found = [];
  const seen = new Set();
  /** @param {ReferenceField} field */
  const add = (field) => {
    const key = JSON.stringify(field.path);
    if (seen.has(key)) return;
    seen.add(key);
    found.push(field);
  };
  /**
   * @param {Json} schema
   * @param {(string | number)[]} path
   * @param {number} depth
   */
  const walk = (schema, path, depth) => {
    if (depth > MAX_DEPTH) return;
    for (const branch of unionBranches(schema) ?? []) walk(schemaOf(spec, branch), path, depth + 1);
    const items = arrayItems(spec, schema);
    if (items && (schema.type === 'array' || schema.items)) walk(items, [...path, '*'], depth + 1);
    const properties = schema.properties && typeof schema.properties === 'object' ? schema.properties : {};
    for (const [name, raw] of Object.entries(properties)) {
      if (NOT_REFERENCES.has(name)) continue;
      const property = schemaOf(spec, raw);
      const aliased = FIELD_ALIASES[name] ?? (name === 'based_on' ? basedOn : undefined);
      const target =
        targets.get(name) ?? (aliased ? [...targets.values()].find((t) => t.collection === aliased) : undefined);
      if (target && target.entityScoped === entityScoped && admitsString(spec, property)) {
        add({ path: [...path, name], collection: target.collection });
        continue;
      }
      const plural = name.endsWith('_ids') ? targets.get(`${name.slice(0, -4)}_id`) : undefined;
      const pluralItems = plural ? arrayItems(spec, property) : undefined;
      if (plural && plural.entityScoped === entityScoped && pluralItems && admitsString(spec, pluralItems)) {
        add({ path: [...path, name], collection: plural.collection, many: true });
        continue;
      }
      const typeField = name === 'object_id' ? 'object_type' : name === 'id' ? 'type' : undefined;
      if (typeField && properties[typeField]) {
        const collections = typedCollections(spec, schemaOf(spec, properties[typeField]), targets, entityScoped);
        if (Object.keys(collections).length > 0) add({ path: [...path, name], typeField, collections });
        continue;
      }
      walk(property, [...path, name], depth + 1);
    }
  };
  walk(schemaOf(spec, bodySchema), [], 0);
  return found;
}

/**
 * Reference fields per operationId, for every operation with a JSON body.
 * @param {Json} spec
 * @param {readonly Json[]} rows the mocks' operation rows
 * @returns {Record<string, ReferenceField[]>}
 */
export function referenceTable(spec, rows) {
  const targets = referenceTargets(rows);
  const byId = new Map(rows.map((r) => [r.operationId, r]));
  /** @type {Record<string, ReferenceField[]>} */
  const table = {};
  for (const located of listOperations(spec, { methods: API_METHODS })) {
    const operationId = /** @type {string} */ (located.operation.operationId);
    const body = resolveObject(spec, located.operation.requestBody).node;
    const schema = jsonSchemaOf(body?.content);
    if (!schema) continue;
    const row = byId.get(operationId);
    const fields = referencesOfBody(spec, schema, targets, row?.entityScoped === true, row?.collection);
    if (fields.length > 0) table[operationId] = fields;
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}
