// Client-credentials token source: exchanges the partner's credentials at
// POST /auth/token, caches the token until shortly before it expires, and
// makes concurrent callers share one exchange.
import { abortReason, waitWithSignal } from '../core/abort.js';
import { createApiError, MoniteAuthError, MoniteTimeoutError } from '../errors/errors.js';
import { fetchHeld } from '../core/hold-request.js';
import { checkMillis } from '../core/options.js';
import { runWithRetries } from '../core/retry-loop.js';
import type { ResolvedRetryOptions } from '../core/retry-policy.js';
import { isSendableToken } from './token-check.js';
import type { ClientCredentialsAuth, TokenSource } from './types.js';

/** What the exchange needs besides the credentials. */
export interface TokenEndpointConfig {
  baseUrl: string;
  version: string;
  fetch: (request: Request) => Promise<Response>;
  retry: ResolvedRetryOptions;
  /** Clock in milliseconds; injectable so expiry can be tested. */
  now?: () => number;
}

/** How long one exchange may take unless `auth.tokenTimeoutMs` says otherwise. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 30_000;

/** Refresh this long before expiry, capped at a tenth of the lifetime for short-lived tokens. */
const REFRESH_MARGIN_MS = 60_000;

interface CachedToken {
  value: string;
  /** When to exchange again; Infinity for a token without `expires_in` (kept until a 401). */
  refreshAt: number;
}

/** One exchange in flight, shared by the calls waiting for it. */
interface PendingExchange {
  promise: Promise<string>;
  /** Aborts the exchange: its deadline passed, or nobody waits for it any more. */
  controller: AbortController;
  waiters: number;
}

