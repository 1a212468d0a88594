// The client against bare openapi-fetch: every call shape goes through
// createMoniteClient (no auth, no retries) and through openapi-fetch's own
// createClient, configured alike, against one real node:http server. What the
// server receives and what the call returns must be the same; the deliberate
// differences are listed at the end (and in the client's README).
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient, { type Middleware } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { MoniteNetworkError } from '../../src/errors/errors.js';

const VERSION = '2024-05-25';

/** A request as the server received it. */
interface Seen {
  method: string;
  target: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const seen: Seen[] = [];
let baseUrl = '';
let closeServer: () => Promise<void> = async () => {};

// Answers by path: the shapes of Monite's answers (JSON, an error body, text,
// no body in several ways), and one path that never answers.
beforeAll(async () => {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        target: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const path = (req.url ?? '').split('?')[0];
      if (path === '/never') return;
      if (path === '/answers/204') return res.writeHead(204).end();
      if (path === '/answers/empty') return res.writeHead(200, { 'content-length': '0' }).end();
      if (path === '/answers/chunked-empty')
        return res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }).end();
      if (path === '/answers/text') return res.writeHead(200, { 'content-type': 'text/plain' }).end('plain words');
      if (path === '/answers/400')
        return res
          .writeHead(400, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'bad' } }));
      if (path === '/answers/500-text') return res.writeHead(500, { 'content-type': 'text/plain' }).end('it broke');
      const body = JSON.stringify({ ok: true, path });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeServer = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
});
afterAll(() => closeServer());

/** The two clients as a test calls them: any path, any init. */
type Call = (
  path: string,
  init?: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
interface AnyClient {
  GET: Call;
  POST: Call;
  PUT: Call;
  PATCH: Call;
  DELETE: Call;
  use(...middleware: Middleware[]): void;
}

const clientHeaders = { 'x-monite-version': VERSION, 'x-custom': 'from-client' };

function bareClient(): AnyClient {
  return createClient({ baseUrl, headers: clientHeaders }) as unknown as AnyClient;
}
function moniteClient(): AnyClient {
  return createMoniteClient({
    baseUrl,
    version: VERSION,
    headers: { 'x-custom': 'from-client' },
    retry: false,
  }) as unknown as AnyClient;
}

/** What a call left behind: the request as received, and what the call resolved or rejected with. */
async function observe(make: () => AnyClient, run: (client: AnyClient) => Promise<unknown>) {
  const before = seen.length;
  let outcome: unknown;
  try {
    outcome = { resolved: await describeResult(await run(make())) };
  } catch (error) {
    outcome = { rejected: describeError(error) };
  }
  return { requests: seen.slice(before).map(withoutBoundary), outcome };
}

/** A multipart boundary is random per request: written as BOUNDARY, so two uploads compare by content. */
function withoutBoundary(request: Seen): Seen {
  const boundary = /boundary=(\S+)/.exec(request.headers['content-type'] ?? '')?.[1];
  if (boundary === undefined) return request;
  const text = (value: string) => value.replaceAll(boundary, 'BOUNDARY');
  return {
    ...request,
    body: text(request.body),
    headers: { ...request.headers, 'content-type': text(request.headers['content-type']!) },
  };
}

async function describeResult(result: unknown): Promise<unknown> {
  if (typeof result !== 'object' || result === null || !('response' in result)) return result;
  const { data, error, response } = result as { data?: unknown; error?: unknown; response: Response };
  return {
    keys: Object.keys(result).sort(),
    data: await readable(data),
    error: await readable(error),
    status: response.status,
    contentType: response.headers.get('content-type'),
    bodyUsed: response.bodyUsed,
  };
}

/** Blobs, buffers and streams as text, so two of them compare by content. */
async function readable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: await value.text(), type: value.type };
  if (value instanceof ArrayBuffer) return { arrayBuffer: Buffer.from(value).toString('utf8') };
  if (value instanceof ReadableStream) return { stream: await new Response(value).text() };
  return value;
}

function describeError(error: unknown): unknown {
  return error instanceof Error ? { name: error.name, message: error.message } : error;
}

/** Runs one shape through both clients and expects the same requests and results. */
async function expectSame(
  run: (client: AnyClient) => Promise<unknown>,
  make = { bare: bareClient, monite: moniteClient },
) {
  const bare = await observe(make.bare, run);
  const monite = await observe(make.monite, run);
  expect(monite).toEqual(bare);
  return bare;
}

const counterpart = '/counterparts/{counterpart_id}';

