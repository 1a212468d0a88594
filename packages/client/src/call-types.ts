// The call signatures of MoniteClient: openapi-fetch's, over the client's
// generated `paths` view (injected headers optional), plus per-call options.
import type { FetchResponse, MaybeOptionalInit, Middleware } from 'openapi-fetch';
import type { paths } from './generated/paths.js';
import type { PathsByMethod } from './generated/routes.js';
import type { RetryOptions } from './retry-policy.js';

/**
 * Every Monite path with its operations, as the client sees them:
 * `x-monite-version` and `x-monite-entity-id` optional, upload fields typed `Blob`.
 */
export type MonitePaths = paths;

/** The HTTP methods Monite uses. */
export type MoniteHttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/**
 * The paths that support `Method`, e.g. `MonitePathsWith<'get'>`. Listed at
 * generation time: deriving them from `paths` per program is far costlier.
 */
export type MonitePathsWith<Method extends MoniteHttpMethod> = PathsByMethod[Method];

/** Options a single call may add to openapi-fetch's (`params`, `body`, `headers`, `signal`, ...). */
export interface MoniteCallOptions {
  /** Fail with MoniteTimeoutError after this many milliseconds (retries and waits included). Overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retry settings for this call: `false` to turn retries off, an object to override fields (e.g. `{ retryNonIdempotent: true }` for a POST). */
  retry?: RetryOptions | boolean;
}

// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is how a type asks whether key K is optional
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

// The init argument is optional exactly when openapi-fetch's would be, i.e.
// when the operation has no required parameter or body.
type InitArgs<Init> = RequiredKeys<Init> extends never ? [(Init & MoniteCallOptions)?] : [Init & MoniteCallOptions];

/** One HTTP method of the client, e.g. `monite.GET(path, init)`. */
export type MoniteClientMethod<Method extends MoniteHttpMethod> = <
  Path extends MonitePathsWith<Method>,
  Init extends MaybeOptionalInit<paths[Path], Method>,
>(
  url: Path,
  ...init: InitArgs<Init>
  // Extract: `paths` marks absent methods `?: never`, which openapi-fetch's constraint does not admit.
  // biome-ignore lint/suspicious/noExplicitAny: openapi-fetch's own constraint on an operation is Record<string, any>
) => Promise<FetchResponse<Extract<paths[Path][Method], Record<string, any>>, Init, `${string}/${string}`>>;

/**
 * A typed Monite client. Each call resolves to openapi-fetch's
 * `{ data, error, response }`; wrap it in `unwrap()` to get the data or a
 * thrown MoniteApiError. Network failures and timeouts reject.
 */
export interface MoniteClient {
  /** Calls a GET operation. */
  GET: MoniteClientMethod<'get'>;
  /** Calls a POST operation. */
  POST: MoniteClientMethod<'post'>;
  /** Calls a PUT operation. */
  PUT: MoniteClientMethod<'put'>;
  /** Calls a PATCH operation. */
  PATCH: MoniteClientMethod<'patch'>;
  /** Calls a DELETE operation. */
  DELETE: MoniteClientMethod<'delete'>;
  /**
   * Registers openapi-fetch middleware. Middleware sees each logical request
   * once (before retries) and without the bearer token; it is shared with
   * clients derived by `withEntity`.
   */
  use(...middleware: Middleware[]): void;
  /** Unregisters middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
  /**
   * A client that acts on another entity (`x-monite-entity-id`), sharing this
   * client's configuration, token cache and middleware.
   */
  withEntity(entityId: string): MoniteClient;
  /** The base URL calls go to, e.g. `https://api.sandbox.monite.com/v1`. */
  readonly baseUrl: string;
  /** The `x-monite-version` sent with every call. */
  readonly version: string;
  /** The `x-monite-entity-id` sent with every call, if any. */
  readonly entityId: string | undefined;
}
