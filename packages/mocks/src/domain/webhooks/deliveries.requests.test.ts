/**
 * Webhook deliveries through the `deliver` option: who gets what, signed
 * how, retried when, and recorded where. Signatures are checked here with
 * node:crypto; the contract tests check them with the client's verifyWebhook.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { type CreateMoniteOptions, createMonite } from '../../create-monite.js';
import { bodyFor } from '../../test/events-helpers.js';
import { counterpartPayload, testClient } from '../../test/helpers.js';
import { backoffFor } from './delivery.js';

const HOOK = 'https://hooks.example/monite';

interface Received {
  body: string;
  signature: string;
}

/** A mock whose deliveries land in `received`; `answers` are the listener's statuses in turn (then 200). */
function setup(answers: Array<number | 'network-error'> = [], options: CreateMoniteOptions = {}) {
  const received: Received[] = [];
  const client = testClient({
    ...options,
    webhooks: {
      backoffMs: 0,
      ...options.webhooks,
      deliver:
        options.webhooks?.deliver ??
        (async (request) => {
          received.push({ body: await request.text(), signature: request.headers.get('monite-signature') ?? '' });
          const answer = answers.shift() ?? 200;
          if (answer === 'network-error') throw new TypeError('fetch failed');
          return new Response(answer === 200 ? 'ok' : `listener says ${answer}`, { status: answer });
        }),
    },
  });
  const subscribe = async (body: Record<string, unknown> = {}) => {
    const answer = await client.call('POST', '/webhook_subscriptions', {
      entity: null,
      body: { object_type: 'counterpart', url: HOOK, ...body },
    });
    expect(answer.status).toBe(201);
    return answer.body as { id: string; secret: string };
  };
  const createCounterpart = () => client.call('POST', '/counterparts', { body: counterpartPayload });
  return { ...client, received, subscribe, createCounterpart };
}

function signs(received: Received, secret: string): boolean {
  const [t, v1] = received.signature.split(',').map((part) => part.split('=')[1]);
  return createHmac('sha256', secret).update(`${t}.${received.body}`).digest('hex') === v1;
}

