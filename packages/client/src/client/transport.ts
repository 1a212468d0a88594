// The fetch that the request core calls: adds the bearer token, retries, and
// re-acquires the token once after a 401. Below the request core, so its
// middleware sees the request without the token and only the final response.
import { assertSendableToken } from '../auth/token-check.js';
import type { TokenSource } from '../auth/types.js';
import { discardBody, runWithRetries, type RetryInfo } from '../core/retry-loop.js';
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
// error message. A WeakMap keeps that without holding responses alive.
const origins = new WeakMap<Response, ResponseOrigin>();

/** The method and URL of the request that produced `response`, when it came through the client. */
export function responseOrigin(response: Response): ResponseOrigin | undefined {
  return origins.get(response);
}

// Token endpoints authenticate by their body; sending them a bearer token
// would mean fetching a token in order to fetch a token.
// Stryker disable next-line Regex: no Monite path continues after /auth/token or /auth/revoke
const UNAUTHENTICATED_PATHS = /\/auth\/(token|revoke)$/;

/** Sends one logical request: token, retries, one re-authentication. */
export async function sendRequest(request: Request, config: TransportConfig, call: TransportCall): Promise<Response> {
  const { tokens } = config;
  const signal = request.signal;
  const repeatable = isRetryableMethod(request.method, call.retry);
  const needsToken =
    tokens !== undefined &&
    !request.headers.has('authorization') &&
    !UNAUTHENTICATED_PATHS.test(new URL(request.url).pathname);

  const run = (token: string | undefined) =>
    runWithRetries({
      repeatable,
      retry: call.retry,
      signal,
      onRetry: call.onRetry,
      secrets: config.secrets,
      attempt: () => config.fetch(prepareAttempt(request, token)),
    });

  let response: Response;
  if (!needsToken) {
    response = await run(undefined);
  } else {
    const token = await sendableToken(tokens, signal);
    response = await run(token);
    if (response.status === 401 && tokens.invalidate(token)) {
      discardBody(response);
      response = await run(await sendableToken(tokens, signal));
    }
  }
  origins.set(response, { method: request.method, url: request.url, secrets: config.secrets });
  return response;
}

/**
 * A token from the source, checked before any attempt: outside the retry
 * loop, so a token that cannot be sent fails the call at once instead of
 * being retried as a network error.
 */
async function sendableToken(tokens: TokenSource, signal: AbortSignal): Promise<string> {
  const token = await tokens.getToken(signal);
  // Stryker disable next-line StringLiteral: every token source checks its tokens with its own wording first
  assertSendableToken(token, 'the auth token');
  return token;
}

/**
 * A copy of the request for one attempt. Cloning keeps the original's body
 * readable for the next attempt and keeps the token out of the Request object
 * that the middleware holds.
 */
function prepareAttempt(request: Request, token: string | undefined): Request {
  const attempt = request.clone();
  if (token !== undefined) attempt.headers.set('authorization', `Bearer ${token}`);
  return attempt;
}
