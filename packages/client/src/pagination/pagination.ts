// Cursor pagination over Monite's list operations: follow
// `next_pagination_token` until it is null. Monite ignores every other query
// parameter once a token is sent (filters and sort live in the token), so
// after the first page only the token is sent. A server that repeats a token
// (or cycles through a few) would keep the loop going forever, so repeats are
// detected, and `maxPages` bounds a server that never stops.
import type { FetchOptions } from 'openapi-fetch';
import { MonitePaginationError } from '../errors/errors.js';
import { checkCount } from '../core/options.js';
import type { MoniteCallOptions, MoniteClient, MonitePaths } from '../client/call-types.js';
import type { ListPath } from '../generated/routes.js';
import { unwrap } from '../client/unwrap.js';

type JsonOk<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } }
  ? Body
  : never;

interface CursorPage {
  data: unknown[];
  next_pagination_token?: string | null;
}

/**
 * The GET paths that return a cursor page (`data` plus `next_pagination_token`),
 * e.g. `'/counterparts'`; listed by the generator from the spec.
 */
export type MoniteListPath = ListPath;

/** One page of a list operation, as Monite returns it. */
export type ListPage<P extends MoniteListPath> = JsonOk<MonitePaths[P]['get']>;

/** One item of a list operation, e.g. `ListItem<'/counterparts'>`. */
export type ListItem<P extends MoniteListPath> = ListPage<P> extends { data: (infer Item)[] } ? Item : never;

/** Options of `paginate` and `pages`: the first page's request, plus a total. */
export type PaginateInit<P extends MoniteListPath> = FetchOptions<MonitePaths[P]['get']> &
  MoniteCallOptions & {
    /** Stop after this many items in total (the page size is `params.query.limit`). */
    limit?: number;
    /**
     * Fetch at most this many pages; if the server still offers a next page
     * then, iteration throws MonitePaginationError (`reason: 'max-pages'`)
     * rather than end as if the list were complete. A positive integer.
     * Default: no cap (a repeated token still stops iteration).
     */
    maxPages?: number;
  };

// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is how a type asks whether key K is optional
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type PaginateArgs<P extends MoniteListPath> =
  RequiredKeys<FetchOptions<MonitePaths[P]['get']>> extends never ? [init?: PaginateInit<P>] : [init: PaginateInit<P>];

/** What pagination needs of a client: its GET. */
export type PaginationClient = Pick<MoniteClient, 'GET'>;

type LooseGet = (
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Yields whole pages of a list operation, following the cursor. A failed page
 * throws MoniteApiError (an iterator cannot return `{ error }`). With
 * `limit`, the last page is cut so the total is at most `limit`.
 * @throws MonitePaginationError when the server repeats a `next_pagination_token` or `maxPages` is reached
 * @throws TypeError when `maxPages` is not a positive integer
 * @example
 * for await (const page of pages(monite, '/payables', { params: { query: { status: 'new' } } })) console.log(page.data.length);
 */
export async function* pages<P extends MoniteListPath>(
  client: PaginationClient,
  path: P,
  ...args: PaginateArgs<P>
): AsyncGenerator<ListPage<P>, void, undefined> {
  const { limit, maxPages, ...firstRequest } = (args[0] ?? {}) as PaginateInit<P> & Record<string, unknown>;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
    throw new RangeError('limit must be a non-negative integer');
  const pageCap = maxPages === undefined ? Number.POSITIVE_INFINITY : checkCount('maxPages', maxPages, 1);
  const get = client.GET as unknown as LooseGet;
  const params = (firstRequest.params ?? {}) as Record<string, unknown>;
  let remaining = limit ?? Infinity;
  let token: string | null | undefined;
  let first = true;
  let fetched = 0;
  // Every token sent so far: a token seen twice means the server is going in circles.
  const sent = new Set<string>();
  while (remaining > 0) {
    if (fetched >= pageCap) throw new MonitePaginationError('max-pages', { path, pages: fetched });
    const request = first
      ? firstRequest
      : // Path and header parameters still apply; the query is only the token.
        { ...firstRequest, params: { ...params, query: { pagination_token: token } } };
    const page = (await unwrap(get(path, request))) as CursorPage;
    first = false;
    fetched += 1;
    const data = Array.isArray(page.data) ? page.data : [];
    // Stryker disable next-line EqualityOperator,ConditionalExpression: slicing at or past the end yields a copy with the same items; nothing else holds the page to compare
    const kept = data.length > remaining ? data.slice(0, remaining) : data;
    remaining -= kept.length;
    // A page without a data array is yielded with an empty one, so item iteration ends instead of failing.
    yield (kept === page.data ? page : { ...page, data: kept }) as ListPage<P>;
    if (!page.next_pagination_token) return;
    // Compared as text, which is how it goes back to the server.
    token = String(page.next_pagination_token);
    if (sent.has(token)) throw new MonitePaginationError('repeated-token', { path, pages: fetched, token });
    sent.add(token);
  }
}

/**
 * Yields every item of a list operation across pages, for `for await`.
 * @example
 * for await (const counterpart of paginate(monite, '/counterparts', { params: { query: { limit: 100 } } })) {
 *   console.log(counterpart.id);
 * }
 */
export async function* paginate<P extends MoniteListPath>(
  client: PaginationClient,
  path: P,
  ...args: PaginateArgs<P>
): AsyncGenerator<ListItem<P>, void, undefined> {
  for await (const page of pages(client, path, ...args)) {
    yield* (page as { data: ListItem<P>[] }).data;
  }
}
