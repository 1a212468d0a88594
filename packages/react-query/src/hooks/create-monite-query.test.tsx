import { MoniteApiError, MoniteNotFoundError, type MoniteClient, unwrap } from '@monite-ts/client';
import type { MoniteMock } from '@monite-ts/mocks';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { type ReactNode, Suspense } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, counterpartBody, hooksFor, startMonite } from '../test/harness.js';
import { createMoniteQuery } from './create-monite-query.js';

let monite: MoniteMock;
let requests: URL[];
let stop: () => void;
let client: MoniteClient;

beforeAll(() => {
  ({ monite, requests, stop } = startMonite());
});
afterAll(() => stop());
beforeEach(() => {
  monite.reset();
  requests.length = 0;
  client = clientFor(monite);
});

async function createPayable(amount: number): Promise<string> {
  const payable = await unwrap(client.POST('/payables', { body: { currency: 'EUR', total_amount: amount } }));
  return payable.id;
}

describe('useQuery', () => {
  it('fetches an operation and caches it under [method, path, init]', async () => {
    const created = await unwrap(client.POST('/counterparts', { body: counterpartBody('Query GmbH') }));
    const { $api, queryClient, wrapper } = hooksFor(client);
    const init = { params: { path: { counterpart_id: created.id } } };
    const { result } = renderHook(() => $api.useQuery('get', '/counterparts/{counterpart_id}', init), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(created.id);
    expect(queryClient.getQueryData(['get', '/counterparts/{counterpart_id}', init])).toEqual(result.current.data);
  });

  it("fails with the client's typed error, status and body included", async () => {
    const { $api, wrapper } = hooksFor(client);
    const { result } = renderHook(
      () =>
        $api.useQuery('get', '/payables/{payable_id}', {
          params: { path: { payable_id: '00000000-0000-4000-8000-000000000000' } },
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(MoniteNotFoundError);
    expect((result.current.error as MoniteApiError).status).toBe(404);
    expect((result.current.error as MoniteApiError).body).toMatchObject({ error: { message: expect.any(String) } });
  });

  it('queryOptions gives the same key and data to fetchQuery', async () => {
    await createPayable(1000);
    const { $api, queryClient } = hooksFor(client);
    const options = $api.queryOptions('get', '/payables', { params: { query: { limit: 5 } } });
    expect(options.queryKey).toEqual(['get', '/payables', { params: { query: { limit: 5 } } }]);
    const page = await queryClient.fetchQuery(options);
    expect(page.data).toHaveLength(1);
  });
});

describe('useSuspenseQuery', () => {
  it('suspends until the data is there, then renders it', async () => {
    const created = await unwrap(client.POST('/counterparts', { body: counterpartBody('Suspense SE') }));
    const { $api, wrapper: Provider } = hooksFor(client);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <Provider>
        <Suspense fallback={null}>{children}</Suspense>
      </Provider>
    );
    const { result } = renderHook(
      () =>
        $api.useSuspenseQuery('get', '/counterparts/{counterpart_id}', {
          params: { path: { counterpart_id: created.id } },
        }),
      { wrapper },
    );
    await waitFor(() => expect(result.current?.data.id).toBe(created.id));
  });
});

describe('useInfiniteQuery over Monite cursors', () => {
  it('pages with pagination_token until next_pagination_token is null, with no options', async () => {
    const ids = [];
    for (const amount of [100, 200, 300, 400, 500]) ids.push(await createPayable(amount));
    requests.length = 0;
    const { $api, wrapper } = hooksFor(client);
    const { result } = renderHook(
      () => $api.useInfiniteQuery('get', '/payables', { params: { query: { limit: 2, order: 'asc' } } }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    while (result.current.hasNextPage) {
      await act(() => result.current.fetchNextPage());
    }
    const pages = result.current.data?.pages ?? [];
    expect(pages.map((page) => page.data.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((page) => page.data.map((p) => p.id))).toEqual(ids);
    expect(pages.at(-1)?.next_pagination_token ?? null).toBeNull();
    const tokens = requests.map((url) => url.searchParams.get('pagination_token'));
    expect(tokens[0]).toBeNull();
    expect(tokens.slice(1)).toEqual([pages[0]?.next_pagination_token, pages[1]?.next_pagination_token]);
  });
});

describe('useMutation', () => {
  it("resolves to the operation's data and fails with a typed error for a refused move", async () => {
    const id = await createPayable(1000);
    const { $api, wrapper } = hooksFor(client);
    const { result } = renderHook(() => $api.useMutation('post', '/payables/{payable_id}/mark_as_paid'), { wrapper });
    await act(async () => {
      await result.current.mutateAsync({ params: { path: { payable_id: id } } }).catch(() => undefined);
    });
    await waitFor(() => expect(result.current.error).toBeInstanceOf(MoniteApiError));
    expect([400, 409]).toContain((result.current.error as MoniteApiError).status);
  });

  it("marks the payable and the payables' lists stale after approve, so they refetch", async () => {
    const id = await createPayable(1000);
    await unwrap(client.POST('/payables/{payable_id}/submit_for_approval', { params: { path: { payable_id: id } } }));
    const { $api, queryClient, wrapper } = hooksFor(client);
    const item = { params: { path: { payable_id: id } } };
    const listInit = { params: { query: { status: 'approve_in_progress' as const } } };
    const { result } = renderHook(
      () => ({
        list: $api.useQuery('get', '/payables', listInit),
        item: $api.useQuery('get', '/payables/{payable_id}', item),
        approve: $api.useMutation('post', '/payables/{payable_id}/approve_payment_operation'),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.item.data?.status).toBe('approve_in_progress'));
    expect(result.current.list.data?.data.map((p) => p.id)).toEqual([id]);
    await act(() => result.current.approve.mutateAsync(item));
    // Settled means refetched: the mutation waits for the active stale queries,
    // so the cache holds the new answers when it resolves.
    const cached = <T,>(key: unknown[]) => queryClient.getQueryData<T>(key);
    expect(cached<{ status: string }>(['get', '/payables/{payable_id}', item])?.status).toBe('waiting_to_be_paid');
    expect(cached<{ data: unknown[] }>(['get', '/payables', listInit])?.data).toEqual([]);
    // React renders them on the observers' next notification.
    await waitFor(() => expect(result.current.item.data?.status).toBe('waiting_to_be_paid'));
    expect(result.current.list.data?.data).toEqual([]);
  });

  it('leaves the cache alone when told not to invalidate', async () => {
    const { $api, wrapper } = hooksFor(client);
    const { result } = renderHook(
      () => ({
        list: $api.useQuery('get', '/counterparts'),
        create: $api.useMutation('post', '/counterparts', { invalidate: false }),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data?.data).toEqual([]));
    const listCalls = () => requests.filter((url) => url.pathname.endsWith('/counterparts')).length;
    const before = listCalls();
    let created: { id: string } | undefined;
    await act(async () => {
      created = await result.current.create.mutateAsync({ body: counterpartBody('Quiet GmbH') });
    });
    expect(created?.id).toEqual(expect.any(String));
    // Only the POST itself went to /counterparts: the list was not refetched.
    expect(listCalls()).toBe(before + 1);
    expect(result.current.list.data?.data).toEqual([]);
  });

  it('takes its default from createMoniteQuery, and a call can still ask for invalidation', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    const $api = createMoniteQuery(client, { invalidate: false });
    const { result } = renderHook(
      () => ({
        list: $api.useQuery('get', '/counterparts'),
        quiet: $api.useMutation('post', '/counterparts'),
        loud: $api.useMutation('post', '/counterparts', { invalidate: true }),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data?.data).toEqual([]));
    await act(() => result.current.quiet.mutateAsync({ body: counterpartBody('Quiet AG') }));
    expect(result.current.list.data?.data).toEqual([]);
    await act(() => result.current.loud.mutateAsync({ body: counterpartBody('Loud AG') }));
    expect(queryClient.getQueryData<{ data: unknown[] }>(['get', '/counterparts'])?.data).toHaveLength(2);
  });

  it("runs the caller's onSuccess after the refetch", async () => {
    const { $api, queryClient, wrapper } = hooksFor(client);
    const seen: unknown[] = [];
    const { result } = renderHook(
      () => ({
        list: $api.useQuery('get', '/counterparts'),
        create: $api.useMutation('post', '/counterparts', {
          onSuccess: (data) => {
            seen.push(data.id, queryClient.getQueryData<{ data: unknown[] }>(['get', '/counterparts'])?.data.length);
          },
        }),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    await act(() => result.current.create.mutateAsync({ body: counterpartBody('Loud GmbH') }));
    await waitFor(() => expect(result.current.list.data?.data).toHaveLength(1));
    expect(seen).toEqual([result.current.create.data?.id, 1]);
  });
});
