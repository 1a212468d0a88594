// What a list filter reads and how it compares: the value a filter or sort
// field names on a record (Monite's filters use a few other spellings than
// the objects), and Monite's filter operators (`__gte`, `__in`, `__icontains`).
import type { StoredRecord } from '../shared/stored-record.js';

const OPERATORS = [
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'not_in',
  'contains',
  'icontains',
  'ncontains',
  'iexact',
  'istartswith',
  'ne',
] as const;
type Operator = (typeof OPERATORS)[number] | 'eq';

function splitFilter(key: string): { field: string; operator: Operator } {
  for (const operator of OPERATORS) {
    if (key.endsWith(`__${operator}`)) return { field: key.slice(0, -operator.length - 2), operator };
  }
  return { field: key, operator: 'eq' };
}

function getPath(record: unknown, path: string): unknown {
  // Most fields are top-level: read them without splitting (lists read one per record).
  if (!path.includes('.'))
    return record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[path] : undefined;
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Filter names Monite keeps from before a field was renamed: the field they read now. */
const SPELLINGS: Readonly<Record<string, string>> = {
  // A payable's `amount` filter is its total.
  amount: 'total_amount',
  origin: 'payable_origin',
};

/** What a filter may read besides the record: its child objects and the objects it names by id. */
export interface FilterLookups {
  /** The record's objects in one of its child collections (`addresses`). */
  children(record: StoredRecord, segment: string): StoredRecord[];
  /** The object the record names in `<name>_id` (`counterpart_id`), if stored. */
  referenced(record: StoredRecord, name: string): StoredRecord | undefined;
}

/** The name of an organisation or a person: a legal name, or first and last name. */
function partyName(party: Record<string, unknown>): string | undefined {
  const organization = party.organization as Record<string, unknown> | undefined;
  const individual = party.individual as Record<string, unknown> | undefined;
  if (organization?.legal_name) return String(organization.legal_name);
  if (individual) return `${String(individual.first_name ?? '')} ${String(individual.last_name ?? '')}`.trim();
  return undefined;
}

/**
 * The value a filter field names. Monite's filters sometimes name a field
 * the object spells differently (`counterpart_name` for an organisation's
 * `legal_name`, `tag_ids` for `tags[].id`), so a few spellings are tried.
 */
export function fieldValue(record: StoredRecord, field: string, lookups?: FilterLookups): unknown {
  const direct = getPath(record, field);
  if (direct !== undefined) return direct;
  const respelled = SPELLINGS[field];
  if (respelled && getPath(record, respelled) !== undefined) return getPath(record, respelled);
  if (field === 'counterpart_name' || field === 'counterpart.name') {
    const own = partyName(record);
    if (own !== undefined) return own;
    // A document names its counterpart by id: the counterpart's name as it is now.
    const named = lookups?.referenced(record, 'counterpart');
    if (named) return partyName(named);
    const counterpart = record.counterpart as Record<string, unknown> | undefined;
    if (counterpart?.name) return counterpart.name;
    if (counterpart) return partyName(counterpart);
  }
  if (field.endsWith('_ids')) {
    const name = field.slice(0, -4);
    const plural = getPath(record, `${name}s`);
    if (Array.isArray(plural))
      return plural.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : item));
    // `product_ids` of a document: the products its line items name.
    for (const value of Object.values(record)) {
      if (!Array.isArray(value)) continue;
      const named = value
        .map((item) =>
          item && typeof item === 'object' ? (getPath(item, `${name}_id`) ?? getPath(item, `${name}.id`)) : undefined,
        )
        .filter((id) => id !== undefined);
      if (named.length > 0) return named;
    }
  }
  // Who created an object is spelled several ways (`created_by`, `created_by_user_id`, `created_by_entity_user_id`).
  if (field.startsWith('created_by')) {
    for (const spelling of ['created_by', 'created_by_user_id', 'created_by_entity_user_id']) {
      const value = getPath(record, spelling);
      if (value !== undefined) return value;
    }
  }
  // `object_type` of an object whose `object` names its type.
  if (field.endsWith('_type')) {
    const typed = getPath(record, `${field.slice(0, -5)}.type`);
    if (typed !== undefined) return typed;
  }
  if (field.endsWith('_id')) {
    const object = getPath(record, field.slice(0, -3));
    if (object && typeof object === 'object') return (object as { id?: unknown }).id;
    // `user_id` asks for objects naming that user among their `user_ids`.
    const many = getPath(record, `${field}s`);
    if (Array.isArray(many)) return many;
  }
  // Counterparts keep most fields inside `organization` or `individual` (dotted names too): look one level down.
  for (const value of Object.values(record)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const nested = getPath(value, field);
      if (nested !== undefined) return nested;
    }
  }
  // A person's name is their first and last name.
  if (field === 'name' && (record.first_name !== undefined || record.last_name !== undefined))
    return `${String(record.first_name ?? '')} ${String(record.last_name ?? '')}`.trim();
  // `line_item_id` of an object whose line items are a child collection: one of them.
  if (lookups && field.endsWith('_id')) {
    for (const segment of [`${field.slice(0, -3)}s`, `${field.slice(0, -3)}es`]) {
      const found = lookups.children(record, segment);
      if (found.length > 0) return found.map((child) => child.id);
    }
  }
  // `address.city` on an object whose addresses are a child collection: any of them.
  const dot = field.indexOf('.');
  if (lookups && dot > 0) {
    const head = field.slice(0, dot);
    for (const segment of [`${head}es`, `${head}s`]) {
      const found = lookups.children(record, segment);
      if (found.length > 0) return found.map((child) => getPath(child, field.slice(dot + 1)));
    }
  }
  if (field.startsWith('has_')) {
    const name = field.slice(4);
    const value = getPath(record, name) ?? getPath(record, `${name}_id`) ?? getPath(record, `${name}s`);
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null;
  }
  return undefined;
}

