import type { StoredRecord } from '../shared/stored-record.js';

/** Query parameters that shape a list rather than filter it. */
const CONTROL = new Set(['limit', 'page_size', 'order', 'sort', 'pagination_token']);
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

/** What a pagination token carries: everything needed to produce the next page. */
export interface ListQuery {
  filters: Record<string, unknown>;
  sort: string;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** Builds the list query of a first page from validated query parameters. */
export function queryFromParameters(query: Record<string, unknown>): ListQuery {
  const filters: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) if (!CONTROL.has(key)) filters[key] = value;
  // 100 is Monite's default page size.
  const requested = Number(query.limit ?? query.page_size ?? 100);
  // The spec bounds `limit` where it declares one; a page of at least one item keeps every list moving forward.
  const limit = Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : 100;
  return {
    filters,
    sort: typeof query.sort === 'string' ? query.sort : 'created_at',
    order: query.order === 'desc' ? 'desc' : 'asc',
    limit,
    offset: 0,
  };
}

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

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    const da = Date.parse(a);
    const db = Date.parse(b);
    if (/^\d{4}-\d{2}-\d{2}/.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b) && !Number.isNaN(da) && !Number.isNaN(db))
      return da - db;
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

function matchesFilter(record: StoredRecord, key: string, expected: unknown, lookups?: FilterLookups): boolean {
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

/** One page of a list, with the tokens of its neighbours. */
export interface ListPage {
  items: StoredRecord[];
  next: string | null;
  prev: string | null;
}

/** How a page reads its records besides the query. */
export interface PageOptions {
  /** Finds the child and referenced objects a filter may name (a counterpart's addresses, a document's counterpart). */
  lookups?: FilterLookups;
  /**
   * A stored record as it is served (with what Monite derives at read time).
   * Deriving costs lookups of children and related objects, so it is done
   * for the records a page serves, and for all of them only when a filter
   * or the sort field needs what is derived.
   */
  serve?: (record: StoredRecord) => StoredRecord;
}

/**
 * Sort fields that are stamped when a record is stored and never derived:
 * their stored value orders the list as the served one would.
 */
const STORED_SORT_FIELDS = new Set(['created_at', 'id']);

/** Dates written as text (`2024-05-25`, ISO timestamps) sort by time, other text by its characters. */
const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/** A record's sort value, read once per list rather than once per comparison. */
interface SortKey {
  value: unknown;
  /** The time a date-like text names, NaN for anything else. */
  time: number;
}

function sortKeyOf(value: unknown): SortKey {
  return { value, time: typeof value === 'string' && DATE_PREFIX.test(value) ? Date.parse(value) : Number.NaN };
}

/** `compare` over keys read in advance: two dates by time, anything else as `compare` orders it. */
function compareKeys(a: SortKey, b: SortKey): number {
  if (!Number.isNaN(a.time) && !Number.isNaN(b.time)) return a.time - b.time;
  return compare(a.value, b.value);
}

/**
 * Filters, sorts and slices records for a list query; `tokenFor` turns the
 * neighbouring pages' queries into tokens. Records are filtered and sorted
 * as served (`options.serve`), and only the page's records are served when
 * neither the filters nor the sort field can read a derived value.
 */
export function pageOf(
  records: StoredRecord[],
  query: ListQuery,
  tokenFor: (query: ListQuery) => string,
  options: PageOptions = {},
): ListPage {
  const { lookups, serve = (record: StoredRecord) => record } = options;
  const filters = Object.entries(query.filters);
  // Served copies made while filtering or sorting are kept for the page, so no record is served twice.
  const served = new Map<StoredRecord, StoredRecord>();
  const servedOf = (record: StoredRecord): StoredRecord => {
    let copy = served.get(record);
    if (!copy) {
      copy = serve(record);
      served.set(record, copy);
    }
    return copy;
  };
  const filtered =
    filters.length === 0
      ? records
      : records.filter((record) =>
          filters.every(([key, value]) => matchesFilter(servedOf(record), key, value, lookups)),
        );
  const storedSort = STORED_SORT_FIELDS.has(query.sort);
  // Stable sort: records with equal keys keep creation order.
  const indexed = filtered.map((record, index) => {
    const stored = storedSort ? fieldValue(record, query.sort) : undefined;
    // A record stored without the field (a seeded one) is read as served.
    const value = stored !== undefined ? stored : fieldValue(servedOf(record), query.sort);
    return { record, index, key: sortKeyOf(value) };
  });
  indexed.sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index);
  if (query.order === 'desc') indexed.reverse();
  const window = indexed.slice(query.offset, query.offset + query.limit);
  const hasNext = query.offset + query.limit < indexed.length;
  return {
    items: window.map((entry) => servedOf(entry.record)),
    next: hasNext ? tokenFor({ ...query, offset: query.offset + query.limit }) : null,
    prev: query.offset > 0 ? tokenFor({ ...query, offset: Math.max(0, query.offset - query.limit) }) : null,
  };
}
