import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetch, delay, json, tokenResponse } from '../../test/fake-fetch.js';
import { createMoniteClient } from '../client/create-client.js';
import { MoniteAuthError, MoniteValidationError } from '../errors/errors.js';
import { unwrap } from '../client/unwrap.js';

const BASE = 'http://x.test';
const CLIENT_ID = '44444444-4444-4444-8444-444444444444';
const SECRET = 'very-secret-client-secret';
const USER = '55555555-5555-4555-8555-555555555555';

afterEach(() => {
  vi.useRealTimers();
});

/** A network where /auth/token issues tok-1, tok-2, ... and the API accepts `accepted` tokens. */
function tokenNetwork(
  options: { accepted?: (token: string) => boolean; expiresIn?: number; tokenDelayMs?: number } = {},
) {
  let issued = 0;
  return createFakeFetch(async (request) => {
    if (request.url.pathname === '/auth/token') {
      if (options.tokenDelayMs) await delay(options.tokenDelayMs);
      issued += 1;
      return tokenResponse(`tok-${issued}`, options.expiresIn ?? 3600);
    }
    const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    if (options.accepted && !options.accepted(token)) return json({ error: { message: 'Token expired' } }, 401);
    return json({ data: [] });
  });
}

describe('static token', () => {
  it('is sent as a bearer token and not retried on 401', async () => {
    const net = createFakeFetch(() => json({ error: { message: 'bad token' } }, 401));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: { token: 'static-1' } });
    const { error, response } = await monite.GET('/counterparts');
    expect(response.status).toBe(401);
    expect(error).toEqual({ error: { message: 'bad token' } });
    expect(net.requests).toHaveLength(1);
    expect(net.requests[0]!.headers.authorization).toBe('Bearer static-1');
  });

  it('does not overwrite an Authorization header the caller set', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: { token: 'static-1' } });
    await monite.GET('/counterparts', { headers: { authorization: 'Bearer mine' } });
    expect(net.requests[0]!.headers.authorization).toBe('Bearer mine');
  });
});

describe('a token read from a file', () => {
  const sentToken = async (auth: { token: string } | { getToken: () => string }) => {
    const net = createFakeFetch(() => json({ data: [] }));
    await createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth }).GET('/counterparts');
    return net.requests[0]!.headers.authorization;
  };

  it.each([
    ['a trailing line break', 'abc\n'],
    ['CRLF and spaces around it', '  abc \r\n'],
    ['a tab before it', '\tabc'],
  ])('is sent without %s', async (_, token) => {
    expect(await sentToken({ token })).toBe('Bearer abc');
    expect(await sentToken({ getToken: () => token })).toBe('Bearer abc');
  });

  it('keeps a space inside, as Headers would send it', async () => {
    expect(await sentToken({ token: 'ab cd' })).toBe('Bearer ab cd');
  });

  it.each([
    ['a line break', 'secret-part\nrest'],
    ['a NUL', 'secret-part\u0000rest'],
    ['DEL', 'secret-part\u007frest'],
    ['a non-ASCII letter', 'secret-partärest'],
  ])('with %s inside is refused with a TypeError that does not quote it', (_, token) => {
    const error = (() => {
      try {
        createMoniteClient({ baseUrl: BASE, auth: { token } });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect(error!.message).toMatch(/^auth\.token contains characters that cannot be sent/);
    expect(`${error!.message} ${error!.stack}`).not.toContain('secret-part');
  });

  it('is refused when only whitespace is left', () => {
    expect(() => createMoniteClient({ baseUrl: BASE, auth: { token: ' \n' } })).toThrow(
      new TypeError('auth.token must be a non-empty string'),
    );
  });

  it('is redacted from errors in both its given and its sent form', async () => {
    const net = createFakeFetch((request) =>
      json({ error: { message: `bad ${request.headers.authorization} from 'tok-in-file\n'` } }, 400),
    );
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: { token: 'tok-in-file\n' } });
    const error = (await unwrap(monite.GET('/counterparts')).catch((e: unknown) => e)) as Error;
    expect(JSON.stringify(error)).not.toContain('tok-in-file');
  });
});

