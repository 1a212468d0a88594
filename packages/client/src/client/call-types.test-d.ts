// Type-level tests: the call types keep Monite's contract (path parameters,
// bodies, upload fields) while the injected headers are optional. Calls are
// written out (`void monite.GET(...)`) rather than checked with
// toBeCallableWith, which cannot infer the generic methods' type arguments;
// a call that does not type-check fails this file.
import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../generated/paths.js';
import { createMoniteClient } from './create-client.js';
import type { MoniteClient, MonitePaths } from './call-types.js';
import { paginate, pages, type ListItem } from '../pagination/pagination.js';
import { unwrap } from './unwrap.js';
import { verifyWebhook, type MoniteWebhookEvent } from '../webhooks/webhooks.js';

declare const monite: MoniteClient;
const counterpart_id = '00000000-0000-4000-8000-000000000000';
const address: components['schemas']['CounterpartAddress'] = {
  country: 'DE',
  city: 'Berlin',
  postal_code: '10115',
  line1: 'Str. 1',
};

type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

describe('injected headers', () => {
  it('are optional in every operation the client calls', () => {
    type Header = NonNullable<MonitePaths['/counterparts/{counterpart_id}']['get']['parameters']['header']>;
    expectTypeOf<Header>().toEqualTypeOf<{ 'x-monite-version'?: string; 'x-monite-entity-id'?: string }>();
    type TokenHeader = NonNullable<MonitePaths['/auth/token']['post']['parameters']['header']>;
    expectTypeOf<Pick<TokenHeader, 'x-monite-version'>>().toEqualTypeOf<{ 'x-monite-version'?: string }>();
  });

  it('need not be passed: operations without other parameters take no init at all', () => {
    void monite.GET('/counterparts');
    void monite.GET('/entities/me');
  });

  it('may still be passed to override the client', () => {
    void monite.GET('/counterparts', { params: { header: { 'x-monite-entity-id': counterpart_id } } });
  });
});

describe('everything else stays checked', () => {
  it('requires path parameters', () => {
    void monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id } } });
    // @ts-expect-error the path parameter is required
    void monite.GET('/counterparts/{counterpart_id}');
    // @ts-expect-error the path parameter is required
    void monite.GET('/counterparts/{counterpart_id}', { params: {} });
    // @ts-expect-error wrong path parameter name
    void monite.GET('/counterparts/{counterpart_id}', { params: { path: { id: counterpart_id } } });
  });

  it('requires the body and its required fields', () => {
    void monite.POST('/counterparts/{counterpart_id}/contacts', {
      params: { path: { counterpart_id } },
      body: { first_name: 'Mary', last_name: "O'Brien", address },
    });
    // @ts-expect-error the body is required
    void monite.POST('/counterparts/{counterpart_id}/contacts', { params: { path: { counterpart_id } } });
    void monite.POST('/counterparts/{counterpart_id}/contacts', {
      params: { path: { counterpart_id } },
      // @ts-expect-error first_name is required
      body: { last_name: "O'Brien", address },
    });
    void monite.POST('/counterparts/{counterpart_id}/contacts', {
      params: { path: { counterpart_id } },
      // @ts-expect-error wrong field type
      body: { first_name: 42, last_name: "O'Brien", address },
    });
  });

  it('rejects unknown paths and methods a path does not have', () => {
    // @ts-expect-error no such path
    void monite.GET('/counterpartz');
    // @ts-expect-error /auth/token has no GET
    void monite.GET('/auth/token');
  });

  it('types query parameters', () => {
    void monite.GET('/counterparts', { params: { query: { limit: 10, is_vendor: true } } });
    // @ts-expect-error limit is a number
    void monite.GET('/counterparts', { params: { query: { limit: 'ten' } } });
  });
});

