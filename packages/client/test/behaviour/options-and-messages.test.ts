// Configuration mistakes, boundaries and the wording of what the client
// throws: each is something a user meets in a log or a stack
// trace, or a limit they configure against.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import {
  createApiError,
  MoniteAuthError,
  MoniteError,
  MoniteNetworkError,
  MonitePaginationError,
  MoniteTimeoutError,
} from '../../src/errors/errors.js';
import { unwrap } from '../../src/client/unwrap.js';
import { type MoniteWebhookError, signWebhook, verifyWebhook } from '../../src/webhooks/webhooks.js';
import { createFakeFetch, hangingFetch, json, tokenResponse } from '../fake-fetch.js';

const BASE = 'http://x.test';
const credentials = { clientId: '44444444-4444-4444-8444-444444444444', clientSecret: 'options-secret' };

/** What `JSON.stringify(client)` shows, as a log line would. */
const jsonOf = (client: unknown) => JSON.parse(JSON.stringify(client)) as Record<string, unknown>;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('auth configuration', () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 3e9])(
    'refuses auth.tokenTimeoutMs %s by name',
    (tokenTimeoutMs) => {
      expect(() => createMoniteClient({ baseUrl: BASE, auth: { ...credentials, tokenTimeoutMs } })).toThrow(
        /^auth\.tokenTimeoutMs must be /,
      );
    },
  );

  it.each([
    ['clientId', ''],
    ['clientId', 42],
    ['clientSecret', ''],
    ['clientSecret', 42],
  ])('refuses auth.%s = %j by name, without sending anything', (key, value) => {
    expect(() => createMoniteClient({ baseUrl: BASE, auth: { ...credentials, [key]: value } as never })).toThrow(
      new TypeError(`auth.${key} must be a non-empty string`),
    );
  });

  it('refuses an auth object that is none of the three shapes', () => {
    expect(() => createMoniteClient({ baseUrl: BASE, auth: { clientId: 'only-an-id' } as never })).toThrow(
      'auth must be { token }, { getToken } or { clientId, clientSecret[, entityUserId] }',
    );
  });

  it('names the kind of auth, never the secret, in toJSON', () => {
    expect(jsonOf(createMoniteClient({ baseUrl: BASE, auth: { token: 'tok' } }))).toMatchObject({
      auth: 'static token',
    });
    expect(jsonOf(createMoniteClient({ baseUrl: BASE, auth: { getToken: () => 'tok' } }))).toMatchObject({
      auth: 'token function',
    });
    expect(jsonOf(createMoniteClient({ baseUrl: BASE, auth: credentials }))).toMatchObject({
      auth: 'client credentials (client_credentials)',
    });
  });

  it.each([
    ['an empty string', ''],
    ['a number', 42],
  ])('fails the call when the token function returns %s, before anything is sent', async (_, token) => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: { getToken: () => token as string } });
    await expect(monite.GET('/counterparts')).rejects.toThrow(
      new TypeError('the token returned by auth.getToken must be a non-empty string'),
    );
    expect(net.requests).toHaveLength(0);
  });

  it('refuses an empty static token at construction', () => {
    expect(() => createMoniteClient({ baseUrl: BASE, auth: { token: '' } })).toThrow(
      'auth.token must be a non-empty string',
    );
  });
});

