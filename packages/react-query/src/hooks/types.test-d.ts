import { createMoniteClient, type MoniteApiError } from '@monite-ts/client';
import type { components } from '@monite-ts/types';
import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import type { MoniteQueryError } from './types.js';
import { createMoniteQuery } from './create-monite-query.js';

const $api = createMoniteQuery(createMoniteClient({ environment: 'sandbox' }));
const payable_id = 'p1';

describe('hook types', () => {
  it('types data per path and method, and errors as the client errors', () => {
    const one = $api.useQuery('get', '/payables/{payable_id}', { params: { path: { payable_id } } });
    expectTypeOf(one.data).toEqualTypeOf<components['schemas']['PayableResponseSchema'] | undefined>();
    expectTypeOf(one.error).toEqualTypeOf<MoniteQueryError | null>();
    expectTypeOf<MoniteApiError>().toExtend<MoniteQueryError>();
  });

  it('requires the init only when something in it is required', () => {
    $api.useQuery('get', '/payables');
    // @ts-expect-error the path parameter is required
    $api.useQuery('get', '/payables/{payable_id}');
    // @ts-expect-error not a Monite path
    $api.useQuery('get', '/payable');
    // @ts-expect-error wrong query parameter type
    $api.useQuery('get', '/payables', { params: { query: { limit: 'ten' } } });
  });

  it('infers select', () => {
    const ids = $api.useQuery('get', '/payables', undefined, { select: (page) => page.data.map((p) => p.id) });
    expectTypeOf(ids.data).toEqualTypeOf<string[] | undefined>();
  });

  it('pages only cursor lists, with their page type', () => {
    const list = $api.useInfiniteQuery('get', '/payables', { params: { query: { limit: 20 } } });
    expectTypeOf(list.data).toEqualTypeOf<
      InfiniteData<components['schemas']['PayablePaginationResponse'], string | null> | undefined
    >();
    // @ts-expect-error an item is not a list
    $api.useInfiniteQuery('get', '/payables/{payable_id}', { params: { path: { payable_id } } });
  });

  it("types a mutation's variables and data", () => {
    const approve = $api.useMutation('post', '/payables/{payable_id}/approve_payment_operation');
    approve.mutate({ params: { path: { payable_id } } });
    // @ts-expect-error the path parameter is required
    approve.mutate({});
    expectTypeOf(approve.data).toEqualTypeOf<components['schemas']['PayableResponseSchema'] | undefined>();
    $api.useMutation('post', '/counterparts', { invalidate: false });
    // @ts-expect-error GET is not a mutation
    $api.useMutation('get', '/payables');
  });

  it('lets mutate() go without an init when nothing in it is required', () => {
    const reset = $api.useMutation('post', '/payables/validations/reset');
    reset.mutate();
  });

  it("tags queryOptions' key with the data, for the QueryClient", () => {
    const options = $api.queryOptions('get', '/payables/{payable_id}', { params: { path: { payable_id } } });
    expectTypeOf(new QueryClient().getQueryData(options.queryKey)).toEqualTypeOf<
      components['schemas']['PayableResponseSchema'] | undefined
    >();
  });
});
