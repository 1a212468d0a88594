/**
 * The `/_mock/` admin surface (through `monite.fetch`, as the server serves
 * it) and the events API it sits beside.
 */
import { describe, expect, test } from 'vitest';
import { counterpartPayload, OTHER_ENTITY, testClient } from '../test/helpers.js';
import { parseDuration } from './admin.js';

const BASE = 'http://127.0.0.1:4010';

describe('GET /events', () => {
  test('pages with cursors, filters by object_type, reads one event without an entity header', async () => {
    const { call } = testClient();
    const counterpart = await call('POST', '/counterparts', { body: counterpartPayload });
    await call('PATCH', `/counterparts/${counterpart.body.id}`, { body: { organization: { legal_name: 'B' } } });
    await call('POST', '/tags', { body: { name: 'urgent' } });

    const first = await call('GET', '/events?limit=2');
    expect(first.body.data.map((e: { action: string }) => e.action)).toEqual([
      'counterpart.created',
      'counterpart.updated',
    ]);
    const second = await call('GET', `/events?pagination_token=${first.body.next_pagination_token}`);
    expect(second.body.data.map((e: { action: string }) => e.action)).toEqual(['tag.created']);
    expect(second.body.next_pagination_token).toBeNull();

    const tags = await call('GET', '/events?object_type=tag');
    expect(tags.body.data).toHaveLength(1);
    const one = await call('GET', `/events/${tags.body.data[0].id}`, { entity: null });
    expect(one.status).toBe(200);
    expect(one.body).toEqual(tags.body.data[0]);
    expect((await call('GET', '/events/00000000-0000-4000-8000-000000000000', { entity: null })).status).toBe(404);
    expect((await call('GET', '/events', { entity: OTHER_ENTITY })).body.data).toEqual([]);
  });
});

describe('/_mock/ admin endpoints', () => {
  test('clock: read and advance', async () => {
    const { monite } = testClient();
    const read = await (await monite.fetch(new Request(`${BASE}/_mock/clock`))).json();
    expect(read).toEqual({ now: '2024-05-25T08:00:00.000Z', mode: 'fixed' });
    const moved = await monite.fetch(
      new Request(`${BASE}/_mock/clock`, { method: 'POST', body: JSON.stringify({ advance: '2d' }) }),
    );
    expect(await moved.json()).toMatchObject({ now: '2024-05-27T08:00:00.000Z', effects: { overdue: [] } });
    const refused = await monite.fetch(
      new Request(`${BASE}/_mock/clock`, { method: 'POST', body: JSON.stringify({ advance: 'soon' }) }),
    );
    expect(refused.status).toBe(422);
  });

  test('state: export, reset, import', async () => {
    const { monite, call } = testClient();
    const created = await call('POST', '/counterparts', { body: counterpartPayload });
    const snapshot = await (await monite.fetch(new Request(`${BASE}/_mock/state`))).text();
    expect((await monite.fetch(new Request(`${BASE}/_mock/reset`, { method: 'POST' }))).status).toBe(204);
    expect(monite.list('/counterparts', created.body.entity_id)).toEqual([]);
    const put = await monite.fetch(new Request(`${BASE}/_mock/state`, { method: 'PUT', body: snapshot }));
    expect(put.status).toBe(204);
    expect((await call('GET', `/counterparts/${created.body.id}`)).body.id).toBe(created.body.id);
    const bad = await monite.fetch(new Request(`${BASE}/_mock/state`, { method: 'PUT', body: '{}' }));
    expect(bad.status).toBe(422);
  });

  test('unknown admin paths are 404, Monite paths are untouched', async () => {
    const { monite } = testClient();
    expect((await monite.fetch(new Request(`${BASE}/_mock/nothing`))).status).toBe(404);
    expect((await monite.fetch(new Request(`${BASE}/counterparts`))).status).toBe(400);
  });

  test('durations', () => {
    expect(
      ['1500', '10ms', '2s', '3m', '1.5h', '30d', 'x'].map((v) => parseDuration(/^\d+$/.test(v) ? Number(v) : v)),
    ).toEqual([1500, 10, 2000, 180_000, 5_400_000, 2_592_000_000, undefined]);
  });
});
