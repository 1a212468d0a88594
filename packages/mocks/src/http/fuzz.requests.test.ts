/**
 * Property-based HTTP fuzzing: random methods, paths (encoded, malformed,
 * traversal), headers and bodies (huge, deep, invalid UTF-8, non-finite
 * numbers) against `monite.fetch` and the `monite-mock` server. Whatever
 * arrives, the answer is never a 5xx, errors have Monite's shapes, every
 * answer carries the standard headers, and the mock still works afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMonite, type MoniteMock } from '../create-monite.js';
import { operations } from '../generated/operations.js';
import { counterpartPayload, ENTITY, VERSION, jsonHeaders } from '../test/helpers.js';
import { type MockServer, startMockServer } from '../server/node-server.js';

const UUID = '3f6c2a1e-8b4d-4c2a-9e1f-0a1b2c3d4e5f';

const segment = fc.oneof(
  fc.constantFrom(UUID, '..', '.', '', '%2e%2e', '%2F', '%E0%A4%A', '%', '%zz', '%00', 'ü', '😀', 'a b', 'x?y', 'x#y'),
  fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
  fc.string({ maxLength: 12 }),
);

/** A path shaped like the spec's (templates filled with hostile segments), or one that is nothing like it. */
const path = fc.oneof(
  fc
    .tuple(fc.constantFrom(...operations.map((o) => o.path)), fc.array(segment, { minLength: 6, maxLength: 6 }))
    .map(([template, values]) => {
      let i = 0;
      return template.replace(/\{[^}]+\}/g, () => values[i++] ?? UUID);
    }),
  fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`),
);

const deep = fc.integer({ min: 1, max: 3000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`);
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constant(JSON.stringify(counterpartPayload)),
  deep,
  fc.constantFrom('{"value":1e309}', '{"a":-1e400}', '[NaN]', '{', '}{', '\u0000', '"\ud800"'),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => new Uint8Array([0xff, 0xfe, ...bytes])),
  fc.integer({ min: 1, max: 3 }).map((mb) => 'x'.repeat(mb * 1024 * 1024)),
);

const headerSet = fc.record(
  {
    version: fc.constantFrom(VERSION, 'garbage', ''),
    auth: fc.constantFrom('token', 'Bearer nope', 'Basic abc', 'Bearer', ''),
    entity: fc.constantFrom(ENTITY, 'not-a-uuid', ''),
    contentType: fc.constantFrom('application/json', 'multipart/form-data; boundary=x', 'text/plain', ''),
    prefer: fc.constantFrom('code=404', 'code=999', 'code=abc', 'code=200', 'code=4', ''),
  },
  { requiredKeys: [] },
);

const requestCase = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  path,
  query: fc.constantFrom(
    '',
    '?limit=0',
    '?limit=1000000000',
    '?pagination_token=eyJvZmZzZXQiOjB9',
    '?order=sideways',
    '?%E0',
  ),
  headers: headerSet,
  body,
});

type Case = typeof requestCase extends fc.Arbitrary<infer T> ? T : never;

function headersOf(c: Case, token: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (c.headers.version) headers['x-monite-version'] = c.headers.version;
  if (c.headers.auth) headers.authorization = c.headers.auth === 'token' ? `Bearer ${token}` : c.headers.auth;
  if (c.headers.entity) headers['x-monite-entity-id'] = c.headers.entity;
  if (c.headers.contentType) headers['content-type'] = c.headers.contentType;
  if (c.headers.prefer) headers.prefer = c.headers.prefer;
  return headers;
}

/** What every answer must satisfy, whatever was asked. */
async function checkAnswer(response: Response, c: Case): Promise<void> {
  const label = `${c.method} ${c.path}${c.query}`;
  expect(response.status, label).toBeLessThan(500);
  // OPTIONS preflights of the HTTP server are answered by CORS alone.
  if (c.method === 'OPTIONS' && response.status === 204) return;
  expect(response.headers.get('x-request-id'), label).toMatch(/^mock-/);
  expect(response.headers.get('ratelimit-limit'), label).toBe('30');
  if (response.status >= 400 && c.method !== 'HEAD') {
    const text = await response.text();
    const parsed = JSON.parse(text);
    if (response.status === 422) expect(Array.isArray(parsed.detail), label).toBe(true);
    else expect(typeof parsed.error?.message, `${label}: ${text}`).toBe('string');
  } else {
    await response.arrayBuffer();
  }
}

async function stillWorks(send: (request: Request) => Promise<Response>, base: string, token: string) {
  const response = await send(
    new Request(`${base}/counterparts`, {
      method: 'POST',
      headers: jsonHeaders(token),
      body: JSON.stringify(counterpartPayload),
    }),
  );
  expect(response.status).toBe(201);
}

function toRequest(base: string, c: Case, token: string): Request | undefined {
  let url: string;
  try {
    url = new URL(`${base}${c.path}${c.query}`).href;
  } catch {
    return undefined;
  }
  const hasBody = c.body !== undefined && c.method !== 'GET' && c.method !== 'HEAD';
  return new Request(url, {
    method: c.method,
    headers: headersOf(c, token),
    body: hasBody ? (c.body as BodyInit) : undefined,
  });
}

describe('fuzzing', () => {
  test('monite.fetch: no 5xx, Monite’s shapes, standard headers, and the mock keeps working', async () => {
    const monite: MoniteMock = createMonite({ seed: 'fuzz', maxBodyBytes: 1024 * 1024 });
    const token = monite.issueToken();
    const base = 'https://api.sandbox.monite.com/v1';
    await fc.assert(
      fc.asyncProperty(requestCase, async (c) => {
        const request = toRequest(base, c, token);
        if (request) await checkAnswer(await monite.fetch(request), c);
      }),
      { numRuns: 3000, seed: 4711 },
    );
    await stillWorks((r) => monite.fetch(r), base, token);
  }, 120_000);

  describe('over HTTP', () => {
    let server: MockServer;
    beforeAll(async () => {
      server = await startMockServer({ port: 0, seed: 'fuzz-http', maxBodyBytes: 1024 * 1024 });
    });
    afterAll(() => server.close());

    test('monite-mock: no 5xx, Monite’s shapes, standard headers, and the server keeps answering', async () => {
      const token = server.monite.issueToken();
      await fc.assert(
        fc.asyncProperty(requestCase, async (c) => {
          const request = toRequest(server.url, c, token);
          if (request) await checkAnswer(await fetch(request), c);
        }),
        { numRuns: 1000, seed: 4712 },
      );
      await stillWorks((r) => fetch(r), server.url, token);
    }, 120_000);
  });
});
