/**
 * Where a filter's field lives in a list's objects, and values to put
 * there: read from the list's item schema, with the few fields Monite keeps
 * under another name or in another object spelled out below.
 */
import type { Fixture } from '../create-monite.js';
import type { JsonSchema } from '../schema/schema-document.js';
import { branchesOf, flatten, nonNullBranches, type SchemaMap } from '../schema/schema-tools.js';
import { ENTITY } from './helpers.js';

/** Puts a value where a field lives in an object. */
export type Seed = (value: unknown) => Record<string, unknown>;

/** Where a field lives in an object of the item schema: the seed that puts a value there. */
function locate(
  schema: JsonSchema,
  path: string[],
  components: SchemaMap,
  numeric: boolean,
  values: readonly unknown[] = [],
): Seed | undefined {
  const flat = flatten(schema, components);
  const branches = branchesOf(flat);
  if (branches) {
    // Prefer a branch whose field holds both values; else any branch that has the field.
    const strict = values.length > 0 ? locateInBranches(branches, path, components, numeric, values) : undefined;
    return strict ?? locateInBranches(branches, path, components, numeric, []);
  }
  return locateIn(flat, path, components, numeric, values);
}

function locateInBranches(
  branches: JsonSchema[],
  path: string[],
  components: SchemaMap,
  numeric: boolean,
  values: readonly unknown[],
): Seed | undefined {
  for (const branch of nonNullBranches(branches, components)) {
    const seed = locate(branch, path, components, numeric, values);
    if (!seed) continue;
    // A union told apart by `type` (counterparts): the seeded object takes the branch's type.
    const type = (flatten(branch, components).properties as Record<string, JsonSchema> | undefined)?.type;
    const discriminant =
      type && (type.const ?? (Array.isArray(type.enum) && type.enum.length === 1 ? type.enum[0] : undefined));
    return discriminant === undefined ? seed : (value) => ({ type: discriminant, ...seed(value) });
  }
  return undefined;
}

function locateIn(
  flat: JsonSchema,
  path: string[],
  components: SchemaMap,
  numeric: boolean,
  values: readonly unknown[],
): Seed | undefined {
  if (path.length === 0) {
    // A branch whose field cannot hold both values (a quote's statuses) is not where the filter looks.
    if (Array.isArray(flat.enum) && !values.every((v) => (flat.enum as unknown[]).includes(v))) return undefined;
    const properties = flat.properties as Record<string, JsonSchema> | undefined;
    // A number filter on a money object (`price`) compares its `value`.
    if (numeric && properties?.value) return (value) => ({ value, currency: 'EUR' });
    // A date field filtered with date-time bounds keeps the date.
    if (flat.format === 'date') return (value) => (typeof value === 'string' ? value.slice(0, 10) : value) as never;
    return (value) => value as Record<string, unknown>;
  }
  if (flat.type === 'array' || flat.items) {
    const inner = locate(flat.items as JsonSchema, path, components, numeric, values);
    return inner && ((value) => [inner(value)] as unknown as Record<string, unknown>);
  }
  const properties = (flat.properties ?? {}) as Record<string, JsonSchema>;
  const [head, ...rest] = path as [string, ...string[]];
  if (properties[head]) {
    const inner = locate(properties[head], rest, components, numeric, values);
    return inner && ((value) => ({ [head]: inner(value) }));
  }
  return undefined;
}

/** Finds a filter field: its own path, one object level down, or `x_id`/`x_ids` as `x.id`/`xs[].id`. */
export function seedFor(
  item: JsonSchema,
  field: string,
  components: SchemaMap,
  numeric: boolean,
  values: readonly unknown[],
): Seed | undefined {
  const path = field.split('.');
  const direct = locate(item, path, components, numeric, values);
  if (direct) return direct;
  if (field.endsWith('_ids')) return locate(item, [`${field.slice(0, -4)}s`, 'id'], components, false);
  if (field.endsWith('_id')) {
    const nested = locate(item, [field.slice(0, -3), 'id'], components, false);
    if (nested) return nested;
    // `user_id` on an object with `user_ids`: the object names that user among others.
    const plural = locate(item, [`${field}s`], components, false);
    if (plural) return (value) => plural([value]);
  }
  if (field.endsWith('_type')) {
    const typed = locate(item, [field.slice(0, -5), 'type'], components, false, values);
    if (typed) return typed;
  }
  // Who created an object is spelled several ways; the filter and the answer need not agree.
  if (field.startsWith('created_by')) {
    for (const spelling of CREATED_BY) {
      const found = spelling === field ? undefined : locate(item, [spelling], components, false, values);
      if (found) return found;
    }
  }
  const flat = flatten(item, components);
  for (const [name, property] of Object.entries((flat.properties ?? {}) as Record<string, JsonSchema>)) {
    const inner = locate(property, path, components, numeric, values);
    if (inner && typeof flatten(property, components).properties === 'object')
      return (value) => ({ [name]: inner(value) });
  }
  for (const branch of nonNullBranches(branchesOf(flat) ?? [], components)) {
    const seed = seedFor(branch, field, components, numeric, values);
    if (seed) return seed;
  }
  return undefined;
}

