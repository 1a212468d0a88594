// The client against @monite-ts/mocks, the in-memory Monite, through msw:
// real requests, real validation, real state.
import { createMonite } from '@monite-ts/mocks';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createMoniteClient,
  MoniteNotFoundError,
  MoniteRateLimitError,
  MoniteValidationError,
  paginate,
  pages,
  unwrap,
  type MoniteClient,
  type RetryInfo,
} from '../src/index.js';

const mock = createMonite({ seed: 'client-tests' });
const server = setupServer(...mock.handlers);
const CLIENT_ID = '0f0e0d0c-0b0a-4909-8807-060504030201';
const SECRET = 'mock-client-secret';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  mock.setFaults([]);
});
afterAll(() => server.close());

/** A partner client, then an entity created through it, then a client scoped to that entity. */
async function entityClient(
  options: { baseUrl?: string; onRetry?: (info: RetryInfo) => void } = {},
): Promise<MoniteClient> {
  const partner = createMoniteClient({
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : { environment: 'sandbox' as const }),
    auth: { clientId: CLIENT_ID, clientSecret: SECRET },
    retry: { initialDelayMs: 1 },
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });
  const entity = await unwrap(
    partner.POST('/entities', {
      body: {
        type: 'organization',
        email: 'finance@acme.test',
        address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' },
        organization: { legal_name: 'Acme GmbH' },
      },
    }),
  );
  return partner.withEntity(entity.id);
}

async function createCounterpart(monite: MoniteClient, name: string) {
  return unwrap(
    monite.POST('/counterparts', {
      body: {
        type: 'organization',
        organization: {
          legal_name: name,
          is_vendor: true,
          is_customer: false,
          address: { country: 'DE', city: 'Hamburg', postal_code: '20095', line1: 'Hafen 2' },
        },
      },
    }),
  );
}

describe('against @monite-ts/mocks', () => {
  it('authenticates with client credentials, creates and reads back (sandbox URL)', async () => {
    const monite = await entityClient();
    const created = await createCounterpart(monite, 'Supplier One');
    const read = await unwrap(
      monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: created.id } } }),
    );
    expect(read.id).toBe(created.id);
    expect(read.type).toBe('organization');
  });

  it('works against a local base URL without /v1', async () => {
    const monite = await entityClient({ baseUrl: 'http://127.0.0.1:4010' });
    const created = await createCounterpart(monite, 'Local Supplier');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('creates a contact under a counterpart', async () => {
    const monite = await entityClient();
    const counterpart = await createCounterpart(monite, 'Contacts Ltd');
    const contact = await unwrap(
      monite.POST('/counterparts/{counterpart_id}/contacts', {
        params: { path: { counterpart_id: counterpart.id } },
        body: {
          first_name: 'Mary',
          last_name: "O'Brien",
          address: { country: 'IE', city: 'Dublin', postal_code: 'D02', line1: '1 Main St' },
        },
      }),
    );
    const read = await unwrap(
      monite.GET('/counterparts/{counterpart_id}/contacts/{contact_id}', {
        params: { path: { counterpart_id: counterpart.id, contact_id: contact.id } },
      }),
    );
    expect(read.last_name).toBe("O'Brien");
  });

  it('turns a 404 into MoniteNotFoundError with the request id', async () => {
    const monite = await entityClient();
    const error = (await unwrap(
      monite.GET('/counterparts/{counterpart_id}', {
        params: { path: { counterpart_id: '00000000-0000-4000-8000-000000000000' } },
      }),
    ).catch((e: unknown) => e)) as MoniteNotFoundError;
    expect(error).toBeInstanceOf(MoniteNotFoundError);
    expect(error.status).toBe(404);
    expect(error.requestId).toBeTruthy();
    expect(error.message).toContain(error.requestId!);
  });

  it('turns an invalid body into MoniteValidationError with detail items', async () => {
    const monite = await entityClient();
    const error = (await unwrap(
      monite.POST('/counterparts/{counterpart_id}/contacts', {
        params: { path: { counterpart_id: (await createCounterpart(monite, 'X')).id } },
        body: { first_name: 'NoLastName' } as never,
      }),
    ).catch((e: unknown) => e)) as MoniteValidationError;
    expect(error).toBeInstanceOf(MoniteValidationError);
    expect(error.details.length).toBeGreaterThan(0);
    expect(error.details.some((d) => d.loc.includes('last_name') || d.loc.includes('address'))).toBe(true);
  });

  it('paginates across pages, sending only the token after the first', async () => {
    const monite = await entityClient();
    const names = Array.from({ length: 7 }, (_, i) => `Vendor ${String(i + 1).padStart(2, '0')}`);
    for (const name of names) await createCounterpart(monite, name);
    const queries: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/counterparts') && request.method === 'GET') queries.push(url.search);
    });
    const seen: string[] = [];
    for await (const counterpart of paginate(monite, '/counterparts', { params: { query: { limit: 3 } } }))
      seen.push(counterpart.id);
    server.events.removeAllListeners();
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(queries).toHaveLength(3);
    expect(queries[0]).toBe('?limit=3');
    expect(queries.slice(1).every((q) => /^\?pagination_token=[^&]+$/.test(q))).toBe(true);

    const sizes: number[] = [];
    for await (const page of pages(monite, '/counterparts', { params: { query: { limit: 3 } }, limit: 5 }))
      sizes.push(page.data.length);
    expect(sizes).toEqual([3, 2]);
  });

  it('retries configured 429s and 503s, then succeeds', async () => {
    const retries: RetryInfo[] = [];
    const monite = await entityClient({ onRetry: (info) => retries.push(info) });
    mock.setFaults([
      { status: 429, operationId: 'get_counterparts', times: 1, retryAfterSeconds: 0 },
      { status: 503, operationId: 'get_counterparts', times: 1 },
    ]);
    const { response } = await monite.GET('/counterparts');
    expect(response.status).toBe(200);
    expect(retries.map((r) => r.status)).toEqual([429, 503]);
    expect(retries[0]!.delayMs).toBe(0);
  });

  it('retries a forced 429 (Prefer: code=429) after Retry-After, then reports the rate limit', async () => {
    const retries: RetryInfo[] = [];
    const monite = await entityClient({ onRetry: (info) => retries.push(info) });
    const error = (await unwrap(
      monite.GET('/counterparts', { headers: { prefer: 'code=429' }, retry: { maxRetries: 1 } }),
    ).catch((e: unknown) => e)) as MoniteRateLimitError;
    expect(error).toBeInstanceOf(MoniteRateLimitError);
    expect(retries).toHaveLength(1);
    expect(retries[0]!.delayMs).toBe(error.retryAfterMs);
  });

  it('re-acquires the token when the API answers 401', async () => {
    const monite = await entityClient();
    let rejected = false;
    // One 401 as if the token had been revoked; the client must fetch a new token and retry.
    server.use(
      http.get(/\/counterparts$/, () => {
        if (rejected) return undefined;
        rejected = true;
        return HttpResponse.json({ error: { message: 'Token revoked' } }, { status: 401 });
      }),
    );
    const tokenCalls: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/auth/token')) tokenCalls.push(request.method);
    });
    const { response } = await monite.GET('/counterparts');
    server.events.removeAllListeners();
    expect(response.status).toBe(200);
    expect(tokenCalls).toEqual(['POST']);
  });
});
