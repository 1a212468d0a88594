// A real client against the in-memory Monite through msw in Node, and a
// render wrapper with a fresh QueryClient: the hooks run as in an app, and
// tests observe the requests that actually went out.
import { createMoniteClient, type MoniteAuth, type MoniteClient } from '@monite-ts/client';
import { createMonite, type MoniteMock } from '@monite-ts/mocks';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { createMoniteQuery } from '../hooks/create-monite-query.js';

/** The entity every test acts for. */
export const ENTITY_ID = '4b2f0e1c-6d3a-4f8b-9c1e-2a3b4c5d6e7f';

/** A mock Monite served by msw, and the requests it saw. */
export function startMonite(): { monite: MoniteMock; requests: URL[]; stop: () => void } {
  const monite = createMonite({ seed: 'react-query' });
  const server = setupServer(...monite.handlers);
  const requests: URL[] = [];
  server.events.on('request:start', ({ request }) => requests.push(new URL(request.url)));
  server.listen({ onUnhandledRequest: 'error' });
  return { monite, requests, stop: () => server.close() };
}

/** A client for the mock, with a static token unless told otherwise. */
export function clientFor(monite: MoniteMock, auth: MoniteAuth = { token: monite.issueToken() }): MoniteClient {
  return createMoniteClient({ environment: 'sandbox', auth, entityId: ENTITY_ID, retry: false });
}

/** The hooks of a client, a QueryClient without retries, and a wrapper that provides it. */
export function hooksFor(client: MoniteClient) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { $api: createMoniteQuery(client), queryClient, wrapper };
}

/** A valid counterpart payload: an organisation customer named `name`. */
export function counterpartBody(name: string) {
  return {
    type: 'organization' as const,
    organization: {
      legal_name: name,
      is_vendor: true,
      is_customer: true,
      email: 'ap@example.com',
      address: { country: 'DE' as const, city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
    },
  };
}
