import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetch, json } from '../../test/fake-fetch.js';
import { createMoniteClient } from './create-client.js';
import { MoniteNetworkError, MoniteRateLimitError, MoniteServerError } from '../errors/errors.js';
import type { RetryInfo } from '../core/retry-loop.js';
import { unwrap } from './unwrap.js';

const BASE = 'http://x.test';
const fast = { initialDelayMs: 1, maxDelayMs: 5_000 };

afterEach(() => {
  vi.useRealTimers();
});

/** Answers with the given statuses in order, then 200. */
function statuses(...codes: (number | Error)[]) {
  return createFakeFetch((_, index) => {
    const next = codes[index];
    if (next instanceof Error) throw next;
    if (next === undefined) return json({ data: [] });
    return json({ error: { message: `status ${next}` } }, next);
  });
}

describe('retries', () => {
  it.each([408, 429, 502, 503, 504])('retries a GET after %i', async (status) => {
    const net = statuses(status, status);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: fast });
    const { response } = await monite.GET('/counterparts');
    expect(response.status).toBe(200);
    expect(net.requests).toHaveLength(3);
  });

  it.each([400, 401, 404, 409, 422, 500])('does not retry %i', async (status) => {
    const net = statuses(status);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: fast });
    const { response } = await monite.GET('/counterparts');
    expect(response.status).toBe(status);
    expect(net.requests).toHaveLength(1);
  });

  it('stops after maxRetries and returns the last response', async () => {
    const net = statuses(503, 503, 503, 503, 503);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: { ...fast, maxRetries: 3 } });
    await expect(unwrap(monite.GET('/counterparts'))).rejects.toBeInstanceOf(MoniteServerError);
    expect(net.requests).toHaveLength(4);
  });

  it('can be turned off for the client or for a call', async () => {
    const off = statuses(503);
    await createMoniteClient({ baseUrl: BASE, fetch: off.fetch, retry: false }).GET('/counterparts');
    expect(off.requests).toHaveLength(1);
    const perCall = statuses(503);
    await createMoniteClient({ baseUrl: BASE, fetch: perCall.fetch, retry: fast }).GET('/counterparts', {
      retry: false,
    });
    expect(perCall.requests).toHaveLength(1);
  });

  it('does not retry POST or PATCH unless opted in, and re-sends the same body when it does', async () => {
    const plain = statuses(503);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: plain.fetch, retry: fast });
    await monite.POST('/counterparts', {
      body: {
        type: 'individual',
        individual: { first_name: 'A', last_name: 'B', is_vendor: true, is_customer: false },
      } as never,
    });
    await monite.PATCH('/counterparts/{counterpart_id}', {
      params: { path: { counterpart_id: 'c' } },
      body: {} as never,
    });
    expect(plain.requests).toHaveLength(2);

    const optedIn = statuses(503, 503);
    const client = createMoniteClient({ baseUrl: BASE, fetch: optedIn.fetch, retry: fast });
    const body = {
      type: 'individual',
      individual: { first_name: 'A', last_name: 'B', is_vendor: true, is_customer: false },
    };
    await client.POST('/counterparts', { body: body as never, retry: { retryNonIdempotent: true } });
    expect(optedIn.requests).toHaveLength(3);
    expect(optedIn.requests.map((r) => JSON.parse(r.body))).toEqual([body, body, body]);

    const clientWide = statuses(503);
    await createMoniteClient({
      baseUrl: BASE,
      fetch: clientWide.fetch,
      retry: { ...fast, retryNonIdempotent: true },
    }).POST('/counterparts', {
      body: body as never,
    });
    expect(clientWide.requests).toHaveLength(2);
  });

  it('retries PUT and DELETE (idempotent) by default', async () => {
    const net = statuses(502, 502);
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: fast });
    await monite.DELETE('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: 'c' } } });
    await monite.PUT('/entities/{entity_id}/logo', {
      params: { path: { entity_id: 'e' } },
      body: { file: new Blob(['x']) },
    });
    expect(net.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE', 'DELETE', 'PUT']);
  });

  it('retries network errors, then fails with MoniteNetworkError carrying the cause', async () => {
    const recovered = statuses(new TypeError('fetch failed'));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: recovered.fetch, retry: fast });
    expect((await monite.GET('/counterparts')).response.status).toBe(200);

    const cause = new TypeError('connect ECONNREFUSED');
    const down = statuses(cause, cause, cause);
    const error = await createMoniteClient({ baseUrl: BASE, fetch: down.fetch, retry: fast })
      .GET('/counterparts')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteNetworkError);
    expect((error as MoniteNetworkError).kind).toBe('network');
    expect((error as MoniteNetworkError).cause).toBe(cause);
    expect(down.requests).toHaveLength(3);
  });

  it('does not retry a network error on POST', async () => {
    const net = statuses(new TypeError('socket hang up'));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: fast });
    await expect(monite.POST('/counterparts', { body: {} as never })).rejects.toBeInstanceOf(MoniteNetworkError);
    expect(net.requests).toHaveLength(1);
  });

  it('waits exactly Retry-After seconds', async () => {
    vi.useFakeTimers();
    const net = createFakeFetch((_, index) =>
      index === 0 ? json({ error: { message: 'slow down' } }, 429, { 'retry-after': '2' }) : json({ data: [] }),
    );
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const call = monite.GET('/counterparts');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(net.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).response.status).toBe(200);
    expect(net.requests).toHaveLength(2);
  });

  it('honours Retry-After as an HTTP date', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const net = createFakeFetch((_, index) =>
      index === 0 ? json({}, 503, { 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }) : json({ data: [] }),
    );
    const retries: RetryInfo[] = [];
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, onRetry: (info) => retries.push(info) });
    const call = monite.GET('/counterparts');
    await vi.advanceTimersByTimeAsync(3_000);
    await call;
    expect(retries).toEqual([{ retry: 1, delayMs: 3_000, status: 503 }]);
  });

  it('returns the 429 when Retry-After exceeds maxDelayMs, and the error carries the wait', async () => {
    const net = createFakeFetch(() => json({ error: { message: 'rate limited' } }, 429, { 'retry-after': '60' }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const error = (await unwrap(monite.GET('/counterparts')).catch((e: unknown) => e)) as MoniteRateLimitError;
    expect(error).toBeInstanceOf(MoniteRateLimitError);
    expect(error.retryAfterMs).toBe(60_000);
    expect(net.requests).toHaveLength(1);
  });

  it('bounds the total waiting time of a call', async () => {
    const net = createFakeFetch(() => json({}, 503, { 'retry-after': '0.04' }));
    const retries: RetryInfo[] = [];
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      retry: { maxRetries: 10, maxTotalDelayMs: 100 },
      onRetry: (info) => retries.push(info),
    });
    await monite.GET('/counterparts');
    expect(retries.map((r) => r.delayMs)).toEqual([40, 40]);
    expect(net.requests).toHaveLength(3);
  });

  it('backs off exponentially with jitter when there is no Retry-After', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const net = statuses(503, 503, 503);
    const retries: RetryInfo[] = [];
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      retry: { maxRetries: 3, initialDelayMs: 10 },
      onRetry: (info) => retries.push(info),
    });
    await monite.GET('/counterparts');
    vi.restoreAllMocks();
    expect(retries.map((r) => r.delayMs)).toEqual([5, 10, 20]);
  });

  it('does not wait for a discarded body to finish cancelling (msw tees response streams)', async () => {
    const stuckBody = () =>
      new ReadableStream({
        pull() {},
        cancel: () => new Promise<void>(() => {}),
      });
    const net = createFakeFetch((_, index) =>
      index === 0 ? new Response(stuckBody(), { status: 503 }) : json({ data: [] }),
    );
    // Were the cancel awaited, the call would never settle and the test would time out.
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: fast });
    expect((await monite.GET('/counterparts')).response.status).toBe(200);
  });
});
