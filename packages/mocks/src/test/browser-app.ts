// Runs inside headless Chromium: starts the msw worker with the mock's
// handlers and drives a short flow through `fetch`, as a web app would.
import { setupWorker } from 'msw/browser';
import { createMonite } from '../index.js';

declare global {
  interface Window {
    __result?: unknown;
  }
}

const VERSION = '2024-05-25';
const ENTITY = '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b';

async function main(): Promise<unknown> {
  const monite = createMonite({ seed: 'browser' });
  const worker = setupWorker(...monite.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true });
  const base = 'https://api.sandbox.monite.com/v1';
  const tokenResponse = await fetch(`${base}/auth/token`, {
    method: 'POST',
    headers: { 'x-monite-version': VERSION, 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      client_secret: 'x',
      grant_type: 'client_credentials',
    }),
  });
  const { access_token } = await tokenResponse.json();
  const headers = {
    'x-monite-version': VERSION,
    authorization: `Bearer ${access_token}`,
    'x-monite-entity-id': ENTITY,
    'content-type': 'application/json',
  };
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
