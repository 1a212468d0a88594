// The request core against openapi-fetch 0.17's observable behaviour: the URL,
// headers and init of the Request that reaches fetch, the middleware hooks and
// how each kind of response is read. fetch is a plain function that records
// the Request it gets and answers a Response built here.
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { type CoreClientOptions, createCoreClient, mergeHeaders, serializeQuery } from './request-core.js';

const BASE = 'https://api.test/v1';

type Respond = (request: Request) => Response | Promise<Response>;

/** A client whose fetch records each Request and answers with `respond` (default: `{}` as JSON). */
function setup(respond: Respond = () => Response.json({}), options: Partial<CoreClientOptions> = {}) {
  const requests: Request[] = [];
  const fetchArgs: unknown[][] = [];
  const pathCalls: [string, Record<string, unknown>][] = [];
  const fetch = async (...args: unknown[]) => {
    fetchArgs.push(args);
    const request = args[0] as Request;
    requests.push(request);
    return respond(request);
  };
  const client = createCoreClient({
    baseUrl: BASE,
    bodySerializer: (body) => (body instanceof FormData ? body : JSON.stringify(body)),
    pathSerializer: (path, params) => {
      pathCalls.push([path, params]);
      return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
    },
    fetch,
    ...options,
  });
  return { client, requests, fetchArgs, pathCalls, fetch };
}

/** The URL of the one Request a call sent. */
async function urlOf(init: Parameters<ReturnType<typeof createCoreClient>['request']>[2], path = '/items') {
  const { client, requests } = setup();
  await client.request('get', path, init);
  expect(requests).toHaveLength(1);
  return requests[0]!.url;
}

describe('URL', () => {
  it('joins the base URL and the serialized path, with no query mark when there is no query', async () => {
    const { client, requests, pathCalls } = setup();
    await client.request('get', '/items/{id}', { params: { path: { id: 'a b' } } });
    expect(requests[0]!.url).toBe(`${BASE}/items/a%20b`);
    expect(pathCalls).toEqual([['/items/{id}', { id: 'a b' }]]);
  });

  it('calls the path serializer with {} when the call has no path params', async () => {
    const { client, pathCalls } = setup();
    await client.request('get', '/items');
    await client.request('get', '/items', { params: {} });
    expect(pathCalls).toEqual([
      ['/items', {}],
      ['/items', {}],
    ]);
  });

  it("uses a call's baseUrl without its trailing slashes", async () => {
    expect(await urlOf({ baseUrl: 'https://other.test/x//' })).toBe('https://other.test/x/items');
    expect(await urlOf({ baseUrl: 'https://other.test/x' })).toBe('https://other.test/x/items');
    // An empty one means the client's.
    expect(await urlOf({ baseUrl: '' })).toBe(`${BASE}/items`);
  });

  it('adds the query only when it serializes to something', async () => {
    expect(await urlOf({ params: { query: {} } })).toBe(`${BASE}/items`);
    expect(await urlOf({ params: { query: { a: undefined, b: null, c: [] } } })).toBe(`${BASE}/items`);
    expect(await urlOf({ params: { query: { limit: 10, sort: 'name' } } })).toBe(`${BASE}/items?limit=10&sort=name`);
  });

  it("lets a call's querySerializer replace the default, and drops a leading '?' it returns", async () => {
    const seen: unknown[] = [];
    const querySerializer = (query: Record<string, unknown>) => {
      seen.push(query);
      return 'custom=1';
    };
    expect(await urlOf({ params: { query: { a: 1 } }, querySerializer })).toBe(`${BASE}/items?custom=1`);
    expect(seen).toEqual([{ a: 1 }]);
    expect(await urlOf({ querySerializer: () => '?x=2' })).toBe(`${BASE}/items?x=2`);
    // Only a leading one: a '?' inside a value is the serializer's business.
    expect(await urlOf({ querySerializer: () => 'q=a?b' })).toBe(`${BASE}/items?q=a?b`);
    expect(await urlOf({ querySerializer: () => '' })).toBe(`${BASE}/items`);
    // Without params.query the serializer gets {}.
    expect(seen).toHaveLength(1);
    await urlOf({ querySerializer });
    expect(seen[1]).toEqual({});
  });

  it('upper-cases the method', async () => {
    const { client, requests } = setup();
    await client.request('patch', '/items', { body: {} });
    expect(requests[0]!.method).toBe('PATCH');
  });
});

