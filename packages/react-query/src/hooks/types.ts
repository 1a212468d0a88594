// The hooks' call signatures, read from the generated hook table: a call
// infers its method and path and looks the rest up, instead of mapping the
// operation's types at every call site as openapi-react-query's own
// signatures do. The runtime under them is openapi-react-query's.
import type {
  MoniteApiError,
  MoniteClient,
  MoniteHttpMethod,
  MoniteNetworkError,
  MoniteTimeoutError,
} from '@monite-ts/client';
import type {
  DataTag,
  InfiniteData,
  QueryClient,
  QueryFunction,
  UseInfiniteQueryOptions,
  UseInfiniteQueryResult,
  UseMutationOptions,
  UseMutationResult,
  UseQueryOptions,
  UseQueryResult,
  UseSuspenseQueryOptions,
  UseSuspenseQueryResult,
} from '@tanstack/react-query';
import type { CursorListPath, HookTable } from '../generated/hook-table.js';

/**
 * What a hook's `error` can be: the typed error for an error status
 * (MoniteNotFoundError, MoniteValidationError, ... all MoniteApiError), or
 * the request never got an answer (MoniteNetworkError, MoniteTimeoutError).
 * Tell them apart with `instanceof` or `error.kind`.
 */
export type MoniteQueryError = MoniteApiError | MoniteNetworkError | MoniteTimeoutError;

/** A hook's query key: `[method, path]`, or `[method, path, init]` when the call has an init. */
export type MoniteQueryKey = readonly [method: MoniteHttpMethod, path: string, init?: unknown];

/** The methods that write, which `useMutation` takes. */
export type MoniteWriteMethod = Exclude<MoniteHttpMethod, 'get'>;

/** The paths that have an operation for `Method`, e.g. `MoniteHookPath<'get'>`. */
export type MoniteHookPath<Method extends MoniteHttpMethod> = keyof HookTable[Method] & string;

/** The paths `useInfiniteQuery` pages through: the GET operations answering with a cursor page. */
export type MoniteCursorPath = CursorListPath;

/** One operation's entry in the generated hook table. */
interface HookEntry {
  init: unknown;
  optional: boolean;
  data: unknown;
}

type Entry<Method extends MoniteHttpMethod, Path> = HookTable[Method][Path & keyof HookTable[Method]];

/** The init (`params`, `body`, per-call options) of an operation. */
export type MoniteHookInit<Method extends MoniteHttpMethod, Path extends MoniteHookPath<Method>> =
  Entry<Method, Path> extends HookEntry ? Entry<Method, Path>['init'] : never;

/** The success data of an operation (`undefined` when it answers without a body). */
export type MoniteHookData<Method extends MoniteHttpMethod, Path extends MoniteHookPath<Method>> =
  Entry<Method, Path> extends HookEntry ? Entry<Method, Path>['data'] : never;

/** The init argument, optional when nothing in it is required, then `Rest`. */
type InitArgs<E, Rest extends unknown[]> = E extends { optional: true; init: infer Init }
  ? [init?: Init, ...rest: Rest]
  : E extends { init: infer Init }
    ? [init: Init, ...rest: Rest]
    : never;

/** A mutation's variables: its init, which `mutate()` may leave out when nothing in it is required. */
type Variables<E> = E extends { optional: true; init: infer Init }
  ? // biome-ignore lint/suspicious/noConfusingVoidType: void, not undefined, is what lets `mutate()` be called with no argument
    Init | void
  : E extends { init: infer Init }
    ? Init
    : never;

/** TanStack's query options a hook call may add (the key and query function are the hook's). */
export type MoniteQueryOptions<TData, TSelected = TData> = Omit<
  UseQueryOptions<TData, MoniteQueryError, TSelected, MoniteQueryKey>,
  'queryKey' | 'queryFn'
>;

/** TanStack's suspense query options a hook call may add. */
export type MoniteSuspenseQueryOptions<TData, TSelected = TData> = Omit<
  UseSuspenseQueryOptions<TData, MoniteQueryError, TSelected, MoniteQueryKey>,
  'queryKey' | 'queryFn'
>;

/** The page parameter of an infinite list: Monite's `pagination_token`, `null` for the first page. */
export type MonitePageParam = string | null;

/**
 * TanStack's infinite query options a hook call may add. The paging ones
 * (`initialPageParam`, `getNextPageParam`) default to Monite's cursors.
 */
export type MoniteInfiniteQueryOptions<TData, TSelected = InfiniteData<TData, MonitePageParam>> = Partial<
  Omit<
    UseInfiniteQueryOptions<TData, MoniteQueryError, TSelected, MoniteQueryKey, MonitePageParam>,
    'queryKey' | 'queryFn'
  >
>;

/** TanStack's mutation options a hook call may add, and whether to invalidate. */
export type MoniteMutationOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, MoniteQueryError, TVariables, TOnMutateResult>,
  'mutationKey' | 'mutationFn'
