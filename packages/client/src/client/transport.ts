// The Monite fetch: what openapi-fetch calls to send a request it has built.
// It adds the bearer token, retries, and re-acquires the token once after a
// 401. It sits beneath openapi-fetch, so middleware sees the request without
// the token and only the final response, however many attempts were made.
import type { TokenSource } from '../auth/types.js';
import { fetchHeld } from '../core/hold-request.js';
import { discardBody, type RetryInfo, runWithRetries } from '../core/retry-loop.js';
import { isRetryableMethod, type ResolvedRetryOptions } from '../core/retry-policy.js';

/** What the transport needs from the client. */
export interface TransportConfig {
  /** The fetch that goes to the network, resolved at call time. */
  fetch: (request: Request) => Promise<Response>;
  /** Where tokens come from; undefined sends none. */
  tokens: TokenSource | undefined;
  /** Configured secrets (client secret, static token) that errors must never show. */
  secrets: readonly string[];
}

/** Per-call settings. */
export interface TransportCall {
  retry: ResolvedRetryOptions;
  onRetry?: ((info: RetryInfo) => void) | undefined;
}

/** Information about a response that the client's error helpers read later. */
export interface ResponseOrigin {
  method: string;
  url: string;
  /** The client's configured secrets, for redacting the error built from this response. */
  secrets: readonly string[];
}

// Responses do not carry their request's method; `unwrap` wants it for the
// error message. A WeakMap keeps that without holding responses alive; the
// method and URL are read from the request only when an error needs them.
const origins = new WeakMap<Response, { request: Request; secrets: readonly string[] }>();

/** The method and URL of the request that produced `response`, when it came through the client. */
export function responseOrigin(response: Response): ResponseOrigin | undefined {
  const origin = origins.get(response);
  return origin && { method: origin.request.method, url: origin.request.url, secrets: origin.secrets };
}

// Token endpoints authenticate by their body; sending them a bearer token
// would mean fetching a token in order to fetch a token. Matched on the URL
// text (up to its query or fragment), so a call does not parse its URL.
const UNAUTHENTICATED_PATH = /\/auth\/(token|revoke)([?#]|$)/;

/** Sends one logical request: token, retries, one re-authentication. */
export async function sendRequest(request: Request, config: TransportConfig, call: TransportCall): Promise<Response> {
  const { tokens } = config;
  const signal = request.signal;
  const retry = call.retry;
  const repeatable = retry.maxRetries > 0 && isRetryableMethod(request.method, retry);
  const needsToken =
    tokens !== undefined && !request.headers.has('authorization') && !UNAUTHENTICATED_PATH.test(request.url);
  // A body can be read once. Only when a second attempt may follow (a retry,
  // or a fresh token after a 401) does each attempt send a copy; otherwise
  // the request goes out as it is, with no copy made.
  const copies = request.body !== null && (repeatable || (needsToken && tokens.refreshable));

  const run = (token: string | undefined) =>
    runWithRetries({
      repeatable,
      retry,
      signal,
      onRetry: call.onRetry,
      secrets: config.secrets,
      // A copy is referenced by nothing else while its fetch runs, so it is
      // held (see core/hold-request.ts); openapi-fetch holds the original.
      attempt: () =>
        copies
          ? attempt(fetchHeld, config.fetch, request.clone(), token)
          : attempt(sendAs, config.fetch, request, token),
    });

  let response: Response;
  if (!needsToken) {
    response = await run(undefined);
  } else {
    // Every token source hands out sendable tokens only (auth/token-check.ts),
    // outside the retry loop: a token that cannot be sent fails the call at once.
    const token = await tokens.getToken(signal);
    response = await run(token);
    if (response.status === 401 && tokens.invalidate(token)) {
      discardBody(response);
      response = await run(await tokens.getToken(signal));
    }
  }
  origins.set(response, { request, secrets: config.secrets });
  return response;
}

/**
 * Sends one attempt with the token. The fetch reads the headers when it is
 * called; the token is taken off again once it has answered, so the Request
 * that middleware holds never shows it.
 */
async function attempt(
  send: typeof fetchHeld,
  fetch: (request: Request) => Promise<Response>,
  request: Request,
  token: string | undefined,
): Promise<Response> {
  if (token === undefined) return send(fetch, request);
  request.headers.set('authorization', `Bearer ${token}`);
  try {
    return await send(fetch, request);
  } finally {
    request.headers.delete('authorization');
  }
}

/** Sends a request that its caller keeps alive anyway. */
const sendAs: typeof fetchHeld = (fetch, request) => fetch(request);
