import { describe, expect, it } from 'vitest';
import { createMonite } from '../../create-monite.js';
import { counterpartPayload, ENTITY, testClient, VERSION, jsonHeaders } from '../../test/helpers.js';

const CLIENT_ID = '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

async function post(
  monite: ReturnType<typeof createMonite>,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const response = await monite.fetch(
    new Request(`https://api.monite.com/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-monite-version': VERSION, ...headers },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: await response.json() };
}

describe('API version', () => {
  it('answers 400 missing_api_version without x-monite-version', async () => {
    const { call } = testClient();
    const response = await call('GET', '/counterparts', { headers: { 'x-monite-version': '' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { type: 'missing_api_version', message: expect.any(String) } });
  });

  it('echoes the version and sends a request id', async () => {
    const { call } = testClient();
    const first = await call('GET', '/counterparts');
    const second = await call('GET', '/counterparts');
    expect(first.headers.get('x-monite-version')).toBe(VERSION);
    expect(first.headers.get('x-request-id')).toBeTruthy();
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });
});

describe('authentication', () => {
  it('refuses a missing or unknown bearer token with 401', async () => {
    const { call } = testClient();
    const missing = await call('GET', '/counterparts', { token: null });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: { message: expect.any(String) } });
    expect((await call('GET', '/counterparts', { token: 'not-a-token' })).status).toBe(401);
  });

  it('issues tokens for any client, which then work', async () => {
    const monite = createMonite();
    const issued = await post(monite, '/auth/token', {
      client_id: CLIENT_ID,
      client_secret: 'anything',
      grant_type: 'client_credentials',
    });
    expect(issued.status).toBe(200);
    expect(issued.body).toEqual({ access_token: expect.any(String), expires_in: 86400, token_type: 'Bearer' });
    const created = await post(monite, '/counterparts', counterpartPayload, {
      authorization: `Bearer ${issued.body.access_token}`,
      'x-monite-entity-id': ENTITY,
    });
    expect(created.status).toBe(201);
  });

  it('checks credentials when configured with clients', async () => {
    const monite = createMonite({ clients: [{ clientId: CLIENT_ID, clientSecret: 's3cret' }] });
    expect(
      (
        await post(monite, '/auth/token', {
          client_id: CLIENT_ID,
          client_secret: 'wrong',
          grant_type: 'client_credentials',
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await post(monite, '/auth/token', {
          client_id: CLIENT_ID,
          client_secret: 's3cret',
          grant_type: 'client_credentials',
        })
      ).status,
    ).toBe(200);
  });

  it('expires tokens after expires_in and refuses revoked ones', async () => {
    let now = 1_000_000;
    const monite = createMonite({ tokenLifetimeSeconds: 60, clock: () => now });
    const grant = { client_id: CLIENT_ID, client_secret: 'x', grant_type: 'client_credentials' };
    const token = (await post(monite, '/auth/token', grant)).body;
    expect(token.expires_in).toBe(60);
    const auth = { authorization: `Bearer ${token.access_token}`, 'x-monite-entity-id': ENTITY };
    expect((await post(monite, '/counterparts', counterpartPayload, auth)).status).toBe(201);
    now += 60_000;
    const expired = await post(monite, '/counterparts', counterpartPayload, auth);
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toMatch(/expired/);

    const fresh = (await post(monite, '/auth/token', grant)).body.access_token;
    const revoke = await post(
      monite,
      '/auth/revoke',
      { client_id: CLIENT_ID, client_secret: 'x', token: fresh },
      { authorization: `Bearer ${fresh}` },
    );
    expect(revoke.status).toBe(200);
    const revoked = await post(monite, '/counterparts', counterpartPayload, {
      authorization: `Bearer ${fresh}`,
      'x-monite-entity-id': ENTITY,
    });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.message).toMatch(/revoked/);
  });

  it('requires entity_user_id for the entity_user grant', async () => {
    const monite = createMonite();
    const response = await post(monite, '/auth/token', {
      client_id: CLIENT_ID,
      client_secret: 'x',
      grant_type: 'entity_user',
    });
    expect(response.status).toBe(422);
  });
});

describe('schema validation (422 in FastAPI shape)', () => {
  it('reports a missing body field with its location', async () => {
    const { call } = testClient();
    const response = await call('POST', '/counterparts/3fa85f64-5717-4562-b3fc-2c963f66afa6/contacts', {
      body: { first_name: 'Mary' },
    });
    expect(response.status).toBe(422);
    expect(response.body.detail).toEqual(
      expect.arrayContaining([{ loc: ['body', 'last_name'], msg: 'Field required', type: 'missing' }]),
    );
  });

  it('names the closest branch of a union, not every branch', async () => {
    const { call } = testClient();
    const response = await call('POST', '/counterparts', { body: { type: 'organization' } });
    expect(response.body.detail).toEqual([{ loc: ['body', 'organization'], msg: 'Field required', type: 'missing' }]);
  });

  it('refuses unknown fields where the schema is closed', async () => {
    const { call } = testClient();
    const response = await call('POST', '/counterparts', { body: { ...counterpartPayload, nickname: 'acme' } });
    expect(response.status).toBe(422);
    expect(response.body.detail).toContainEqual({
      loc: ['body', 'nickname'],
      msg: 'Extra inputs are not permitted',
      type: 'extra_forbidden',
    });
  });

  it('validates path, header and query parameters', async () => {
    const { call } = testClient();
    const path = await call('GET', '/counterparts/not-a-uuid');
    expect(path.body.detail).toEqual([
      { loc: ['path', 'counterpart_id'], msg: 'Input should be a valid UUID', type: 'uuid_parsing' },
    ]);
    const header = await call('GET', '/counterparts', { entity: null });
    expect(header.body.detail).toEqual([
      { loc: ['header', 'x-monite-entity-id'], msg: 'Field required', type: 'missing' },
    ]);
    const query = await call('GET', '/counterparts?is_vendor=perhaps&order=sideways');
    expect(query.status).toBe(422);
    expect(query.body.detail.map((d: { loc: unknown[] }) => d.loc)).toEqual(
      expect.arrayContaining([
        ['query', 'is_vendor'],
        ['query', 'order'],
      ]),
    );
  });

  it('refuses a limit out of range', async () => {
    const { call } = testClient();
    expect((await call('GET', '/counterparts?limit=0')).body.detail[0]).toMatchObject({
      loc: ['query', 'limit'],
      type: 'greater_than_equal',
    });
    expect((await call('GET', '/counterparts?limit=101')).body.detail[0]).toMatchObject({
      loc: ['query', 'limit'],
      type: 'less_than_equal',
    });
  });

  it('reports malformed JSON', async () => {
    const { monite, token } = testClient();
    const response = await monite.fetch(
      new Request('http://127.0.0.1:4010/counterparts', {
        method: 'POST',
        headers: jsonHeaders(token),
        body: '{"type":',
      }),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).detail[0]).toMatchObject({ loc: ['body', 0], type: 'json_invalid' });
  });

  it('answers 405 for a known path with another method', async () => {
    const { call } = testClient();
    const response = await call('PUT', '/counterparts');
    expect(response.status).toBe(405);
    expect(response.body.error.message).toBeTruthy();
  });
});