describe('the token request', () => {
  it('is JSON and asks for JSON', async () => {
    const net = createFakeFetch((request) => (request.url.pathname === '/auth/token' ? tokenResponse('t') : json({})));
    await createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: credentials }).GET('/counterparts');
    expect(net.tokenRequests()[0]!.headers).toMatchObject({
      'content-type': 'application/json',
      accept: 'application/json',
    });
  });

  it('reports a refused exchange as a POST /auth/token error', async () => {
    const net = createFakeFetch(() => json({ error: { message: 'Invalid client credentials' } }, 401));
    const error = await createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: credentials, retry: false })
      .GET('/counterparts')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteAuthError);
    expect(error).toMatchObject({ method: 'POST', url: `${BASE}/auth/token` });
    expect((error as Error).message).toBe(
      'Monite API 401 on POST /auth/token: Invalid client credentials (request id req-401)',
    );
  });

  it('explains an access_token that cannot be sent, without showing it', async () => {
    const net = createFakeFetch(() => json({ access_token: 'two words', expires_in: 60 }));
    const error = await createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: credentials })
      .GET('/counterparts')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteAuthError);
    expect(error).toMatchObject({ method: 'POST', status: 200 });
    expect((error as Error).message).toContain(
      'the token endpoint answered an access_token that cannot be sent in a header',
    );
    expect(JSON.stringify((error as MoniteAuthError).body)).not.toContain('two words');
  });

  it('keeps a non-JSON answer as text in the error body, and an empty one as no body', async () => {
    const html = '<html>captive portal</html>';
    const page = await createMoniteClient({
      baseUrl: BASE,
      auth: credentials,
      fetch: async () => new Response(html, { headers: { 'content-type': 'text/html' } }),
    })
      .GET('/counterparts')
      .then(
        () => undefined,
        (e: unknown) => e as MoniteAuthError,
      );
    expect(page?.body).toBe(html);
    const empty = await createMoniteClient({
      baseUrl: BASE,
      auth: credentials,
      fetch: async () => new Response(null, { status: 200 }),
    })
      .GET('/counterparts')
      .then(
        () => undefined,
        (e: unknown) => e as MoniteAuthError,
      );
    expect(empty).toBeInstanceOf(MoniteAuthError);
    expect(empty?.body).toBeUndefined();
    expect(empty?.message).toContain('without an access_token (no content type)');
  });

  it('is renewed at the refresh instant itself, not a moment later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse('2025-01-01T00:00:00Z');
    vi.setSystemTime(start);
    let issued = 0;
    const net = createFakeFetch((request) =>
      request.url.pathname === '/auth/token' ? tokenResponse(`tok-${++issued}`, 3600) : json({}),
    );
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: credentials });
    await monite.GET('/counterparts');
    vi.setSystemTime(start + 3_540_000 - 1);
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(1);
    vi.setSystemTime(start + 3_540_000);
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(2);
  });

  it('is not started for a call whose signal is already aborted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const net = createFakeFetch(() => tokenResponse('t'));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: credentials });
    await expect(monite.GET('/counterparts', { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    // Whatever the client still does in the background, timers included, must not reach the network either.
    await vi.runAllTimersAsync();
    expect(net.requests).toHaveLength(0);
  });

  it('a late 401 for an old token does not throw away the token that replaced it', async () => {
    let issued = 0;
    let releaseSlow: (() => void) | undefined;
    const slowGate = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    let oldTokenCalls = 0;
    const net = createFakeFetch(async (request) => {
      if (request.url.pathname === '/auth/token') return tokenResponse(`tok-${++issued}`);
      if (request.headers.authorization !== 'Bearer tok-1') return json({ data: [] });
      oldTokenCalls += 1;
      // The second call's 401 arrives only after the first call has renewed the token.
      if (oldTokenCalls === 2) await slowGate;
      return json({ error: { message: 'expired' } }, 401);
    });
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: credentials });
    const fast = monite.GET('/counterparts');
    const slow = monite.GET('/counterparts');
    await expect(unwrap(fast)).resolves.toEqual({ data: [] });
    releaseSlow?.();
    await expect(unwrap(slow)).resolves.toEqual({ data: [] });
    expect(net.tokenRequests()).toHaveLength(2);
  });
});

