import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeFetch, json } from '../../test/fake-fetch.js';
import { createMoniteClient } from './create-client.js';
import { SPEC_API_VERSION } from '../generated/api-version.js';

const ENTITY = '11111111-1111-4111-8111-111111111111';
const OTHER_ENTITY = '22222222-2222-4222-8222-222222222222';
const COUNTERPART = '33333333-3333-4333-8333-333333333333';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('configuration', () => {
  it.each([
    ['sandbox', 'https://api.sandbox.monite.com/v1/counterparts'],
    ['eu', 'https://api.monite.com/v1/counterparts'],
    ['na', 'https://us.api.monite.com/v1/counterparts'],
  ] as const)('environment %s calls %s', async (environment, url) => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ environment, fetch: net.fetch });
    await monite.GET('/counterparts');
    expect(net.requests[0]!.url.href).toBe(url);
  });

  it('accepts a baseUrl (trailing slash ignored) and rejects ambiguous or missing targets', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: 'http://127.0.0.1:4010/', fetch: net.fetch });
    await monite.GET('/counterparts');
    expect(net.requests[0]!.url.href).toBe('http://127.0.0.1:4010/counterparts');
    expect(() => createMoniteClient({ environment: 'sandbox', baseUrl: 'http://x.test' })).toThrow(/either/);
    expect(() => createMoniteClient({})).toThrow(/environment/);
    expect(() => createMoniteClient({ baseUrl: 'not a url' })).toThrow();
    expect(() => createMoniteClient({ environment: 'moon' as 'eu' })).toThrow(/Unknown Monite environment/);
  });

  it('sends the spec version by default, a configured version otherwise', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    await createMoniteClient({ baseUrl: 'http://x.test', fetch: net.fetch }).GET('/counterparts');
    await createMoniteClient({ baseUrl: 'http://x.test', fetch: net.fetch, version: '2024-01-31' }).GET(
      '/counterparts',
    );
    expect(SPEC_API_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(net.requests.map((r) => r.headers['x-monite-version'])).toEqual([SPEC_API_VERSION, '2024-01-31']);
    expect(() => createMoniteClient({ baseUrl: 'http://x.test', version: 'latest' })).toThrow(/YYYY-MM-DD/);
  });

  it('injects the entity, extra headers, and lets a call override the entity', async () => {
    const net = createFakeFetch(() => json({ id: COUNTERPART }));
    const monite = createMoniteClient({
      baseUrl: 'http://x.test',
      fetch: net.fetch,
      entityId: ENTITY,
      headers: { 'x-app': 'demo' },
    });
    await monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: COUNTERPART } } });
    await monite.GET('/counterparts/{counterpart_id}', {
      params: { path: { counterpart_id: COUNTERPART }, header: { 'x-monite-entity-id': OTHER_ENTITY } },
    });
    expect(net.requests[0]!.headers).toMatchObject({ 'x-monite-entity-id': ENTITY, 'x-app': 'demo' });
    expect(net.requests[0]!.url.pathname).toBe(`/counterparts/${COUNTERPART}`);
    expect(net.requests[1]!.headers['x-monite-entity-id']).toBe(OTHER_ENTITY);
  });

  it('leaves the entity header off partner-level operations, which do not declare it', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: 'http://x.test', fetch: net.fetch, entityId: ENTITY });
    await monite.GET('/webhook_subscriptions');
    await monite.GET('/counterparts');
    expect(net.requests[0]!.headers).not.toHaveProperty('x-monite-entity-id');
    expect(net.requests[1]!.headers['x-monite-entity-id']).toBe(ENTITY);
  });

  it('sends no entity header when none is configured', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    await createMoniteClient({ baseUrl: 'http://x.test', fetch: net.fetch }).GET('/entities');
    expect(net.requests[0]!.headers).not.toHaveProperty('x-monite-entity-id');
  });

  it('withEntity scopes calls to another entity without changing the original client', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: 'http://x.test', fetch: net.fetch, entityId: ENTITY });
    const other = monite.withEntity(OTHER_ENTITY);
    await other.GET('/counterparts');
    await monite.GET('/counterparts');
    expect(net.requests.map((r) => r.headers['x-monite-entity-id'])).toEqual([OTHER_ENTITY, ENTITY]);
    expect(other.entityId).toBe(OTHER_ENTITY);
    expect(monite.entityId).toBe(ENTITY);
    expect(() => monite.withEntity('')).toThrow();
  });

  it('looks fetch up at call time, so a fetch patched after creation is used', async () => {
    const monite = createMoniteClient({ baseUrl: 'http://x.test' });
    const net = createFakeFetch(() => json({ data: [] }));
    vi.stubGlobal('fetch', net.fetch);
    const { response } = await monite.GET('/counterparts');
    expect(response.status).toBe(200);
    expect(net.requests).toHaveLength(1);
  });

  it('uses a per-call fetch when one is given', async () => {
    const clientNet = createFakeFetch(() => json({ data: [] }));
    const callNet = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: 'http://x.test', fetch: clientNet.fetch, auth: { token: 't' } });
    await monite.GET('/counterparts', { fetch: callNet.fetch });
    expect(clientNet.requests).toHaveLength(0);
    expect(callNet.requests[0]!.headers.authorization).toBe('Bearer t');
  });

  it('sends JSON bodies with a JSON content type', async () => {
    const net = createFakeFetch(() => json({ id: 'c' }, 201));
    const monite = createMoniteClient({ baseUrl: 'http://x.test', fetch: net.fetch, entityId: ENTITY });
    const address = { country: 'DE' as const, city: 'Berlin', postal_code: '10115', line1: 'Str. 1' };
    await monite.POST('/counterparts/{counterpart_id}/contacts', {
      params: { path: { counterpart_id: COUNTERPART } },
      body: { first_name: 'Mary', last_name: "O'Brien", address },
    });
    expect(net.requests[0]!.contentType).toBe('application/json');
    expect(JSON.parse(net.requests[0]!.body)).toEqual({ first_name: 'Mary', last_name: "O'Brien", address });
  });

  it('shows no secret in toString, JSON or inspect', () => {
    const monite = createMoniteClient({
      baseUrl: 'http://x.test',
      entityId: ENTITY,
      auth: { clientId: 'client-id-1', clientSecret: 'super-secret-value' },
    });
    const tokenClient = createMoniteClient({ baseUrl: 'http://x.test', auth: { token: 'tok_live_abcdef' } });
    for (const text of [String(monite), JSON.stringify(monite), inspect(monite, { depth: 10, showHidden: true })]) {
      expect(text).not.toContain('super-secret-value');
      expect(text).toContain('client credentials');
      expect(text).toContain(ENTITY);
    }
    for (const text of [
      String(tokenClient),
      JSON.stringify(tokenClient),
      inspect(tokenClient, { depth: 10, showHidden: true }),
    ]) {
      expect(text).not.toContain('tok_live_abcdef');
    }
  });
});

