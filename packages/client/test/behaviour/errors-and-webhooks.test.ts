// What users read in logs and branch on: error names, the message
// rules for every body shape, and webhook signatures byte for byte.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import {
  createApiError,
  MoniteApiError,
  MoniteAuthError,
  MoniteBadRequestError,
  MoniteConflictError,
  MoniteNetworkError,
  MoniteNotFoundError,
  MonitePaginationError,
  MonitePermissionError,
  MoniteRateLimitError,
  MoniteServerError,
  MoniteTimeoutError,
  MoniteValidationError,
} from '../../src/errors/errors.js';
import { unwrap } from '../../src/client/unwrap.js';
import { MoniteWebhookError, signWebhook, verifyWebhook } from '../../src/webhooks/webhooks.js';
import { createFakeFetch, json } from '../fake-fetch.js';

const BASE = 'http://x.test';

function failWith(response: () => Response) {
  const net = createFakeFetch(response);
  const monite = createMoniteClient({ baseUrl: BASE, fetch: net.fetch, retry: false });
  return unwrap(monite.GET('/counterparts')).then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as MoniteApiError,
  );
}

describe('error names', () => {
  it.each([
    [400, MoniteBadRequestError, 'bad-request'],
    [401, MoniteAuthError, 'auth'],
    [403, MonitePermissionError, 'permission'],
    [404, MoniteNotFoundError, 'not-found'],
    [405, MoniteBadRequestError, 'bad-request'],
    [409, MoniteConflictError, 'conflict'],
    [422, MoniteValidationError, 'validation'],
    [429, MoniteRateLimitError, 'rate-limit'],
    [500, MoniteServerError, 'server'],
    [503, MoniteServerError, 'server'],
  ] as const)('a %i is a %s whose name and kind say so in logs', async (status, ErrorClass, kind) => {
    const error = await failWith(() => json({ error: { message: 'nope' } }, status));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.kind).toBe(kind);
    expect(String(error)).toBe(
      `${ErrorClass.name}: Monite API ${status} on GET /counterparts: nope (request id req-${status})`,
    );
  });

  it('a status outside 4xx and 5xx is a plain MoniteApiError of kind http', () => {
    const error = createApiError({ status: 302 });
    expect(error.constructor).toBe(MoniteApiError);
    expect(error.name).toBe('MoniteApiError');
    expect(error.kind).toBe('http');
  });

  it('the errors without a response are named too', () => {
    expect(new MoniteNetworkError('x').name).toBe('MoniteNetworkError');
    expect(new MoniteTimeoutError(5).name).toBe('MoniteTimeoutError');
    expect(new MonitePaginationError('max-pages', { path: '/payables', pages: 3 }).name).toBe('MonitePaginationError');
    expect(new MoniteWebhookError('missing-header', 'x').name).toBe('MoniteWebhookError');
  });

  it('a 429 carries Retry-After in milliseconds', async () => {
    const error = await failWith(() => json({}, 429, { 'retry-after': '7' }));
    expect(error).toBeInstanceOf(MoniteRateLimitError);
    expect((error as MoniteRateLimitError).retryAfterMs).toBe(7_000);
  });
});

describe('error messages', () => {
  const text =
    (body: string, status = 502) =>
    () =>
      new Response(body, { status, headers: { 'content-type': 'text/plain' } });

  it('use a short plain-text body as the message', async () => {
    const error = await failWith(text('Bad gateway'));
    expect(error.message).toBe('Monite API 502 on GET /counterparts: Bad gateway');
    expect(error.body).toBe('Bad gateway');
  });

  it('use a plain-text body of exactly 200 characters, but not one of 201 (an HTML page, a stack trace)', async () => {
    const fits = 'x'.repeat(200);
    expect((await failWith(text(fits))).message).toBe(`Monite API 502 on GET /counterparts: ${fits}`);
    const tooLong = 'y'.repeat(201);
    const error = await failWith(text(tooLong));
    expect(error.message).toBe('Monite API 502 on GET /counterparts: request failed');
    expect(error.body).toBe(tooLong);
  });

  it('say "request failed" for an empty body', async () => {
    const error = await failWith(text(''));
    expect(error.message).toBe('Monite API 502 on GET /counterparts: request failed');
  });

  it("prefer Monite's error.message, then a top-level message, then the 422 details", async () => {
    const both = await failWith(() => json({ error: { message: 'inner' }, message: 'outer' }, 400));
    expect(both.message).toBe('Monite API 400 on GET /counterparts: inner (request id req-400)');
    const outer = await failWith(() =>
      json({ message: 'outer', detail: [{ loc: ['body'], msg: 'm', type: 't' }] }, 422),
    );
    expect(outer.message).toBe('Monite API 422 on GET /counterparts: outer (request id req-422)');
    const details = await failWith(() =>
      json(
        {
          detail: [
            { loc: ['body', 'address', 'country'], msg: 'field required', type: 'missing' },
            { loc: ['query', 'limit'], msg: 'too large', type: 'less_than_equal' },
          ],
        },
        422,
      ),
    );
    expect(details.message).toBe(
      'Monite API 422 on GET /counterparts: body.address.country: field required; query.limit: too large (request id req-422)',
    );
  });

  it('ignore a non-string message and fall back to the status', async () => {
    const error = await failWith(() => json({ error: { message: 42 }, message: null }, 500));
    expect(error.message).toBe('Monite API 500 on GET /counterparts: request failed (request id req-500)');
  });

  it('tolerate odd 422 detail items, keeping what can be read', async () => {
    const error = await failWith(() =>
      json({ detail: [{ loc: 'body', msg: 7 }, 'not an item', { loc: ['x'], msg: 'ok', type: 'y' }] }, 422),
    );
    expect(error.details).toEqual([
      { loc: [], msg: '7', type: '' },
      { loc: ['x'], msg: 'ok', type: 'y' },
    ]);
  });

  it('leave out the method and path when the error was built without them', () => {
    expect(createApiError({ status: 404, body: { error: { message: 'gone' } } }).message).toBe('Monite API 404: gone');
    expect(createApiError({ status: 404, method: 'GET', url: 'not a url' }).message).toBe(
      'Monite API 404 on GET not a url: request failed',
    );
  });
});

