// The token exchange over a real socket: it has a deadline of its own, is
// abandoned when nobody waits for it, and odd token answers are auth errors.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { MoniteAuthError, MoniteTimeoutError } from '../../src/errors/errors.js';
import { unwrap } from '../../src/client/unwrap.js';
import { sendJson, startServer, type TestServer } from './server.js';

const CLIENT_ID = '44444444-4444-4444-8444-444444444444';
const SECRET = 'client-secret-for-adversarial-tests';
const credentials = { clientId: CLIENT_ID, clientSecret: SECRET };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A promise and the function that resolves it: a test waits for an event, not for time. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

// The deadlines here run on a fake clock (the client's timers only; sockets,
// undici and the server keep real time), and each step waits for what the
// server saw. Nothing depends on how fast the machine is: on a loaded one the
// steps only take longer. Whether the runtime closes the socket of an aborted
// request is its own business (Node 24 may keep it); what the client owes is
// that the call fails at the deadline, the exchange is aborted, and the next
// call does not wait behind it.
describe('a token endpoint that never answers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fails the waiting call after auth.tokenTimeoutMs, and the next call starts a fresh exchange', async () => {
    let stalling = true;
    const stalled = signal();
    server = await startServer((req, res) => {
      if (req.target === '/auth/token') {
        if (stalling) return stalled.fire();
        return sendJson(res, { access_token: 'tok-2', expires_in: 3600 });
      }
      sendJson(res, { data: [] });
    });
    const exchangeSignals: AbortSignal[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const monite = createMoniteClient({
      baseUrl: server.url,
      auth: { ...credentials, tokenTimeoutMs: 60_000 },
      retry: false,
      // Observes the exchange's signal and sends the request on with Node's own fetch.
      fetch: (request) => {
        if (request.url.endsWith('/auth/token')) exchangeSignals.push(request.signal);
        return globalThis.fetch(request);
      },
    });
    const first = monite.GET('/counterparts').catch((e: unknown) => e);
    await stalled.promise;
    await vi.advanceTimersByTimeAsync(60_000);
    const error = await first;
    expect(error).toBeInstanceOf(MoniteTimeoutError);
    expect((error as Error).message).toBe('The token exchange at POST /auth/token timed out after 60000 ms');
    expect(exchangeSignals[0]!.aborted).toBe(true);
    vi.useRealTimers();
    stalling = false;
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    expect(server.tokenRequests()).toHaveLength(2);
    expect(server.apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer tok-2']);
  });

  it('fails the waiting call at the deadline even when the fetch never lets go of the aborted exchange', async () => {
    // The wedge: a fetch that does not settle an aborted request (Node 24 with
    // a stalled socket, a fetch wrapper that ignores signals). The call must
    // still fail at the deadline, and later calls must not join the dead exchange.
    const stalled = signal();
    let exchanges = 0;
    server = await startServer((req, res) => {
      if (req.target === '/auth/token' && ++exchanges === 1) return stalled.fire();
      if (req.target === '/auth/token') return sendJson(res, { access_token: 'tok-2', expires_in: 3600 });
      sendJson(res, { data: [] });
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const monite = createMoniteClient({
      baseUrl: server.url,
      auth: { ...credentials, tokenTimeoutMs: 60_000 },
      retry: false,
      fetch: (request) =>
        exchanges === 0
          ? // The first exchange is sent without its signal: nothing can abort it.
            globalThis.fetch(new Request(request, { signal: null }))
          : globalThis.fetch(request),
    });
    const first = monite.GET('/counterparts').catch((e: unknown) => e);
    await stalled.promise;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await first).toBeInstanceOf(MoniteTimeoutError);
    vi.useRealTimers();
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
    expect(server.tokenRequests()).toHaveLength(2);
  });

  it('is abandoned when its only caller gives up (per-call timeout), and the next call exchanges afresh', async () => {
    const arrivals = [signal(), signal()];
    server = await startServer((req, res) => {
      if (req.target !== '/auth/token') return sendJson(res, { data: [] });
      // Token requests stall.
      arrivals[server!.tokenRequests().length - 1]?.fire();
    });
    const exchangeSignals: AbortSignal[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // No client timeout and the default token deadline (30 s): only the call's own timeout ends the wait.
    const monite = createMoniteClient({
      baseUrl: server.url,
      auth: credentials,
      retry: false,
      fetch: (request) => {
        exchangeSignals.push(request.signal);
        return globalThis.fetch(request);
      },
    });
    for (const arrival of arrivals) {
      const call = monite.GET('/counterparts', { timeoutMs: 1_000 }).catch((e: unknown) => e);
      await arrival.promise;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await call).toBeInstanceOf(MoniteTimeoutError);
    }
    // Each exchange was aborted with its caller, and the second did not join the first.
    expect(exchangeSignals.map((s) => s.aborted)).toEqual([true, true]);
    expect(server.tokenRequests()).toHaveLength(2);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 3e9])('refuses auth.tokenTimeoutMs %s', (tokenTimeoutMs) => {
    expect(() =>
      createMoniteClient({ baseUrl: 'http://127.0.0.1:9', auth: { ...credentials, tokenTimeoutMs } }),
    ).toThrow(/auth\.tokenTimeoutMs/);
  });
});

describe('token endpoint answers', () => {
  it('a 200 with an HTML body is a MoniteAuthError with the status and request id', async () => {
    server = await startServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'x-request-id': 'req-html-1' });
      res.end('<!doctype html><html><body><h1>Please sign in to the Wi-Fi</h1></body></html>');
    });
    const monite = createMoniteClient({ baseUrl: server.url, auth: credentials, retry: false });
    const error = (await monite.GET('/counterparts').catch((e: unknown) => e)) as MoniteAuthError;
    expect(error).toBeInstanceOf(MoniteAuthError);
    expect(error.status).toBe(200);
    expect(error.requestId).toBe('req-html-1');
    expect(error.message).toMatch(/access_token.*text\/html/);
    expect(server.apiRequests()).toHaveLength(0);
  });

  it('an access_token with a line break is a MoniteAuthError, not retried, and not shown', async () => {
    const broken = 'abc\r\nx-injected: yes';
    server = await startServer((_, res) => sendJson(res, { access_token: broken, expires_in: 3600 }));
    const monite = createMoniteClient({ baseUrl: server.url, auth: credentials });
    const error = (await monite.GET('/counterparts').catch((e: unknown) => e)) as MoniteAuthError;
    expect(error).toBeInstanceOf(MoniteAuthError);
    expect(`${error.message} ${error.stack} ${JSON.stringify(error.body)}`).not.toContain('x-injected');
    expect(server.requests).toHaveLength(1);
  });

  it('a token without expires_in is cached until Monite answers 401', async () => {
    let issued = 0;
    server = await startServer((req, res) => {
      if (req.target === '/auth/token') return sendJson(res, { access_token: `tok-${++issued}` });
      if (req.headers.authorization === 'Bearer tok-1' && server!.apiRequests().length > 4)
        return sendJson(res, { error: { message: 'Token expired' } }, 401);
      sendJson(res, { data: [] });
    });
    const monite = createMoniteClient({ baseUrl: server.url, auth: credentials, retry: false });
    for (let i = 0; i < 4; i++) await unwrap(monite.GET('/counterparts'));
    expect(server.tokenRequests()).toHaveLength(1);
    await unwrap(monite.GET('/counterparts'));
    expect(server.tokenRequests()).toHaveLength(2);
    expect(server.apiRequests().map((r) => r.headers.authorization)).toEqual([
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-2',
    ]);
  });
});