> & {
  /**
   * Whether a success marks the queries this operation makes stale (its
   * collection's lists, the item, the parent of a nested collection). Default
   * `true`, or what `createMoniteQuery` was told.
   */
  invalidate?: boolean;
};

/** What `queryOptions` returns: ready for `useQuery`, `queryClient.fetchQuery`, `prefetchQuery`, `ensureQueryData`. */
export type MoniteQueryOptionsResult<TData, TSelected = TData> = Omit<
  UseQueryOptions<TData, MoniteQueryError, TSelected, MoniteQueryKey>,
  'queryKey' | 'queryFn'
> & {
  queryKey: DataTag<MoniteQueryKey, TData, MoniteQueryError>;
  queryFn: QueryFunction<TData, MoniteQueryKey>;
};

/** `queryOptions(method, path, init?, options?)`. */
export type MoniteQueryOptionsFunction = <
  Method extends MoniteHttpMethod,
  Path extends MoniteHookPath<Method>,
  TSelected = MoniteHookData<Method, Path>,
>(
  method: Method,
  path: Path,
  ...args: InitArgs<Entry<Method, Path>, [options?: MoniteQueryOptions<MoniteHookData<Method, Path>, TSelected>]>
) => MoniteQueryOptionsResult<MoniteHookData<Method, Path>, TSelected>;

/** `useQuery(method, path, init?, options?, queryClient?)`. */
export type UseMoniteQuery = <
  Method extends MoniteHttpMethod,
  Path extends MoniteHookPath<Method>,
  TSelected = MoniteHookData<Method, Path>,
>(
  method: Method,
  path: Path,
  ...args: InitArgs<
    Entry<Method, Path>,
    [options?: MoniteQueryOptions<MoniteHookData<Method, Path>, TSelected>, queryClient?: QueryClient]
  >
) => UseQueryResult<TSelected, MoniteQueryError>;

/** `useSuspenseQuery(method, path, init?, options?, queryClient?)`. */
export type UseMoniteSuspenseQuery = <
  Method extends MoniteHttpMethod,
  Path extends MoniteHookPath<Method>,
  TSelected = MoniteHookData<Method, Path>,
>(
  method: Method,
  path: Path,
  ...args: InitArgs<
    Entry<Method, Path>,
    [options?: MoniteSuspenseQueryOptions<MoniteHookData<Method, Path>, TSelected>, queryClient?: QueryClient]
  >
) => UseSuspenseQueryResult<TSelected, MoniteQueryError>;

/** `useInfiniteQuery('get', path, init?, options?, queryClient?)` over a cursor list. */
export type UseMoniteInfiniteQuery = <
  Path extends MoniteCursorPath,
  TSelected = InfiniteData<MoniteHookData<'get', Path>, MonitePageParam>,
>(
  method: 'get',
  path: Path,
  ...args: InitArgs<
    Entry<'get', Path>,
    [options?: MoniteInfiniteQueryOptions<MoniteHookData<'get', Path>, TSelected>, queryClient?: QueryClient]
  >
) => UseInfiniteQueryResult<TSelected, MoniteQueryError>;

/** `useMutation(method, path, options?, queryClient?)`; `mutate(init)` sends it. */
export type UseMoniteMutation = <
  Method extends MoniteWriteMethod,
  Path extends MoniteHookPath<Method>,
  TOnMutateResult = unknown,
>(
  method: Method,
  path: Path,
  options?: MoniteMutationOptions<MoniteHookData<Method, Path>, Variables<Entry<Method, Path>>, TOnMutateResult>,
  queryClient?: QueryClient,
) => UseMutationResult<MoniteHookData<Method, Path>, MoniteQueryError, Variables<Entry<Method, Path>>, TOnMutateResult>;

/** The hooks of one Monite client, from `createMoniteQuery(client)`. */
export interface MoniteQuery {
  /** Query options for a call, for `useQuery`, `useQueries`, `queryClient.fetchQuery` or `prefetchQuery`. */
  queryOptions: MoniteQueryOptionsFunction;
  /** Fetches an operation's data (usually a GET) and keeps it cached under `[method, path, init]`. */
  useQuery: UseMoniteQuery;
  /** `useQuery` for React Suspense: `data` is always there; errors go to the nearest error boundary. */
  useSuspenseQuery: UseMoniteSuspenseQuery;
  /**
   * Pages through a cursor list: the first page without a token, then
   * `next_pagination_token` as `pagination_token` until Monite answers `null`.
   */
  useInfiniteQuery: UseMoniteInfiniteQuery;
  /** Sends a write; on success marks the queries it makes stale (turn off with `invalidate: false`). */
  useMutation: UseMoniteMutation;
  /** The client the hooks call. */
  readonly client: MoniteClient;
}
