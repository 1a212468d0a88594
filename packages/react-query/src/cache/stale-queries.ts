// Which cached queries a successful write makes stale, read from the
// generated table. Hooks' query keys are openapi-react-query's:
// `[method, path, init]`. TanStack matches filters on key prefixes and
// partial objects, so `['get', '/payables']` covers every list of payables
// whatever its query, and `['get', '/payables/{payable_id}', { params: { path:
// { payable_id } } }]` covers that one payable.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { STALE_QUERIES } from '../generated/stale-queries.js';

const PARAMETER = /\{([^}]+)\}/g;

/**
 * The query keys (prefixes) a write makes stale: one per GET path the
 * generated table lists for `METHOD path`, pinned to the write's own path
 * parameters. Empty for an operation that changes nothing cached.
 * @param method the write's method, any case
 * @param path the write's path template, e.g. `/payables/{payable_id}/approve_payment_operation`
 * @param init the write's init (its `params.path` pins the stale items)
 */
export function staleQueryKeys(method: string, path: string, init?: unknown): QueryKey[] {
  const stale = STALE_QUERIES[`${method.toUpperCase()} ${path}`] ?? [];
  const values = pathValues(init);
  return stale.map((getPath) => {
    const names = [...getPath.matchAll(PARAMETER)].map((match) => match[1]!);
    const pinned = names.filter((name) => values[name] !== undefined);
    if (pinned.length === 0) return ['get', getPath];
    return ['get', getPath, { params: { path: Object.fromEntries(pinned.map((name) => [name, values[name]])) } }];
  });
}

/**
 * Marks what a write made stale: active queries refetch, the others refetch
 * when next used. Resolves when the active ones have refetched, so a
 * mutation that awaits it shows fresh data as it settles.
 */
export async function invalidateAfterWrite(
  queryClient: QueryClient,
  method: string,
  path: string,
  init?: unknown,
): Promise<void> {
  await Promise.all(staleQueryKeys(method, path, init).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

function pathValues(init: unknown): Record<string, unknown> {
  const path = (init as { params?: { path?: unknown } } | undefined)?.params?.path;
  return typeof path === 'object' && path !== null ? (path as Record<string, unknown>) : {};
}
