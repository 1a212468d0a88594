// Cancellation and retry behaviour users build on: an aborted
// signal rejects at once, a long-lived signal does not collect listeners,
// network errors share the wait budget, and unread bodies are released.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { MoniteNetworkError, MoniteTimeoutError } from '../../src/errors/errors.js';
import type { RetryInfo } from '../../src/core/retry-loop.js';
import { unwrap } from '../../src/client/unwrap.js';
import { createFakeFetch, json } from '../fake-fetch.js';

const BASE = 'http://x.test';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** A fetch that never settles and ignores its signal, like a wedged proxy. */
const deafFetch = () => new Promise<Response>(() => {});

/** A JSON response whose body records whether it was cancelled (the connection released). */
function trackedResponse(status: number, cancelled: string[], label: string, headers: Record<string, string> = {}) {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(new TextEncoder().encode(JSON.stringify({ error: { message: label } })));
      controller.close();
    },
    cancel() {
      cancelled.push(label);
    },
  });
  return new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });
}

describe('an already-aborted signal', () => {
  it('rejects at once with its reason, even when the fetch would never settle', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: deafFetch });
    const reason = new Error('the user left the page');
    await expect(monite.GET('/counterparts', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('rejects at once with a timeout configured too, with its reason rather than a timeout', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: deafFetch, timeoutMs: 60_000 });
    const reason = new Error('cancelled before sending');
    await expect(monite.GET('/counterparts', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('is not answered with a token exchange: no request is sent at all', async () => {
    const net = createFakeFetch(() => json({ access_token: 't', expires_in: 60 }));
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: 'c', clientSecret: 's' },
    });
    await expect(monite.GET('/counterparts', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(net.requests).toHaveLength(0);
  });

  it('stops a token function call that never settles', async () => {
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: deafFetch,
      auth: { getToken: () => new Promise(() => {}) },
    });
    const controller = new AbortController();
    const call = monite.GET('/counterparts', { signal: controller.signal });
    const reason = new Error('gave up waiting for the token');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });
});

describe("the caller's signal", () => {
  it('keeps no listener once calls settle, so one long-lived signal can serve any number of calls', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const shutdown = new AbortController();
    for (let i = 0; i < 20; i++) {
      await monite.GET('/counterparts', { signal: shutdown.signal, timeoutMs: 10_000 });
    }
    await monite.GET('/counterparts', { signal: shutdown.signal, timeoutMs: 10_000 }).catch(() => undefined);
    const failing = createMoniteClient({ baseUrl: BASE, fetch: () => Promise.reject(new TypeError('offline')) });
    await failing
      .GET('/counterparts', { signal: shutdown.signal, timeoutMs: 10_000, retry: false })
      .catch(() => undefined);
    expect(getEventListeners(shutdown.signal, 'abort')).toHaveLength(0);
  });

  it('gains no listener from the client when the call has no timeout, retry waits and token waits included', async () => {
    // Without a timeout the caller's signal goes to fetch's Request as is, and
    // Node's Request holds a listener of its own until it is collected: that
    // baseline is measured with bare Requests, and the client must add nothing to it.
    const bare = new AbortController();
    for (let i = 0; i < 5; i++) new Request(`${BASE}/counterparts`, { signal: bare.signal });
    const baseline = getEventListeners(bare.signal, 'abort').length;
    const listenersAfterFiveCalls = async (monite: ReturnType<typeof createMoniteClient>) => {
      const shutdown = new AbortController();
      for (let i = 0; i < 5; i++) await monite.GET('/counterparts', { signal: shutdown.signal }).catch(() => undefined);
      return getEventListeners(shutdown.signal, 'abort').length;
    };
    let attempt = 0;
    const busy = createMoniteClient({
      baseUrl: BASE,
      retry: { initialDelayMs: 1 },
      auth: { getToken: async () => 'tok' },
      fetch: async () => (++attempt % 2 === 1 ? json({ error: { message: 'busy' } }, 503) : json({ data: [] })),
    });
    const failing = createMoniteClient({
      baseUrl: BASE,
      retry: false,
      fetch: () => Promise.reject(new TypeError('offline')),
    });
    // At most: a garbage collection in between may only release some of Node's own.
    expect(await listenersAfterFiveCalls(busy)).toBeLessThanOrEqual(baseline);
    expect(await listenersAfterFiveCalls(failing)).toBeLessThanOrEqual(baseline);
    expect(attempt).toBe(10);
  });

  it('leaves no timer behind when it aborts a retry wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const net = createFakeFetch(() => json({ error: { message: 'busy' } }, 503, { 'retry-after': '5' }));
    // onRetry is called just before the wait starts; the wait's timer is set by the time the test resumes.
    let retrying = () => {};
    const waitStarted = new Promise<void>((resolve) => {
      retrying = resolve;
    });
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      retry: { maxDelayMs: 10_000 },
      onRetry: () => retrying(),
    });
    const controller = new AbortController();
    const call = monite.GET('/counterparts', { signal: controller.signal });
    await waitStarted;
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new Error('stop'));
    await expect(call).rejects.toThrow('stop');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('still aborts a call in flight when it has a timeout too', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: deafFetch, timeoutMs: 60_000 });
    const controller = new AbortController();
    const call = monite.GET('/counterparts', { signal: controller.signal });
    const reason = new Error('stop');
    controller.abort(reason);
    const error = await call.catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(error).not.toBeInstanceOf(MoniteTimeoutError);
  });

  it('aborts a retry wait: the call rejects with its reason instead of sending again', async () => {
    const net = createFakeFetch(() => json({ error: { message: 'busy' } }, 503, { 'retry-after': '5' }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const controller = new AbortController();
    const reason = new Error('shutting down');
    const call = monite.GET('/counterparts', {
      signal: controller.signal,
      retry: { maxDelayMs: 10_000 },
    });
    await net.arrived(1);
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
    expect(net.requests).toHaveLength(1);
  });
});

