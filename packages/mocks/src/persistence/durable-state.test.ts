/**
 * The state file: what was answered is in it, a crash's unfinished entry is
 * dropped, a damaged file or an unusable path is refused before anything is
 * written, and compaction keeps the same state. A "crash" here is simply
 * reading the file while the first mock still runs: it never closes first.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMonite } from '../create-monite.js';
import { startMockServer } from '../server/node-server.js';
import { counterpartPayload, ENTITY, VERSION } from '../test/helpers.js';
import { DurableState } from './durable-state.js';
import { StateFileError } from './state-file.js';

const dirs: string[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'monite-state-'));
  dirs.push(dir);
  return dir;
}

async function server(state: string) {
  const started = await startMockServer({ port: 0, state, seed: 'durable', clock: 'fixed' });
  closers.push(started.close);
  const token = started.monite.issueToken('5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f');
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${started.url}${path}`, {
      method,
      headers: {
        'x-monite-version': VERSION,
        'x-monite-entity-id': ENTITY,
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  return { ...started, call, token };
}

/** A mix of writes: creates, an update, a delete with nested objects, a workflow move, a subscription, the clock. */
async function someWrites(call: Awaited<ReturnType<typeof server>>['call']) {
  const a = await call('POST', '/counterparts', counterpartPayload);
  const b = await call('POST', '/counterparts', counterpartPayload);
  expect(a.status).toBe(201);
  await call('POST', `/counterparts/${b.body.id}/addresses`, {
    country: 'DE',
    city: 'Bonn',
    postal_code: '53111',
    line1: 'Markt 1',
  });
  await call('PATCH', `/counterparts/${a.body.id}`, { organization: { legal_name: 'Renamed GmbH' } });
  expect((await call('DELETE', `/counterparts/${b.body.id}`)).status).toBe(204);
  const payable = await call('POST', '/payables', { currency: 'EUR' });
  await call('POST', `/payables/${payable.body.id}/submit_for_approval`);
  await call('POST', '/webhook_subscriptions', { object_type: 'payable', url: 'http://127.0.0.1:9/hooks' });
  expect((await call('POST', '/_mock/clock', { advance: '2d' })).status).toBe(200);
  return { counterpartId: a.body.id as string };
}

/** The state a fresh engine reads from the file, as a snapshot. */
function loaded(path: string) {
  const { mock, engine } = buildMonite({ seed: 'durable', clock: 'fixed' });
  DurableState.load(engine, path);
  return mock.exportState();
}

describe('the state file', () => {
  it('holds every answered change: a mock loading it has the same state, without a clean stop', async () => {
    const path = join(folder(), 'state.json');
    const first = await server(path);
    const { counterpartId } = await someWrites(first.call);
    expect(loaded(path)).toEqual(first.monite.exportState());
    // And a second run goes on from there. The first run's token expired: the clock moved two days.
    const second = await server(path);
    const check = await fetch(`${second.url}/tags`, {
      headers: { 'x-monite-version': VERSION, 'x-monite-entity-id': ENTITY, authorization: `Bearer ${first.token}` },
    });
    expect(await check.json()).toEqual({ error: { message: 'The access token has expired.' } });
    const read = await second.call('GET', `/counterparts/${counterpartId}`);
    expect(read.body.organization.legal_name).toBe('Renamed GmbH');
  });

  it('keeps a reset and an imported snapshot as whole snapshots', async () => {
    const path = join(folder(), 'state.json');
    const first = await server(path);
    await someWrites(first.call);
    const saved = first.monite.exportState();
    expect((await first.call('POST', '/_mock/reset')).status).toBe(204);
    expect(loaded(path).store).toEqual({ collections: {}, singletons: {} });
    expect((await first.call('PUT', '/_mock/state', saved)).status).toBe(204);
    expect(loaded(path)).toEqual(saved);
  });

  it('drops an entry a crash cut short, and cuts it off before appending', async () => {
    const path = join(folder(), 'state.json');
    const first = await server(path);
    await someWrites(first.call);
    const whole = readFileSync(path);
    appendFileSync(path, '{"o":[["p","x","/tags",{"id":"half');
    expect(loaded(path)).toEqual(first.monite.exportState());
    const second = await server(path);
    expect(readFileSync(path).subarray(0, whole.length).equals(whole)).toBe(true);
    await second.call('POST', '/tags', { name: 'after the crash' });
    expect(loaded(path).store).toEqual(second.monite.exportState().store);
  });

  it('refuses a damaged entry or a truncated snapshot, and leaves the file as it was', async () => {
    const path = join(folder(), 'state.json');
    const first = await server(path);
    await someWrites(first.call);
    const lines = readFileSync(path, 'utf8').split('\n');
    const damaged = [lines[0], '{"o":[', ...lines.slice(1)].join('\n');
    writeFileSync(path, damaged);
    expect(() => loaded(path)).toThrow(/line 2 is damaged/);
    await expect(startMockServer({ port: 0, state: path })).rejects.toThrow(StateFileError);
    expect(readFileSync(path, 'utf8')).toBe(damaged);
    const truncated = lines[0]!.slice(0, 200);
    writeFileSync(path, truncated);
    await expect(startMockServer({ port: 0, state: path })).rejects.toThrow(/is not a state file/);
    expect(readFileSync(path, 'utf8')).toBe(truncated);
  });

  it('reads a plain snapshot (GET /_mock/state) and goes on in the line format', async () => {
    const path = join(folder(), 'state.json');
    const source = await server(join(folder(), 'other.json'));
    await someWrites(source.call);
    writeFileSync(path, JSON.stringify(source.monite.exportState(), null, 2));
    const second = await server(path);
    expect(second.monite.exportState().store).toEqual(source.monite.exportState().store);
    await second.call('POST', '/tags', { name: 'appended' });
    // The snapshot, the entry of the test's token, the entry of the tag, and the final newline.
    expect(readFileSync(path, 'utf8').split('\n').length).toBe(4);
    expect(loaded(path)).toEqual(second.monite.exportState());
  });

  it('refuses an unusable path at start and writes nothing', async () => {
    const dir = folder();
    const cases: Array<[string, RegExp]> = [
      [join(dir, 'missing', 'state.json'), /the folder .*missing does not exist/],
      [dir, /is a directory/],
      ['/proc/monite-state.json', /is not writable/],
    ];
    for (const [path, message] of cases) {
      const attempt = startMockServer({ port: 0, state: path });
      await expect(attempt).rejects.toThrow(StateFileError);
      await expect(attempt).rejects.toThrow(message);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('compacts the journal into one snapshot line with the same state', async () => {
    const path = join(folder(), 'state.json');
    const { mock, engine } = buildMonite({ seed: 'durable', clock: 'fixed' });
    const durable = DurableState.load(engine, path, { minBytes: 0, ratio: 1 });
    await durable.start();
    const token = mock.issueToken();
    let lines = 1;
    let compactions = 0;
    for (let i = 0; i < 30; i++) {
      await mock.fetch(
        new Request('http://mock/tags', {
          method: 'POST',
          headers: {
            'x-monite-version': VERSION,
            'x-monite-entity-id': ENTITY,
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ name: `tag ${i}` }),
        }),
      );
      await durable.settled();
      const now = readFileSync(path, 'utf8').split('\n').length;
      if (now < lines) compactions += 1;
      lines = now;
    }
    // Each time the journal outgrew the snapshot, the file was rewritten as one snapshot line.
    expect(compactions).toBeGreaterThan(1);
    expect(loaded(path)).toEqual(mock.exportState());
    await durable.close();
  });
});
