// createMoniteClient: the request core configured for Monite, with the call
// wrapper that adds per-call timeouts and retry settings.
import type { HeadersOptions } from 'openapi-fetch';
import { createCallSignal, waitWithSignal } from '../core/abort.js';
import { createTokenSource } from '../auth/token-source.js';
import type { MoniteAuth } from '../auth/types.js';
import type { MoniteCallOptions, MoniteClient, MoniteHttpMethod } from './call-types.js';
import { resolveBaseUrl, type MoniteEnvironment } from '../core/environments.js';
import { serializeBody } from '../uploads/form-data.js';
import { checkMillis } from '../core/options.js';
import { checkPathParams, serializePath } from '../core/path-params.js';
import { createCoreClient, mergeHeaders, type CoreClient } from '../core/request-core.js';
import { SPEC_API_VERSION } from '../generated/api-version.js';
import type { RetryInfo } from '../core/retry-loop.js';
import { DEFAULT_RETRY, type ResolvedRetryOptions, resolveRetry, type RetryOptions } from '../core/retry-policy.js';
import { sendRequest, type TransportConfig } from './transport.js';
import { PARTNER_LEVEL_OPERATION } from '../generated/partner-operations.js';

/** Options of `createMoniteClient`. */
export interface MoniteClientOptions {
  /** Which Monite to call: `sandbox`, production `eu` or production `na`. Give this or `baseUrl`. */
  environment?: MoniteEnvironment;
  /** A base URL instead of an environment, e.g. the mock server `http://127.0.0.1:4010`. */
  baseUrl?: string;
  /** `x-monite-version` for every call. Default: the API version this package was generated from. */
  version?: string;
  /** `x-monite-entity-id` for every call; `withEntity` derives clients for other entities. */
  entityId?: string;
  /** How to authenticate: `{ token }`, `{ getToken }` or `{ clientId, clientSecret[, entityUserId] }`. Omit to send no token. */
  auth?: MoniteAuth;
  /** The fetch to use; default: `globalThis.fetch`, looked up at each call (so MSW and other patches apply). */
  fetch?: (request: Request) => Promise<Response>;
  /** Retry settings, or `false` for none. Default: 2 retries of idempotent requests on 408/429/502/503/504 and network errors. */
  retry?: RetryOptions | false;
  /**
   * Fail calls with MoniteTimeoutError after this many milliseconds (retries
   * included); a positive number. Default: no timeout (a token exchange is
   * still bounded by `auth.tokenTimeoutMs`).
   */
  timeoutMs?: number;
  /** Extra headers for every call (e.g. a user agent suffix). */
  headers?: Record<string, string>;
  /** Called before each retry wait, e.g. to log it. */
  onRetry?: (info: RetryInfo) => void;
}

// Stryker disable next-line Regex: Stryker's vitest runner cannot activate a static mutant (stryker-js#6209); applied by hand, test/behaviour/client-surface.test.ts ('refuses version') fails
const VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const METHODS: readonly MoniteHttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

/** Everything clients derived by withEntity share. */
interface SharedState {
  inner: CoreClient;
  transport: TransportConfig;
  /** The client's retry settings, resolved once; a call's `retry` is laid over them. */
  retry: ResolvedRetryOptions;
  baseUrl: string;
  version: string;
  authDescription: string;
  options: MoniteClientOptions;
}

/**
 * Creates a Monite client.
 * @example
 * const monite = createMoniteClient({ environment: 'sandbox', auth: { clientId, clientSecret }, entityId });
 * const { data, error } = await monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id } } });
 */
export function createMoniteClient(options: MoniteClientOptions): MoniteClient {
  const baseUrl = resolveBaseUrl(options.environment, options.baseUrl);
  const version = options.version ?? SPEC_API_VERSION;
  if (!VERSION_PATTERN.test(version))
    throw new TypeError(`version must be an API version date (YYYY-MM-DD), got '${version}'`);
  const userFetch = options.fetch;
  // Looked up per call: MSW and test doubles patch globalThis.fetch after the client exists.
  const fetch = userFetch ?? ((request: Request) => globalThis.fetch(request));
  if (options.timeoutMs !== undefined) checkMillis('timeoutMs', options.timeoutMs, false);
  // Resolved (and validated) here, so a bad setting fails at construction rather than on the first call.
  const retry = resolveRetry(DEFAULT_RETRY, options.retry);
  const tokens = createTokenSource(options.auth, { baseUrl, version, fetch, retry });
  const transport: TransportConfig = { fetch, tokens, secrets: configuredSecrets(options.auth) };
  const inner = createCoreClient({
    baseUrl,
    headers: { ...options.headers, 'x-monite-version': version },
    bodySerializer: serializeBody,
    pathSerializer: serializePath,
  });
  const shared: SharedState = {
    inner,
    transport,
    retry,
    baseUrl,
    version,
    authDescription: tokens?.description ?? 'none',
    options,
  };
  return buildClient(shared, options.entityId);
}

