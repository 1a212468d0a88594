// Runs inside headless Chromium: starts the msw worker with the mock's
// handlers and drives a short flow through `fetch`, as a web app would.
import { setupWorker } from 'msw/browser';
import { createMonite } from '../index.js';
import { jsonHeaders, tokenRequest } from './helpers.js';

declare global {
  interface Window {
    __result?: unknown;
  }
}

async function main(): Promise<unknown> {
  const monite = createMonite({ seed: 'browser' });
  const worker = setupWorker(...monite.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true });
  const base = 'https://api.sandbox.monite.com/v1';
  const tokenResponse = await fetch(tokenRequest(base));
  const { access_token } = await tokenResponse.json();
  const headers = jsonHeaders(access_token);
  const created = await fetch(`${base}/counterparts`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      type: 'organization',
      organization: {
        legal_name: 'Browser GmbH',
        is_vendor: true,
        is_customer: false,
        email: 'ap@browser.example',
        address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
      },
    }),
  });
  const counterpart = await created.json();
  const listed = await (await fetch(`${base}/counterparts`, { headers })).json();
  const invalid = await fetch(`${base}/counterparts?limit=1000`, { headers });
  return {
    tokenStatus: tokenResponse.status,
    createdStatus: created.status,
    requestId: created.headers.get('x-request-id'),
    listedIds: listed.data.map((c: { id: string }) => c.id),
    createdId: counterpart.id,
    invalidStatus: invalid.status,
  };
}

main().then(
  (result) => {
    window.__result = result;
  },
  (error: Error) => {
    window.__result = { error: error.message };
  },
);
