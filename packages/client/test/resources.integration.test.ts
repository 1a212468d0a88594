// Resource methods against @monite-ts/mocks, the in-memory Monite, through
// msw: the same requests as path calls, data or typed errors, withResponse,
// lists awaited and iterated, and the client's own behaviour (retries,
// timeouts, middleware, entity scoping) underneath.
import { createMonite } from '@monite-ts/mocks';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createMoniteClient,
  MoniteApiError,
  MoniteNotFoundError,
  MonitePaginationError,
  MoniteTimeoutError,
  MoniteValidationError,
  type RetryInfo,
} from '../src/index.js';
import { type MoniteResourceClient, MoniteListPromise, MonitePromise, withResources } from '../src/resources/index.js';

const mock = createMonite({ seed: 'resource-tests' });
const server = setupServer(...mock.handlers);
const CLIENT_ID = '0f0e0d0c-0b0a-4909-8807-060504030201';
const SECRET = 'mock-client-secret';
const address = { country: 'DE' as const, city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  mock.reset();
  mock.setFaults([]);
});
afterAll(() => server.close());

function partnerClient(onRetry?: (info: RetryInfo) => void): MoniteResourceClient {
  return withResources(
    createMoniteClient({
      environment: 'sandbox',
      auth: { clientId: CLIENT_ID, clientSecret: SECRET },
      retry: { initialDelayMs: 1 },
      ...(onRetry ? { onRetry } : {}),
    }),
  );
}

async function newEntity(partner: MoniteResourceClient, name = 'Acme GmbH') {
  return partner.entities.create({
    type: 'organization',
    email: 'finance@acme.test',
    address,
    organization: { legal_name: name },
  });
}

/** A partner client (resource methods), an entity created through it, and a client scoped to it. */
async function entityClient(onRetry?: (info: RetryInfo) => void): Promise<MoniteResourceClient> {
  const partner = partnerClient(onRetry);
  const entity = await newEntity(partner);
  return partner.withEntity(entity.id);
}

function createCounterpart(monite: MoniteResourceClient, name: string) {
  return monite.counterparts.create({
    type: 'organization',
    organization: { legal_name: name, is_vendor: true, is_customer: false, address },
  });
}

