// fetchHeld against a real socket that never answers: after the caller has
// dropped its Request and the garbage collector has run, an abort must still
// reach the fetch, which then rejects (and lets its socket go).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHeld } from './hold-request.js';

// A full collection on demand, without starting Node with --expose-gc.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let server: Server;
let url = '';
let arrived: () => void = () => {};
beforeAll(async () => {
  server = createServer(() => arrived()); // never answers
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/auth/token`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe('fetchHeld', () => {
  it('lets an abort reach a fetch whose Request the caller no longer holds, after a garbage collection', async () => {
    const controller = new AbortController();
    const onServer = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    // The Request is made inline and referenced nowhere else, as the token exchange does.
    const pending = fetchHeld(
      (request) => globalThis.fetch(request),
      new Request(url, { method: 'POST', body: '{}', signal: controller.signal }),
    ).catch((error: unknown) => error);
    await onServer;
    for (let i = 0; i < 3; i++) {
      collectGarbage();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const reason = new Error('deadline passed');
    controller.abort(reason);
    expect(await pending).toBe(reason);
  });

  it('answers with what the fetch answers', async () => {
    const response = new Response('ok');
    await expect(fetchHeld(async () => response, new Request(url))).resolves.toBe(response);
  });
});
