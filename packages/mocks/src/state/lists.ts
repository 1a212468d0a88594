// A list's query and its pages: the query a first request or a pagination
// token carries, and one page of records filtered, sorted and cut by it.
import type { StoredRecord } from '../shared/stored-record.js';
import { compare, type FilterLookups, fieldValue, matchesFilter, timeOf } from './list-fields.js';

/** Query parameters that shape a list rather than filter it. */
const CONTROL = new Set(['limit', 'page_size', 'order', 'sort', 'pagination_token']);

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

/** A record's sort value and the time it names (NaN when it is no date), read once per list rather than once per comparison. */
interface SortKey {
  value: unknown;
  time: number;
}

/** `compare` over keys read in advance: two dates by their times, anything else as `compare` orders it. */
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
    return { record, index, key: { value, time: timeOf(value) } };
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
