// Whose data a request sees: the first configured client keeps
// the plain partner data (fixtures, seeded objects), other clients have their
// own; partner-level OCR tasks without an entity; and what an entity-user
// token may do, including a user that is not stored (no token) or stored elsewhere.
import { describe, expect, it } from 'vitest';
import { createMonite, type MoniteMock } from '../../create-monite.js';
import { callsWithTokens, counterpartPayload, entityPayload } from '../../test/helpers.js';

const A = { clientId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', clientSecret: 'secret-a' };
const B = { clientId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', clientSecret: 'secret-b' };
const UNSTORED_USER = '0d6d3e0e-6a8b-4c1f-9a2e-3b4c5d6e7f80';
const entityBody = entityPayload('Fixture GmbH');

function partners(monite: MoniteMock = createMonite({ clients: [A, B] })) {
  const { call, token } = callsWithTokens(monite);
  const ids = (list: { body: { data: Array<{ id: string }> } }) => list.body.data.map((item) => item.id);
  return { monite, call, token, ids };
}

describe('partner scopes', () => {
  it('the first configured client sees the fixtures and acts for their entities; the second does not', async () => {
    const monite = createMonite({ clients: [A, B], fixtures: [{ collection: '/entities', data: entityBody }] });
    const { call, token, ids } = partners(monite);
    const [fixture] = monite.list('/entities');
    const entityId = String(fixture?.id);
    const [a, b] = [await token(A), await token(B)];
    expect(ids(await call('GET', '/entities', a))).toEqual([entityId]);
    expect(ids(await call('GET', '/entities', b))).toEqual([]);
    expect((await call('POST', '/counterparts', a, { body: counterpartPayload, entity: entityId })).status).toBe(201);
    const refused = await call('POST', '/counterparts', b, { body: counterpartPayload, entity: entityId });
    expect(refused).toEqual({
      status: 403,
      body: { error: { message: `This token may not act for entity ${entityId}.` } },
    });
  });

  it("OCR tasks sent without an entity are the partner's own", async () => {
    const { monite, call, token, ids } = partners();
    const [a, b] = [await token(A), await token(B)];
    const task = await call('POST', '/ocr_tasks', a, { body: { file_url: 'https://files.example/bill.pdf' } });
    expect(task.status).toBe(202);
    expect(ids(await call('GET', '/ocr_tasks', a))).toEqual([task.body.id]);
    expect(monite.list('/ocr_tasks').map((item) => item.id)).toEqual([task.body.id]);
    expect(ids(await call('GET', '/ocr_tasks', b))).toEqual([]);
    expect((await call('GET', `/ocr_tasks/${task.body.id}`, b)).status).toBe(404);
  });
});

describe('entity-user tokens', () => {
  async function world() {
    const { monite, call, token, ids } = partners();
    const partner = await token(A);
    const own = (await call('POST', '/entities', partner, { body: entityBody })).body.id as string;
    const other = (await call('POST', '/entities', partner, { body: { ...entityBody, email: 'x@example.com' } })).body
      .id as string;
    const user = monite.seedResource({ collection: '/entity_users', entityId: own, data: { first_name: 'Ann' } });
    return { monite, call, token, ids, partner, own, other, userId: String(user.id) };
  }

  it('refuses another entity of the same partner, naming the user and the entity', async () => {
    const { call, token, own, other, userId } = await world();
    const userToken = await token(A, userId);
    expect((await call('GET', '/counterparts', userToken, { entity: own })).status).toBe(200);
    expect(await call('GET', '/counterparts', userToken, { entity: other })).toEqual({
      status: 403,
      body: { error: { message: `Entity user ${userId} may act only for its own entity, not ${other}.` } },
    });
  });

  it('are refused for a user that is not stored, and act like a partner token for one stored only at partner level', async () => {
    const { monite, call, token, own, other } = await world();
    const grant = { client_id: A.clientId, client_secret: A.clientSecret, grant_type: 'entity_user' };
    const refused = await call('POST', '/auth/token', '', { body: { ...grant, entity_user_id: UNSTORED_USER } });
    expect(refused).toEqual({
      status: 401,
      body: { error: { message: `Entity user ${UNSTORED_USER} does not exist.` } },
    });
    // A user record at partner level names no entity: the token is not bound to one.
    const partnerLevel = monite.seedResource({ collection: '/entity_users', data: { first_name: 'Pat' } });
    const patToken = await token(A, String(partnerLevel.id));
    expect((await call('GET', '/counterparts', patToken, { entity: own })).status).toBe(200);
    expect((await call('GET', '/counterparts', patToken, { entity: other })).status).toBe(200);
    const me = await call('GET', '/entity_users/me', patToken);
    expect(me.status).toBe(200);
    expect(me.body.id).not.toBe(partnerLevel.id);
  });
});
