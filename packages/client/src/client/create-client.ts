// createMoniteClient: openapi-fetch's client, configured for Monite. openapi-fetch
// builds, serializes and parses; the Monite layer sits in the fetch it is
// handed (token, retries, typed network errors: transport.ts) and in a thin
// call wrapper (path-value checks, the entity header, timeouts, per-call
// retry settings).
import { createQuerySerializer, type HeadersOptions, type Middleware } from 'openapi-fetch';
import { sendableToken } from '../auth/token-check.js';
import { createTokenSource } from '../auth/token-source.js';
import type { MoniteAuth } from '../auth/types.js';
import { createCallSignal, waitWithSignal } from '../core/abort.js';
import { type MoniteEnvironment, resolveBaseUrl } from '../core/environments.js';
import { checkMillis } from '../core/options.js';
import { checkPathParams } from '../core/path-params.js';
import type { RetryInfo } from '../core/retry-loop.js';
import { DEFAULT_RETRY, resolveRetry, type RetryOptions } from '../core/retry-policy.js';
import { SPEC_API_VERSION } from '../generated/api-version.js';
import { PARTNER_LEVEL_OPERATION } from '../generated/partner-operations.js';
import { serializeBody } from '../uploads/form-data.js';
import type { MoniteCallOptions, MoniteClient } from './call-types.js';
import { createClient } from './openapi-fetch.js';
import { sendRequest, type TransportCall, type TransportConfig } from './transport.js';

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

const VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];

/** openapi-fetch's client as the wrapper calls it: any path, any init. */
type InnerClient = Record<Method, (path: string, init: CallInit | undefined) => Promise<unknown>> & {
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
};

/** Everything clients derived by withEntity share. */
interface SharedState {
  /** One openapi-fetch client: its middleware is shared by every entity's client. */
  inner: InnerClient;
  transport: TransportConfig;
  /** The client's retry settings and onRetry; a call's `retry` is laid over them. */
  call: TransportCall;
  baseUrl: string;
  version: string;
  authDescription: string;
  timeoutMs: number | undefined;
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
  // Looked up per call: MSW and test doubles patch globalThis.fetch after the client exists.
  const fetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  if (options.timeoutMs !== undefined) checkMillis('timeoutMs', options.timeoutMs, false);
  // Resolved (and validated) here, so a bad setting fails at construction rather than on the first call.
  const retry = resolveRetry(DEFAULT_RETRY, options.retry);
  const tokens = createTokenSource(options.auth, { baseUrl, version, fetch, retry });
  const transport: TransportConfig = { fetch, tokens, secrets: configuredSecrets(options.auth) };
  const call: TransportCall = { retry, onRetry: options.onRetry };
  const inner = createClient({
    baseUrl,
    headers: { ...options.headers, 'x-monite-version': version },
    fetch: (request: Request) => sendRequest(request, transport, call),
    bodySerializer: serializeBody,
    // openapi-fetch's default, made once here instead of on every call.
    querySerializer: createQuerySerializer(),
  }) as unknown as InnerClient;
  const shared: SharedState = {
    inner,
    transport,
    call,
    baseUrl,
    version,
    authDescription: tokens?.description ?? 'none',
    timeoutMs: options.timeoutMs,
  };
  return buildClient(shared, options.entityId);
}

/** A call's init as the wrapper reads it: openapi-fetch's, plus the client's own options. */
type CallInit = MoniteCallOptions & {
  params?: { path?: unknown };
  signal?: AbortSignal | null;
  headers?: HeadersOptions;
  fetch?: (request: Request) => Promise<Response>;
  [key: string]: unknown;
};

function buildClient(shared: SharedState, entityId: string | undefined): MoniteClient {
  const { inner } = shared;
  // Built once: most calls pass no headers of their own.
  const entityHeader = entityId ? { 'x-monite-entity-id': entityId } : undefined;

  const send = (method: Method, path: string, init: CallInit | undefined): Promise<unknown> => {
    let sent = init;
    let timeoutMs = shared.timeoutMs;
    if (init !== undefined && (init.timeoutMs !== undefined || init.retry !== undefined || init.fetch)) {
      const { timeoutMs: callTimeoutMs, retry, fetch: callFetch, ...rest } = init;
      if (callTimeoutMs !== undefined) timeoutMs = checkMillis('timeoutMs', callTimeoutMs, false);
      const call =
        retry === undefined ? shared.call : { ...shared.call, retry: resolveRetry(shared.call.retry, retry) };
      const transport = callFetch ? { ...shared.transport, fetch: callFetch } : shared.transport;
      // The Monite layer stays beneath a call's own fetch: it is the network, not a replacement of the client.
      sent = { ...rest, fetch: (request: Request) => sendRequest(request, transport, call) };
    }
    // Checked before anything is built: a bad path value must never reach the network.
    checkPathParams(path, init?.params?.path);
    if (entityHeader && !PARTNER_LEVEL_OPERATION.test(`${method} ${path}`))
      sent = { ...sent, headers: withEntityHeader(entityHeader, sent?.headers) };
    const callerSignal = init?.signal;
    if (timeoutMs === undefined) {
      // Raced against the caller's signal: a fetch that ignores it must not outlive it.
      return waitWithSignal(inner[method](path, sent), callerSignal ?? undefined);
    }
    const deadline = createCallSignal(callerSignal, timeoutMs);
    // A passed deadline rejects here with its own MoniteTimeoutError (the
    // reason createCallSignal aborts with), whichever layer noticed it.
    return waitWithSignal(inner[method](path, { ...sent, signal: deadline.signal }), deadline.signal).finally(
      deadline.dispose,
    );
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
    client[method] = (path: string, init?: CallInit) => {
      try {
        return send(method, path, init);
      } catch (error) {
        // A refused option or path value rejects the call, as openapi-fetch's own errors do.
        return Promise.reject(error);
      }
    };
  }
  return client as unknown as MoniteClient;
}

/**
 * The entity header under a call's own headers: the call's come later and
 * win, and a `null` among them removes the entity header, as openapi-fetch
 * merges its headers.
 */
function withEntityHeader(entityHeader: Record<string, string>, headers: HeadersOptions | undefined): HeadersOptions {
  if (headers === undefined) return entityHeader;
  if (headers instanceof Headers) {
    const merged = new Headers(entityHeader);
    for (const [name, value] of headers) merged.set(name, value);
    return merged;
  }
  return { ...entityHeader, ...(headers as Record<string, string>) };
}

/** The values of `auth` that must never appear in an error: the client secret, or the token as sent. */
function configuredSecrets(auth: MoniteAuth | undefined): string[] {
  // The token source has refused every other shape of these by now.
  if (auth === undefined) return [];
  if ('clientSecret' in auth) return [auth.clientSecret];
  if ('token' in auth) return [auth.token, sendableToken(auth.token, 'auth.token')];
  return [];
}

function describe(shared: SharedState, entityId: string | undefined): string {
  return `baseUrl: ${shared.baseUrl}, version: ${shared.version}, entityId: ${entityId ?? 'none'}, auth: ${shared.authDescription}`;
}
