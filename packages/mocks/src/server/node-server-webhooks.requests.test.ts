/**
 * `monite-mock` delivers webhooks over real HTTP: a listener on 127.0.0.1
 * that answers 500 once and then 200 is retried, and the attempts show in
 * `GET /webhook_deliveries` and in the admin surface.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { counterpartPayload, ENTITY, VERSION } from '../test/helpers.js';
import { type MockServer, startMockServer } from './node-server.js';

let listener: Server;
let listenerUrl = '';
const received: Array<{ body: string; signature: string | undefined }> = [];
let answers: number[] = [];
let mock: MockServer;

beforeAll(async () => {
  listener = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        body: Buffer.concat(chunks).toString(),
        signature: request.headers['monite-signature'] as string,
      });
      response.writeHead(answers.shift() ?? 200).end('thanks');
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const address = listener.address();
  listenerUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hooks`;
  mock = await startMockServer({ port: 0, webhooks: { backoffMs: 5, timeoutMs: 2000 } });
});

afterAll(async () => {
  await mock.close();
  await new Promise((resolve) => listener.close(resolve));
});

async function call(method: string, path: string, body?: unknown, entity = true) {
  const token = mock.monite.issueToken();
  const response = await fetch(`${mock.url}${path}`, {
    method,
    headers: {
      'x-monite-version': VERSION,
      authorization: `Bearer ${token}`,
      ...(entity ? { 'x-monite-entity-id': ENTITY } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json() };
}

describe('monite-mock webhooks over HTTP', () => {
  test('a listener answering 500 then 200 gets the event twice; the delivery shows 2 requests and success', async () => {
    answers = [500];
    const subscription = await call(
      'POST',
      '/webhook_subscriptions',
      { object_type: 'counterpart', url: listenerUrl },
      false,
    );
    expect(subscription.status).toBe(201);
    await call('POST', '/counterparts', counterpartPayload);
    const flushed = await (await fetch(`${mock.url}/_mock/webhooks/flush`, { method: 'POST' })).json();
    expect(flushed.data[0]).toMatchObject({ state: 'succeeded', attempts: [{ status: 500 }, { status: 200 }] });
    expect(received).toHaveLength(2);
    expect(received[0]!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(JSON.parse(received[1]!.body)).toMatchObject({
      action: 'counterpart.created',
      webhook_subscription_id: subscription.body.id,
    });
    const deliveries = await call('GET', '/webhook_deliveries');
    expect(deliveries.body.data[0]).toMatchObject({
      url: listenerUrl,
      requests_made_count: 2,
      response_status_code: 200,
      response: 'thanks',
      was_successful: true,
    });
  });
});