/** The spellings of "who created it" across Monite's objects. */
const CREATED_BY = ['created_by', 'created_by_user_id', 'created_by_entity_user_id'];

/**
 * Filters whose field the item does not hold under their name: where Monite
 * takes the value from. Keyed by field name.
 */
export const SEEDERS: Readonly<Record<string, (value: unknown) => Record<string, unknown>>> = {
  search_text: (value) => ({ document_id: value }),
  // A payable's `amount` is its total; `origin` its `payable_origin`.
  amount: (value) => ({ total_amount: value }),
  origin: (value) => ({ payable_origin: value }),
  has_file: (value) => (value ? { file_id: '3c3c3c3c-0000-4000-8000-00000000000c' } : {}),
  has_transaction: (value) => (value ? { transaction_id: '5e5e5e5e-0000-4000-8000-00000000000e' } : {}),
  has_tags: (value) => ({ tags: value ? [{ id: '4d4d4d4d-0000-4000-8000-00000000000d', name: 'Urgent' }] : [] }),
  // The products a document's lines name.
  product_ids: (value) => ({ line_items: [{ quantity: 1, product: { id: value, name: 'Desk' } }] }),
};

/** Seeders for one list's filter: `operationId field`. */
export const LIST_SEEDERS: Readonly<Record<string, (value: unknown) => Record<string, unknown>>> = {
  // A person's name is their first and last name.
  'get_entity_users name': (value) => ({ first_name: value, last_name: 'Smith' }),
  // A counterpart's own name is its organisation's legal name.
  'get_counterparts counterpart_name': (value) => ({ type: 'organization', organization: { legal_name: value } }),
};

/** A counterpart of a given name, for documents that name theirs by `counterpart_id`. */
export function namedCounterpart(id: string, name: unknown, entityScoped: boolean): Fixture {
  return {
    collection: '/counterparts',
    entityId: entityScoped ? ENTITY : undefined,
    data: { id, type: 'organization', organization: { legal_name: name, is_vendor: true, is_customer: true } },
  };
}

/** Filters on the name of the counterpart a document names (`counterpart_name`, `counterpart.name`). */
export const COUNTERPART_NAME = new Set(['counterpart_name', 'counterpart.name']);

/** Values for a free-text parameter whose field the object keeps as an enum: `operationId parameter` to the two values. */
export const VALUES: Readonly<Record<string, [unknown, unknown]>> = {
  'get_entity_users status': ['active', 'deleted'],
  'get_counterparts address.country': ['DE', 'FR'],
  'get_data_exports_extra_data field_name': ['default_account_code', 'default_tax_rate_code'],
};

/** Two values the parameter admits, the first below the second. */
export function twoValues(schema: JsonSchema, components: SchemaMap): [unknown, unknown] {
  const flat = flatten(schema, components);
  const branches = branchesOf(flat);
  if (branches) return twoValues(nonNullBranches(branches, components)[0] ?? {}, components);
  if (flat.type === 'array') return twoValues(flat.items as JsonSchema, components);
  if (Array.isArray(flat.enum) && flat.enum.length >= 2) return [flat.enum[0], flat.enum[1]];
  if (Array.isArray(flat.enum) && flat.enum.length === 1) return [flat.enum[0], flat.enum[0]];
  if (flat.type === 'boolean') return [true, false];
  if (flat.type === 'integer' || flat.type === 'number') return [1200, 3400];
  if (flat.format === 'uuid') return ['1a1a1a1a-0000-4000-8000-00000000000a', '2b2b2b2b-0000-4000-8000-00000000000b'];
  // Midnight, so a date field seeded with it compares alike.
  if (flat.format === 'date-time') return ['2024-02-01T00:00:00Z', '2024-08-01T00:00:00Z'];
  if (flat.format === 'date') return ['2024-02-01', '2024-08-01'];
  if (flat.format === 'email') return ['alpha@example.com', 'omega@example.net'];
  return ['Alpha Wolf', 'Omega Bear'];
}

/** Deep-merges seeds (two filters may meet in one object, as the type of a union and its field). */
export function merge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      existing && value && typeof existing === 'object' && typeof value === 'object' && !Array.isArray(value)
        ? merge({ ...(existing as Record<string, unknown>) }, value as Record<string, unknown>)
        : value;
  }
  return target;
}