describe('option boundaries and messages', () => {
  it('accepts the longest timer, 2 147 483 647 ms, and refuses one more', () => {
    expect(() => createMoniteClient({ baseUrl: BASE, timeoutMs: 2_147_483_647 })).not.toThrow();
    expect(() => createMoniteClient({ baseUrl: BASE, timeoutMs: 2_147_483_648 })).toThrow(
      'timeoutMs must be at most 2147483647 ms (about 24.8 days)',
    );
  });

  it('says positive for timeouts and non-negative for delays', () => {
    expect(() => createMoniteClient({ baseUrl: BASE, timeoutMs: 0 })).toThrow(
      'timeoutMs must be a positive finite number of milliseconds',
    );
    expect(() => createMoniteClient({ baseUrl: BASE, retry: { initialDelayMs: -1 } })).toThrow(
      'retry.initialDelayMs must be a non-negative finite number of milliseconds',
    );
  });

  it('refuses a retryNonIdempotent that is not a boolean', () => {
    expect(() => createMoniteClient({ baseUrl: BASE, retry: { retryNonIdempotent: 'yes' as never } })).toThrow(
      'retry.retryNonIdempotent must be a boolean',
    );
  });

  it('waits for a Retry-After of exactly maxDelayMs', async () => {
    const net = createFakeFetch((_, index) =>
      index === 0 ? json({}, 503, { 'retry-after': '0.05' }) : json({ data: [] }),
    );
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: { maxDelayMs: 50 } });
    const { response } = await monite.GET('/counterparts');
    expect(response.status).toBe(200);
    expect(net.requests).toHaveLength(2);
  });

  it('retries a 503 that has no body at all', async () => {
    const net = createFakeFetch((_, index) => (index === 0 ? new Response(null, { status: 503 }) : json({ data: [] })));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: { initialDelayMs: 1 } });
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
  });

  it('passes on a MoniteNetworkError thrown by a custom fetch as it is', async () => {
    const own = new MoniteNetworkError('VPN is down');
    const monite = createMoniteClient({ baseUrl: BASE, retry: false, fetch: () => Promise.reject(own) });
    await expect(monite.GET('/counterparts')).rejects.toBe(own);
  });

  it('stops an aborted retry wait for good: nothing is sent after the call rejected', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const net = createFakeFetch(() => json({ error: { message: 'busy' } }, 503, { 'retry-after': '0.1' }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const controller = new AbortController();
    const call = monite.GET('/counterparts', { signal: controller.signal });
    await net.arrived(1);
    controller.abort(new Error('stop'));
    await expect(call).rejects.toThrow('stop');
    // Well past the 100 ms Retry-After, on the fake clock.
    await vi.runAllTimersAsync();
    expect(net.requests).toHaveLength(1);
  });

  it('rejects at once when the caller aborts inside onRetry, without waiting out Retry-After', async () => {
    // The fake clock does not move until the call has rejected: "at once" is
    // before the Retry-After timer could fire.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const net = createFakeFetch(() => json({ error: { message: 'busy' } }, 503, { 'retry-after': '0.3' }));
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      onRetry: () => controller.abort(new Error('shutting down')),
    });
    await expect(monite.GET('/counterparts', { signal: controller.signal })).rejects.toThrow('shutting down');
    await vi.runAllTimersAsync();
    expect(net.requests).toHaveLength(1);
  });
});

describe('error wording', () => {
  it('names the base class too', () => {
    expect(new MoniteError('http', 'x').name).toBe('MoniteError');
  });

  it('says what timed out', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: hangingFetch(), timeoutMs: 20 });
    const error = await monite.GET('/counterparts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteTimeoutError);
    expect((error as Error).message).toBe('Monite request timed out after 20 ms');
  });

  it('explains why pagination stopped, with the token shortened', () => {
    const repeated = new MonitePaginationError('repeated-token', {
      path: '/payables',
      pages: 3,
      token: 'eyJvcGFxdWUtdG9rZW4',
    });
    expect(repeated).toMatchObject({
      kind: 'pagination',
      reason: 'repeated-token',
      pages: 3,
      token: 'eyJv…[19 chars]',
    });
    expect(repeated.message).toBe(
      'Pagination of /payables stopped after 3 pages: the server repeated next_pagination_token eyJv…[19 chars]',
    );
    const capped = new MonitePaginationError('max-pages', { path: '/payables', pages: 50 });
    expect(capped.token).toBeUndefined();
    expect(capped.message).toBe('Pagination of /payables stopped at maxPages (50) with more pages left');
  });

  it('shortens a token of up to 8 characters to its length only', () => {
    expect(new MonitePaginationError('repeated-token', { path: '/p', pages: 1, token: 'abcdefgh' }).token).toBe(
      '[8 chars]',
    );
    expect(new MonitePaginationError('repeated-token', { path: '/p', pages: 1, token: 'abcdefghi' }).token).toBe(
      'abcd…[9 chars]',
    );
  });

  it('redacts a quoted bearer token whole, whatever the spacing', () => {
    const error = createApiError({
      status: 400,
      body: { error: { message: 'rejected "Bearer   abc.def-ghi" and whsec_abc123' } },
    });
    expect(error.message).toBe('Monite API 400: rejected "Bearer [redacted]" and whsec_[redacted]');
  });

  it('leaves the method and path out when only one of them is known', () => {
    expect(createApiError({ status: 404, method: 'GET' }).message).toBe('Monite API 404: request failed');
    expect(createApiError({ status: 404, url: `${BASE}/x` }).message).toBe('Monite API 404: request failed');
  });

  it('gives a 422 detail item without msg an empty message', () => {
    expect(createApiError({ status: 422, body: { detail: [{ loc: ['body'], type: 'missing' }] } }).details).toEqual([
      { loc: ['body'], msg: '', type: 'missing' },
    ]);
  });
});

