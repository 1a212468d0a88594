/**
 * Export and import of the whole state: a round trip is lossless, and the
 * imported world goes on as the exported one would have.
 */
import { describe, expect, test } from 'vitest';
import { createMonite } from '../create-monite.js';
import { counterpartPayload, testClient } from '../test/helpers.js';

async function populated() {
  const client = testClient();
  await client.call('POST', '/webhook_subscriptions', {
    entity: null,
    body: { object_type: 'counterpart', url: 'https://hooks.example/x' },
  });
  const counterpart = await client.call('POST', '/counterparts', { body: counterpartPayload });
  await client.call('PATCH', `/counterparts/${counterpart.body.id}`, { body: { organization: { legal_name: 'B' } } });
  const payable = await client.call('POST', '/payables', { body: { currency: 'EUR' } });
  await client.call('POST', `/payables/${payable.body.id}/submit_for_approval`);
  client.monite.clock.advance(3_600_000);
  return { ...client, counterpartId: counterpart.body.id as string };
}

describe('state snapshots', () => {
  test('export, import into a fresh mock, export again: the same snapshot', async () => {
    const { monite } = await populated();
    await monite.webhooks.flush();
    const snapshot = monite.exportState();
    const restored = createMonite();
    restored.importState(JSON.parse(JSON.stringify(snapshot)));
    expect(restored.exportState()).toEqual(snapshot);
    expect(restored.clock.now()).toBe(monite.clock.now());
  });

  test('the imported mock answers as the original: objects, events, tokens, and fresh ids', async () => {
    const { monite, call, token, counterpartId } = await populated();
    const restored = createMonite();
    restored.importState(monite.exportState());
    const headers = {
      'x-monite-version': '2024-05-25',
      'x-monite-entity-id': '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b',
      authorization: `Bearer ${token}`,
    };
    const read = async (m: typeof monite, path: string) =>
      (await m.fetch(new Request(`https://api.sandbox.monite.com/v1${path}`, { headers }))).json();
    expect(await read(restored, `/counterparts/${counterpartId}`)).toEqual(
      await read(monite, `/counterparts/${counterpartId}`),
    );
    expect(await read(restored, '/events')).toEqual(await read(monite, '/events'));
    // Both go on identically: the next id is the same, and new to both.
    const next = await call('POST', '/counterparts', { body: counterpartPayload });
    const again = await restored.fetch(
      new Request('https://api.sandbox.monite.com/v1/counterparts', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(counterpartPayload),
      }),
    );
    expect((await again.json()).id).toBe(next.body.id);
    expect(next.body.id).not.toBe(counterpartId);
  });

  test('importing something else is refused', () => {
    expect(() => createMonite().importState({ hello: 'world' })).toThrow(/snapshot/);
  });
});
