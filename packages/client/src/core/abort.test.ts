import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetch, hangingFetch, json } from '../../test/fake-fetch.js';
import { createMoniteClient } from '../client/create-client.js';
import { MoniteError, MoniteTimeoutError } from '../errors/errors.js';

const BASE = 'http://x.test';

afterEach(() => {
  vi.useRealTimers();
});

describe('timeouts and cancellation', () => {
  it('fails with MoniteTimeoutError after the client timeout', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: hangingFetch(), timeoutMs: 30 });
    const error = await monite.GET('/counterparts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteTimeoutError);
    expect(error).toBeInstanceOf(MoniteError);
    expect((error as MoniteTimeoutError).kind).toBe('timeout');
    expect((error as MoniteTimeoutError).timeoutMs).toBe(30);
  });

  it('times out even when the fetch ignores the signal', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: () => new Promise<Response>(() => {}), timeoutMs: 20 });
    await expect(monite.GET('/counterparts')).rejects.toBeInstanceOf(MoniteTimeoutError);
  });

  it('lets a call override the client timeout', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: hangingFetch(), timeoutMs: 60_000 });
    const error = await monite.GET('/counterparts', { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteTimeoutError);
    expect((error as MoniteTimeoutError).timeoutMs).toBe(20);
  });

  it('counts retry waits against the timeout', async () => {
    // The client's timers on a fake clock: the 5 s wait for the retry is
    // still running when the call's 50 ms are up.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const net = createFakeFetch(() => json({}, 503, { 'retry-after': '5' }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, timeoutMs: 50 });
    const call = monite.GET('/counterparts').catch((e: unknown) => e);
    await net.arrived(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(await call).toBeInstanceOf(MoniteTimeoutError);
    await vi.runAllTimersAsync();
    expect(net.requests).toHaveLength(1);
  });

  it("rejects with the caller's abort reason, not a timeout, when the caller aborts", async () => {
    const hang = hangingFetch();
    let sent = () => {};
    const inFlight = new Promise<void>((resolve) => {
      sent = resolve;
    });
    const fetch = (request: Request) => {
      sent();
      return hang(request);
    };
    const monite = createMoniteClient({ baseUrl: BASE, fetch, timeoutMs: 10_000 });
    const controller = new AbortController();
    const call = monite.GET('/counterparts', { signal: controller.signal });
    // Aborted while the request is on the network, not before it left.
    await inFlight;
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(MoniteTimeoutError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('works with a caller signal and no timeout', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: hangingFetch() });
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const call = monite.GET('/counterparts', { signal: controller.signal });
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });

  it('does not start a call whose signal is already aborted', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, timeoutMs: 1_000 });
    await expect(monite.GET('/counterparts', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('leaves no timer behind after a call settles', async () => {
    vi.useFakeTimers();
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, timeoutMs: 10_000 });
    await monite.GET('/counterparts');
    expect(vi.getTimerCount()).toBe(0);
  });
});
