// The call signatures of MoniteClient: openapi-fetch's calls, over the
// client's generated `paths` view (injected headers optional), plus per-call
// options. The argument and result types of every operation are written out
// at generation time (generated/call-table.ts): a call infers only its path
// and reads the rest, where openapi-fetch's own signature infers the whole
// init and evaluates mapped and conditional types over the operation at
// every call site (about 8,000 type instantiations per call).
import type {
  BodySerializer,
  HeadersOptions,
  Middleware,
  ParseAs,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from 'openapi-fetch';
import type { CallTable } from '../generated/call-table.js';
import type { paths } from '../generated/paths.js';
import type { PathsByMethod } from '../generated/routes.js';
import type { RetryOptions } from '../core/retry-policy.js';

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

/**
 * What every call's init may carry besides `params` and `body`: the client's
 * per-call options, openapi-fetch's and fetch's own.
 */
export interface MoniteInit extends MoniteCallOptions, Omit<RequestInit, 'body' | 'headers' | 'method'> {
  /** Headers for this call; they override the client's (`null` removes one). */
  headers?: HeadersOptions;
  /** How to read the response body (default `json`); the types describe the JSON. */
  parseAs?: ParseAs;
  /** A base URL for this call instead of the client's. */
  baseUrl?: string;
  /** The fetch for this call. */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * A query serializer for this call, instead of the default (arrays as
   * repeated name=value pairs): a function, or openapi-fetch's options
   * (`{ array: { style, explode }, object: { style, explode }, allowReserved }`).
   */
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  /** A path serializer for this call; path values are checked before it runs. */
  pathSerializer?: PathSerializer;
  /** A body serializer for this call, instead of the default (JSON, or multipart for uploads). */
  bodySerializer?: BodySerializer<unknown>;
  /** Middleware for this call only. */
  middleware?: Middleware[];
}

/**
 * What a call resolves to, as openapi-fetch's `FetchResponse`: the success
 * body in `data`, or the error body in `error`, and the response.
 */
export type MoniteFetchResponse<Call extends { data: unknown; error: unknown }> =
  | { data: Call['data']; error?: never; response: Response }
  | { data?: never; error: Call['error']; response: Response };

/** One operation's entry in the generated call table. */
interface CallEntry {
  init: unknown[];
  data: unknown;
  error: unknown;
}

type MethodOf<Table extends Record<keyof Table, CallEntry>> = <Path extends keyof Table>(
  url: Path,
  ...init: Table[Path]['init']
) => Promise<MoniteFetchResponse<Table[Path]>>;

// Instantiated once per method and program, not per call.
interface MethodTypes {
  get: MethodOf<CallTable['get']>;
  put: MethodOf<CallTable['put']>;
  post: MethodOf<CallTable['post']>;
  delete: MethodOf<CallTable['delete']>;
  patch: MethodOf<CallTable['patch']>;
}

/** One HTTP method of the client, e.g. `monite.GET(path, init)`. */
export type MoniteClientMethod<Method extends MoniteHttpMethod> = MethodTypes[Method];

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
