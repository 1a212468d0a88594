// State snapshots as a saved file meets them: the marker a file
// carries, the clock mode spelled as `--clock` takes it, what is refused
// (and that a refused import leaves the running world alone), and a file
// that carries only its store.
import { describe, expect, it } from 'vitest';
import { type ClockOption, createMonite } from '../create-monite.js';
import { counterpartPayload, ENTITY, testClient, VERSION } from '../test/helpers.js';
import { SNAPSHOT_FORMAT } from './snapshot.js';

const REFUSAL = 'Not a monite-ts-mock-state snapshot of version 1';

describe('state snapshot rules', () => {
  it('marks a snapshot with its format and version', () => {
    const snapshot = createMonite().exportState();
    expect(SNAPSHOT_FORMAT).toBe('monite-ts-mock-state');
    expect(snapshot).toMatchObject({ format: 'monite-ts-mock-state', version: 1 });
  });

  it('spells the clock mode as the clock option takes it, so a restart can pass it back', () => {
    expect(createMonite().exportState().clock.mode).toBe('fixed:2024-05-25T08:00:00.000Z');
    expect(createMonite({ startTime: '2031-02-03T04:05:06Z' }).exportState().clock.mode).toBe(
      'fixed:2031-02-03T04:05:06.000Z',
    );
    const fixed = createMonite({ clock: 'fixed:2030-01-02T03:04:05.678Z' }).exportState().clock.mode;
    expect(fixed).toBe('fixed:2030-01-02T03:04:05.678Z');
    expect(createMonite({ clock: fixed as ClockOption }).clock.now()).toBe(Date.parse('2030-01-02T03:04:05.678Z'));
    expect(createMonite({ clock: 'real' }).exportState().clock.mode).toBe('real');
  });

  it('refuses anything but a snapshot of this format and version, naming both, before touching the state', async () => {
    const { monite, call } = testClient();
    const created = await call('POST', '/counterparts', { body: counterpartPayload });
    const valid = monite.exportState();
    const { store: _store, ...withoutStore } = valid;
    const refused: unknown[] = [
      null,
      undefined,
      'monite-ts-mock-state',
      {},
      { ...valid, format: 'other-mock-state' },
      { ...valid, format: undefined },
      { ...valid, version: 2 },
      { ...valid, version: '1' },
      withoutStore,
      { ...valid, store: null },
    ];
    for (const value of refused) {
      expect(() => monite.importState(value)).toThrow(new TypeError(REFUSAL));
    }
    // The running world is as it was: the object, and the token that made it.
    expect((await call('GET', `/counterparts/${created.body.id}`)).status).toBe(200);
    expect(monite.exportState()).toEqual(valid);
  });

  it('imports a file that carries only its store as that store in a fresh world', async () => {
    const source = testClient();
    const kept = await source.call('POST', '/counterparts', { body: counterpartPayload });
    const { store } = source.monite.exportState();
    const target = testClient();
    await target.call('POST', '/counterparts', { body: counterpartPayload });
    target.monite.clock.advance(3_600_000);

    target.monite.importState({ format: SNAPSHOT_FORMAT, version: 1, store });

    const snapshot = target.monite.exportState();
    expect(snapshot.tokens).toEqual([]);
    expect(snapshot.clock).toMatchObject({ offset: 0, ticks: 0 });
    expect(snapshot.sequences).toEqual({ data: 0, events: 0, deliveries: 0 });
    expect(snapshot.store).toEqual(store);
    expect(target.monite.clock.now()).toBe(createMonite().clock.now());
    // Tokens issued before the import are gone with the old world.
    expect((await target.call('GET', `/counterparts/${kept.body.id}`)).status).toBe(401);
    const token = target.monite.issueToken();
    const read = await target.monite.fetch(
      new Request(`https://api.sandbox.monite.com/v1/counterparts/${kept.body.id}`, {
        headers: { 'x-monite-version': VERSION, authorization: `Bearer ${token}`, 'x-monite-entity-id': ENTITY },
      }),
    );
    expect(read.status).toBe(200);
  });
});
