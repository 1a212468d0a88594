// The token exchange as an integration sees it: its deadlines,
// its retries, when a cached token is renewed, what a useless 200 does, and
// how a token function is told to refresh.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { MoniteAuthError, MoniteNetworkError, MoniteServerError, MoniteTimeoutError } from '../../src/errors/errors.js';
import { unwrap } from '../../src/client/unwrap.js';
import { createFakeFetch, hangingFetch, json, tokenResponse } from '../fake-fetch.js';

const BASE = 'http://x.test';
const credentials = { clientId: '44444444-4444-4444-8444-444444444444', clientSecret: 'behaviour-secret' };
const fast = { initialDelayMs: 1, maxDelayMs: 50 };

afterEach(() => {
  vi.useRealTimers();
});

const isToken = (request: Request) => new URL(request.url).pathname === '/auth/token';

/** A promise and the function that resolves it: a test waits for an event, not for time. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

/**
 * Resolves once every callback already queued has run: promise reactions
 * and process.nextTick callbacks all run before an immediate. The client's
 * work after a fetch settles (reading the body, failing the exchange) is
 * made of those alone when the fetch is in memory and nothing is retried.
 */
const queuedWorkDone = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the token exchange deadline', () => {
  it("is bounded by the call's timeoutMs: a stalled token endpoint fails the call with MoniteTimeoutError", async () => {
    // The client's timers run on a fake clock: the call's 50 ms pass when the
    // test says so, and the exchange's own 30 s deadline never comes.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hang = hangingFetch();
    const exchangeStarted = signal();
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: credentials,
      timeoutMs: 50,
      fetch: (request) => {
        if (!isToken(request)) return Promise.resolve(json({ data: [] }));
        exchangeStarted.fire();
        return hang(request);
      },
    });
    const call = monite.GET('/counterparts').catch((e: unknown) => e);
    await exchangeStarted.promise;
    await vi.advanceTimersByTimeAsync(50);
    const error = await call;
    expect(error).toBeInstanceOf(MoniteTimeoutError);
    expect((error as MoniteTimeoutError).timeoutMs).toBe(50);
    expect((error as Error).message).toBe('Monite request timed out after 50 ms');
  });

  it('is auth.tokenTimeoutMs on its own, and a timed-out exchange is forgotten so the next call starts afresh', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hang = hangingFetch();
    const firstExchange = signal();
    let exchanges = 0;
    const apiAuth: (string | null)[] = [];
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: { ...credentials, tokenTimeoutMs: 50 },
      retry: false,
      fetch: (request) => {
        if (isToken(request)) {
          exchanges += 1;
          if (exchanges > 1) return Promise.resolve(tokenResponse('tok-2'));
          firstExchange.fire();
          return hang(request);
        }
        apiAuth.push(request.headers.get('authorization'));
        return Promise.resolve(json({ data: [] }));
      },
    });
    const call = monite.GET('/counterparts').catch((e: unknown) => e);
    await firstExchange.promise;
    await vi.advanceTimersByTimeAsync(50);
    const error = await call;
    expect(error).toBeInstanceOf(MoniteTimeoutError);
    expect((error as Error).message).toBe('The token exchange at POST /auth/token timed out after 50 ms');
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    expect(exchanges).toBe(2);
    expect(apiAuth).toEqual(['Bearer tok-2']);
  });

  it('aborts the exchange request itself when its deadline passes, so no connection is left open', async () => {
    let exchangeSignal: AbortSignal | undefined;
    const hang = hangingFetch();
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: { ...credentials, tokenTimeoutMs: 30 },
      retry: false,
      fetch: (request) => {
        exchangeSignal = request.signal;
        return hang(request);
      },
    });
    await expect(monite.GET('/counterparts')).rejects.toBeInstanceOf(MoniteTimeoutError);
    expect(exchangeSignal?.aborted).toBe(true);
  });

  it('is aborted when the only caller gives up, and the next call exchanges afresh', async () => {
    const signals: AbortSignal[] = [];
    const hang = hangingFetch();
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: credentials,
      retry: false,
      fetch: (request) => {
        signals.push(request.signal);
        return hang(request);
      },
    });
    await expect(monite.GET('/counterparts', { timeoutMs: 30 })).rejects.toBeInstanceOf(MoniteTimeoutError);
    expect(signals[0]?.aborted).toBe(true);
    await expect(monite.GET('/counterparts', { timeoutMs: 30 })).rejects.toBeInstanceOf(MoniteTimeoutError);
    expect(signals).toHaveLength(2);
  });

  it('keeps running for the other callers when one of two callers gives up', async () => {
    let release: (() => void) | undefined;
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: credentials,
      retry: false,
      fetch: async (request) => {
        if (!isToken(request)) return json({ data: [] });
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return tokenResponse('shared');
      },
    });
    const impatient = monite.GET('/counterparts', { timeoutMs: 20 });
    const patient = monite.GET('/counterparts');
    await expect(impatient).rejects.toBeInstanceOf(MoniteTimeoutError);
    release?.();
    const { response } = await patient;
    expect(response.status).toBe(200);
  });
});