/** Creates the token source for client credentials. */
export function createClientCredentialsSource(auth: ClientCredentialsAuth, config: TokenEndpointConfig): TokenSource {
  // Refused here rather than answered by Monite with a 422 on the first call (and an
  // untyped secret would also escape the redaction of errors, which matches strings).
  for (const key of ['clientId', 'clientSecret'] as const) {
    if (typeof auth[key] !== 'string' || auth[key] === '')
      throw new TypeError(`auth.${key} must be a non-empty string`);
  }
  const now = config.now ?? Date.now;
  const grant = auth.entityUserId ? 'entity_user' : 'client_credentials';
  const tokenTimeoutMs =
    auth.tokenTimeoutMs === undefined
      ? DEFAULT_TOKEN_TIMEOUT_MS
      : checkMillis('auth.tokenTimeoutMs', auth.tokenTimeoutMs, false);
  const url = `${config.baseUrl}/auth/token`;
  const secrets = [auth.clientSecret];
  let cached: CachedToken | undefined;
  let pending: PendingExchange | undefined;

  const exchange = async (signal: AbortSignal): Promise<string> => {
    const payload: Record<string, string> = {
      client_id: auth.clientId,
      client_secret: auth.clientSecret,
      grant_type: grant,
    };
    if (auth.entityUserId) payload.entity_user_id = auth.entityUserId;
    const body = JSON.stringify(payload);
    const startedAt = now();
    const response = await runWithRetries({
      // Asking for a token twice is harmless, so it is retried like a GET.
      repeatable: true,
      retry: config.retry,
      signal,
      secrets,
      attempt: () =>
        fetchHeld(
          config.fetch,
          new Request(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json',
              'x-monite-version': config.version,
            },
            body,
            signal,
          }),
        ),
    });
    const requestId = response.headers.get('x-request-id') ?? undefined;
    // Read under the same deadline: a body that trickles in must not hold the exchange.
    const parsed = await waitWithSignal(readJson(response), signal);
    if (!response.ok) {
      throw createApiError({ status: response.status, requestId, body: parsed, method: 'POST', url, secrets });
    }
    const token: { access_token?: unknown; expires_in?: unknown } =
      typeof parsed === 'object' && parsed !== null ? parsed : {};
    const accessToken = token.access_token;
    if (typeof accessToken !== 'string' || !isSendableToken(accessToken)) {
      // A 200 that is not a token (a captive portal's HTML, a proxy's page, a
      // token with line breaks) is an authentication failure, not a crash.
      const contentType = response.headers.get('content-type') ?? 'no content type';
      throw new MoniteAuthError({
        status: response.status,
        requestId,
        body: parsed,
        method: 'POST',
        url,
        // The unusable token is still a credential: it stays out of the body too.
        secrets: typeof accessToken === 'string' ? [...secrets, accessToken] : secrets,
        message:
          typeof accessToken === 'string'
            ? 'the token endpoint answered an access_token that cannot be sent in a header'
            : `the token endpoint answered without an access_token (${contentType})`,
      });
    }
    // Seconds, as a number or a numeric string. NaN (anything else) is no
    // lifetime; an infinite one ("Infinity") ends up the same: never refreshed.
    const { expires_in: expiresIn } = token;
    const seconds = typeof expiresIn === 'number' || typeof expiresIn === 'string' ? Number(expiresIn) : Number.NaN;
    const lifetimeMs = seconds > 0 ? seconds * 1000 : undefined;
    // An exchange abandoned (or past its deadline) whose fetch answered late
    // leaves the cache alone: its callers have already failed.
    if (signal.aborted) throw abortReason(signal);
    // Measured from the request's start: the token began ageing when Monite issued it.
    // Without a lifetime, the token is kept until Monite rejects it with a 401.
    cached = {
      value: accessToken,
      refreshAt:
        lifetimeMs === undefined
          ? Number.POSITIVE_INFINITY
          : startedAt + lifetimeMs - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 10),
    };
    return accessToken;
  };

  /** Starts an exchange with its own deadline; the exchange is forgotten as soon as it settles or is abandoned. */
  const start = (): PendingExchange => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new MoniteTimeoutError(tokenTimeoutMs, 'The token exchange at POST /auth/token')),
      tokenTimeoutMs,
    );
    // The deadline alone must not keep a Node process alive (browsers return a number).
    (timer as { unref?: () => void }).unref?.();
    // Raced against its own deadline: a fetch that does not let go of an
    // aborted request (seen on Node 24 with a stalled socket, and with fetch
    // wrappers that ignore signals) must not keep the waiting calls, and every
    // later call that would join this exchange, waiting forever.
    const promise = waitWithSignal(exchange(controller.signal), controller.signal)
      .catch((error: unknown) => {
        // Whatever layer noticed the abort, the deadline's own error is what callers get.
        throw controller.signal.aborted ? abortReason(controller.signal) : error;
      })
      .finally(() => {
        clearTimeout(timer);
        // Runs after the exchange settles, long after `entry` below exists.
        if (pending === entry) pending = undefined;
      });
    const entry: PendingExchange = { controller, waiters: 0, promise };
    // Callers that gave up have stopped listening; the settled promise must not surface as unhandled.
    promise.catch(() => {});
    return entry;
  };

  return {
    description: `client credentials (${grant})`,
    refreshable: true,
    async getToken(signal) {
      if (cached && now() < cached.refreshAt) return cached.value;
      if (signal.aborted) throw abortReason(signal);
      const entry = pending ?? start();
      pending = entry;
      entry.waiters += 1;
      try {
        return await waitWithSignal(entry.promise, signal);
      } finally {
        entry.waiters -= 1;
        // The last caller gave up (its own timeout or signal): stop the exchange,
        // so no request, socket or timer outlives the calls, and let the next
        // call start afresh.
        // Stryker disable next-line ConditionalExpression: the last caller leaves by its signal (`pending` is still this exchange) or after the exchange settled (nothing left to abort)
        if (entry.waiters === 0 && pending === entry && signal.aborted) {
          pending = undefined;
          entry.controller.abort(abortReason(signal));
        }
      }
    },
    invalidate(token) {
      // Only the first of several concurrent 401s drops the cache; the others
      // then find the already-refreshed token instead of exchanging again.
      if (cached?.value === token) cached = undefined;
      return true;
    },
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
