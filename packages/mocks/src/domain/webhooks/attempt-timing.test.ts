/**
 * Every delivery attempt carries when it was sent and how long it took, so
 * a test can see the retry schedule without timing it at the listener.
 */
import { expect, test } from 'vitest';
import { counterpartPayload, testClient } from '../../test/helpers.js';

test('each attempt has its wall-clock send time, later attempts after the backoff', async () => {
  const statuses = [500, 503, 200];
  const client = testClient({
    webhooks: {
      retries: 2,
      backoffMs: [30, 30],
      deliver: async () => new Response('x', { status: statuses.shift() ?? 200 }),
    },
  });
  await client.call('POST', '/webhook_subscriptions', {
    entity: null,
    body: { object_type: 'counterpart', url: 'https://hooks.example/monite' },
  });
  await client.call('POST', '/counterparts', { body: counterpartPayload });
  await client.monite.webhooks.flush();
  const [delivery] = client.monite.webhooks.deliveries();
  const attempts = delivery!.attempts;
  expect(attempts.map((a) => a.status)).toEqual([500, 503, 200]);
  for (const attempt of attempts) {
    expect(new Date(attempt.sentAt).toISOString()).toBe(attempt.sentAt);
    expect(attempt.durationMs).toBeGreaterThanOrEqual(0);
  }
  // Timers may fire late, never early: each retry starts at least its backoff after the previous attempt ended.
  for (let i = 1; i < attempts.length; i++) {
    const previousEnd = Date.parse(attempts[i - 1]!.sentAt) + attempts[i - 1]!.durationMs;
    expect(Date.parse(attempts[i]!.sentAt) - previousEnd).toBeGreaterThanOrEqual(29);
  }
  const admin = await client.monite.fetch(new Request('http://mock/_mock/webhooks'));
  const body = (await admin.json()) as { data: Array<{ attempts: Array<{ sentAt: string }> }> };
  expect(body.data[0]!.attempts.map((a) => a.sentAt)).toEqual(attempts.map((a) => a.sentAt));
});