describe('the retry budget after network errors', () => {
  it('counts the waits after network errors against maxTotalDelayMs', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const net = createFakeFetch(() => {
      throw new TypeError('socket hang up');
    });
    const waits: RetryInfo[] = [];
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      // Each wait is floor(0.99 * 10) = 9 ms; a 20 ms budget allows two of them.
      retry: { maxRetries: 10, initialDelayMs: 10, maxDelayMs: 10, maxTotalDelayMs: 20 },
      onRetry: (info) => waits.push(info),
    });
    const error = await monite.GET('/counterparts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteNetworkError);
    expect(net.requests).toHaveLength(3);
    expect(waits).toEqual([
      { retry: 1, delayMs: 9, status: undefined },
      { retry: 2, delayMs: 9, status: undefined },
    ]);
    expect((error as Error).message).toBe('Could not reach Monite after 3 attempts: socket hang up');
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it('shares one budget between network errors and retryable statuses', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const net = createFakeFetch((_, index) => {
      if (index % 2 === 0) throw new TypeError('reset');
      return json({ error: { message: 'busy' } }, 503);
    });
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      retry: { maxRetries: 10, initialDelayMs: 10, maxDelayMs: 10, maxTotalDelayMs: 30 },
    });
    const { response } = await monite.GET('/counterparts');
    // Three 9 ms waits fit in 30 ms, a fourth does not: four attempts, the last a 503.
    expect(net.requests).toHaveLength(4);
    expect(response.status).toBe(503);
  });

  it('says how many attempts were made only when there was more than one', async () => {
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: () => Promise.reject(new TypeError('ECONNREFUSED')),
      retry: false,
    });
    await expect(monite.GET('/counterparts')).rejects.toThrow(/^Could not reach Monite: ECONNREFUSED$/);
  });

  it('describes a thrown non-Error by its string form', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: () => Promise.reject('offline'), retry: false });
    await expect(monite.GET('/counterparts')).rejects.toThrow('Could not reach Monite: offline');
  });
});

describe('unread bodies', () => {
  it('of retried responses are cancelled, so their connections are released', async () => {
    const cancelled: string[] = [];
    let attempt = 0;
    const monite = createMoniteClient({
      baseUrl: BASE,
      retry: { initialDelayMs: 1 },
      fetch: async () => {
        attempt += 1;
        return attempt < 3 ? trackedResponse(503, cancelled, `503 #${attempt}`) : json({ data: [] });
      },
    });
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    expect(cancelled).toEqual(['503 #1', '503 #2']);
  });

  it('of the final response are left for the caller to read', async () => {
    const cancelled: string[] = [];
    const monite = createMoniteClient({
      baseUrl: BASE,
      retry: false,
      fetch: async () => trackedResponse(503, cancelled, 'final'),
    });
    const { error } = await monite.GET('/counterparts');
    expect(error).toEqual({ error: { message: 'final' } });
    expect(cancelled).toEqual([]);
  });

  it('of a 401 that triggers a new token are cancelled', async () => {
    const cancelled: string[] = [];
    let issued = 0;
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: { getToken: () => `tok-${++issued}` },
      fetch: async (request) =>
        request.headers.get('authorization') === 'Bearer tok-1'
          ? trackedResponse(401, cancelled, 'expired')
          : json({ data: [] }),
    });
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    expect(cancelled).toEqual(['expired']);
  });

  it('of a 401 that is final (a static token) are left to read', async () => {
    const cancelled: string[] = [];
    const monite = createMoniteClient({
      baseUrl: BASE,
      auth: { token: 'static' },
      fetch: async () => trackedResponse(401, cancelled, 'bad token'),
    });
    const { error, response } = await monite.GET('/counterparts');
    expect(response.status).toBe(401);
    expect(error).toEqual({ error: { message: 'bad token' } });
    expect(cancelled).toEqual([]);
  });
});
