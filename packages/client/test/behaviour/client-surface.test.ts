// What a user sees of a client and of its errors before anything goes wrong
// on the wire: how it describes itself, which settings it refuses,
// where it sends requests, and which secrets never come back in an error.
import { describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { type MoniteApiError, MoniteValidationError } from '../../src/errors/errors.js';
import { isUploadBody } from '../../src/uploads/form-data.js';
import { paginate } from '../../src/pagination/pagination.js';
import { toApiError, unwrap } from '../../src/client/unwrap.js';
import { createFakeFetch, json, tokenResponse } from '../fake-fetch.js';

const BASE = 'http://x.test';
const ID = '11111111-1111-4111-8111-111111111111';

describe('a client describes itself', () => {
  it('without auth or entity, saying so', () => {
    const monite = createMoniteClient({ baseUrl: BASE, version: '2024-05-25' });
    expect(JSON.parse(JSON.stringify(monite))).toEqual({ baseUrl: BASE, version: '2024-05-25', auth: 'none' });
    expect(String(monite)).toBe(`MoniteClient(baseUrl: ${BASE}, version: 2024-05-25, entityId: none, auth: none)`);
  });
});

describe('construction', () => {
  it.each(['x2024-05-25', '2024-05-25x', '2024-05-2'])('refuses version %j, which is not a whole date', (version) => {
    expect(() => createMoniteClient({ baseUrl: BASE, version })).toThrow(
      `version must be an API version date (YYYY-MM-DD), got '${version}'`,
    );
  });

  it('asks for an environment or a base URL when given neither', () => {
    expect(() => createMoniteClient({})).toThrow(
      new TypeError("createMoniteClient needs environment ('sandbox' | 'eu' | 'na') or baseUrl"),
    );
  });

  it('drops every trailing slash of the base URL, so paths are not doubled', async () => {
    const net = createFakeFetch(() => json({ data: [] }));
    await createMoniteClient({ baseUrl: `${BASE}/v1///`, fetch: net.fetch }).GET('/counterparts');
    expect(net.requests[0]!.url.href).toBe(`${BASE}/v1/counterparts`);
  });
});

describe('secrets echoed back', () => {
  it('a static token echoed in a 422 body is redacted from the error, also without a Bearer prefix', async () => {
    const token = 'static_tok_0123456789';
    const net = createFakeFetch(() =>
      json({ detail: [{ loc: ['header', 'authorization'], msg: `bad token ${token}`, type: 'x', input: token }] }, 422),
    );
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, auth: { token } });
    const error = (await unwrap(monite.GET('/counterparts')).catch((e: unknown) => e)) as MoniteValidationError;
    expect(error).toBeInstanceOf(MoniteValidationError);
    expect(`${error.message} ${JSON.stringify(error.body)} ${JSON.stringify(error.details)}`).not.toContain(token);
    expect(error.details[0]!.msg).toBe('bad token [redacted]');
  });

  it('a client secret echoed in x-request-id is in neither the message nor requestId', async () => {
    const clientSecret = 'cs_echo_0123456789';
    const net = createFakeFetch((request) =>
      request.url.pathname === '/auth/token'
        ? tokenResponse('tok')
        : json({ error: { message: 'nope' } }, 400, { 'x-request-id': `req-${clientSecret}` }),
    );
    const monite = createMoniteClient({
      baseUrl: BASE,
      fetch: net.fetch,
      auth: { clientId: '44444444-4444-4444-8444-444444444444', clientSecret },
    });
    const error = (await unwrap(monite.GET('/counterparts')).catch((e: unknown) => e)) as MoniteApiError;
    expect(error.message).toBe('Monite API 400 on GET /counterparts: nope (request id req-[redacted])');
    expect(error.requestId).toBe('req-[redacted]');
  });
});

describe('unwrap and toApiError on results the client did not make', () => {
  it('read status, request id and the response URL, with no method to name', () => {
    const response = new Response('{}', { status: 404, headers: { 'x-request-id': 'req-own' } });
    const error = toApiError({ error: { error: { message: 'gone' } }, response });
    expect(error).toMatchObject({ status: 404, requestId: 'req-own', method: undefined, url: undefined });
    expect(error.message).toBe('Monite API 404: gone (request id req-own)');
  });

  it('keep the URL of a fetched response', async () => {
    const response = await fetch(`data:application/json,${encodeURIComponent('{"message":"x"}')}`);
    const rebuilt = new Response(null, { status: 409 });
    Object.defineProperty(rebuilt, 'url', { value: response.url });
    expect(toApiError({ error: {}, response: rebuilt }).url).toBe(response.url);
  });
});

describe('upload bodies', () => {
  it('are recognised by a Blob at the top level or anywhere in an array, and nothing else', () => {
    const blob = new Blob(['%PDF']);
    expect(isUploadBody({ file: blob })).toBe(true);
    expect(isUploadBody({ files: ['note', blob] })).toBe(true);
    expect(isUploadBody({ file: 'x', nested: { file: blob } })).toBe(false);
    expect(isUploadBody(null)).toBe(false);
    expect(isUploadBody(new FormData())).toBe(false);
  });

  it('name a File without a name "blob", as a bare Blob', async () => {
    const net = createFakeFetch(() => json({ id: ID }, 201));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    await monite.POST('/files', { body: { file: new File(['%PDF'], ''), file_type: 'payables' } as never });
    const form = await net.requests[0]!.raw.formData();
    expect((form.get('file') as File).name).toBe('blob');
  });
});

describe('pagination input', () => {
  it('names the bad limit', async () => {
    const monite = createMoniteClient({ baseUrl: BASE, fetch: createFakeFetch(() => json({ data: [] })).fetch });
    await expect(paginate(monite, '/counterparts', { limit: -1 }).next()).rejects.toThrow(
      new RangeError('limit must be a non-negative integer'),
    );
  });

  it('ends on a page without a data array instead of failing', async () => {
    const net = createFakeFetch(() => json({ next_pagination_token: null }));
    const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch });
    const items: unknown[] = [];
    for await (const item of paginate(monite, '/counterparts')) items.push(item);
    expect(items).toEqual([]);
    expect(net.requests).toHaveLength(1);
  });
});
