// Loads the installed package (as ESM or CommonJS, by the file's extension)
// and fetches one query through queryOptions, answered by a canned fetch.
import { createMoniteClient, MoniteNotFoundError } from '@monite-ts/client';
import { createMoniteQuery, staleQueryKeys } from '@monite-ts/react-query';
import { QueryClient } from '@tanstack/react-query';

async function main(): Promise<void> {
  const client = createMoniteClient({
    baseUrl: 'http://monite.test/v1',
    auth: { token: 'token' },
    retry: false,
    fetch: async (request) =>
      new URL(request.url).pathname.endsWith('/payables/missing')
        ? Response.json({ error: { message: 'Payable not found' } }, { status: 404 })
        : Response.json({ data: [{ id: 'p1' }], next_pagination_token: null }),
  });
  const $api = createMoniteQuery(client);
  const queryClient = new QueryClient();
  const page = await queryClient.fetchQuery($api.queryOptions('get', '/payables'));
  const missing = await queryClient
    .fetchQuery($api.queryOptions('get', '/payables/{payable_id}', { params: { path: { payable_id: 'missing' } } }))
    .catch((error: unknown) => error);
  console.log(
    JSON.stringify({
      ids: page.data.map((p) => p.id),
      notFound: missing instanceof MoniteNotFoundError,
      stale: staleQueryKeys('post', '/payables/{payable_id}/cancel', { params: { path: { payable_id: 'p1' } } }),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