describe('webhook deliveries', () => {
  test('an event goes to its subscription, signed with its secret, and is recorded', async () => {
    const { monite, call, received, subscribe, createCounterpart } = setup();
    const subscription = await subscribe();
    expect(subscription.secret).toMatch(/^whsec_/);
    const counterpart = await createCounterpart();
    await monite.webhooks.flush();

    expect(received).toHaveLength(1);
    expect(signs(received[0]!, subscription.secret)).toBe(true);
    expect(received[0]!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const event = JSON.parse(received[0]!.body);
    expect(event).toMatchObject({
      action: 'counterpart.created',
      object_type: 'counterpart',
      webhook_subscription_id: subscription.id,
      object: { id: counterpart.body.id },
    });
    const deliveries = await call('GET', '/webhook_deliveries');
    expect(deliveries.body.data).toEqual([
      {
        id: expect.any(String),
        event_id: event.id,
        url: HOOK,
        requests_made_count: 1,
        response_status_code: 200,
        response: 'ok',
        was_successful: true,
      },
    ]);
    expect(monite.webhooks.deliveries()[0]).toMatchObject({ state: 'succeeded', event: { id: event.id } });
  });

  test('a listener answering 500 once and then 200 gets a retry: requests_made_count 2 and success', async () => {
    const { monite, call, received, subscribe, createCounterpart } = setup([500]);
    await subscribe();
    await createCounterpart();
    await monite.webhooks.flush();
    expect(received).toHaveLength(2);
    expect(received[1]!.body).toBe(received[0]!.body);
    const [delivery] = (await call('GET', '/webhook_deliveries')).body.data;
    expect(delivery).toMatchObject({ requests_made_count: 2, response_status_code: 200, was_successful: true });
  });

  test.each([
    ['a redirect', 302],
    ['a network error', 'network-error' as const],
    ['a 404', 404],
  ])('%s is a failure, retried until the retries run out', async (_name, answer) => {
    const { monite, call, received, subscribe, createCounterpart } = setup([answer, answer, answer], {
      webhooks: { retries: 2 },
    });
    await subscribe();
    await createCounterpart();
    await monite.webhooks.flush();
    expect(received).toHaveLength(3);
    const [delivery] = (await call('GET', '/webhook_deliveries')).body.data;
    expect(delivery).toMatchObject({ requests_made_count: 3, was_successful: false });
    expect(delivery.response_status_code).toBe(answer === 'network-error' ? null : answer);
    expect(monite.webhooks.deliveries()[0]!.state).toBe('failed');
  });

  test('disabled, deleted, other-type and narrowed subscriptions get nothing they did not ask for', async () => {
    const { monite, call, received, subscribe, createCounterpart } = setup();
    const disabled = await subscribe();
    await call('POST', `/webhook_subscriptions/${disabled.id}/disable`, { entity: null });
    const deleted = await subscribe();
    await call('DELETE', `/webhook_subscriptions/${deleted.id}`, { entity: null });
    await subscribe({ object_type: 'payable' });
    await subscribe({ event_types: ['updated'] });
    const full = await subscribe({ event_types: ['counterpart.created'] });
    await createCounterpart();
    await monite.webhooks.flush();
    expect(received.map((r) => JSON.parse(r.body).webhook_subscription_id)).toEqual([full.id]);
  });

  test('a regenerated secret signs every delivery from then on', async () => {
    const { monite, call, received, subscribe, createCounterpart } = setup();
    const subscription = await subscribe();
    await createCounterpart();
    await monite.webhooks.flush();
    const rotated = await call('POST', `/webhook_subscriptions/${subscription.id}/regenerate_secret`, { entity: null });
    const secret = rotated.body.secret as string;
    expect(secret).not.toBe(subscription.secret);
    await createCounterpart();
    await monite.webhooks.flush();
    expect(signs(received[0]!, subscription.secret)).toBe(true);
    expect(signs(received[1]!, secret)).toBe(true);
    expect(signs(received[1]!, subscription.secret)).toBe(false);
  });

  test('the API answers before the listener does, and a subscription gets its events in order', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { monite, call, subscribe } = setup([], {
      webhooks: {
        deliver: async (request) => {
          const event = JSON.parse(await request.text());
          if (order.length === 0) await held;
          order.push(event.action);
          return new Response('ok');
        },
      },
    });
    await subscribe();
    const created = await call('POST', '/counterparts', { body: counterpartPayload });
    expect(created.status).toBe(201);
    await call('PATCH', `/counterparts/${created.body.id}`, { body: { organization: { legal_name: 'B' } } });
    await call('DELETE', `/counterparts/${created.body.id}`);
    // Three answers are in while the first delivery is still held by the listener.
    expect(order).toEqual([]);
    release();
    await monite.webhooks.flush();
    expect(order).toEqual(['counterpart.created', 'counterpart.updated', 'counterpart.delete']);
  });

  test('reset abandons a delivery waiting for a long backoff at once', async () => {
    const { monite, subscribe, createCounterpart } = setup([500], { webhooks: { backoffMs: 3_600_000 } });
    await subscribe();
    await createCounterpart();
    const flushed = monite.webhooks.flush();
    await new Promise((resolve) => setTimeout(resolve, 5));
    monite.reset();
    await flushed;
    expect(monite.webhooks.deliveries()).toEqual([]);
  });

  test('backoff: a list repeats its last value, a number doubles', () => {
    expect([0, 1, 2, 5].map((i) => backoffFor([1, 5, 30], i))).toEqual([1, 5, 30, 30]);
    expect([0, 1, 2].map((i) => backoffFor(100, i))).toEqual([100, 200, 400]);
  });
});

describe('webhook deliveries with more than one partner', () => {
  test("an entity's events go to the subscriptions of the partner that created it, not to another partner's", async () => {
    const clients = [
      { clientId: 'a1a1a1a1-0000-4000-8000-000000000001', clientSecret: 'a' },
      { clientId: 'b2b2b2b2-0000-4000-8000-000000000002', clientSecret: 'b' },
    ];
    const received: string[] = [];
    const monite = createMonite({
      clients,
      webhooks: {
        deliver: async (request) => {
          received.push(new URL(request.url).pathname);
          return new Response('ok');
        },
      },
    });
    const as = (clientId: string) => {
      const token = monite.issueToken(clientId);
      return async (method: string, path: string, body: unknown, entity?: string) => {
        const response = await monite.fetch(
          new Request(`https://api.sandbox.monite.com/v1${path}`, {
            method,
            headers: {
              'x-monite-version': '2024-05-25',
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              ...(entity ? { 'x-monite-entity-id': entity } : {}),
            },
            body: JSON.stringify(body),
          }),
        );
        return { status: response.status, body: await response.json() };
      };
    };
    const a = as(clients[0]!.clientId);
    const b = as(clients[1]!.clientId);
    await a('POST', '/webhook_subscriptions', { object_type: 'tag', url: 'https://a.example/a' });
    await b('POST', '/webhook_subscriptions', { object_type: 'tag', url: 'https://b.example/b' });
    const entity = await b('POST', '/entities', bodyFor('post_entities', { type: 'organization' }));
    expect(entity.status, JSON.stringify(entity.body)).toBe(201);
    const tag = await b('POST', '/tags', { name: 'urgent' }, entity.body.id);
    expect(tag.status, JSON.stringify(tag.body)).toBe(201);
    await monite.webhooks.flush();
    expect(received).toEqual(['/b']);
  });
});
