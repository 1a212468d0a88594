// A React app's use of @monite-ts/react-query, type-checked in a fresh
// project with React 18 and with React 19 (strict, declarations checked).
import { createMoniteClient, MoniteApiError } from '@monite-ts/client';
import { createMoniteQuery, type MoniteQueryError } from '@monite-ts/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

const client = createMoniteClient({
  environment: 'sandbox',
  entityId: 'entity',
  auth: { getToken: async ({ forceRefresh }) => (forceRefresh ? 'fresh' : 'cached') },
});
export const $api = createMoniteQuery(client);

export function Payable({ payableId }: { payableId: string }): ReactNode {
  const payable = $api.useQuery('get', '/payables/{payable_id}', { params: { path: { payable_id: payableId } } });
  const approve = $api.useMutation('post', '/payables/{payable_id}/approve_payment_operation');
  const error: MoniteQueryError | null = payable.error ?? approve.error;
  const status: string | undefined = payable.data?.status;
  const statusCode = error instanceof MoniteApiError ? error.status : undefined;
  // @ts-expect-error the path parameter is required
  $api.useQuery('get', '/payables/{payable_id}');
  return (
    <div>
      <p>
        {status} {statusCode}
      </p>
      <button type="button" onClick={() => approve.mutate({ params: { path: { payable_id: payableId } } })}>
        Approve
      </button>
    </div>
  );
}

export function Inbox(): ReactNode {
  const list = $api.useInfiniteQuery('get', '/payables', { params: { query: { limit: 20 } } });
  const ids: string[] = list.data?.pages.flatMap((page) => page.data.map((p) => p.id)) ?? [];
  return (
    <ul>
      {ids.map((id) => (
        <li key={id}>{id}</li>
      ))}
      {list.hasNextPage ? (
        <button type="button" onClick={() => list.fetchNextPage()}>
          More
        </button>
      ) : null}
    </ul>
  );
}

export function Root({ children }: { children: ReactNode }): ReactNode {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}
