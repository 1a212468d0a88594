// Numeric and date options are validated where they enter; NaN, negative or
// non-finite values are refused with the option's name.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { signWebhook, verifyWebhook } from '../../src/webhooks/webhooks.js';
import { sendJson, startServer, type TestServer } from './server.js';

let server: TestServer;
beforeAll(async () => {
  // Always "try again": a client with a broken retry budget keeps coming back.
  server = await startServer((_, res) => sendJson(res, { error: { message: 'busy' } }, 503));
});
afterAll(() => server.close());

const BAD_NUMBERS = [Number.NaN, -1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const RETRY_FIELDS = ['maxRetries', 'initialDelayMs', 'maxDelayMs', 'maxTotalDelayMs'] as const;

describe('client options', () => {
  it.each(RETRY_FIELDS.flatMap((field) => BAD_NUMBERS.map((value) => [field, value] as const)))(
    'refuses retry.%s = %s at construction and per call, sending nothing',
    async (field, value) => {
      const before = server.requests.length;
      expect(() => createMoniteClient({ baseUrl: server.url, retry: { [field]: value } })).toThrow(
        new RegExp(`retry\\.${field}`),
      );
      const monite = createMoniteClient({ baseUrl: server.url });
      await expect(monite.GET('/counterparts', { retry: { [field]: value } })).rejects.toThrow(
        new RegExp(`retry\\.${field}`),
      );
      expect(server.requests.length).toBe(before);
    },
  );

  it.each([...BAD_NUMBERS, 0, 3e9])('refuses timeoutMs = %s for the client and for a call', async (timeoutMs) => {
    const before = server.requests.length;
    expect(() => createMoniteClient({ baseUrl: server.url, timeoutMs })).toThrow(/timeoutMs/);
    await expect(createMoniteClient({ baseUrl: server.url }).GET('/counterparts', { timeoutMs })).rejects.toThrow(
      /timeoutMs/,
    );
    expect(server.requests.length).toBe(before);
  });

  it('property: any maxRetries is refused or bounds the attempts to maxRetries + 1', async () => {
    const maxRetries = fc.oneof(
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, -0.5, 0.5, 2.5, 1e9 + 0.5),
      fc.integer({ min: 0, max: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(maxRetries, async (value) => {
        const before = server.requests.length;
        // A regression that keeps retrying is stopped one attempt past the
        // bound (and then fails the count below), instead of spinning.
        const stop = new AbortController();
        let attempts = 0;
        let monite: ReturnType<typeof createMoniteClient>;
        try {
          monite = createMoniteClient({
            baseUrl: server.url,
            retry: { maxRetries: value, initialDelayMs: 0, maxTotalDelayMs: 10_000 },
            fetch: (request) => {
              attempts += 1;
              if (attempts > value + 1) stop.abort(new Error(`attempt ${attempts}, more than maxRetries + 1`));
              return globalThis.fetch(request);
            },
          });
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect(Number.isInteger(value) && value >= 0).toBe(false);
          return;
        }
        await monite.GET('/counterparts', { signal: stop.signal }).catch(() => undefined);
        expect(server.requests.length - before).toBe(value + 1);
        expect(attempts).toBe(value + 1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('verifyWebhook options', () => {
  const SECRET = 'whsec_test_secret';
  const body = JSON.stringify({ id: 'evt_1', object_type: 'payable', action: 'payable.created' });

  it.each([Number.NaN, -1, '300'])(
    'refuses toleranceSeconds = %s instead of accepting a 1970 signature',
    async (toleranceSeconds) => {
      const header = await signWebhook(body, SECRET, 0);
      await expect(
        verifyWebhook(body, header, SECRET, { toleranceSeconds: toleranceSeconds as number }),
      ).rejects.toThrow(/toleranceSeconds/);
    },
  );

  it.each([new Date('x'), Number.NaN, Number.POSITIVE_INFINITY])('refuses now = %s', async (now) => {
    const header = await signWebhook(body, SECRET, 0);
    const error = await verifyWebhook(body, header, SECRET, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/\bnow\b/);
  });
});