describe('middleware', () => {
  it('sees one logical request per call, without the bearer token', async () => {
    let attempts = 0;
    const net = createFakeFetch(() =>
      ++attempts < 3 ? json({ error: { message: 'busy' } }, 503) : json({ data: [] }),
    );
    const monite = createMoniteClient({
      baseUrl: 'http://x.test',
      fetch: net.fetch,
      auth: { token: 'secret-token' },
      retry: { initialDelayMs: 1 },
    });
    const seen: { authorization: string | null; status?: number }[] = [];
    monite.use({
      onRequest: ({ request }) => {
        seen.push({ authorization: request.headers.get('authorization') });
      },
      onResponse: ({ request, response }) => {
        seen.push({ authorization: request.headers.get('authorization'), status: response.status });
      },
    });
    await monite.GET('/counterparts');
    expect(net.requests).toHaveLength(3);
    expect(seen).toEqual([{ authorization: null }, { authorization: null, status: 200 }]);
    expect(net.requests.every((r) => r.headers.authorization === 'Bearer secret-token')).toBe(true);
  });

  it('is shared with clients derived by withEntity', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    const monite = createMoniteClient({ baseUrl: 'http://x.test', fetch: net.fetch });
    const calls: string[] = [];
    const middleware = {
      onRequest: ({ request }: { request: Request }) =>
        void calls.push(request.headers.get('x-monite-entity-id') ?? ''),
    };
    monite.use(middleware);
    await monite.withEntity(ENTITY).GET('/counterparts');
    monite.eject(middleware);
    await monite.GET('/counterparts');
    expect(calls).toEqual([ENTITY]);
  });
});
