// `/entity_users/me` and `/entities/me` for an entity-user token:
// they read the token's own user and entity, and only they do: the token's
// other requests answer their own data, and a PATCH answers with its change.
import { describe, expect, it } from 'vitest';
import { createMonite } from '../../create-monite.js';
import { callsWithTokens, counterpartPayload, entityPayload } from '../../test/helpers.js';

const CLIENT_ID = '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const entityBody = entityPayload('Own GmbH');

async function world() {
  const monite = createMonite();
  const { call } = callsWithTokens(monite);
  const partner = monite.issueToken();
  const entity = (await call('POST', '/entities', partner, { body: entityBody })).body;
  const user = monite.seedResource({
    collection: '/entity_users',
    entityId: entity.id,
    data: { first_name: 'Ann', login: 'ann' },
  });
  const grant = { client_id: CLIENT_ID, client_secret: 'x', grant_type: 'entity_user', entity_user_id: user.id };
  const userToken = (await call('POST', '/auth/token', partner, { body: grant })).body.access_token as string;
  return { call, partner, entity, user, userToken };
}

describe('me endpoints', () => {
  it("read the token's own user and entity, without changing them", async () => {
    const { call, entity, user, userToken } = await world();
    const me = await call('GET', '/entity_users/me', userToken);
    expect(me).toEqual({
      status: 200,
      body: expect.objectContaining({ id: user.id, first_name: 'Ann', login: 'ann' }),
    });
    const own = await call('GET', '/entities/me', userToken);
    expect(own).toEqual({ status: 200, body: expect.objectContaining({ id: entity.id, email: 'owner@example.com' }) });
    // Reading changes nothing: a second read is the same, updated_at included.
    expect(await call('GET', '/entity_users/me', userToken)).toEqual(me);
    expect(await call('GET', '/entities/me', userToken)).toEqual(own);
  });

  it("leave the token's other reads to their own data", async () => {
    const { call, entity, userToken } = await world();
    const counterpart = (
      await call('POST', '/counterparts', userToken, { body: counterpartPayload, entity: entity.id })
    ).body;
    const list = await call('GET', '/counterparts', userToken, { entity: entity.id });
    expect(list.status).toBe(200);
    expect(list.body.data.map((item: { id: string }) => item.id)).toEqual([counterpart.id]);
    const read = await call('GET', `/counterparts/${counterpart.id}`, userToken, { entity: entity.id });
    expect(read.body).toMatchObject({ id: counterpart.id, type: 'organization' });
  });

  it("change the token's own user and entity on a PATCH, so the next read shows the change", async () => {
    const { call, partner, entity, user, userToken } = await world();
    const patched = await call('PATCH', '/entity_users/me', userToken, { body: { first_name: 'Bea' } });
    expect(patched).toEqual({
      status: 200,
      body: expect.objectContaining({ id: user.id, first_name: 'Bea', login: 'ann' }),
    });
    expect((await call('GET', '/entity_users/me', userToken)).body).toMatchObject({ id: user.id, first_name: 'Bea' });
    const read = await call('GET', `/entity_users/${user.id}`, partner, { entity: entity.id });
    expect(read.body).toMatchObject({ id: user.id, first_name: 'Bea' });

    const changed = await call('PATCH', '/entities/me', userToken, { body: { email: 'new@example.com' } });
    expect(changed).toEqual({
      status: 200,
      body: expect.objectContaining({
        id: entity.id,
        email: 'new@example.com',
        organization: { legal_name: 'Own GmbH' },
      }),
    });
    expect((await call('GET', '/entities/me', userToken)).body).toMatchObject({
      id: entity.id,
      email: 'new@example.com',
    });
    expect((await call('GET', `/entities/${entity.id}`, partner)).body.email).toBe('new@example.com');
  });

  it('answer a partner token (no stored user) from the generic "me", which its PATCH changes', async () => {
    const { call, partner } = await world();
    for (const token of [partner]) {
      const patched = await call('PATCH', '/entity_users/me', token, { body: { first_name: `for ${token}` } });
      expect(patched.status).toBe(200);
      expect(patched.body.first_name).toBe(`for ${token}`);
      const read = await call('GET', '/entity_users/me', token);
      expect(read).toEqual({ status: 200, body: patched.body });
      const entity = await call('PATCH', '/entities/me', token, { body: { email: 'me@example.com' } });
      expect(entity.status).toBe(200);
      expect((await call('GET', '/entities/me', token)).body).toEqual(entity.body);
    }
  });
});
