// The webhook flow an integrator tests locally: a listener on 127.0.0.1, a
// subscription pointing at it, a payable taken through approval to paid, and
// every delivered event checked with verifyWebhook before it is trusted.
// Runs against `monite-mock` over real HTTP: MONITE_BASE_URL, or one started here.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMoniteClient, type MoniteWebhookEvent, unwrap, verifyWebhook } from '@monite-ts/client';
import { startMockServer } from '@monite-ts/mocks/node';
import type { DemoCredentials } from './flows.js';
import { printStep } from './print.js';

/** One delivery as the listener saw it. */
interface Received {
  raw: string;
  signature: string | undefined;
}

/** Starts a listener on 127.0.0.1 that keeps the raw body and signature of every POST and answers 200. */
async function startListener() {
  const received: Received[] = [];
  const listener = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        raw: Buffer.concat(chunks).toString(),
        signature: request.headers['monite-signature'] as string,
      });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/monite/webhooks`;
  return { url, received, close: () => new Promise<void>((resolve) => listener.close(() => resolve())) };
}

/** Subscribes a local listener to payable events, pays a payable, and prints each event with its verified signature. */
export async function runWebhookDemo(credentials: DemoCredentials, entityId: string, baseUrl?: string): Promise<void> {
  // A real clock and quick retries: the listener checks the signature's age against its own clock.
  const own = baseUrl ? undefined : await startMockServer({ port: 0, clock: 'real', webhooks: { backoffMs: 100 } });
  const mockUrl = baseUrl ?? (own?.url as string);
  const listener = await startListener();
  try {
    const monite = createMoniteClient({ baseUrl: mockUrl, auth: credentials, entityId });
    const subscription = await unwrap(
      monite.POST('/webhook_subscriptions', { body: { object_type: 'payable', url: listener.url } }),
    );
    printStep('Webhook subscription (POST /webhook_subscriptions)', {
      listener: listener.url,
      object_type: subscription.object_type,
      secret: `${subscription.secret.slice(0, 9)}… (redacted)`,
    });

    const payable = await unwrap(
      monite.POST('/payables', { body: { currency: 'EUR', document_id: 'WEBHOOK-DEMO-1' } }),
    );
    const path = { params: { path: { payable_id: payable.id } } };
    await unwrap(
      monite.POST('/payables/{payable_id}/line_items', {
        ...path,
        body: { name: 'Standing desk', quantity: 1, unit_price: 49_900, tax: 1900 },
      }),
    );
    await unwrap(monite.POST('/payables/{payable_id}/submit_for_approval', path));
    await unwrap(monite.POST('/payables/{payable_id}/approve_payment_operation', path));
    const paid = await unwrap(monite.POST('/payables/{payable_id}/mark_as_paid', { ...path, body: {} }));

    // The mock's admin surface waits until every queued delivery is done (not part of Monite's API).
    await fetch(`${mockUrl}/_mock/webhooks/flush`, { method: 'POST' });
    const events: MoniteWebhookEvent[] = [];
    for (const { raw, signature } of listener.received)
      events.push(await verifyWebhook(raw, signature, subscription.secret));
    printStep(`Payable ${paid.status}; events received by the listener, signatures verified`, {
      ...Object.fromEntries(
        events.map((event, i) => [
          event.action,
          `${event.created_at}  ${String(listener.received[i]?.signature).slice(0, 24)}… verified`,
        ]),
      ),
    });
  } finally {
    await listener.close();
    await own?.close();
  }
}