describe('webhook wording and limits', () => {
  const secret = 'whsec_wording';
  const body = '{"id":"evt"}';
  const t = 1_700_000_000;

  it('explains each rejection', async () => {
    const header = await signWebhook(body, secret, t);
    const message = (promise: Promise<unknown>) => promise.catch((e: MoniteWebhookError) => e.message);
    await expect(message(verifyWebhook(body, null, secret))).resolves.toBe('The Monite-Signature header is missing');
    await expect(message(verifyWebhook(body, `v1=${'0'.repeat(64)}`, secret))).resolves.toBe(
      'The Monite-Signature header has no t=<timestamp>',
    );
    await expect(message(verifyWebhook(body, `t=${t}`, secret))).resolves.toBe(
      'The Monite-Signature header has no valid v1 signature',
    );
    await expect(message(verifyWebhook(body, header, secret, { now: (t + 301) * 1000 }))).resolves.toBe(
      "The signature's timestamp is more than 300 s away from now",
    );
    await expect(message(verifyWebhook(`${body} `, header, secret, { now: t * 1000 }))).resolves.toBe(
      'No v1 signature matches this body and secret',
    );
    const notJson = await signWebhook('plain', secret, t);
    await expect(message(verifyWebhook('plain', notJson, secret, { now: t * 1000 }))).resolves.toBe(
      'The signed body is not JSON',
    );
    await expect(verifyWebhook(body, header, '')).rejects.toThrow('verifyWebhook needs the subscription secret');
    // An unset environment variable: undefined must not become the key 'undefined'.
    await expect(verifyWebhook(body, header, undefined as never, { now: t * 1000 })).rejects.toThrow(
      'verifyWebhook needs the subscription secret',
    );
    await expect(signWebhook(body, secret, -1)).rejects.toThrow(
      'timestamp must be a non-negative integer number of unix seconds',
    );
  });

  it('accepts a zero tolerance for a delivery signed this very second', async () => {
    const header = await signWebhook(body, secret, t);
    await expect(verifyWebhook(body, header, secret, { now: t * 1000, toleranceSeconds: 0 })).resolves.toEqual({
      id: 'evt',
    });
  });

  it('does not take a number from another part, or digits followed by junk, as the timestamp', async () => {
    const header = await signWebhook(body, secret, t);
    const v1 = header.split('v1=')[1];
    await expect(verifyWebhook(body, `t=${t},n=5,v1=${v1}`, secret, { now: t * 1000 })).resolves.toEqual({ id: 'evt' });
    await expect(verifyWebhook(body, `t=${t}x,v1=${v1}`, secret, { now: t * 1000 })).rejects.toMatchObject({
      reason: 'malformed-header',
    });
  });

  it('says so when the runtime has no Web Crypto', async () => {
    vi.stubGlobal('crypto', undefined);
    await expect(signWebhook(body, secret, t)).rejects.toThrow(
      'Web Crypto (crypto.subtle) is not available in this runtime',
    );
  });
});