describe('the client and bare openapi-fetch send and return the same', () => {
  describe('paths', () => {
    it.each([
      ['a plain id', 'c-1'],
      ['a value with separators', 'a/b?c#d e'],
      ['a number', 42],
      ['percent signs', '100%25'],
    ])('with %s', async (_, value) => {
      const { requests } = await expectSame((c) => c.GET(counterpart, { params: { path: { counterpart_id: value } } }));
      expect(requests).toHaveLength(1);
    });

    it('with a per-call pathSerializer', async () => {
      await expectSame((c) =>
        c.GET(counterpart, {
          params: { path: { counterpart_id: 'c-1' } },
          pathSerializer: (path: string, params: Record<string, unknown>) =>
            path.replace('{counterpart_id}', `custom-${String(params.counterpart_id)}`),
        }),
      );
    });

    it('with a per-call baseUrl (its trailing slash dropped)', async () => {
      await expectSame((c) => c.GET('/counterparts', { baseUrl: `${baseUrl}/v2/` }));
    });
  });

  describe('queries', () => {
    const query = {
      limit: 10,
      sort: 'created_at',
      type: ['organization', 'individual'],
      empty: [],
      skipped: undefined,
      nothing: null,
      filter: { name: 'A&B', city: 'Zürich' },
      flag: true,
      text: 'a b+c/d?',
    };

    it('with the default serializer (form arrays, deepObject objects, nulls left out)', async () => {
      const { requests } = await expectSame((c) => c.GET('/counterparts', { params: { query } }));
      expect(requests[0]!.target).toContain('type=organization&type=individual');
    });

    it.each([
      ['pipe-delimited arrays', { array: { style: 'pipeDelimited', explode: false } }],
      [
        'unexploded form arrays and objects',
        { array: { style: 'form', explode: false }, object: { style: 'form', explode: false } },
      ],
      ['reserved characters allowed', { allowReserved: true }],
      [
        'space-delimited arrays, exploded form objects',
        { array: { style: 'spaceDelimited', explode: false }, object: { style: 'form', explode: true } },
      ],
    ])('with an object-form querySerializer: %s', async (_, querySerializer) => {
      await expectSame((c) => c.GET('/counterparts', { params: { query }, querySerializer }));
    });

    it('with a function querySerializer, a leading "?" tolerated', async () => {
      await expectSame((c) =>
        c.GET('/counterparts', {
          params: { query: { a: 1 } },
          querySerializer: (q: object) => `?raw=${JSON.stringify(q)}`,
        }),
      );
    });
  });

  describe('bodies', () => {
    it.each([
      ['a JSON object', { name: 'Acme', tags: ['a'] }],
      ['null', null],
      ['an empty string', ''],
      ['zero', 0],
      ['false', false],
    ])('%s', async (_, body) => {
      await expectSame((c) => c.POST('/counterparts', { body }));
    });

    it('no body at all (no Content-Type either)', async () => {
      const { requests } = await expectSame((c) => c.POST('/counterparts/actions'));
      expect(requests[0]!.headers['content-type']).toBeUndefined();
    });

    it('x-www-form-urlencoded when the headers say so', async () => {
      const { requests } = await expectSame((c) =>
        c.POST('/auth/token', {
          body: { grant_type: 'client_credentials', scope: 'a b' },
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
      );
      expect(requests[0]!.body).toBe('grant_type=client_credentials&scope=a+b');
    });

    it('a FormData as given (multipart with its own boundary)', async () => {
      const { requests } = await expectSame((c) => {
        const form = new FormData();
        form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'bill.pdf');
        form.append('note', 'x');
        return c.POST('/files', { body: form });
      });
      expect(requests[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    });

    it('a per-call bodySerializer, which sees the merged headers', async () => {
      await expectSame((c) =>
        c.PUT('/counterparts/c-1', {
          body: { a: 1 },
          headers: { 'x-format': 'csv' },
          bodySerializer: (body: Record<string, number>, headers?: Headers) =>
            `${headers?.get('x-format')}:${Object.entries(body).join(';')}`,
        }),
      );
    });
  });

  describe('responses', () => {
    it.each(['json', 'text', 'blob', 'arrayBuffer', 'stream'])('parseAs %s', async (parseAs) => {
      await expectSame((c) => c.GET('/counterparts', { parseAs }));
    });

    it.each([
      ['204', '/answers/204'],
      ['200 with Content-Length 0', '/answers/empty'],
      ['200 chunked with no body', '/answers/chunked-empty'],
      ['a text answer read as JSON (a parse error rejects)', '/answers/text'],
      ['a JSON error body', '/answers/400'],
      ['a text error body', '/answers/500-text'],
    ])('%s', async (_, path) => {
      await expectSame((c) => c.DELETE(path));
    });

    it('a HEAD-less DELETE, PATCH and PUT alike', async () => {
      await expectSame((c) => c.PATCH('/counterparts/c-1', { body: { a: 1 } }));
      await expectSame((c) => c.DELETE('/counterparts/c-1'));
    });
  });

  describe('headers', () => {
    it('merged client < call < params.header, case-insensitively, arrays appended', async () => {
      const { requests } = await expectSame((c) =>
        c.GET('/counterparts', {
          headers: { 'X-Custom': 'from-call', 'x-list': ['a', 'b'], 'x-number': 7 },
          params: { header: { 'x-custom': 'from-params' } },
        }),
      );
      expect(requests[0]!.headers['x-custom']).toBe('from-params');
    });

    it('removed with null, the client-wide version header included', async () => {
      const { requests } = await expectSame((c) =>
        c.GET('/counterparts', { headers: { 'x-monite-version': null, 'x-custom': null } }),
      );
      expect(requests[0]!.headers).not.toHaveProperty('x-monite-version');
    });

    it('given as a Headers instance', async () => {
      await expectSame((c) => c.GET('/counterparts', { headers: new Headers({ 'x-custom': 'instance' }) }));
    });
  });

  describe('middleware', () => {
    /** Middleware that logs what it sees into `log`, and adds to the request and the response. */
    function logging(name: string, log: unknown[]): Middleware {
      return {
        onRequest({ request, schemaPath, params, id }) {
          log.push([
            name,
            'request',
            request.method,
            request.url,
            request.headers.get('x-custom'),
            schemaPath,
            params,
            typeof id,
          ]);
          // Extra per-call keys reach the Request that middleware sees.
          log.push([name, 'extra', (request as unknown as Record<string, unknown>).tenantHint]);
          const next = new Request(request);
          next.headers.set(`x-${name}`, '1');
          return next;
        },
        onResponse({ response }) {
          log.push([name, 'response', response.status]);
          return new Response(JSON.stringify({ wrappedBy: name }), {
            status: response.status,
            headers: { 'content-type': 'application/json' },
          });
        },
      };
    }

    it('client-wide before per-call on the way out, in reverse on the way back, extra keys seen', async () => {
      const logs: unknown[][] = [];
      const run = async (c: AnyClient) => {
        const log: unknown[] = [];
        logs.push(log);
        c.use(logging('global', log), undefined as unknown as Middleware);
        const result = await c.GET(counterpart, {
          params: { path: { counterpart_id: 'c-9' }, query: { q: 1 } },
          middleware: [logging('local', log), { onRequest: 'not a function' } as unknown as Middleware],
          tenantHint: 'hint-1',
        });
        return { result: await describeResult(result), log };
      };
      const { requests } = await expectSame(run);
      expect(logs[0]).toEqual(logs[1]);
      expect(logs[0]!.map((entry) => `${(entry as unknown[])[0]}:${(entry as unknown[])[1]}`)).toEqual([
        'global:request',
        'global:extra',
        'local:request',
        'local:extra',
        'local:response',
        'global:response',
      ]);
      expect(requests[0]!.headers).toMatchObject({ 'x-global': '1', 'x-local': '1' });
    });

    it('a Response from onRequest answers the call without a request', async () => {
      const { requests } = await expectSame((c) =>
        c.GET('/counterparts', {
          middleware: [{ onRequest: () => new Response('{"cached":true}', { status: 200 }) }],
        }),
      );
      expect(requests).toHaveLength(0);
    });

    it('a bad return value from a hook rejects with the same message', async () => {
      await expectSame((c) =>
        c.GET('/counterparts', { middleware: [{ onRequest: () => 'nope' } as unknown as Middleware] }),
      );
      await expectSame((c) =>
        c.GET('/counterparts', { middleware: [{ onResponse: () => 'nope' } as unknown as Middleware] }),
      );
    });

    it('use() refuses an object without hooks with the same error', async () => {
      await expectSame(async (c) => c.use({} as Middleware));
    });
  });

  describe('fetch and signals', () => {
    it('a custom per-call fetch gets the request and its answer is the result', async () => {
      const received: string[] = [];
      await expectSame((c) =>
        c.GET('/counterparts', {
          fetch: (request: Request) => {
            received.push(`${request.method} ${request.url} ${request.headers.get('x-custom')}`);
            return Promise.resolve(new Response('{"from":"custom fetch"}', { status: 201 }));
          },
        }),
      );
      expect(received).toHaveLength(2);
      expect(received[0]).toBe(received[1]);
    });

    it('an already aborted signal rejects with its reason, and nothing is sent', async () => {
      const { requests } = await expectSame((c) =>
        c.GET('/counterparts', { signal: AbortSignal.abort(new Error('caller stopped')) }),
      );
      expect(requests).toHaveLength(0);
    });

    it('a signal aborted while the server holds the answer rejects with its reason', async () => {
      await expectSame(async (c) => {
        const controller = new AbortController();
        const call = c.GET('/never', { signal: controller.signal });
        await waitForRequest('/never');
        controller.abort(new Error('gave up waiting'));
        return call;
      });
    });

    it('other RequestInit fields (cache, redirect, keepalive) reach the request', async () => {
      await expectSame((c) =>
        c.GET('/counterparts', {
          middleware: [
            {
              onRequest: ({ request }: { request: Request }) =>
                new Response(JSON.stringify([request.cache, request.redirect, request.keepalive]), { status: 200 }),
            },
          ],
          cache: 'no-store',
          redirect: 'manual',
          keepalive: true,
        }),
      );
    });
  });
});

/** Resolves once the server has received one more request to `path` than it had. */
async function waitForRequest(path: string): Promise<void> {
  const count = () => seen.filter((s) => s.target.startsWith(path)).length;
  const target = count() + 1;
  // The server records a request when its body has arrived; poll the record between I/O turns.
  while (count() < target) await new Promise((resolve) => setImmediate(resolve));
}

describe('deliberate differences', () => {
  it('a path value that would leave its segment is refused before anything is sent', async () => {
    const run = (c: AnyClient) => c.GET(counterpart, { params: { path: { counterpart_id: '..' } } });
    const bare = await observe(bareClient, run);
    const monite = await observe(moniteClient, run);
    // openapi-fetch sends it, and the URL parser turns it into the list path.
    expect(bare.requests.map((r) => r.target)).toEqual(['/']);
    expect(monite.requests).toEqual([]);
    expect(monite.outcome).toEqual({
      rejected: { name: 'TypeError', message: expect.stringContaining("must not be empty, '.' or '..'") },
    });
  });

  it('a missing path value is refused instead of sent as the literal placeholder', async () => {
    const run = (c: AnyClient) => c.GET(counterpart, { params: { path: {} } });
    const bare = await observe(bareClient, run);
    const monite = await observe(moniteClient, run);
    expect(bare.requests.map((r) => r.target)).toEqual(['/counterparts/%7Bcounterpart_id%7D']);
    expect(monite.requests).toEqual([]);
    expect(monite.outcome).toEqual({
      rejected: { name: 'TypeError', message: 'path parameter counterpart_id is missing' },
    });
  });

  it('a network error rejects with a MoniteNetworkError whose cause is fetch’s error', async () => {
    const run = (c: AnyClient) => c.GET('/counterparts', { baseUrl: 'http://127.0.0.1:9' });
    const bare = await bareClient()
      .GET('/counterparts', { baseUrl: 'http://127.0.0.1:9' })
      .catch((e: unknown) => e);
    const monite = await run(moniteClient()).catch((e: unknown) => e);
    expect(bare).toBeInstanceOf(TypeError);
    expect(monite).toBeInstanceOf(MoniteNetworkError);
    expect((monite as MoniteNetworkError).cause).toBeInstanceOf(TypeError);
  });

  it("middleware's options.fetch and options.bodySerializer are the client's own", async () => {
    const seenOptions: Record<string, unknown>[] = [];
    const spy: Middleware = {
      onRequest({ options }) {
        seenOptions.push({ ...options });
        return new Response('{}', { status: 200 });
      },
    };
    for (const make of [bareClient, moniteClient]) await make().GET('/counterparts', { middleware: [spy] });
    const [bare, monite] = seenOptions;
    expect(Object.keys(monite!).sort()).toEqual(Object.keys(bare!).sort());
    expect(monite!.fetch).not.toBe(bare!.fetch);
    expect(monite!.bodySerializer).not.toBe(bare!.bodySerializer);
    expect({ ...monite, fetch: 0, bodySerializer: 0, querySerializer: 0 }).toEqual({
      ...bare,
      fetch: 0,
      bodySerializer: 0,
      querySerializer: 0,
    });
  });
});
