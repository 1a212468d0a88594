// The quickstart: the documented Monite flows against the in-memory Monite
// from @monite-ts/mocks, in-process and without a network. Set
// MONITE_BASE_URL to run the same flows against a running `monite-mock`.
import { createMoniteClient } from '@monite-ts/client';
import { createMonite } from '@monite-ts/mocks';
import { setupServer } from 'msw/node';
import {
  connectEinvoicing,
  createCounterpartWithContact,
  createCreditNoteWithLineItem,
  createReceiptWithLineItems,
  createToken,
  requestFinancing,
} from './flows.js';
import { runWebhookDemo } from './webhooks.js';

const credentials = { clientId: '6f1a7c2e-3b9d-4f51-8a0e-2c4d5e6f7a8b', clientSecret: 'demo-secret-not-real' };
const entityId = '9d2b4c8f-2087-4738-ba91-7359683c49a4';
const baseUrl = process.env.MONITE_BASE_URL;

// In-process: msw answers every request the client makes; anything unhandled
// is an error rather than a silent trip to the network.
const server = baseUrl ? undefined : setupServer(...createMonite({ seed: 42 }).handlers);
server?.listen({ onUnhandledRequest: 'error' });

const monite = createMoniteClient({
  ...(baseUrl ? { baseUrl } : { environment: 'sandbox' as const }),
  auth: credentials,
  entityId,
});

try {
  console.log(`Monite quickstart against ${baseUrl ?? 'the in-memory Monite (msw, in-process)'}`);
  await createToken(monite, credentials);
  const { counterpart } = await createCounterpartWithContact(monite);
  await connectEinvoicing(monite);
  await createCreditNoteWithLineItem(monite, counterpart.id);
  await requestFinancing(monite, counterpart.id);
  await createReceiptWithLineItems(monite);
  console.log('\nAll flows completed.');
} finally {
  server?.close();
}
// Webhooks need a real listener and real HTTP, so they run after msw has let go of fetch.
await runWebhookDemo(credentials, entityId, baseUrl);
