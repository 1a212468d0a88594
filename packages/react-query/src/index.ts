/**
 * TanStack Query hooks for every Monite operation, over `@monite-ts/client`
 * and openapi-react-query: typed per path and method, the client's typed
 * errors, Monite's cursor pages as infinite lists, and cache invalidation
 * generated from the spec.
 * @packageDocumentation
 */
export { createMoniteQuery, type CreateMoniteQueryOptions } from './hooks/create-monite-query.js';
export type {
  MoniteCursorPath,
  MoniteHookData,
  MoniteHookInit,
  MoniteHookPath,
  MoniteInfiniteQueryOptions,
  MoniteMutationOptions,
  MonitePageParam,
  MoniteQuery,
  MoniteQueryError,
  MoniteQueryKey,
  MoniteQueryOptions,
  MoniteQueryOptionsFunction,
  MoniteQueryOptionsResult,
  MoniteSuspenseQueryOptions,
  MoniteWriteMethod,
  UseMoniteInfiniteQuery,
  UseMoniteMutation,
  UseMoniteQuery,
  UseMoniteSuspenseQuery,
} from './hooks/types.js';
export { invalidateAfterWrite, staleQueryKeys } from './cache/stale-queries.js';
