// The local Monite: the in-memory Monite of @monite-ts/mocks, answering the
// app's requests in the browser through msw's service worker. It stands in
// for Monite and for the app's own backend (which mints tokens), so the app
// runs with no server and no account.
import { createMonite, type MoniteMock } from '@monite-ts/mocks';
import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { TOKEN_ENDPOINT } from '../token-endpoint.js';

/** Starts the worker; resolves once it answers the page's requests. */
export async function startLocalMonite(): Promise<MoniteMock> {
  const monite = createMonite({ seed: 'web-example' });
  const backend = http.post(TOKEN_ENDPOINT, () =>
    HttpResponse.json({ access_token: monite.issueToken(), token_type: 'Bearer' }),
  );
  const worker = setupWorker(backend, ...monite.handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Vite's own requests (modules, HMR) go to the network untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return monite;
}
