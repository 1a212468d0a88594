// Pagination ends whatever the server does with
// next_pagination_token: repeats, cycles, empty pages, or never stopping.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { MonitePaginationError } from '../../src/errors/errors.js';
import { pages, paginate } from '../../src/pagination/pagination.js';
import { createFakeFetch, json } from '../fake-fetch.js';
import { sendJson, startServer, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A list server whose page `index` carries `tokens(index)` and `size` items. */
async function listServer(tokens: (index: number) => string | null, size = 1) {
  server = await startServer((_, res, index) =>
    // A runaway client gets a 500 instead of pages, so a missing fix fails the test rather than hang it.
    index >= RUNAWAY
      ? sendJson(res, { error: { message: 'runaway pagination' } }, 500)
      : sendJson(res, {
          data: Array.from({ length: size }, (_, i) => ({ id: `p${index}-${i}` })),
          next_pagination_token: tokens(index),
        }),
  );
  return { server, monite: createMoniteClient({ baseUrl: server.url, retry: false }) };
}

async function drain(iterable: AsyncIterable<unknown>): Promise<unknown> {
  try {
    for await (const _ of iterable) void _;
    return undefined;
  } catch (error) {
    return error;
  }
}

const RUNAWAY = 50;
const LONG_TOKEN = 'eyJvcmRlciI6ImFzYyIsImxpbWl0IjoxMDAsIm9mZnNldCI6MjAwfQ';

describe('pagination against a misbehaving server', () => {
  it('stops with MonitePaginationError when the server repeats the same token, without printing it', async () => {
    const { server, monite } = await listServer(() => LONG_TOKEN);
    const error = (await drain(paginate(monite, '/counterparts'))) as MonitePaginationError;
    expect(error).toBeInstanceOf(MonitePaginationError);
    expect(error.reason).toBe('repeated-token');
    expect(error.pages).toBe(2);
    expect(server.requests).toHaveLength(2);
    expect(`${error.message} ${error.token} ${error.stack}`).not.toContain(LONG_TOKEN);
  });

  it('stops when the server alternates between two tokens (A, B, A)', async () => {
    const { server, monite } = await listServer((index) => (index % 2 === 0 ? 'token-A-000' : 'token-B-000'));
    const error = (await drain(pages(monite, '/counterparts'))) as MonitePaginationError;
    expect(error.reason).toBe('repeated-token');
    expect(server.requests.map((r) => r.query.get('pagination_token'))).toEqual([null, 'token-A-000', 'token-B-000']);
  });

  it('stops on repeated empty pages even with a limit (which empty pages never reach)', async () => {
    const { server, monite } = await listServer(() => 'same-token', 0);
    const error = await drain(paginate(monite, '/counterparts', { limit: 10 }));
    expect(error).toBeInstanceOf(MonitePaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it('maxPages bounds a server that hands out new tokens forever', async () => {
    const { server, monite } = await listServer((index) => `fresh-${index}`, 0);
    const error = (await drain(paginate(monite, '/counterparts', { maxPages: 5 }))) as MonitePaginationError;
    expect(error.reason).toBe('max-pages');
    expect(error.pages).toBe(5);
    expect(server.requests).toHaveLength(5);
    // A list that ends exactly at maxPages is complete, not an error.
    await server.close();
    const finite = await listServer((index) => (index < 2 ? `t${index}` : null));
    expect(await drain(paginate(finite.monite, '/counterparts', { maxPages: 3 }))).toBeUndefined();
    expect(finite.server.requests).toHaveLength(3);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3'])(
    'refuses maxPages %s with a TypeError before any request',
    async (maxPages) => {
      const { server, monite } = await listServer(() => null);
      const error = await drain(paginate(monite, '/counterparts', { maxPages: maxPages as number }));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toContain('maxPages');
      expect(server.requests).toHaveLength(0);
    },
  );

  it('property: terminates on any token sequence, within the distinct tokens (+1) and maxPages', async () => {
    const token = fc.option(fc.constantFrom('A', 'B', 'C', 'D', 'E', LONG_TOKEN), { nil: null, freq: 6 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(token, { minLength: 1, maxLength: 12 }),
        fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        fc.nat({ max: 3 }),
        fc.option(fc.nat({ max: 20 }), { nil: undefined }),
        async (sequence, maxPages, pageSize, limit) => {
          // The server cycles through the sequence: without a null in it, it never ends on its own.
          const net = createFakeFetch((_, index) =>
            index >= RUNAWAY
              ? json({ error: { message: 'runaway pagination' } }, 500)
              : json({
                  data: Array.from({ length: pageSize }, (_, i) => ({ id: `${index}-${i}` })),
                  next_pagination_token: sequence[index % sequence.length],
                }),
          );
          const monite = createMoniteClient({ baseUrl: 'http://x.test', fetch: net.fetch, retry: false });
          const error = await drain(paginate(monite, '/counterparts', { maxPages, limit }));
          if (error !== undefined) expect(error).toBeInstanceOf(MonitePaginationError);
          const distinct = new Set(sequence.filter((t) => t !== null)).size;
          expect(net.requests.length).toBeLessThanOrEqual(Math.min(distinct + 1, maxPages ?? Number.POSITIVE_INFINITY));
        },
      ),
      { numRuns: 300 },
    );
  });
});
