// Type-level tests of the resource methods: positional path parameters, then
// the body or query, then options; results typed from the spec; wrong
// arguments fail to compile.
import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../generated/paths.js';
import type { MoniteListPromise, MonitePromise, MoniteResponse } from './resource-promise.js';
import { createMoniteResources, type MoniteResourceClient, withResources } from './index.js';
import { createMoniteClient } from '../client/create-client.js';

declare const monite: MoniteResourceClient;
type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
const id = '00000000-0000-4000-8000-000000000000';
const address: Schema<'CounterpartAddress'> = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Str. 1' };

describe('resource methods', () => {
  it('resolve to the success body', async () => {
    expectTypeOf(await monite.counterparts.retrieve(id)).toEqualTypeOf<Schema<'CounterpartResponse'>>();
    const contact = await monite.counterparts.contacts.create(id, { first_name: 'A', last_name: 'B', address });
    expectTypeOf(contact).toEqualTypeOf<Schema<'CounterpartContactResponse'>>();
    expectTypeOf(monite.counterparts.delete(id)).toEqualTypeOf<MonitePromise<undefined>>();
    expectTypeOf(await monite.payables.approvePaymentOperation(id)).toEqualTypeOf<Schema<'PayableResponseSchema'>>();
  });

  it('offer withResponse() with the response and request id', async () => {
    const result = await monite.counterparts.retrieve(id).withResponse();
    expectTypeOf(result).toEqualTypeOf<MoniteResponse<Schema<'CounterpartResponse'>>>();
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(result.response).toEqualTypeOf<Response>();
  });

  it('list: await gives a page, for await the items', async () => {
    const list = monite.payables.list({ status: 'new', limit: 20 });
    expectTypeOf(list).toExtend<
      MoniteListPromise<Schema<'PayablePaginationResponse'>, Schema<'PayableResponseSchema'>>
    >();
    expectTypeOf((await list).data).toEqualTypeOf<Schema<'PayableResponseSchema'>[]>();
    for await (const payable of monite.payables.list(undefined, { maxPages: 5, limit: 100 }))
      expectTypeOf(payable).toEqualTypeOf<Schema<'PayableResponseSchema'>>();
    for await (const item of monite.payables.lineItems.list(id)) expectTypeOf(item.id).toBeString();
  });

  it('take options last', () => {
    void monite.counterparts.list(undefined, { timeoutMs: 1_000, retry: false, signal: AbortSignal.timeout(5) });
    void monite.counterparts.retrieve(id, { entityId: 'e', headers: { 'x-trace': '1' } });
    void monite.counterparts.contacts.create(
      id,
      { first_name: 'A', last_name: 'B', address },
      { retry: { retryNonIdempotent: true } },
    );
  });

  it('reject wrong arguments', () => {
    // @ts-expect-error the path parameter is missing
    void monite.counterparts.retrieve();
    // @ts-expect-error a path parameter is a string
    void monite.counterparts.retrieve(42);
    // @ts-expect-error two path parameters, in path order
    void monite.counterparts.contacts.retrieve(id);
    // @ts-expect-error the body is required
    void monite.counterparts.contacts.create(id);
    // @ts-expect-error first_name is required
    void monite.counterparts.contacts.create(id, { last_name: 'B', address });
    // @ts-expect-error wrong field type
    void monite.counterparts.contacts.create(id, { first_name: 1, last_name: 'B', address });
    // @ts-expect-error limit is a number
    void monite.counterparts.list({ limit: 'ten' });
    // @ts-expect-error unknown query parameter
    void monite.payables.list({ colour: 'red' });
    // @ts-expect-error timeoutMs is a number
    void monite.counterparts.retrieve(id, { timeoutMs: '5s' });
    // @ts-expect-error no such resource
    void monite.counterpartz;
    // @ts-expect-error no such method: a PUT-less resource has no replace
    void monite.counterparts.replace;
  });

  it('keep path calls and withEntity', () => {
    expectTypeOf(monite.withEntity('e')).toEqualTypeOf<MoniteResourceClient>();
    void monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: id } } });
    expectTypeOf(withResources(createMoniteClient({ environment: 'sandbox' }))).toEqualTypeOf<MoniteResourceClient>();
    expectTypeOf(createMoniteResources).returns.toEqualTypeOf<MoniteResourceClient>();
  });
});
