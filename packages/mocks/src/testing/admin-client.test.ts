/**
 * The admin client against both kinds of target, with the same calls: an
 * in-process mock (through `monite.fetch`) and a server (through its URL);
 * and the process helper's refusal, which carries the mock's own line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createMonite } from '../create-monite.js';
import { startMockServer } from '../server/node-server.js';
import { counterpartPayload, ENTITY, jsonHeaders, tokenRequest } from '../test/helpers.js';
import { createAdminClient, MockAdminError } from './admin-client.js';
import { startMockProcess } from './mock-process.js';

const server = await startMockServer({ port: 0, clock: 'fixed', webhooks: { backoffMs: 0 } });
afterAll(() => server.close());

const targets = [
  ['an in-process mock', createMonite({ clock: 'fixed' })],
  ['a server URL', `${server.url}/v1`],
] as const;

describe.each(targets)('createAdminClient(%s)', (_, target) => {
  const admin = createAdminClient(target);
  const fetchVia = (request: Request) =>
    typeof target === 'string' ? fetch(request) : (target as ReturnType<typeof createMonite>).fetch(request);
  const base = typeof target === 'string' ? target : 'https://api.sandbox.monite.com/v1';
  const createCounterpart = async () => {
    const token = await fetchVia(tokenRequest(base)).then((r) => r.json() as Promise<{ access_token: string }>);
    const answer = await fetchVia(
      new Request(`${base}/counterparts`, {
        method: 'POST',
        headers: jsonHeaders(token.access_token),
        body: JSON.stringify(counterpartPayload),
      }),
    );
    expect(answer.status).toBe(201);
  };

  it('reports health and the clock, and moves the clock', async () => {
    expect(await admin.health()).toEqual({ status: 'ok', clock: { now: '2024-05-25T08:00:00.000Z', mode: 'fixed' } });
    const moved = await admin.clock.advance('1d');
    expect(moved).toMatchObject({ now: '2024-05-26T08:00:00.000Z', mode: 'fixed', effects: { overdue: [] } });
    expect((await admin.clock.advance(60_000)).now).toBe('2024-05-26T08:01:00.000Z');
    expect(await admin.clock.get()).toEqual({ now: '2024-05-26T08:01:00.000Z', mode: 'fixed' });
  });

  it('exports, resets and imports the state', async () => {
    await admin.reset();
    await createCounterpart();
    const saved = await admin.state.export();
    expect(Object.keys(saved.store.collections[ENTITY] ?? {})).toContain('/counterparts');
    await admin.reset();
    expect((await admin.state.export()).store.collections).toEqual({});
    await admin.state.import(saved);
    expect(await admin.state.export()).toEqual(saved);
    expect(await admin.webhooks.list()).toEqual([]);
    expect(await admin.webhooks.flush()).toEqual([]);
  });

  it('throws MockAdminError with the status and the mock message on a refusal', async () => {
    const refusal = admin.state.import({ format: 'something else' } as never);
    await expect(refusal).rejects.toThrow(MockAdminError);
    await expect(refusal).rejects.toMatchObject({
      status: 422,
      message: 'Not a monite-ts-mock-state snapshot of version 1',
    });
  });
});

it('startMockProcess rejects with the mock refusal when it cannot start', async () => {
  await expect(startMockProcess({ args: ['--state', '/no/such/folder/state.json'] })).rejects.toThrow(
    /exit code 2\): monite-mock: --state \/no\/such\/folder\/state\.json: the folder \/no\/such\/folder does not exist/,
  );
});