type CallInit = MoniteCallOptions & {
  signal?: AbortSignal | null;
  headers?: HeadersOptions;
  fetch?: (request: Request) => Promise<Response>;
  [key: string]: unknown;
};

function buildClient(shared: SharedState, entityId: string | undefined): MoniteClient {
  const { inner, options } = shared;
  // Built once: most calls pass no headers of their own, and the request core merges this object as is.
  const entityHeader = entityId ? { 'x-monite-entity-id': entityId } : undefined;

  const call = async (method: MoniteHttpMethod, path: string, init: CallInit = {}) => {
    const { timeoutMs, retry, signal, headers, fetch: callFetch, ...rest } = init;
    // Checked before anything is sent: a bad path value must never reach the network.
    if (timeoutMs !== undefined) checkMillis('timeoutMs', timeoutMs, false);
    const callRetry = resolveRetry(shared.retry, retry);
    const params = rest.params as { path?: unknown } | undefined;
    checkPathParams(path, params?.path);
    const deadline = createCallSignal(signal, timeoutMs ?? options.timeoutMs);
    const transport = callFetch ? { ...shared.transport, fetch: callFetch } : shared.transport;
    // Stryker disable next-line ConditionalExpression: without an entity there is no entity header to merge, so the headers go out unchanged
    const sendsEntity = entityId !== undefined && !PARTNER_LEVEL_OPERATION.test(`${method.toUpperCase()} ${path}`);
    try {
      // Raced against the deadline: a fetch that ignores the signal (or a
      // Request whose derived signal was collected) must not outlive it.
      const pending = inner.request(method, path, {
        ...rest,
        // The entity goes first so that a call's own headers (and params.header) override it.
        // Stryker disable next-line ConditionalExpression: merging the entity header with no headers gives the entity header alone
        headers: !sendsEntity ? headers : headers === undefined ? entityHeader : mergeHeaders(entityHeader, headers),
        signal: deadline.signal,
        fetch: (req: Request) => sendRequest(req, transport, { retry: callRetry, onRetry: options.onRetry }),
      });
      // A passed deadline rejects here with its own MoniteTimeoutError (the
      // reason createCallSignal aborts with), whichever layer noticed it.
      return await waitWithSignal(pending, deadline.signal);
    } finally {
      deadline.dispose();
    }
  };

  const client = {
    use: inner.use,
    eject: inner.eject,
    withEntity: (otherEntityId: string) => {
      if (typeof otherEntityId !== 'string' || otherEntityId === '')
        throw new TypeError('withEntity needs an entity id');
      return buildClient(shared, otherEntityId);
    },
    baseUrl: shared.baseUrl,
    version: shared.version,
    entityId,
    // A readable summary with no secrets, for console.log, util.inspect and JSON.stringify.
    toString: () => `MoniteClient(${describe(shared, entityId)})`,
    toJSON: () => ({ baseUrl: shared.baseUrl, version: shared.version, entityId, auth: shared.authDescription }),
    [Symbol.for('nodejs.util.inspect.custom')]: () => `MoniteClient { ${describe(shared, entityId)} }`,
  } as Record<string | symbol, unknown>;
  for (const method of METHODS) {
    client[method.toUpperCase()] = (path: string, init?: CallInit) => call(method, path, init);
  }
  return client as unknown as MoniteClient;
}

/** The values of `auth` that must never appear in an error. */
function configuredSecrets(auth: MoniteAuth | undefined): string[] {
  // Stryker disable next-line ArrayDeclaration: an extra placeholder secret redacts nothing real
  if (auth === undefined) return [];
  // Stryker disable next-line ArrayDeclaration: an extra placeholder secret redacts nothing real
  const secrets: string[] = [];
  // Stryker disable next-line LogicalOperator,ConditionalExpression: the token source has already refused a clientSecret that is not a non-empty string
  if ('clientSecret' in auth && typeof auth.clientSecret === 'string') secrets.push(auth.clientSecret);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a { token } is a sendable string by construction (assertSendableToken), and no other auth shape has a `token`
  if ('token' in auth && typeof auth.token === 'string') secrets.push(auth.token);
  return secrets;
}

function describe(shared: SharedState, entityId: string | undefined): string {
  return `baseUrl: ${shared.baseUrl}, version: ${shared.version}, entityId: ${entityId ?? 'none'}, auth: ${shared.authDescription}`;
}
