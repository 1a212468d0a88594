// Client-credentials token source: exchanges the partner's credentials at
// POST /auth/token, caches the token until shortly before it expires, and
// makes concurrent callers share one exchange.
import { abortReason, createCallSignal, waitWithSignal } from '../abort.js';
import { createApiError } from '../errors.js';
import { redactSecrets } from '../redact.js';
import { runWithRetries } from '../retry-loop.js';
import type { ResolvedRetryOptions } from '../retry-policy.js';
import type { ClientCredentialsAuth, TokenSource } from './types.js';

/** What the exchange needs besides the credentials. */
export interface TokenEndpointConfig {
  baseUrl: string;
  version: string;
  fetch: (request: Request) => Promise<Response>;
  retry: ResolvedRetryOptions;
  timeoutMs: number | undefined;
  /** Clock in milliseconds; injectable so expiry can be tested. */
  now?: () => number;
}

/** Refresh this long before expiry, capped at a tenth of the lifetime for short-lived tokens. */
const REFRESH_MARGIN_MS = 60_000;

interface CachedToken {
  value: string;
  refreshAt: number;
}

/** Creates the token source for client credentials. */
export function createClientCredentialsSource(auth: ClientCredentialsAuth, config: TokenEndpointConfig): TokenSource {
  const now = config.now ?? Date.now;
  const grant = auth.entityUserId ? 'entity_user' : 'client_credentials';
  let cached: CachedToken | undefined;
  let pending: Promise<string> | undefined;

  const exchange = async (): Promise<string> => {
    const payload: Record<string, string> = {
      client_id: auth.clientId,
      client_secret: auth.clientSecret,
      grant_type: grant,
    };
    if (auth.entityUserId) payload.entity_user_id = auth.entityUserId;
    const body = JSON.stringify(payload);
    const url = `${config.baseUrl}/auth/token`;
    // The exchange is shared by every waiting call, so no single caller's
    // signal may cancel it; the client's timeout still bounds it.
    const deadline = createCallSignal(undefined, config.timeoutMs);
    const startedAt = now();
    try {
      const response = await runWithRetries({
        // Asking for a token twice is harmless, so it is retried like a GET.
        repeatable: true,
        retry: config.retry,
        signal: deadline.signal,
        attempt: () =>
          config.fetch(
            new Request(url, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                accept: 'application/json',
                'x-monite-version': config.version,
              },
              body,
              signal: deadline.signal ?? null,
            }),
          ),
      });
      const parsed = await readJson(response);
      if (!response.ok) {
        throw createApiError({
          status: response.status,
          requestId: response.headers.get('x-request-id') ?? undefined,
          body: redactSecrets(parsed, [auth.clientSecret]),
          method: 'POST',
          url,
        });
      }
      const token = parsed as { access_token?: unknown; expires_in?: unknown };
      if (typeof token.access_token !== 'string' || token.access_token === '') {
        throw new TypeError('POST /auth/token answered without an access_token');
      }
      const lifetimeMs = typeof token.expires_in === 'number' && token.expires_in > 0 ? token.expires_in * 1000 : 0;
      const margin = Math.min(REFRESH_MARGIN_MS, lifetimeMs / 10);
      // Measured from the request's start: the token began ageing when Monite issued it.
      cached = { value: token.access_token, refreshAt: startedAt + lifetimeMs - margin };
      return token.access_token;
    } catch (error) {
      if (deadline.timedOut && deadline.signal) throw abortReason(deadline.signal);
      throw error;
    } finally {
      deadline.dispose();
    }
  };

  return {
    description: `client credentials (${grant})`,
    getToken(signal) {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.value);
      pending ??= exchange().finally(() => {
        pending = undefined;
      });
      return waitWithSignal(pending, signal);
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
