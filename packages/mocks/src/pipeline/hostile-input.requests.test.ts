/**
 * Bad input through `monite.fetch`: every case is a 4xx with Monite's body
 * and the standard headers, never a 5xx, and nothing invalid is stored.
 */
import { describe, expect, test } from 'vitest';
import { counterpartPayload, ENTITY, testClient, VERSION, jsonHeaders } from '../test/helpers.js';

const BASE = 'https://api.sandbox.monite.com/v1';

function expectStandardHeaders(headers: Headers) {
  expect(headers.get('x-request-id')).toMatch(/^mock-/);
  expect(headers.get('ratelimit-limit')).toBe('30');
}

describe('hostile input', () => {
  test('a path that is not valid percent-encoding answers 400 with the standard headers', async () => {
    const { call } = testClient();
    const response = await call('GET', '/counterparts/%E0%A4%A');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { message: expect.stringContaining('percent-encoding') } });
    expectStandardHeaders(response.headers);
    expect(response.headers.get('x-monite-version')).toBe(VERSION);
  });

  test('unknown paths (404) and methods (405, with Allow) carry the standard headers', async () => {
    const { call } = testClient();
    const missing = await call('GET', '/no/such/thing');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBeTypeOf('string');
    expectStandardHeaders(missing.headers);
    const wrongMethod = await call('PUT', '/counterparts');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
    expectStandardHeaders(wrongMethod.headers);
  });

  test('a body over maxBodyBytes answers 413 whether or not it declares its length', async () => {
    const { monite, token } = testClient({ maxBodyBytes: 1024 });
    const headers = jsonHeaders(token);
    const big = JSON.stringify({ ...counterpartPayload, padding: 'x'.repeat(2048) });
    const declared = await monite.fetch(new Request(`${BASE}/counterparts`, { method: 'POST', headers, body: big }));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: { message: 'Request body is too large.' } });
    expectStandardHeaders(declared.headers);
    // A streamed body has no content-length: the cap is enforced while reading.
    const chunks = [new TextEncoder().encode(big.slice(0, 1000)), new TextEncoder().encode(big.slice(1000))];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const streamed = await monite.fetch(
      new Request(`${BASE}/counterparts`, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(monite.list('/counterparts', ENTITY)).toEqual([]);
  });

  test('JSON nested thousands of levels deep is a 422 and is not stored', async () => {
    const { monite, token } = testClient();
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const response = await monite.fetch(
      new Request(`${BASE}/counterparts`, {
        method: 'POST',
        headers: jsonHeaders(token),
        body: `{"type":"organization","organization":${deep}}`,
      }),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).detail[0].msg).toMatch(/nested deeper/);
    expect(monite.list('/counterparts', ENTITY)).toEqual([]);
  });

  test('a number JSON cannot represent (1e309) is refused, not replaced', async () => {
    const { monite, token } = testClient();
    const response = await monite.fetch(
      new Request(`${BASE}/products`, {
        method: 'POST',
        headers: jsonHeaders(token),
        body: '{"name":"Desk","type":"product","price":{"currency":"EUR","value":1e309}}',
      }),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).detail[0]).toMatchObject({
      loc: ['body', 'price', 'value'],
      type: 'finite_number',
    });
    expect(monite.list('/products', ENTITY)).toEqual([]);
  });

  test('hand-made or altered pagination tokens are refused; a token works only for its own list', async () => {
    const { call } = testClient();
    for (let i = 0; i < 3; i++) await call('POST', '/counterparts', { body: counterpartPayload });
    const forged = Buffer.from(JSON.stringify({ filters: {}, sort: 'id', order: 'asc', limit: 0, offset: 0 }))
      .toString('base64url')
      .toString();
    for (const token of [forged, 'a'.repeat(32), '']) {
      const response = await call('GET', `/counterparts?pagination_token=${token}`);
      expect(response.status, token).toBe(422);
      expect(response.body.detail[0].loc).toEqual(['query', 'pagination_token']);
    }
    const first = await call('GET', '/counterparts?limit=1');
    const other = await call('GET', `/products?pagination_token=${first.body.next_pagination_token}`);
    expect(other.status).toBe(422);
    const second = await call('GET', `/counterparts?pagination_token=${first.body.next_pagination_token}`);
    expect(second.status).toBe(200);
    expect(second.body.data).toHaveLength(1);
  });

  test('Prefer codes outside the HTTP range are ignored', async () => {
    const { call } = testClient();
    for (const code of ['999', '000', '600']) {
      const response = await call('GET', '/counterparts', { headers: { prefer: `code=${code}` } });
      expect(response.status, code).toBe(200);
    }
  });

  test('a malformed token request never echoes the client secret', async () => {
    const { monite } = testClient();
    const secret = 'super-secret-value-4711';
    const response = await monite.fetch(
      new Request(`${BASE}/auth/token`, {
        method: 'POST',
        headers: { 'x-monite-version': VERSION, 'content-type': 'application/json' },
        body: `{"client_id":"x","client_secret":"${secret}" oops`,
      }),
    );
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).not.toContain(secret.slice(0, 8));
    expect(JSON.parse(text).detail[0]).toMatchObject({ type: 'json_invalid' });
  });
});
