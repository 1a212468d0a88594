// createMoniteQuery: openapi-react-query over the Monite client, with the
// three things it leaves to the app filled in for Monite: typed errors
// (fetch-client.ts), cursor paging for infinite lists, and invalidation
// after writes (cache/stale-queries.ts).
import type { MoniteClient } from '@monite-ts/client';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import createOpenapiQueryClient from 'openapi-react-query';
import { invalidateAfterWrite } from '../cache/stale-queries.js';
import { toQueryFetchClient } from '../fetch/fetch-client.js';
import type { MoniteQuery } from './types.js';

/** Options of `createMoniteQuery`. */
export interface CreateMoniteQueryOptions {
  /**
   * Whether `useMutation` marks what a write makes stale unless a call says
   * otherwise. Default `true`.
   */
  invalidate?: boolean;
}

/** A cursor page as Monite answers it. */
interface CursorPage {
  next_pagination_token?: string | null;
}

// openapi-react-query's runtime, loosely typed: the public types are ours (hooks/types.ts).
type AnyFn = (...args: unknown[]) => unknown;
type Loose = Record<'queryOptions' | 'useQuery' | 'useSuspenseQuery' | 'useInfiniteQuery' | 'useMutation', AnyFn>;
type MutationOptions = Record<string, unknown> & {
  invalidate?: boolean;
  onSuccess?: (...args: unknown[]) => unknown;
};

/**
 * The TanStack Query hooks of a Monite client, typed per path and method.
 * @example
 * const monite = createMoniteClient({ environment: 'sandbox', auth: { getToken }, entityId });
 * export const $api = createMoniteQuery(monite);
 * // in a component:
 * const { data } = $api.useQuery('get', '/payables/{payable_id}', { params: { path: { payable_id } } });
 */
export function createMoniteQuery(client: MoniteClient, options: CreateMoniteQueryOptions = {}): MoniteQuery {
  const base = createOpenapiQueryClient(toQueryFetchClient(client)) as unknown as Loose;
  const invalidateByDefault = options.invalidate ?? true;

  // biome-ignore lint/correctness/noComponentHookFactories: a hook factory by design, as openapi-react-query's; apps call createMoniteQuery once, at module level
  const useInfiniteQuery = (
    method: unknown,
    path: unknown,
    init?: unknown,
    hookOptions?: object,
    queryClient?: unknown,
  ) =>
    base.useInfiniteQuery(
      method,
      path,
      init ?? {},
      {
        pageParamName: 'pagination_token',
        // null, not undefined: openapi-react-query turns an undefined page
        // into 0, while the query serializer leaves a null parameter out.
        initialPageParam: null,
        getNextPageParam: (last: CursorPage | undefined) => last?.next_pagination_token ?? null,
        ...hookOptions,
      },
      queryClient,
    );

  // biome-ignore lint/correctness/noComponentHookFactories: as above
  const useMutation = (method: string, path: string, hookOptions?: MutationOptions, queryClient?: QueryClient) => {
    const cache = useQueryClient(queryClient);
    const { invalidate = invalidateByDefault, onSuccess, ...rest } = hookOptions ?? {};
    return base.useMutation(
      method,
      path,
      {
        ...rest,
        // Returned, so the mutation settles once the active stale queries have refetched.
        onSuccess: async (...args: unknown[]) => {
          if (invalidate) await invalidateAfterWrite(cache, method, path, args[1]);
          return onSuccess?.(...args);
        },
      },
      queryClient,
    );
  };

  return {
    queryOptions: base.queryOptions,
    useQuery: base.useQuery,
    useSuspenseQuery: base.useSuspenseQuery,
    useInfiniteQuery,
    useMutation,
    client,
  } as unknown as MoniteQuery;
}
