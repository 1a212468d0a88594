// The mocks' webhook deliveries verify with the client's verifyWebhook: the
// contract between what the local Monite signs and what integrators check.
// Table-driven over the events a payable's life and a counterpart produce,
// in-process through msw (the app's own handler receives the deliveries).
import { createMoniteClient, MoniteWebhookError, unwrap, verifyWebhook } from '@monite-ts/client';
import { createMonite } from '@monite-ts/mocks';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const HOOK = 'https://app.example/monite/webhooks';
const entityId = '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b';
const received: Array<{ raw: string; signature: string | null }> = [];

// The default `deliver` is globalThis.fetch, so the app's own msw handler below receives the deliveries.
const monite = createMonite({ seed: 'webhook-contract' });
const server = setupServer(
  ...monite.handlers,
  http.post(HOOK, async ({ request }) => {
    received.push({ raw: await request.text(), signature: request.headers.get('monite-signature') });
    return HttpResponse.text('ok');
  }),
);
const client = createMoniteClient({
  environment: 'sandbox',
  auth: { clientId: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', clientSecret: 'contract' },
  entityId,
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('webhook deliveries verify with verifyWebhook', () => {
  const secrets: Record<string, string> = {};

  it('every delivered event of a counterpart and of a payable through approval to paid verifies', async () => {
    for (const objectType of ['counterpart', 'payable'] as const) {
      const subscription = await unwrap(
        client.POST('/webhook_subscriptions', { body: { object_type: objectType, url: HOOK } }),
      );
      secrets[subscription.id] = subscription.secret;
    }
    const counterpart = await unwrap(
      client.POST('/counterparts', {
        body: {
          type: 'organization',
          organization: {
            legal_name: 'Acme GmbH',
            is_vendor: true,
            is_customer: false,
            email: 'ap@acme.example',
            address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
          },
        },
      }),
    );
    await unwrap(
      client.DELETE('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: counterpart.id } } }),
    );
    const payable = await unwrap(client.POST('/payables', { body: { currency: 'EUR', document_id: 'INV-7' } }));
    const path = { params: { path: { payable_id: payable.id } } };
    await unwrap(
      client.POST('/payables/{payable_id}/line_items', {
        ...path,
        body: { name: 'Desk', quantity: 1, unit_price: 5000, tax: 1900 },
      }),
    );
    await unwrap(client.POST('/payables/{payable_id}/submit_for_approval', path));
    await unwrap(client.POST('/payables/{payable_id}/approve_payment_operation', path));
    await unwrap(client.POST('/payables/{payable_id}/mark_as_paid', { ...path, body: {} }));
    await monite.webhooks.flush();

    const actions: string[] = [];
    for (const { raw, signature } of received) {
      const subscriptionId = JSON.parse(raw).webhook_subscription_id as string;
      const event = await verifyWebhook(raw, signature, secrets[subscriptionId] as string);
      expect(event).toEqual(JSON.parse(raw));
      actions.push(event.action);
    }
    // In order per subscription (subscriptions are delivered independently of each other).
    expect(actions.filter((a) => a.startsWith('counterpart.'))).toEqual(['counterpart.created', 'counterpart.delete']);
    expect(actions.filter((a) => a.startsWith('payable.'))).toEqual([
      'payable.created',
      'payable.submitted_for_approval',
      'payable.approved',
      'payable.paid',
    ]);
    // The same deliveries, as the mock records them.
    expect(monite.webhooks.deliveries().map((d) => [d.state, d.attempts.length])).toEqual(
      actions.map(() => ['succeeded', 1]),
    );
  });

  it('after regenerate_secret the new secret verifies and the old one is refused', async () => {
    const [subscriptionId, oldSecret] = Object.entries(secrets)[0] as [string, string];
    const rotated = await unwrap(
      client.POST('/webhook_subscriptions/{webhook_subscription_id}/regenerate_secret', {
        params: { path: { webhook_subscription_id: subscriptionId } },
      }),
    );
    received.length = 0;
    await unwrap(
      client.POST('/counterparts', {
        body: {
          type: 'individual',
          individual: {
            first_name: 'Ann',
            last_name: 'Lee',
            is_vendor: true,
            is_customer: false,
            address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
          },
        },
      }),
    );
    await monite.webhooks.flush();
    const [{ raw, signature }] = received as [{ raw: string; signature: string | null }];
    await expect(verifyWebhook(raw, signature, rotated.secret)).resolves.toMatchObject({
      action: 'counterpart.created',
    });
    await expect(verifyWebhook(raw, signature, oldSecret)).rejects.toBeInstanceOf(MoniteWebhookError);
  });
});