describe('serializeQuery', () => {
  it('keeps key order and writes booleans and numbers as strings', () => {
    expect(serializeQuery({ z: 1, a: true, m: false, n: 0, s: 'x' })).toBe('z=1&a=true&m=false&n=0&s=x');
  });

  it('skips undefined and null values', () => {
    expect(serializeQuery({ a: undefined, b: null, c: '' })).toBe('c=');
  });

  it('explodes arrays (form style), skipping null and undefined items, and empty arrays', () => {
    expect(serializeQuery({ id: ['1', 2, null, undefined, '3'], none: [], last: 'x' })).toBe('id=1&id=2&id=3&last=x');
  });

  it('URI-encodes names and values', () => {
    expect(serializeQuery({ 'a b&c': 'x/y?z=1&w #é', list: ['a,b', '+'] })).toBe(
      'a%20b%26c=x%2Fy%3Fz%3D1%26w%20%23%C3%A9&list=a%2Cb&list=%2B',
    );
  });

  it('writes objects as deepObject, nested ones too', () => {
    expect(serializeQuery({ filter: { status: 'new', 'a b': 1, skip: null, deep: { x: [1, 2] } } })).toBe(
      'filter[status]=new&filter[a%20b]=1&filter[deep][x]=1&filter[deep][x]=2',
    );
  });

  it('returns an empty string for an empty query', () => {
    expect(serializeQuery({})).toBe('');
  });
});

describe('mergeHeaders', () => {
  it('lets later sources win, case-insensitively', () => {
    const h = mergeHeaders({ 'X-A': '1', 'X-B': '1' }, { 'x-a': '2' }, undefined, { 'X-B': 3 });
    expect([...h]).toEqual([
      ['x-a', '2'],
      ['x-b', '3'],
    ]);
  });

  it('deletes a header for a null value and ignores an undefined one', () => {
    const h = mergeHeaders({ 'X-A': '1', 'X-B': '1' }, { 'X-A': null, 'X-B': undefined });
    expect([...h]).toEqual([['x-b', '1']]);
  });

  it('appends each item of an array value', () => {
    const h = mergeHeaders({ Accept: 'text/plain' }, { Accept: ['application/json', 'text/html'] });
    expect(h.get('accept')).toBe('text/plain, application/json, text/html');
  });

  it('reads Headers instances', () => {
    const h = mergeHeaders(new Headers({ 'X-A': '1', 'X-B': '1' }), { 'X-B': '2' }, new Headers({ 'X-C': '3' }));
    expect(Object.fromEntries(h)).toEqual({ 'x-a': '1', 'x-b': '2', 'x-c': '3' });
  });
});

