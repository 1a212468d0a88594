// A path value is one segment of the URL the server
// receives, or the call is refused before anything is sent.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { sendJson, startServer, type TestServer } from './server.js';

const COUNTERPART = '33333333-3333-4333-8333-333333333333';
let server: TestServer;

beforeAll(async () => {
  server = await startServer((_, res) => sendJson(res, {}));
});
afterAll(() => server.close());

const client = () => createMoniteClient({ baseUrl: server.url, auth: { token: 'tok' }, retry: false });

// Values a URL parser reads as "this segment" or "one up", directly or once decoded.
const DOT_LIKE = ['..', '.', '', '%2e%2e', '%2E.', '.%2e', '%2e', '%252e%252e'];

/** An independent oracle: not well-formed Unicode, or empty or a dot segment once decoded (any number of times). */
function namesNoSegment(value: string): boolean {
  if (isIllFormed(value)) return true;
  let current = value;
  for (let round = 0; round < 10; round++) {
    if (current === '' || current === '.' || current === '..') return true;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (decoded === current) return false;
    current = decoded;
  }
  return false;
}

function isIllFormed(value: string): boolean {
  try {
    encodeURIComponent(value);
    return false;
  } catch {
    return true;
  }
}

describe('path parameters', () => {
  it.each(DOT_LIKE)(
    'refuses contact_id %j before any request leaves (DELETE would hit the counterpart)',
    async (value) => {
      const before = server.requests.length;
      const error = await client()
        .DELETE('/counterparts/{counterpart_id}/contacts/{contact_id}', {
          params: { path: { counterpart_id: COUNTERPART, contact_id: value } },
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toContain('contact_id');
      expect(server.requests.length).toBe(before);
    },
  );

  it('refuses a missing path parameter instead of sending the placeholder', async () => {
    const before = server.requests.length;
    const call = client().GET('/counterparts/{counterpart_id}', { params: { path: {} } } as never);
    await expect(call).rejects.toThrow(/counterpart_id/);
    expect(server.requests.length).toBe(before);
  });

  it('property: no value escapes its segment (the server sees exactly the path segments)', async () => {
    const nasty = fc.constantFrom(
      '/',
      '?',
      '#',
      '%',
      '.',
      '..',
      '%2e',
      '%2F',
      '\\',
      ' ',
      '&',
      '=',
      ';',
      'é',
      '😀',
      '\u0000',
      '\ud800',
      'a',
      '0',
    );
    const value = fc.oneof(
      fc.string({ unit: nasty, maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ maxLength: 8 }),
    );
    await fc.assert(
      fc.asyncProperty(value, value, async (counterpartId, contactId) => {
        const before = server.requests.length;
        const outcome = await client()
          .GET('/counterparts/{counterpart_id}/contacts/{contact_id}', {
            params: { path: { counterpart_id: counterpartId, contact_id: contactId } },
          })
          .then(
            () => 'sent' as const,
            (error: unknown) => error,
          );
        if (outcome !== 'sent') {
          // Refused: a TypeError that names a parameter, and nothing on the wire.
          expect(outcome).toBeInstanceOf(TypeError);
          expect((outcome as Error).message).toMatch(/counterpart_id|contact_id/);
          expect(server.requests.length).toBe(before);
          // ...and only for a value that names no segment of its own.
          expect([counterpartId, contactId].some(namesNoSegment)).toBe(true);
          return;
        }
        const seen = server.requests.at(-1)!;
        expect(server.requests.length).toBe(before + 1);
        expect(seen.segments).toHaveLength(4);
        expect([seen.segments[0], seen.segments[2]]).toEqual(['counterparts', 'contacts']);
        expect(decodeURIComponent(seen.segments[1]!)).toBe(counterpartId);
        expect(decodeURIComponent(seen.segments[3]!)).toBe(contactId);
        expect([...seen.query]).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
