/** Scoping like Monite: per partner (the client a token was issued to) and, for entity-user tokens, per entity. */
import { describe, expect, test } from 'vitest';
import { createMonite } from '../../create-monite.js';
import { counterpartPayload, VERSION } from '../../test/helpers.js';

const BASE = 'https://api.sandbox.monite.com/v1';
const A = { clientId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', clientSecret: 'secret-a' };
const B = { clientId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', clientSecret: 'secret-b' };
const entityBody = {
  type: 'organization',
  email: 'owner@example.com',
  address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
  organization: { legal_name: 'Partner B GmbH' },
};

function partners() {
  const monite = createMonite({ clients: [A, B] });
  async function token(client: typeof A, extra: Record<string, string> = {}) {
    const response = await call('POST', '/auth/token', undefined, {
      body: {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        grant_type: 'client_credentials',
        ...extra,
      },
    });
    return response.body.access_token as string;
  }
  async function call(method: string, path: string, token?: string, init: { body?: unknown; entity?: string } = {}) {
    const headers: Record<string, string> = { 'x-monite-version': VERSION };
    if (token) headers.authorization = `Bearer ${token}`;
    if (init.entity) headers['x-monite-entity-id'] = init.entity;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await monite.fetch(
      new Request(`${BASE}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    );
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  return { monite, token, call };
}

describe('per-partner scoping', () => {
  test("partner B neither lists, reads nor changes partner A's entities", async () => {
    const { token, call } = partners();
    const [a, b] = [await token(A), await token(B)];
    const entity = (await call('POST', '/entities', a, { body: entityBody })).body;
    expect(entity.id).toBeTypeOf('string');
    expect((await call('GET', '/entities', a)).body.data.map((e: { id: string }) => e.id)).toContain(entity.id);
    expect((await call('GET', '/entities', b)).body.data.map((e: { id: string }) => e.id)).not.toContain(entity.id);
    expect((await call('GET', `/entities/${entity.id}`, b)).status).toBe(404);
    expect((await call('PATCH', `/entities/${entity.id}`, b, { body: { email: 'x@y.z' } })).status).toBe(404);
    expect((await call('GET', `/entities/${entity.id}`, a)).status).toBe(200);
  });

  test("partner B cannot act for partner A's entity (403), partner A can", async () => {
    const { token, call } = partners();
    const [a, b] = [await token(A), await token(B)];
    const entity = (await call('POST', '/entities', a, { body: entityBody })).body;
    const refused = await call('POST', '/counterparts', b, { body: counterpartPayload, entity: entity.id });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(entity.id);
    expect((await call('POST', '/counterparts', a, { body: counterpartPayload, entity: entity.id })).status).toBe(201);
  });

  test("partner B does not see partner A's webhook subscriptions", async () => {
    const { token, call } = partners();
    const [a, b] = [await token(A), await token(B)];
    await call('POST', '/webhook_subscriptions', a, {
      body: { object_type: 'counterpart', url: 'https://a.example/hook' },
    });
    expect((await call('GET', '/webhook_subscriptions', a)).body.data).toHaveLength(1);
    expect((await call('GET', '/webhook_subscriptions', b)).body.data).toHaveLength(0);
  });

  test("the e-invoice search finds partner A's counterparts' credentials for partner A only", async () => {
    const { token, call } = partners();
    const [a, b] = [await token(A), await token(B)];
    const entity = (await call('POST', '/entities', a, { body: entityBody })).body;
    // Another counterpart of the entity, without credentials: one counterpart holding it is enough.
    await call('POST', '/counterparts', a, { entity: entity.id, body: counterpartPayload });
    const cp = (await call('POST', '/counterparts', a, { entity: entity.id, body: counterpartPayload })).body;
    const credential = { network_schema: 'DE:VAT', network_identifier: 'DE333333333' };
    const path = `/counterparts/${cp.id}/einvoicing_credentials`;
    expect((await call('POST', path, a, { entity: entity.id, body: credential })).status).toBe(201);
    const search = '/einvoice_search?network_schema=DE:VAT&network_identifier=de%20333333333';
    expect((await call('GET', search, a)).body).toEqual({ exists: true });
    expect((await call('GET', search, b)).body).toEqual({ exists: false });
    // The scheme counts too.
    const otherScheme = '/einvoice_search?network_schema=NL:VAT&network_identifier=DE333333333';
    expect((await call('GET', otherScheme, a)).body).toEqual({ exists: false });
  });
});

describe('entity-user tokens', () => {
  test('act only for their own entity, and /entity_users/me and /entities/me follow from them', async () => {
    const { monite, token, call } = partners();
    const partner = await token(A);
    const own = (await call('POST', '/entities', partner, { body: entityBody })).body;
    const other = (await call('POST', '/entities', partner, { body: { ...entityBody, email: 'other@example.com' } }))
      .body;
    const user = monite.seedResource({
      collection: '/entity_users',
      entityId: own.id,
      data: { first_name: 'Ann', login: 'ann' },
    });
    const userToken = await token(A, { grant_type: 'entity_user', entity_user_id: String(user.id) });
    expect((await call('GET', '/counterparts', userToken, { entity: own.id })).status).toBe(200);
    const elsewhere = await call('GET', '/counterparts', userToken, { entity: other.id });
    expect(elsewhere.status).toBe(403);
    const me = await call('GET', '/entity_users/me', userToken, { entity: own.id });
    expect(me.body).toMatchObject({ id: user.id, first_name: 'Ann' });
    const entity = await call('GET', '/entities/me', userToken, { entity: own.id });
    expect(entity.body.id).toBe(own.id);
  });
});