/** The time a date text (`2024-05-25`, an ISO timestamp) names; NaN for any other value. */
export function timeOf(value: unknown): number {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
}

/** Orders two field values: numbers by size, two date texts by time, other texts by their characters, absent first. */
export function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    const da = timeOf(a);
    const db = timeOf(b);
    if (!Number.isNaN(da) && !Number.isNaN(db)) return da - db;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1;
  if (b === undefined || b === null) return 1;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function equals(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((item) => equals(item, expected));
  if (actual === undefined || actual === null) return expected === null;
  return String(actual) === String(expected);
}

/** Whether a record passes one filter (`amount__gte=100`): the field as `fieldValue` reads it, the operator from the key's suffix. */
export function matchesFilter(record: StoredRecord, key: string, expected: unknown, lookups?: FilterLookups): boolean {
  const { field, operator } = splitFilter(key);
  if (field === 'search_text') return JSON.stringify(record).toLowerCase().includes(String(expected).toLowerCase());
  const found = fieldValue(record, field, lookups);
  // Money is an object (`price: {value, currency}`): a number filter compares its value.
  const actual =
    found &&
    typeof found === 'object' &&
    !Array.isArray(found) &&
    typeof (found as { value?: unknown }).value === 'number'
      ? (found as { value: number }).value
      : found;
  const text = actual === undefined || actual === null ? '' : String(actual);
  const wanted = Array.isArray(expected) ? expected : [expected];
  switch (operator) {
    case 'eq':
    case 'in':
      return wanted.some((w) => equals(actual, w));
    case 'ne':
    case 'not_in':
      return !wanted.some((w) => equals(actual, w));
    case 'gt':
      return actual !== undefined && compare(actual, expected) > 0;
    case 'gte':
      return actual !== undefined && compare(actual, expected) >= 0;
    case 'lt':
      return actual !== undefined && compare(actual, expected) < 0;
    case 'lte':
      return actual !== undefined && compare(actual, expected) <= 0;
    case 'contains':
      return text.includes(String(expected));
    case 'ncontains':
      return !text.includes(String(expected));
    case 'icontains':
      return text.toLowerCase().includes(String(expected).toLowerCase());
    case 'iexact':
      return text.toLowerCase() === String(expected).toLowerCase();
    case 'istartswith':
      return text.toLowerCase().startsWith(String(expected).toLowerCase());
  }
}
