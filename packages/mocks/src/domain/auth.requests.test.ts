// `POST /auth/token` and `POST /auth/revoke` as a client's auth code meets
// them: the bodies of their refusals, what a revocation answers,
// and that no other operation is treated as one of them.
import { describe, expect, it } from 'vitest';
import { createMonite, type MoniteMock } from '../create-monite.js';
import { VERSION } from '../test/helpers.js';

const CLIENT = { clientId: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', clientSecret: 's3cret' };
const USER_ID = '0d6d3e0e-6a8b-4c1f-9a2e-3b4c5d6e7f80';
const ENTITY = '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b';

async function send(monite: MoniteMock, method: string, path: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = { 'x-monite-version': VERSION };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await monite.fetch(
    new Request(`https://api.sandbox.monite.com/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const grant = (extra: Record<string, unknown> = {}) => ({
  client_id: CLIENT.clientId,
  client_secret: CLIENT.clientSecret,
  grant_type: 'client_credentials',
  ...extra,
});

/** The entity-user grant for USER_ID. */
const userGrant = () => grant({ grant_type: 'entity_user', entity_user_id: USER_ID });

/** Seeds USER_ID (Ann) in ENTITY, then asks for a token acting as her: what `POST /auth/token` answers. */
async function seedUserAndGrant(monite: MoniteMock) {
  monite.seedResource({ collection: '/entity_users', entityId: ENTITY, data: { id: USER_ID, first_name: 'Ann' } });
  return send(monite, 'POST', '/auth/token', userGrant());
}

describe('token endpoint rules', () => {
  it("refuses wrong client credentials with 401 and Monite's error body, on both endpoints", async () => {
    const monite = createMonite({ clients: [CLIENT] });
    const token = (await send(monite, 'POST', '/auth/token', grant())).body.access_token as string;
    const wrong = { client_id: CLIENT.clientId, client_secret: 'wrong' };
    const refusal = { error: { message: 'Invalid client credentials.' } };
    expect(await send(monite, 'POST', '/auth/token', { ...wrong, grant_type: 'client_credentials' })).toEqual({
      status: 401,
      body: refusal,
    });
    expect(await send(monite, 'POST', '/auth/revoke', { ...wrong, token }, token)).toEqual({
      status: 401,
      body: refusal,
    });
    // The refused revocation revoked nothing.
    expect((await send(monite, 'GET', '/entities', undefined, token)).status).toBe(200);
  });

  it("answers an entity-user grant without a user with FastAPI's 422 naming the field", async () => {
    const monite = createMonite({ clients: [CLIENT] });
    const missing = {
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'entity_user_id'],
            msg: 'Field required for grant_type entity_user',
            type: 'missing',
          },
        ],
      },
    };
    expect(await send(monite, 'POST', '/auth/token', grant({ grant_type: 'entity_user' }))).toEqual(missing);
    expect(
      await send(monite, 'POST', '/auth/token', grant({ grant_type: 'entity_user', entity_user_id: null })),
    ).toEqual(missing);
    const issued = await seedUserAndGrant(monite);
    expect(issued.status).toBe(200);
    expect(monite.exportState().tokens).toEqual([
      expect.objectContaining({ token: issued.body.access_token, clientId: CLIENT.clientId, entityUserId: USER_ID }),
    ]);
  });

  it('refuses an entity-user grant for a user nobody created with 401, and issues no token', async () => {
    const monite = createMonite({ clients: [CLIENT] });
    const refused = await send(monite, 'POST', '/auth/token', userGrant());
    expect(refused).toEqual({ status: 401, body: { error: { message: `Entity user ${USER_ID} does not exist.` } } });
    expect(monite.exportState().tokens).toEqual([]);
    // Once the user exists the same grant is a token acting as that user.
    const issued = await seedUserAndGrant(monite);
    expect(issued.status).toBe(200);
    const me = await send(monite, 'GET', '/entity_users/me', undefined, issued.body.access_token);
    expect(me).toMatchObject({ status: 200, body: { id: USER_ID, first_name: 'Ann' } });
  });

  it('gives a client-credentials grant a partner token even when it names a user', async () => {
    const monite = createMonite({ clients: [CLIENT] });
    const issued = await send(monite, 'POST', '/auth/token', grant({ entity_user_id: USER_ID }));
    expect(issued.status).toBe(200);
    expect(monite.exportState().tokens).toEqual([expect.not.objectContaining({ entityUserId: USER_ID })]);
  });

  it('answers a revocation with its message, whether or not the token was live', async () => {
    const monite = createMonite({ clients: [CLIENT] });
    const token = (await send(monite, 'POST', '/auth/token', grant())).body.access_token as string;
    const other = (await send(monite, 'POST', '/auth/token', grant())).body.access_token as string;
    const revoked = { status: 200, body: { message: 'Token revoked.' } };
    const revoke = (value: string) =>
      send(
        monite,
        'POST',
        '/auth/revoke',
        { client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, token: value },
        other,
      );
    expect(await revoke(token)).toEqual(revoked);
    expect(await revoke('mock_never_issued')).toEqual(revoked);
    expect(await revoke(token)).toEqual(revoked);
    expect((await send(monite, 'GET', '/entities', undefined, token)).status).toBe(401);
    expect((await send(monite, 'GET', '/entities', undefined, other)).status).toBe(200);
  });

  it('leaves every other operation to the state, credentials or not', async () => {
    const monite = createMonite({ clients: [CLIENT] });
    const token = (await send(monite, 'POST', '/auth/token', grant())).body.access_token as string;
    const listed = await send(monite, 'GET', '/webhook_subscriptions', undefined, token);
    expect(listed).toEqual({ status: 200, body: expect.objectContaining({ data: [] }) });
    const created = await send(
      monite,
      'POST',
      '/webhook_subscriptions',
      { object_type: 'counterpart', url: 'https://hooks.example/x' },
      token,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object_type: 'counterpart', url: 'https://hooks.example/x' });
  });
});