describe('resource methods against @monite-ts/mocks', () => {
  it('create, retrieve, update, list and delete resolve to the data', async () => {
    const monite = await entityClient();
    const counterpart = await createCounterpart(monite, 'Supplier One');
    const contact = await monite.counterparts.contacts.create(counterpart.id, {
      first_name: 'Mary',
      last_name: "O'Brien",
      address,
    });
    expect(contact.first_name).toBe('Mary');
    const read = await monite.counterparts.contacts.retrieve(counterpart.id, contact.id);
    expect(read.id).toBe(contact.id);
    const updated = await monite.counterparts.contacts.update(counterpart.id, contact.id, { first_name: 'Ann' });
    expect(updated.first_name).toBe('Ann');
    const listed = await monite.counterparts.contacts.list(counterpart.id);
    expect(listed.data.map((c) => c.id)).toEqual([contact.id]);
    const deleted = await monite.counterparts.contacts.delete(counterpart.id, contact.id);
    expect(deleted).toBeUndefined();
    await expect(monite.counterparts.contacts.retrieve(counterpart.id, contact.id)).rejects.toBeInstanceOf(
      MoniteNotFoundError,
    );
  });

  it('calls actions by their segment, path parameters in path order', async () => {
    const monite = await entityClient();
    const counterpart = await createCounterpart(monite, 'Supplier Two');
    const first = await monite.counterparts.contacts.create(counterpart.id, {
      first_name: 'A',
      last_name: 'B',
      address,
    });
    const second = await monite.counterparts.contacts.create(counterpart.id, {
      first_name: 'C',
      last_name: 'D',
      address,
    });
    const made = await monite.counterparts.contacts.makeDefault(counterpart.id, second.id);
    expect(made.id).toBe(second.id);
    expect(made.is_default).toBe(true);
    expect((await monite.counterparts.contacts.retrieve(counterpart.id, first.id)).is_default).toBe(false);
  });

  it('throws the typed MoniteApiError classes, as unwrap does', async () => {
    const monite = await entityClient();
    const missing = await monite.counterparts.retrieve('f1a2b3c4-0000-4000-8000-000000000000').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(MoniteNotFoundError);
    expect((missing as MoniteNotFoundError).requestId).toBeTruthy();
    // @ts-expect-error deliberately invalid: the organization is missing
    const invalid = await monite.counterparts.create({ type: 'organization' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(MoniteValidationError);
    expect((invalid as MoniteValidationError).details.length).toBeGreaterThan(0);
  });

  it('returns a promise that also offers withResponse() with the response and request id', async () => {
    const monite = await entityClient();
    const counterpart = await createCounterpart(monite, 'Supplier Three');
    const pending = monite.counterparts.retrieve(counterpart.id);
    expect(pending).toBeInstanceOf(MonitePromise);
    expect(pending).toBeInstanceOf(Promise);
    const { data, response, requestId } = await pending.withResponse();
    expect(data.id).toBe(counterpart.id);
    expect(response.status).toBe(200);
    expect(requestId).toBe(response.headers.get('x-request-id'));
    expect(requestId).toBeTruthy();
    // withResponse and await share one request.
    expect((await pending).id).toBe(counterpart.id);
    const failed = await monite.counterparts
      .retrieve('f1a2b3c4-0000-4000-8000-000000000000')
      .withResponse()
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(MoniteNotFoundError);
  });

  it('sends the request when the method is called, once', async () => {
    const monite = await entityClient();
    const seen: string[] = [];
    let sent = () => {};
    const sentOnce = new Promise<void>((resolve) => {
      sent = resolve;
    });
    server.events.on('request:start', ({ request }) => {
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      if (request.url.endsWith('/counterparts')) sent();
    });
    const pending = createCounterpart(monite, 'Eager');
    // Arrives without anyone awaiting or calling then() on the method's promise.
    await sentOnce;
    expect(seen.filter((s) => s.endsWith('/counterparts'))).toHaveLength(1);
    await pending;
    await pending.withResponse();
    expect(seen.filter((s) => s.endsWith('/counterparts'))).toHaveLength(1);
  });

  it('list: await gives the first page, for await every item across pages', async () => {
    const monite = await entityClient();
    for (let i = 1; i <= 7; i++) await createCounterpart(monite, `Vendor ${String(i).padStart(2, '0')}`);
    const queries: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/counterparts') && request.method === 'GET') queries.push(url.search);
    });
    const list = monite.counterparts.list({ limit: 3 });
    expect(list).toBeInstanceOf(MoniteListPromise);
    const page = await list;
    expect(page.data).toHaveLength(3);
    expect(page.next_pagination_token).toBeTruthy();
    expect(queries).toEqual(['?limit=3']);

    queries.length = 0;
    const ids: string[] = [];
    for await (const counterpart of monite.counterparts.list({ limit: 3 })) ids.push(counterpart.id);
    expect(new Set(ids).size).toBe(7);
    // Only the token after the first page, as with paginate().
    expect(queries).toHaveLength(3);
    expect(queries.slice(1).every((q) => /^\?pagination_token=[^&]+$/.test(q))).toBe(true);

    const sizes: number[] = [];
    for await (const p of monite.counterparts.list({ limit: 3 }, { limit: 5 }).pages()) sizes.push(p.data.length);
    expect(sizes).toEqual([3, 2]);
  });

  it('list: iterating keeps the pagination safeguards (maxPages, repeated tokens)', async () => {
    const monite = await entityClient();
    for (let i = 1; i <= 4; i++) await createCounterpart(monite, `Vendor ${i}`);
    const capped = await (async () => {
      for await (const _ of monite.counterparts.list({ limit: 1 }, { maxPages: 2 })) void _;
    })().catch((e: unknown) => e);
    expect(capped).toBeInstanceOf(MonitePaginationError);
    expect((capped as MonitePaginationError).reason).toBe('max-pages');

    server.use(
      http.get(/\/counterparts$/, () =>
        HttpResponse.json({ data: [], next_pagination_token: 'same', prev_pagination_token: null }),
      ),
    );
    const repeated = await (async () => {
      for await (const _ of monite.counterparts.list()) void _;
    })().catch((e: unknown) => e);
    expect(repeated).toBeInstanceOf(MonitePaginationError);
    expect((repeated as MonitePaginationError).reason).toBe('repeated-token');
  });

  it('list: a failed page throws the typed error, awaited or iterated', async () => {
    const monite = await entityClient();
    server.use(http.get(/\/counterparts$/, () => HttpResponse.json({ error: { message: 'nope' } }, { status: 403 })));
    await expect(monite.counterparts.list()).rejects.toBeInstanceOf(MoniteApiError);
    const iterated = await (async () => {
      for await (const _ of monite.counterparts.list()) void _;
    })().catch((e: unknown) => e);
    expect((iterated as MoniteApiError).status).toBe(403);
  });

  it('goes through the same transport: retries, middleware, timeouts, signals', async () => {
    const retries: RetryInfo[] = [];
    const monite = await entityClient((info) => retries.push(info));
    mock.setFaults([{ status: 503, operationId: 'get_counterparts', times: 1 }]);
    const seen: string[] = [];
    const middleware = {
      onRequest: ({ request }: { request: Request }) => {
        seen.push(`${request.method} ${new URL(request.url).pathname} ${request.headers.has('authorization')}`);
      },
    };
    monite.use(middleware);
    const page = await monite.counterparts.list();
    monite.eject(middleware);
    expect(page.data).toEqual([]);
    expect(retries.map((r) => r.status)).toEqual([503]);
    // Middleware sees one logical request, without the token.
    expect(seen).toEqual(['GET /v1/counterparts false']);

    mock.setLatency(200);
    await expect(monite.counterparts.list(undefined, { timeoutMs: 20 })).rejects.toBeInstanceOf(MoniteTimeoutError);
    const controller = new AbortController();
    const aborted = monite.counterparts.list(undefined, { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    mock.setLatency(0);

    // POST is retried only when the call says so, as with path calls.
    retries.length = 0;
    mock.setFaults([{ status: 503, operationId: 'post_counterparts', times: 1 }]);
    await expect(createCounterpart(monite, 'Not retried')).rejects.toMatchObject({ status: 503 });
    mock.setFaults([{ status: 503, operationId: 'post_counterparts', times: 1 }]);
    const created = await monite.counterparts.create(
      { type: 'organization', organization: { legal_name: 'Retried', is_vendor: true, is_customer: false, address } },
      { retry: { retryNonIdempotent: true } },
    );
    expect(created.id).toBeTruthy();
  });

  it('scopes to entities: withEntity, the per-call entityId, and partner-level operations', async () => {
    const partner = partnerClient();
    const acme = await newEntity(partner, 'Acme');
    const other = await newEntity(partner, 'Other');
    const monite = partner.withEntity(acme.id);
    expect(monite.entityId).toBe(acme.id);
    await createCounterpart(monite, 'Acme vendor');
    expect((await monite.counterparts.list()).data).toHaveLength(1);
    expect((await monite.counterparts.list(undefined, { entityId: other.id })).data).toHaveLength(0);
    expect((await monite.withEntity(other.id).counterparts.list()).data).toHaveLength(0);
    // Path calls and resource methods on one object, sharing the scope.
    const viaPath = await monite.GET('/counterparts');
    expect(viaPath.data?.data).toHaveLength(1);
    // Partner-level operations go without the entity header on a scoped client.
    const headers: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => headers.push(request.headers.get('x-monite-entity-id')));
    const read = await monite.entities.retrieve(other.id);
    expect(read.id).toBe(other.id);
    expect(headers).toEqual([null]);
  });

  it('refuses bad path values before sending, as path calls do', async () => {
    const monite = await entityClient();
    await expect(monite.counterparts.contacts.delete('c', '..')).rejects.toBeInstanceOf(TypeError);
  });
});