describe('request-body fields the API defaults', () => {
  it('are optional', () => {
    type Body = JsonBody<MonitePaths['/einvoicing_connections']['post']>;
    expectTypeOf<Pick<Body, 'is_sender' | 'is_receiver'>>().toEqualTypeOf<{
      is_sender?: boolean;
      is_receiver?: boolean;
    }>();
    expectTypeOf<Body>().toHaveProperty('address');
    expectTypeOf<Pick<Body, 'address'>>().toEqualTypeOf<{ address: Schema<'EinvoicingAddress'> }>();
    void monite.POST('/einvoicing_connections', {
      body: { address: {} as Schema<'EinvoicingAddress'> },
    });
  });
});

describe('uploads', () => {
  it('take a Blob or File for binary fields', () => {
    const file = new File(['x'], 'a.pdf');
    void monite.POST('/files', { body: { file, file_type: 'payables' } });
    void monite.POST('/payables/upload_from_file', { body: { file: new Blob(['x']) } });
    // @ts-expect-error a string is not a file
    void monite.POST('/payables/upload_from_file', { body: { file: 'not-a-file' } });
  });
});

describe('per-call options', () => {
  it('accept timeoutMs, retry and signal', () => {
    void monite.GET('/counterparts', {
      timeoutMs: 5_000,
      retry: { maxRetries: 1 },
      signal: new AbortController().signal,
    });
    void monite.POST('/counterparts/{counterpart_id}/contacts', {
      params: { path: { counterpart_id } },
      body: { first_name: 'A', last_name: 'B', address },
      retry: { retryNonIdempotent: true },
    });
    // @ts-expect-error timeoutMs is a number
    void monite.GET('/counterparts', { timeoutMs: '5s' });
  });
});

describe('results', () => {
  it('unwrap gives the success body type', async () => {
    const counterpart = await unwrap(
      monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id } } }),
    );
    expectTypeOf(counterpart).toEqualTypeOf<Schema<'CounterpartResponse'>>();
  });

  it('unwrap of a body-less operation gives undefined', async () => {
    const result = await unwrap(
      monite.DELETE('/counterparts/{counterpart_id}', { params: { path: { counterpart_id } } }),
    );
    expectTypeOf(result).toEqualTypeOf<undefined>();
  });

  it('the data of a raw call is the success body or undefined', async () => {
    const { data } = await monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id } } });
    expectTypeOf(data).toEqualTypeOf<Schema<'CounterpartResponse'> | undefined>();
  });
});

describe('pagination', () => {
  it('yields the list item type and checks path parameters', async () => {
    for await (const item of paginate(monite, '/counterparts', { params: { query: { limit: 100 } }, limit: 250 })) {
      expectTypeOf(item).toEqualTypeOf<ListItem<'/counterparts'>>();
      expectTypeOf(item).toEqualTypeOf<Schema<'CounterpartResponse'>>();
    }
    for await (const page of pages(monite, '/payables/{payable_id}/line_items', {
      params: { path: { payable_id: 'p' } },
    })) {
      expectTypeOf(page.data).toBeArray();
    }
    // @ts-expect-error the path parameter is required
    void paginate(monite, '/payables/{payable_id}/line_items');
    // @ts-expect-error not a list operation
    void paginate(monite, '/counterparts/{counterpart_id}', { params: { path: { counterpart_id } } });
  });
});

describe('client', () => {
  it('withEntity returns a client; options are checked', () => {
    expectTypeOf(monite.withEntity('e')).toEqualTypeOf<MoniteClient>();
    expectTypeOf(createMoniteClient).toBeCallableWith({
      environment: 'sandbox',
      auth: { clientId: 'c', clientSecret: 's', entityUserId: 'u' },
    });
    expectTypeOf(createMoniteClient).toBeCallableWith({
      baseUrl: 'http://127.0.0.1:4010',
      auth: { getToken: async () => 't' },
    });
    // @ts-expect-error unknown environment
    void createMoniteClient({ environment: 'production' });
  });

  it('verifyWebhook returns the typed event', async () => {
    const event = await verifyWebhook('{}', 't=1,v1=00', 'whsec');
    expectTypeOf(event).toEqualTypeOf<MoniteWebhookEvent>();
    expectTypeOf(event.entity_id).toBeString();
  });
});