describe('an abandoned exchange', () => {
  it('that settles late leaves the exchange that replaced it shared by the next callers', async () => {
    // Token requests are held until the test answers them, whatever their
    // signal says; `arrived[n]` fires when the n-th one comes in.
    const held: Array<(response: Response) => void> = [];
    const arrived = [signal(), signal(), signal()];
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: credentials,
      retry: false,
      fetch: (request) => {
        if (!isToken(request)) return Promise.resolve(json({ data: [] }));
        return new Promise<Response>((resolve) => {
          held.push(resolve);
          arrived[held.length - 1]?.fire();
        });
      },
    });
    const controller = new AbortController();
    const first = monite.GET('/counterparts', { signal: controller.signal });
    await arrived[0]!.promise;
    controller.abort(new Error('first caller gave up'));
    await expect(first).rejects.toThrow('first caller gave up');

    const second = monite.GET('/counterparts');
    await arrived[1]!.promise;
    // The abandoned exchange fails only now, while the second one is still running.
    held[0]!(json({ error: { message: 'late failure' } }, 500));
    await queuedWorkDone();
    const third = monite.GET('/counterparts');
    await queuedWorkDone();
    expect(held).toHaveLength(2);
    held[1]!(tokenResponse('second-token'));
    expect((await second).response.status).toBe(200);
    expect((await third).response.status).toBe(200);
    expect(held).toHaveLength(2);
  });
});

describe('the token exchange retries', () => {
  it.each([429, 502, 503, 504])('retries the exchange after a %i', async (status) => {
    let exchanges = 0;
    const net = createFakeFetch((request) => {
      if (request.url.pathname !== '/auth/token') return json({ data: [] });
      exchanges += 1;
      return exchanges === 1 ? json({ error: { message: 'busy' } }, status) : tokenResponse('tok-after-retry');
    });
    const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, retry: fast, fetch: net.fetch });
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    expect(net.tokenRequests()).toHaveLength(2);
    expect(net.apiRequests()[0]!.headers.authorization).toBe('Bearer tok-after-retry');
  });

  it('retries the exchange after a network error', async () => {
    let exchanges = 0;
    const net = createFakeFetch((request) => {
      if (request.url.pathname !== '/auth/token') return json({ data: [] });
      exchanges += 1;
      if (exchanges === 1) throw new TypeError('fetch failed');
      return tokenResponse('tok-after-network-error');
    });
    const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, retry: fast, fetch: net.fetch });
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    expect(net.apiRequests()[0]!.headers.authorization).toBe('Bearer tok-after-network-error');
  });

  it('gives up with the last error when the token endpoint keeps failing, and sends no API request', async () => {
    const net = createFakeFetch((request) =>
      request.url.pathname === '/auth/token' ? json({ error: { message: 'down' } }, 503) : json({ data: [] }),
    );
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: credentials,
      retry: { ...fast, maxRetries: 2 },
      fetch: net.fetch,
    });
    const error = await monite.GET('/counterparts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteServerError);
    expect((error as MoniteServerError).status).toBe(503);
    expect(net.tokenRequests()).toHaveLength(3);
    expect(net.apiRequests()).toHaveLength(0);
  });

  it('is not retried with retry: false, and a network error surfaces as MoniteNetworkError', async () => {
    const net = createFakeFetch(() => {
      throw new TypeError('connection refused');
    });
    const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, retry: false, fetch: net.fetch });
    await expect(monite.GET('/counterparts')).rejects.toBeInstanceOf(MoniteNetworkError);
    expect(net.tokenRequests()).toHaveLength(1);
  });
});

