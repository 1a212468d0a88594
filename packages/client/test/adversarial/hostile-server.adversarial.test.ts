// The client against a server that stalls, trickles, or sends hostile
// Retry-After values: every call ends, and retries stay within the budget.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { MoniteRateLimitError, MoniteTimeoutError } from '../../src/errors/errors.js';
import type { RetryInfo } from '../../src/core/retry-loop.js';
import { unwrap } from '../../src/client/unwrap.js';
import { sendJson, startServer, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const BUDGET = { maxRetries: 3, initialDelayMs: 1, maxDelayMs: 50, maxTotalDelayMs: 100 };

async function rateLimitedBy(retryAfter: string) {
  server = await startServer((_, res) =>
    sendJson(res, { error: { message: 'slow down' } }, 429, { 'retry-after': retryAfter }),
  );
  const retries: RetryInfo[] = [];
  const monite = createMoniteClient({ baseUrl: server.url, retry: BUDGET, onRetry: (info) => retries.push(info) });
  const error = await unwrap(monite.GET('/counterparts')).catch((e: unknown) => e);
  return { error, retries, requests: server.requests.length };
}

function expectBounded({ error, retries, requests }: Awaited<ReturnType<typeof rateLimitedBy>>) {
  expect(error).toBeInstanceOf(MoniteRateLimitError);
  expect(requests).toBeLessThanOrEqual(BUDGET.maxRetries + 1);
  expect(requests).toBe(retries.length + 1);
  for (const { delayMs } of retries) {
    expect(Number.isFinite(delayMs)).toBe(true);
    expect(delayMs).toBeGreaterThanOrEqual(0);
    expect(delayMs).toBeLessThanOrEqual(BUDGET.maxDelayMs);
  }
  expect(retries.reduce((sum, r) => sum + r.delayMs, 0)).toBeLessThanOrEqual(BUDGET.maxTotalDelayMs);
}

describe('hostile Retry-After on 429', () => {
  it.each([
    '-1',
    '-99999',
    'NaN',
    'Infinity',
    '1e400',
    '9'.repeat(400),
    '0',
    '0.00001',
    'Thu, 01 Jan 1970 00:00:00 GMT',
    'Fri, 31 Dec 9999 23:59:59 GMT',
    'Sat, 01 Jan 275761 00:00:00 GMT',
    'soon',
  ])('Retry-After %j: capped retries and waits', async (retryAfter) => {
    expectBounded(await rateLimitedBy(retryAfter));
  });

  it('property: any Retry-After keeps the call within maxRetries and the wait budget', async () => {
    const unit = fc.constantFrom(...'0123456789-+.eE ,:GMTSunJanDec'.split(''));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 30 }), async (retryAfter) => {
        const outcome = await rateLimitedBy(retryAfter);
        await server?.close();
        server = undefined;
        expectBounded(outcome);
      }),
      { numRuns: 40 },
    );
  });
});

describe('stalling and trickling', () => {
  it('a response body that trickles forever ends at timeoutMs, and the connection is closed', async () => {
    server = await startServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": [');
      const timer = setInterval(() => res.write(' '), 20);
      res.once('close', () => clearInterval(timer));
    });
    const monite = createMoniteClient({ baseUrl: server.url, timeoutMs: 300 });
    await expect(monite.GET('/counterparts')).rejects.toBeInstanceOf(MoniteTimeoutError);
    await server.requests[0]!.closed;
  });

  it('a token endpoint that trickles its body fails at auth.tokenTimeoutMs', async () => {
    server = await startServer((req, res) => {
      if (req.target !== '/auth/token') return sendJson(res, { data: [] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"access_token": "');
      const timer = setInterval(() => res.write('a'), 20);
      res.once('close', () => clearInterval(timer));
    });
    const monite = createMoniteClient({
      baseUrl: server.url,
      auth: { clientId: 'c', clientSecret: 's', tokenTimeoutMs: 300 },
    });
    await expect(monite.GET('/counterparts')).rejects.toBeInstanceOf(MoniteTimeoutError);
    await server.tokenRequests()[0]!.closed;
    expect(server.apiRequests()).toHaveLength(0);
  });
});