describe('headers', () => {
  it("merges the client's headers, the call's and params.header, in that order", async () => {
    const { client, requests } = setup(undefined, { headers: { 'X-Base': 'b', 'X-Over': 'base', 'X-Gone': 'x' } });
    await client.request('get', '/items', {
      headers: { 'X-Over': 'call', 'X-Call': 'c', 'X-Gone': null },
      params: { header: { 'X-Over': 'param', 'X-Param': 'p' } },
    });
    expect(Object.fromEntries(requests[0]!.headers)).toEqual({
      'x-base': 'b',
      'x-call': 'c',
      'x-over': 'param',
      'x-param': 'p',
    });
  });

  it('sends the JSON content type for a serialized body, and none without a body', async () => {
    const { client, requests } = setup();
    await client.request('post', '/items', { body: { a: 1 } });
    await client.request('get', '/items');
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]!.text()).toBe('{"a":1}');
    expect(requests[1]!.headers.has('content-type')).toBe(false);
    expect(requests[1]!.body).toBeNull();
  });

  it('lets the caller override or remove the default content type', async () => {
    const { client, requests } = setup();
    await client.request('post', '/items', { body: 'x', headers: { 'Content-Type': 'text/plain' } });
    await client.request('post', '/items', { body: 'x', headers: { 'Content-Type': null } });
    expect(requests[0]!.headers.get('content-type')).toBe('text/plain');
    // Removed, fetch falls back to the body's own type (a string: text/plain).
    expect(requests[1]!.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
  });

  it('sets no JSON content type for FormData, so fetch writes the multipart boundary', async () => {
    const { client, requests } = setup();
    const form = new FormData();
    form.append('file', new Blob(['hi']), 'a.txt');
    await client.request('post', '/files', { body: form });
    expect(requests[0]!.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('sends the default content type when the serializer returns something other than FormData for a FormData body', async () => {
    const { client, requests } = setup(undefined, { bodySerializer: () => 'serialized' });
    await client.request('post', '/files', { body: new FormData() });
    expect(requests[0]!.headers.get('content-type')).toBe('application/json');
  });
});

describe('body serializer', () => {
  it('receives the body and the merged headers, without the default content type', async () => {
    const seen: [unknown, Record<string, string>][] = [];
    const bodySerializer = (body: unknown, headers: Headers) => {
      seen.push([body, Object.fromEntries(headers)]);
      return 'ser';
    };
    const { client, requests } = setup(undefined, { bodySerializer, headers: { 'X-Base': 'b' } });
    await client.request('post', '/items', {
      body: { a: 1 },
      headers: { 'X-Call': 'c' },
      params: { header: { 'X-Param': 'p' } },
    });
    expect(seen).toEqual([[{ a: 1 }, { 'x-base': 'b', 'x-call': 'c', 'x-param': 'p' }]]);
    expect(await requests[0]!.text()).toBe('ser');
  });

  it('is not called for an undefined body, and is called for null', async () => {
    const bodies: unknown[] = [];
    const bodySerializer = (body: unknown) => {
      bodies.push(body);
      return JSON.stringify(body);
    };
    const { client, requests } = setup(undefined, { bodySerializer });
    await client.request('post', '/items');
    await client.request('post', '/items', { body: undefined });
    await client.request('post', '/items', { body: null });
    expect(bodies).toEqual([null]);
    expect(await requests[2]!.text()).toBe('null');
    expect(requests[2]!.headers.get('content-type')).toBe('application/json');
  });

  it("uses the call's serializer over the client's", async () => {
    const { client, requests } = setup();
    await client.request('post', '/items', { body: { a: 1 }, bodySerializer: () => 'per-call' });
    expect(await requests[0]!.text()).toBe('per-call');
  });
});

describe('request init', () => {
  it('passes other RequestInit fields through and follows redirects by default', async () => {
    const { client, requests } = setup();
    const controller = new AbortController();
    await client.request('get', '/items', { cache: 'no-store', credentials: 'omit', signal: controller.signal });
    const request = requests[0]!;
    expect(request.cache).toBe('no-store');
    expect(request.credentials).toBe('omit');
    expect(request.redirect).toBe('follow');
    expect(request.signal.aborted).toBe(false);
    controller.abort();
    expect(request.signal.aborted).toBe(true);
  });

  it("lets a call's redirect override the default", async () => {
    const { client, requests } = setup();
    await client.request('get', '/items', { redirect: 'manual' });
    expect(requests[0]!.redirect).toBe('manual');
  });

  it('calls fetch with the Request only', async () => {
    const { client, fetchArgs } = setup();
    await client.request('get', '/items', { cache: 'no-store' });
    expect(fetchArgs).toHaveLength(1);
    expect(fetchArgs[0]).toHaveLength(1);
    expect(fetchArgs[0]![0]).toBeInstanceOf(Request);
  });

  it("uses the call's fetch, else the client's, else globalThis.fetch as it is at call time", async () => {
    const used: string[] = [];
    const named = (name: string) => async () => {
      used.push(name);
      return Response.json({});
    };
    const withFetch = setup(undefined, { fetch: named('client') }).client;
    const withoutFetch = setup(undefined, { fetch: undefined }).client;
    const original = globalThis.fetch;
    globalThis.fetch = named('global');
    try {
      await withFetch.request('get', '/a', { fetch: named('call') });
      await withFetch.request('get', '/a');
      await withoutFetch.request('get', '/a');
      globalThis.fetch = named('patched later');
      await withoutFetch.request('get', '/a');
    } finally {
      globalThis.fetch = original;
    }
    expect(used).toEqual(['call', 'client', 'global', 'patched later']);
  });
});

describe('middleware', () => {
  it('runs onRequest global-first in order, then onResponse in reverse order', async () => {
    const log: string[] = [];
    const named = (name: string): Middleware => ({
      onRequest: () => void log.push(`req ${name}`),
      onResponse: () => void log.push(`res ${name}`),
    });
    const { client } = setup();
    client.use(named('g1'), named('g2'));
    await client.request('get', '/items', { middleware: [named('c1'), named('c2')] });
    expect(log).toEqual(['req g1', 'req g2', 'req c1', 'req c2', 'res c2', 'res c1', 'res g2', 'res g1']);
  });

  it('passes the request, schemaPath, params, a frozen options object and one id per call', async () => {
    const seen: Record<string, unknown>[] = [];
    const record = (hook: string) => (p: object) => void seen.push({ hook, ...p });
    const { client, fetch } = setup();
    const querySerializer = () => '';
    client.use({ onRequest: record('onRequest'), onResponse: record('onResponse') });
    const params = { path: { id: '7' } };
    await client.request('get', '/items/{id}', {
      params,
      querySerializer,
      parseAs: 'text',
      baseUrl: 'https://o.test/',
    });
    await client.request('get', '/items/{id}', { params });

    const [onRequest, onResponse, nextCall] = seen as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    expect(Object.keys(onRequest).sort()).toEqual(['hook', 'id', 'options', 'params', 'request', 'schemaPath']);
    expect(Object.keys(onResponse).sort()).toEqual([
      'hook',
      'id',
      'options',
      'params',
      'request',
      'response',
      'schemaPath',
    ]);
    expect(onRequest.schemaPath).toBe('/items/{id}');
    expect(onRequest.params).toBe(params);
    expect((onRequest.request as Request).url).toBe('https://o.test/items/7');
    expect(onResponse.request).toBe(onRequest.request);
    expect(onResponse.response).toBeInstanceOf(Response);
    expect(typeof onRequest.id).toBe('string');
    // A bare token, as openapi-fetch's: not the "0." of Math.random() it is made from.
    expect(onRequest.id).toMatch(/^[0-9a-z]+$/);
    expect(onResponse.id).toBe(onRequest.id);
    expect(nextCall.id).not.toBe(onRequest.id);

    const options = onRequest.options as Record<string, unknown>;
    expect(Object.isFrozen(options)).toBe(true);
    expect(onResponse.options).toBe(options);
    expect(Object.keys(options).sort()).toEqual([
      'baseUrl',
      'bodySerializer',
      'fetch',
      'parseAs',
      'pathSerializer',
      'querySerializer',
    ]);
    expect(options.baseUrl).toBe('https://o.test');
    expect(options.fetch).toBe(fetch);
    expect(options.parseAs).toBe('text');
    expect(options.querySerializer).toBe(querySerializer);
    expect(typeof options.bodySerializer).toBe('function');
    expect(typeof options.pathSerializer).toBe('function');
    const nextOptions = nextCall.options as Record<string, unknown>;
    expect(nextOptions.baseUrl).toBe(BASE);
    expect(nextOptions.parseAs).toBe('json');
    expect(nextOptions.querySerializer).toBe(serializeQuery);
  });

  it('sends the Request an onRequest returns, and later hooks see it', async () => {
    const seen: string[] = [];
    const { client, requests } = setup();
    client.use({
      onRequest: ({ request }) => new Request(`${request.url}?signed=1`, request),
    });
    await client.request('get', '/items', {
      middleware: [
        {
          onRequest: ({ request }) => void seen.push(`req ${request.url}`),
          onResponse: ({ request }) => void seen.push(`res ${request.url}`),
        },
      ],
    });
    expect(requests[0]!.url).toBe(`${BASE}/items?signed=1`);
    expect(seen).toEqual([`req ${BASE}/items?signed=1`, `res ${BASE}/items?signed=1`]);
  });

  it('answers from an onRequest Response: no fetch, no later onRequest, no onResponse', async () => {
    const log: string[] = [];
    const { client, requests } = setup();
    client.use({
      onRequest: () => Response.json({ cached: true }),
      onResponse: () => void log.push('onResponse'),
    });
    const result = await client.request('get', '/items', {
      middleware: [{ onRequest: () => void log.push('later onRequest') }],
    });
    expect(result.data).toEqual({ cached: true });
    expect(requests).toHaveLength(0);
    expect(log).toEqual([]);
  });

  it('throws when onRequest returns anything else truthy', async () => {
    const { client, requests } = setup();
    client.use({ onRequest: () => 'nope' as unknown as Request });
    await expect(client.request('get', '/items')).rejects.toThrow(
      'Middleware onRequest must return an instance of Request or Response, or nothing',
    );
    expect(requests).toHaveLength(0);
  });

  it('uses the Response an onResponse returns; earlier-registered middleware sees it', async () => {
    const seen: unknown[] = [];
    const { client } = setup(() => Response.json({ from: 'server' }));
    client.use({
      onResponse: async ({ response }) => {
        seen.push(await response.clone().json());
      },
    });
    const result = await client.request('get', '/items', {
      middleware: [{ onResponse: () => Response.json({ from: 'middleware' }, { status: 201 }) }],
    });
    expect(seen).toEqual([{ from: 'middleware' }]);
    expect(result.data).toEqual({ from: 'middleware' });
    expect(result.response.status).toBe(201);
  });

  it('throws when onResponse returns anything other than a Response', async () => {
    const { client } = setup();
    client.use({ onResponse: () => new Request(BASE) as unknown as Response });
    await expect(client.request('get', '/items')).rejects.toThrow(
      'Middleware onResponse must return an instance of Response, or nothing',
    );
  });

  it('rethrows a fetch error as is when no middleware handles it', async () => {
    const failure = new TypeError('network down');
    const { client } = setup(() => Promise.reject(failure));
    await expect(client.request('get', '/items')).rejects.toBe(failure);
    client.use({ onRequest: () => undefined, onError: () => undefined });
    await expect(client.request('get', '/items')).rejects.toBe(failure);
  });

  it('recovers with the Response an onError returns; onError stops, onResponse runs', async () => {
    const log: string[] = [];
    const failure = new TypeError('network down');
    const { client } = setup(() => Promise.reject(failure));
    client.use({
      onError: () => void log.push('global onError'),
      onResponse: (p) => {
        // The recovered call looks like a fetched one: a response, no error.
        expect('error' in p).toBe(false);
        log.push(`onResponse ${p.response.status}`);
      },
    });
    const result = await client.request('get', '/items', {
      middleware: [
        { onError: () => Response.json({ fallback: true }, { status: 200 }) },
        {
          onError: ({ error }) => {
            log.push(`last onError ${(error as Error).message}`);
          },
        },
      ],
    });
    expect(result).toEqual({ data: { fallback: true }, response: expect.any(Response) });
    expect(log).toEqual(['last onError network down', 'onResponse 200']);
  });

  it('passes the error to onError, which may replace it for the next one; the last one is thrown', async () => {
    const seen: unknown[] = [];
    const failure = new TypeError('network down');
    const replaced = new Error('replaced');
    const { client } = setup(() => Promise.reject(failure));
    client.use({
      onError: (p) => {
        seen.push(p.error);
        expect(Object.keys(p).sort()).toEqual(['error', 'id', 'options', 'params', 'request', 'schemaPath']);
      },
      onResponse: () => void seen.push('onResponse'),
    });
    await expect(client.request('get', '/items', { middleware: [{ onError: () => replaced }] })).rejects.toBe(replaced);
    expect(seen).toEqual([replaced]);
  });

  it('throws when onError returns anything other than a Response or an Error', async () => {
    const { client } = setup(() => Promise.reject(new TypeError('down')));
    client.use({ onError: () => 'nope' as unknown as Error });
    await expect(client.request('get', '/items')).rejects.toThrow(
      'Middleware onError must return an instance of Error or Response, or nothing',
    );
  });

  it('calls hooks as methods of their middleware (class instances work)', async () => {
    class Tagger {
      tag = 'from-class';
      onRequest({ request }: { request: Request }) {
        return new Request(request, { headers: { 'X-Tag': this.tag } });
      }
    }
    const { client, requests } = setup();
    client.use(new Tagger());
    await client.request('get', '/items');
    expect(requests[0]!.headers.get('x-tag')).toBe('from-class');
  });

  it('skips per-call entries without the hook', async () => {
    const { client, requests } = setup();
    await client.request('get', '/items', {
      middleware: [undefined as unknown as Middleware, { onError: () => undefined }],
    });
    expect(requests).toHaveLength(1);
  });
});

describe('use and eject', () => {
  it('refuses a non-object or an object without any hook, and skips falsy entries', () => {
    const { client } = setup();
    for (const bad of ['x', 42, true, {}, { onRequested: () => undefined }]) {
      expect(() => client.use(bad as unknown as Middleware)).toThrow(
        'Middleware must be an object with onRequest, onResponse or onError',
      );
    }
    expect(() => client.use(undefined as unknown as Middleware, null as unknown as Middleware)).not.toThrow();
    expect(() => client.use({ onError: () => undefined })).not.toThrow();
  });

  it('keeps the entries registered before a refused one, as openapi-fetch does', async () => {
    const log: string[] = [];
    const { client } = setup();
    expect(() => client.use({ onRequest: () => void log.push('kept') }, {} as Middleware)).toThrow(Error);
    await client.request('get', '/items');
    expect(log).toEqual(['kept']);
  });

  it('ejects by identity, and ejecting an unknown middleware removes nothing', async () => {
    const log: string[] = [];
    const make = (name: string): Middleware => ({ onRequest: () => void log.push(name) });
    const a = make('a');
    const b = make('b');
    const { client } = setup();
    client.use(a, b);
    client.eject(make('b'));
    await client.request('get', '/items');
    client.eject(a);
    await client.request('get', '/items');
    client.eject(b, a);
    await client.request('get', '/items');
    expect(log).toEqual(['a', 'b', 'b']);
  });

  it('ejects one registration per argument', async () => {
    const log: string[] = [];
    const a: Middleware = { onRequest: () => void log.push('a') };
    const { client } = setup();
    client.use(a, a);
    client.eject(a);
    await client.request('get', '/items');
    expect(log).toEqual(['a']);
  });
});

describe('response', () => {
  /** The result of one call answered by `response`. */
  const call = (
    response: () => Response,
    init: Parameters<ReturnType<typeof createCoreClient>['request']>[2] = {},
    method = 'get',
  ) => setup(response).client.request(method, '/items', init);

  it('gives undefined data for 204, and undefined error for a bodiless error status', async () => {
    const ok = await call(() => new Response(null, { status: 204 }));
    expect(ok).toEqual({ data: undefined, response: expect.any(Response) });
    expect('data' in ok && !('error' in ok)).toBe(true);
    // Even when asked for text (an empty 204 body would read as '').
    expect((await call(() => new Response(null, { status: 204 }), { parseAs: 'text' })).data).toBeUndefined();
    const bad = await call(() => new Response('{"a":1}', { status: 500, headers: { 'Content-Length': '0' } }));
    expect('error' in bad && !('data' in bad)).toBe(true);
    expect(bad.error).toBeUndefined();
  });

  it('reads no body for HEAD', async () => {
    const result = await call(() => new Response('{"a":1}'), {}, 'head');
    expect(result).toEqual({ data: undefined, response: expect.any(Response) });
    expect(result.response.bodyUsed).toBe(false);
  });

  it('reads no body for Content-Length: 0 unless the body is chunked', async () => {
    const zero = await call(() => new Response('{"a":1}', { headers: { 'Content-Length': '0' } }));
    expect(zero.data).toBeUndefined();
    expect(zero.response.bodyUsed).toBe(false);
    const chunked = await call(
      () => new Response('{"a":1}', { headers: { 'Content-Length': '0', 'Transfer-Encoding': 'gzip, chunked' } }),
    );
    expect(chunked.data).toEqual({ a: 1 });
    // Another transfer coding does not count as chunked.
    const gzip = await call(
      () => new Response('{"a":1}', { headers: { 'Content-Length': '0', 'Transfer-Encoding': 'gzip' } }),
    );
    expect(gzip.data).toBeUndefined();
    expect(gzip.response.bodyUsed).toBe(false);
  });

  it('parses JSON by default, and gives undefined data for an empty body without a length', async () => {
    expect((await call(() => new Response('{"a":[1,2]}'))).data).toEqual({ a: [1, 2] });
    const empty = await call(() => new Response(''));
    expect(empty).toEqual({ data: undefined, response: expect.any(Response) });
    expect('data' in empty).toBe(true);
    expect(empty.response.bodyUsed).toBe(true);
  });

  it('rejects an ok body that is not JSON', async () => {
    await expect(call(() => new Response('not json'))).rejects.toThrow(SyntaxError);
  });

  it('reads JSON with response.json() when there is a length', async () => {
    const response = new Response('{"a":1}', { headers: { 'Content-Length': '7' } });
    let viaJson = false;
    const json = response.json.bind(response);
    response.json = () => {
      viaJson = true;
      return json();
    };
    expect((await call(() => response)).data).toEqual({ a: 1 });
    expect(viaJson).toBe(true);
    const empty = new Response('', { headers: { 'Content-Length': '2' } });
    await expect(call(() => empty)).rejects.toThrow(SyntaxError);
  });

  it('reads text, blob and arrayBuffer as asked', async () => {
    expect((await call(() => new Response('{"a":1}'), { parseAs: 'text' })).data).toBe('{"a":1}');
    const blob = (await call(() => new Response('hi'), { parseAs: 'blob' })).data;
    expect(blob).toBeInstanceOf(Blob);
    expect(await (blob as Blob).text()).toBe('hi');
    const buffer = (await call(() => new Response('hi'), { parseAs: 'arrayBuffer' })).data;
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder().decode(buffer as ArrayBuffer)).toBe('hi');
  });

  it('gives the unread body stream for stream', async () => {
    const result = await call(() => new Response('streamed'), { parseAs: 'stream' });
    expect(result.data).toBeInstanceOf(ReadableStream);
    expect(result.data).toBe(result.response.body);
    expect(await new Response(result.data as ReadableStream).text()).toBe('streamed');
  });

  it('parses an error body as JSON when it parses, else gives its text', async () => {
    const json = await call(() => Response.json({ error: { message: 'no' } }, { status: 422 }));
    expect(json).toEqual({ error: { error: { message: 'no' } }, response: expect.any(Response) });
    expect('data' in json).toBe(false);
    expect((await call(() => new Response('Bad gateway', { status: 502 }))).error).toBe('Bad gateway');
    expect((await call(() => new Response('', { status: 500 }))).error).toBe('');
    // Error bodies are read as text whatever parseAs asks.
    expect((await call(() => new Response('{"a":1}', { status: 400 }), { parseAs: 'stream' })).error).toEqual({
      a: 1,
    });
  });
});