describe('signWebhook', () => {
  const secret = 'whsec_behaviour';
  // The oracle: node:crypto, independent of the Web Crypto code under test.
  const oracle = (body: string, timestamp: number) =>
    createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

  it('writes every byte as two hex digits, leading zeros included', async () => {
    // A vector with bytes below 0x10: without padding they would lose a digit.
    let body = '';
    let expected = '';
    for (let i = 0; ; i++) {
      body = `{"n":${i}}`;
      expected = oracle(body, 1_700_000_000);
      if (/^(..)*0/.test(expected)) break;
    }
    const header = await signWebhook(body, secret, 1_700_000_000);
    expect(header).toBe(`t=1700000000,v1=${expected}`);
    expect(header.split('v1=')[1]).toHaveLength(64);
  });

  it.each([-1, 1.5, Number.NaN])('refuses the timestamp %s', async (timestamp) => {
    await expect(signWebhook('{}', secret, timestamp)).rejects.toThrow(TypeError);
  });

  it('signs with the current time by default', async () => {
    const before = Math.floor(Date.now() / 1000);
    const header = await signWebhook('{}', secret);
    const t = Number(/^t=(\d+),/.exec(header)?.[1]);
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });
});

describe('verifyWebhook header parsing', () => {
  const secret = 'whsec_behaviour';
  const body = JSON.stringify({ id: 'evt', object_type: 'payable' });
  const t = 1_700_000_000;
  const now = t * 1000;
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

  it('accepts spaces around the parts and their values', async () => {
    await expect(verifyWebhook(body, `t=${t}, v1=${v1}`, secret, { now })).resolves.toEqual(JSON.parse(body));
    await expect(verifyWebhook(body, ` t = ${t} ,  v1 = ${v1} `, secret, { now })).resolves.toEqual(JSON.parse(body));
  });

  it('accepts upper-case hex and ignores parts it does not know', async () => {
    await expect(verifyWebhook(body, `t=${t},v0=abc,junk,v1=${v1.toUpperCase()}`, secret, { now })).resolves.toEqual(
      JSON.parse(body),
    );
  });

  it.each([
    ['a timestamp that is not a number', `t=soon,v1=${v1}`],
    ['a negative timestamp', `t=-${t},v1=${v1}`],
    ['no timestamp', `v1=${v1}`],
    ['a signature of the wrong length', `t=${t},v1=${v1.slice(0, 62)}`],
    ['a signature with an odd number of digits', `t=${t},v1=${v1}0`],
    ['a signature that is not hex', `t=${t},v1=${'g'.repeat(64)}`],
    ['no signature', `t=${t}`],
  ])('rejects %s as malformed-header', async (_, header) => {
    const error = await verifyWebhook(body, header, secret, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MoniteWebhookError);
    expect((error as MoniteWebhookError).reason).toBe('malformed-header');
  });

  it('accepts a timestamp exactly at the tolerance and rejects one a second past it', async () => {
    await expect(verifyWebhook(body, `t=${t},v1=${v1}`, secret, { now: now + 300_000 })).resolves.toBeDefined();
    await expect(verifyWebhook(body, `t=${t},v1=${v1}`, secret, { now: now + 301_000 })).rejects.toMatchObject({
      reason: 'timestamp-out-of-tolerance',
    });
  });

  it('accepts the body as an ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode(body);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await expect(verifyWebhook(buffer, `t=${t},v1=${v1}`, secret, { now })).resolves.toEqual(JSON.parse(body));
  });

  it('refuses an empty secret instead of checking against it', async () => {
    await expect(verifyWebhook(body, `t=${t},v1=${v1}`, '', { now })).rejects.toThrow(TypeError);
  });
});