describe('token function', () => {
  it('is asked again with forceRefresh after a 401, and the call is retried once', async () => {
    const getToken = vi.fn(({ forceRefresh }: { forceRefresh: boolean }) => (forceRefresh ? 'fresh' : 'stale'));
    const net = createFakeFetch((request) =>
      request.headers.authorization === 'Bearer fresh'
        ? json({ data: [] })
        : json({ error: { message: 'expired' } }, 401),
    );
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: { getToken } });
    const { response } = await monite.GET('/counterparts');
    expect(response.status).toBe(200);
    expect(getToken.mock.calls.map(([context]) => context.forceRefresh)).toEqual([false, true]);
    expect(net.requests.map((r) => r.headers.authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
  });

  it('re-sends a request body with the fresh token after a 401', async () => {
    const net = createFakeFetch((request) =>
      request.headers.authorization === 'Bearer fresh'
        ? json({ id: 'c-1' }, 201)
        : json({ error: { message: 'expired' } }, 401),
    );
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      retry: false,
      auth: { getToken: ({ forceRefresh }) => (forceRefresh ? 'fresh' : 'stale') },
    });
    const { response } = await monite.POST('/counterparts', { body: { data: [] } as never });
    expect(response.status).toBe(201);
    expect(net.requests.map((r) => [r.headers.authorization, r.body])).toEqual([
      ['Bearer stale', '{"data":[]}'],
      ['Bearer fresh', '{"data":[]}'],
    ]);
  });

  it('gives up after one re-acquisition', async () => {
    const net = createFakeFetch(() => json({ error: { message: 'no' } }, 401));
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { getToken: async () => 'always-bad' },
    });
    const { response } = await monite.GET('/counterparts');
    expect(response.status).toBe(401);
    expect(net.requests).toHaveLength(2);
  });
});