describe('token lifetime', () => {
  function lifetimeNetwork(expiresIn: unknown) {
    let issued = 0;
    return createFakeFetch((request) => {
      if (request.url.pathname !== '/auth/token') return json({ data: [] });
      issued += 1;
      return json({ access_token: `tok-${issued}`, expires_in: expiresIn, token_type: 'Bearer' });
    });
  }

  it('renews a short-lived token a tenth of its lifetime before expiry, not a minute before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const net = lifetimeNetwork(60);
    const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, fetch: net.fetch });
    await monite.GET('/counterparts');
    // 60 s lifetime: renewed 6 s before expiry, i.e. after 54 s (a one-minute margin would renew at once).
    vi.setSystemTime(new Date('2025-01-01T00:00:53Z'));
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(1);
    vi.setSystemTime(new Date('2025-01-01T00:00:55Z'));
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(2);
  });

  it('reads expires_in given as a string of seconds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const net = lifetimeNetwork('600');
    const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, fetch: net.fetch });
    await monite.GET('/counterparts');
    vi.setSystemTime(new Date('2025-01-01T00:08:59Z')); // 61 s before expiry
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(1);
    vi.setSystemTime(new Date('2025-01-01T00:09:01Z'));
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(2);
  });

  it.each([0, -5, 'soon', null, true])(
    'keeps a token whose expires_in is %s until Monite answers 401',
    async (expiresIn) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
      const net = lifetimeNetwork(expiresIn);
      const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, fetch: net.fetch });
      await monite.GET('/counterparts');
      vi.setSystemTime(new Date('2025-03-01T00:00:00Z'));
      await monite.GET('/counterparts');
      expect(net.tokenRequests()).toHaveLength(1);
    },
  );

  it('counts the lifetime from when the exchange started, not from when it answered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2025-01-01T00:00:00Z').getTime();
    vi.setSystemTime(start);
    let issued = 0;
    const net = createFakeFetch((request) => {
      if (request.url.pathname !== '/auth/token') return json({ data: [] });
      issued += 1;
      // The answer arrives 30 s after the request left.
      vi.setSystemTime(Date.now() + 30_000);
      return tokenResponse(`tok-${issued}`, 600);
    });
    const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, fetch: net.fetch });
    await monite.GET('/counterparts');
    // Renewal is due 540 s after the start: a clock started at the answer would still say 30 s to go.
    vi.setSystemTime(start + 541_000);
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(2);
  });
});

describe('a token endpoint that answers 200 without a token', () => {
  it.each([
    ['a JSON object without access_token', () => json({ token_type: 'Bearer' })],
    ['a non-string access_token', () => json({ access_token: 42 })],
    ['an empty body', () => new Response('', { status: 200 })],
    ['JSON null', () => json(null)],
  ])('%s fails the call with MoniteAuthError and sends nothing to the API', async (_, answer) => {
    const net = createFakeFetch((request) => (request.url.pathname === '/auth/token' ? answer() : json({ data: [] })));
    const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, fetch: net.fetch });
    const error = await monite.GET('/counterparts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteAuthError);
    expect((error as MoniteAuthError).status).toBe(200);
    expect((error as Error).message).toMatch(/without an access_token/);
    expect(net.apiRequests()).toHaveLength(0);
    // Nothing was cached: the next call asks again.
    await monite.GET('/counterparts').catch(() => undefined);
    expect(net.tokenRequests()).toHaveLength(2);
  });

  it("names the answer's content type in the message", async () => {
    const net = createFakeFetch(
      () => new Response('<html>portal</html>', { headers: { 'content-type': 'text/html' } }),
    );
    const monite = createMoniteClient({ baseUrl: BASE, auth: credentials, fetch: net.fetch });
    await expect(monite.GET('/counterparts')).rejects.toThrow('without an access_token (text/html)');
  });
});

describe('a token function after a 401', () => {
  it('is asked with forceRefresh once, and later calls stop forcing a refresh once it gave a new token', async () => {
    const contexts: boolean[] = [];
    let current = 'old';
    const net = createFakeFetch((request) =>
      request.headers.authorization === 'Bearer old'
        ? json({ error: { message: 'expired' } }, 401)
        : json({ data: [] }),
    );
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: {
        getToken: ({ forceRefresh }) => {
          contexts.push(forceRefresh);
          if (forceRefresh) current = 'new';
          return current;
        },
      },
    });
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    expect(contexts).toEqual([false, true, false, false]);
  });

  it('keeps forcing a refresh while the function hands back the token Monite rejected', async () => {
    const contexts: boolean[] = [];
    const net = createFakeFetch(() => json({ error: { message: 'expired' } }, 401));
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: {
        getToken: ({ forceRefresh }) => {
          contexts.push(forceRefresh);
          return 'stale';
        },
      },
    });
    await expect(unwrap(monite.GET('/counterparts'))).rejects.toBeInstanceOf(MoniteAuthError);
    await expect(unwrap(monite.GET('/counterparts'))).rejects.toBeInstanceOf(MoniteAuthError);
    expect(contexts).toEqual([false, true, true, true]);
  });
});