describe('client credentials', () => {
  it('exchanges client_credentials at POST /auth/token without a bearer token', async () => {
    const net = tokenNetwork();
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET },
    });
    await monite.GET('/counterparts');
    const [exchange] = net.tokenRequests();
    expect(exchange!.method).toBe('POST');
    expect(JSON.parse(exchange!.body)).toEqual({
      client_id: CLIENT_ID,
      client_secret: SECRET,
      grant_type: 'client_credentials',
    });
    expect(exchange!.headers['x-monite-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(exchange!.headers).not.toHaveProperty('authorization');
    expect(net.apiRequests()[0]!.headers.authorization).toBe('Bearer tok-1');
  });

  it('asks for an entity-user token when entityUserId is given', async () => {
    const net = tokenNetwork();
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET, entityUserId: USER },
    });
    await monite.GET('/counterparts');
    expect(JSON.parse(net.tokenRequests()[0]!.body)).toEqual({
      client_id: CLIENT_ID,
      client_secret: SECRET,
      grant_type: 'entity_user',
      entity_user_id: USER,
    });
  });

  it('reads an empty entityUserId as none: a partner token, and no entity_user_id sent', async () => {
    const net = tokenNetwork();
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET, entityUserId: '' },
    });
    await monite.GET('/counterparts');
    expect(JSON.parse(net.tokenRequests()[0]!.body)).toEqual({
      client_id: CLIENT_ID,
      client_secret: SECRET,
      grant_type: 'client_credentials',
    });
  });

  it('works where timers are plain numbers, as in browsers', async () => {
    // A browser's setTimeout returns a number, which has no unref().
    const realSetTimeout = globalThis.setTimeout;
    vi.stubGlobal('setTimeout', (handler: () => void, ms?: number) => Number(realSetTimeout(handler, ms)));
    try {
      const net = tokenNetwork();
      const monite = createMoniteClient({
        baseUrl: BASE,
        fetch: net.fetch,
        auth: { clientId: CLIENT_ID, clientSecret: SECRET },
      });
      await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
      expect(net.apiRequests()[0]!.headers.authorization).toBe('Bearer tok-1');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('caches the token until shortly before it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
    const net = tokenNetwork({ expiresIn: 3600 });
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET },
    });
    await monite.GET('/counterparts');
    vi.setSystemTime(new Date('2025-01-01T00:58:59Z')); // 61 s before expiry
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(1);
    vi.setSystemTime(new Date('2025-01-01T00:59:01Z')); // inside the last minute
    await monite.GET('/counterparts');
    expect(net.tokenRequests()).toHaveLength(2);
    expect(net.apiRequests().map((r) => r.headers.authorization)).toEqual([
      'Bearer tok-1',
      'Bearer tok-1',
      'Bearer tok-2',
    ]);
  });

  it('makes concurrent calls share one exchange (single flight), across withEntity clients', async () => {
    const net = tokenNetwork({ tokenDelayMs: 20 });
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET },
    });
    const other = monite.withEntity('66666666-6666-4666-8666-666666666666');
    await Promise.all([
      monite.GET('/counterparts'),
      monite.GET('/counterparts'),
      other.GET('/counterparts'),
      other.GET('/counterparts'),
    ]);
    expect(net.tokenRequests()).toHaveLength(1);
    expect(new Set(net.apiRequests().map((r) => r.headers.authorization))).toEqual(new Set(['Bearer tok-1']));
  });

  it('re-acquires once on 401, and concurrent 401s trigger one exchange', async () => {
    const net = tokenNetwork({ accepted: (token) => token !== 'tok-1', tokenDelayMs: 5 });
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET },
    });
    const results = await Promise.all([
      monite.GET('/counterparts'),
      monite.GET('/counterparts'),
      monite.GET('/counterparts'),
    ]);
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200]);
    expect(net.tokenRequests()).toHaveLength(2);
  });

  it('re-sends a request body with the new token after a 401', async () => {
    const net = tokenNetwork({ accepted: (token) => token !== 'tok-1' });
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      retry: false,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET },
    });
    const { response } = await monite.POST('/counterparts', { body: { data: [] } as never });
    expect(response.status).toBe(200);
    expect(net.apiRequests().map((r) => [r.headers.authorization, r.body])).toEqual([
      ['Bearer tok-1', '{"data":[]}'],
      ['Bearer tok-2', '{"data":[]}'],
    ]);
  });

  it('rejects with MoniteAuthError when the credentials are refused, without the secret anywhere', async () => {
    const net = createFakeFetch(() => json({ error: { message: `Wrong client secret ${SECRET}` } }, 401));
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET },
    });
    const error = await monite.GET('/counterparts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteAuthError);
    expect((error as MoniteAuthError).status).toBe(401);
    expect((error as MoniteAuthError).requestId).toBe('req-401');
    for (const text of [
      String(error),
      (error as Error).stack ?? '',
      JSON.stringify(error),
      JSON.stringify((error as MoniteAuthError).body),
      inspect(error, { depth: 10 }),
    ]) {
      expect(text).not.toContain(SECRET);
    }
    expect(net.apiRequests()).toHaveLength(0);
  });

  it('redacts the secret when the token endpoint echoes it in a 422', async () => {
    const net = createFakeFetch(() =>
      json(
        {
          detail: [
            {
              loc: ['body', 'client_id'],
              msg: 'value is not a valid uuid',
              type: 'uuid_parsing',
              input: { client_secret: SECRET },
            },
          ],
        },
        422,
      ),
    );
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: 'not-a-uuid', clientSecret: SECRET },
    });
    const error = (await monite.GET('/counterparts').catch((e: unknown) => e)) as MoniteValidationError;
    expect(error).toBeInstanceOf(MoniteValidationError);
    expect(error.details[0]!.loc).toEqual(['body', 'client_id']);
    expect(JSON.stringify(error.body)).not.toContain(SECRET);
    expect(JSON.stringify(error.body)).toContain('[redacted]');
  });

  it('tries the exchange again on the next call after a failure', async () => {
    let first = true;
    const net = createFakeFetch((request) => {
      if (request.url.pathname === '/auth/token') {
        if (first) {
          first = false;
          return json({ error: { message: 'down' } }, 500);
        }
        return tokenResponse('tok-ok');
      }
      return json({ data: [] });
    });
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: CLIENT_ID, clientSecret: SECRET },
    });
    await expect(monite.GET('/counterparts')).rejects.toThrow(/500/);
    await expect(unwrap(monite.GET('/counterparts'))).resolves.toEqual({ data: [] });
  });

  it('sends no bearer token to the token endpoint even when called through the client', async () => {
    const net = createFakeFetch(() => tokenResponse('issued'));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: { token: 'partner-token' } });
    const token = await unwrap(
      monite.POST('/auth/token', {
        body: { client_id: CLIENT_ID, client_secret: SECRET, grant_type: 'client_credentials' },
      }),
    );
    expect(token.access_token).toBe('issued');
    expect(net.requests[0]!.headers).not.toHaveProperty('authorization');
  });
});
