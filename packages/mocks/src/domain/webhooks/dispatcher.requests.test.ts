/**
 * The rules of webhook delivery a listener relies on: what a request carries,
 * what an attempt's record keeps of the answer, when a retry goes out, what a
 * deadline does, and what happens to deliveries when their subscription, or
 * the mock, changes under them.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CreateMoniteOptions } from '../../create-monite.js';
import { createMonite } from '../../create-monite.js';
import { callsWithTokens, counterpartPayload, ENTITY, testClient } from '../../test/helpers.js';
import type { DeliverFunction } from './delivery.js';

const HOOK = 'https://hooks.example/monite';

/** A mock with one counterpart subscription whose deliveries go to `deliver`. */
async function subscribed(deliver: DeliverFunction, webhooks: CreateMoniteOptions['webhooks'] = {}, seed?: string) {
  const client = testClient({ seed, webhooks: { backoffMs: 0, ...webhooks, deliver } });
  const subscription = await client.call('POST', '/webhook_subscriptions', {
    entity: null,
    body: { object_type: 'counterpart', url: HOOK },
  });
  expect(subscription.status).toBe(201);
  const createCounterpart = async () => {
    const created = await client.call('POST', '/counterparts', { body: counterpartPayload });
    expect(created.status).toBe(201);
    return created.body as { id: string };
  };
  const records = async (query = '') => (await client.call('GET', `/webhook_deliveries${query}`)).body.data;
  return { ...client, subscription: subscription.body as { id: string; secret: string }, createCounterpart, records };
}

/** A listener that holds each request until `release()` answers the oldest held one. */
function heldListener() {
  const arrived: string[] = [];
  const held: Array<() => void> = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const deliver: DeliverFunction = async (request) => {
    arrived.push(JSON.parse(await request.text()).action);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise<void>((resolve) => held.push(resolve));
    inFlight -= 1;
    return new Response('ok');
  };
  return {
    deliver,
    arrived,
    mostInFlight: () => mostInFlight,
    /** Answers the oldest held request. */
    release: () => held.shift()?.(),
    /** Resolves once `count` requests have arrived. */
    until: (count: number) => vi.waitFor(() => expect(arrived.length).toBeGreaterThanOrEqual(count)),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.useRealTimers();
});

describe('who gets a delivery', () => {
  test("an event of no entity goes to its own partner's subscriptions only", async () => {
    const A = { clientId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', clientSecret: 'secret-a' };
    const B = { clientId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', clientSecret: 'secret-b' };
    const heard: string[] = [];
    const deliver: DeliverFunction = async (request) => {
      heard.push(new URL(request.url).pathname);
      return new Response('ok');
    };
    const monite = createMonite({ clients: [A, B], webhooks: { backoffMs: 0, deliver } });
    const { call, token } = callsWithTokens(monite);
    const [a, b] = [await token(A), await token(B)];
    for (const [partner, hook] of [
      [a, 'https://hooks.example/a'],
      [b, 'https://hooks.example/b'],
    ] as const)
      expect(
        (await call('POST', '/webhook_subscriptions', partner, { body: { object_type: 'ocr_task', url: hook } }))
          .status,
      ).toBe(201);
    // An OCR task takes an optional entity header; without it, its event belongs to no entity.
    expect((await call('POST', '/ocr_tasks', b, { body: { file_url: 'https://files.example/b.pdf' } })).status).toBe(
      202,
    );
    await monite.webhooks.flush();
    expect(heard).toEqual(['/b']);
  });

  test('event_types may name events by their short name', async () => {
    const actions: string[] = [];
    const { call, monite, createCounterpart } = await subscribed(async (request) => {
      actions.push(JSON.parse(await request.text()).action);
      return new Response('ok');
    });
    // A second subscription asks for created events only, by short name.
    await call('POST', '/webhook_subscriptions', {
      entity: null,
      body: { object_type: 'counterpart', url: HOOK, event_types: ['created'] },
    });
    const counterpart = await createCounterpart();
    await call('DELETE', `/counterparts/${counterpart.id}`);
    await monite.webhooks.flush();
    expect(actions.sort()).toEqual(['counterpart.created', 'counterpart.created', 'counterpart.delete']);
  });

  test('a disabled subscription gets no delivery, not even a record of one', async () => {
    const { call, monite, createCounterpart, records, subscription } = await subscribed(async () => new Response('ok'));
    await call('POST', `/webhook_subscriptions/${subscription.id}/disable`, { entity: null });
    await createCounterpart();
    await monite.webhooks.flush();
    expect(monite.webhooks.deliveries()).toEqual([]);
    expect(await records()).toEqual([]);
  });
});

describe('what a delivery request carries', () => {
  test('a JSON POST to the subscription URL, signed, with the mock as user agent; t= is the signature time in seconds', async () => {
    const requests: Request[] = [];
    const { monite, createCounterpart } = await subscribed(
      async (request) => {
        requests.push(request);
        return new Response('ok');
      },
      { signatureTime: () => 1_716_624_000_987 },
    );
    await createCounterpart();
    await monite.webhooks.flush();
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe(HOOK);
    expect(request!.redirect).toBe('manual');
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(request!.headers.get('user-agent')).toBe('monite-ts-mock');
    expect(request!.headers.get('monite-signature')).toMatch(/^t=1716624000,v1=[0-9a-f]{64}$/);
    expect(monite.webhooks.deliveries()[0]!.attempts[0]!.signature).toBe(request!.headers.get('monite-signature'));
  });

  test('delivery ids follow the seed: the same seed gives the same ids, another seed others', async () => {
    const ok = async () => new Response('ok');
    const ids = async (seed: string) => {
      const { monite, createCounterpart, records } = await subscribed(ok, {}, seed);
      await createCounterpart();
      await monite.webhooks.flush();
      return (await records()).map((record: { id: string }) => record.id);
    };
    const first = await ids('alpha');
    expect(await ids('alpha')).toEqual(first);
    expect(await ids('beta')).not.toEqual(first);
  });

  test('a restored snapshot gives the next delivery the id it had after the snapshot', async () => {
    const { monite, createCounterpart, records } = await subscribed(async () => new Response('ok'));
    const snapshot = monite.exportState();
    await createCounterpart();
    await monite.webhooks.flush();
    const [first] = await records();
    await createCounterpart();
    await monite.webhooks.flush();
    monite.importState(snapshot);
    await createCounterpart();
    await monite.webhooks.flush();
    expect((await records()).map((record: { id: string }) => record.id)).toEqual([first.id]);
  });
});

describe("what a delivery record keeps of the listener's answer", () => {
  test('an answer up to 1000 characters is kept whole; a longer one is cut at 1000 and marked with …', async () => {
    const answers = ['a'.repeat(1000), `${'b'.repeat(1000)}cdef`];
    const { monite, createCounterpart, records } = await subscribed(async () => new Response(answers.shift()));
    await createCounterpart();
    await monite.webhooks.flush();
    await createCounterpart();
    await monite.webhooks.flush();
    const responses = monite.webhooks.deliveries().map((delivery) => delivery.attempts[0]!.response);
    expect(responses).toEqual(['a'.repeat(1000), `${'b'.repeat(1000)}…`]);
    expect((await records()).map((record: { response: string }) => record.response).sort()).toEqual(responses);
  });

  test('an answer whose body cannot be read still counts by its status, with an empty response', async () => {
    const { monite, createCounterpart, records } = await subscribed(
      async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.error(new Error('body lost'));
            },
          }),
          { status: 200 },
        ),
    );
    await createCounterpart();
    await monite.webhooks.flush();
    expect(await records()).toMatchObject([{ requests_made_count: 1, response_status_code: 200, response: '' }]);
    expect(monite.webhooks.deliveries()[0]!.state).toBe('succeeded');
  });

  test.each([
    ['an Error', new TypeError('connection refused'), 'connection refused'],
    ['an Error without a message', new Error(''), 'Error'],
    ['a thrown string', 'socket hang up', 'socket hang up'],
  ])('a listener that throws %s fails the attempt with the error as its response', async (_name, thrown, kept) => {
    const { monite, createCounterpart, records } = await subscribed(
      async () => {
        throw thrown;
      },
      { retries: 0 },
    );
    await createCounterpart();
    await monite.webhooks.flush();
    expect(await records()).toMatchObject([
      { requests_made_count: 1, response_status_code: null, response: kept, was_successful: false },
    ]);
    expect(monite.webhooks.deliveries()[0]!.attempts).toEqual([
      {
        signature: expect.stringMatching(/^t=\d+,v1=/),
        status: null,
        response: kept,
        sentAt: expect.any(String),
        durationMs: expect.any(Number),
      },
    ]);
  });

  test('2xx answers succeed; 300 is a failure like any other non-2xx', async () => {
    const statuses = [299, 300];
    const { monite, createCounterpart } = await subscribed(
      async () => new Response('x', { status: statuses.shift() }),
      {
        retries: 0,
      },
    );
    await createCounterpart();
    await monite.webhooks.flush();
    await createCounterpart();
    await monite.webhooks.flush();
    expect(monite.webhooks.deliveries().map((delivery) => delivery.state)).toEqual(['succeeded', 'failed']);
  });

  test('a record keeps the time it was created while its retries update it', async () => {
    let attempts = 0;
    const { monite, createCounterpart, records } = await subscribed(async () => {
      attempts += 1;
      // The listener takes an hour of the mock's time to fail the first attempt.
      if (attempts === 1) {
        monite.clock.advance(3_600_000);
        return new Response('busy', { status: 503 });
      }
      return new Response('ok');
    });
    const halfway = new Date(monite.clock.now() + 1_800_000).toISOString();
    await createCounterpart();
    await monite.webhooks.flush();
    expect(await records()).toMatchObject([{ requests_made_count: 2, was_successful: true }]);
    // created_at is the opening time, before the hour passed; updated_at is later.
    expect(await records(`?created_at__lt=${encodeURIComponent(halfway)}`)).toHaveLength(1);
    expect(await records(`?created_at__gt=${encodeURIComponent(halfway)}`)).toHaveLength(0);
    const [stored] = monite.list('/webhook_deliveries', ENTITY);
    expect(Date.parse(String(stored!.updated_at)) - Date.parse(String(stored!.created_at))).toBeGreaterThanOrEqual(
      3_600_000,
    );
  });
});

describe('when attempts go out', () => {
  test('the first attempt goes out at once, however long the backoff', async () => {
    const received: number[] = [];
    const { createCounterpart, monite } = await subscribed(
      async () => {
        received.push(Date.now());
        return new Response('ok');
      },
      { backoffMs: 60_000 },
    );
    await createCounterpart();
    await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 3000 });
    await monite.webhooks.flush();
  });

  test('a list of waits is used in turn: [0, 60 s] retries at once, then waits a minute before the second retry', async () => {
    let received = 0;
    const { createCounterpart, monite } = await subscribed(
      async () => {
        received += 1;
        return new Response('down', { status: 500 });
      },
      { backoffMs: [0, 60_000], retries: 3 },
    );
    await createCounterpart();
    await vi.waitFor(() => expect(received).toBe(2));
    await sleep(100);
    expect(received).toBe(2);
    expect(monite.webhooks.deliveries()[0]).toMatchObject({ state: 'pending', attempts: [{}, {}] });
    monite.close();
    await monite.webhooks.flush();
    expect(monite.webhooks.deliveries()[0]!.state).toBe('abandoned');
  });

  test('retries without a backoff need no timer: they go through under fake timers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const statuses = [500, 500];
    const { createCounterpart, monite } = await subscribed(
      async () => new Response('x', { status: statuses.shift() ?? 200 }),
      { backoffMs: 0 },
    );
    await createCounterpart();
    let done = false;
    void monite.webhooks.flush().then(() => {
      done = true;
    });
    const deadline = performance.now() + 2000;
    while (!done && performance.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(true);
    expect(monite.webhooks.deliveries()[0]).toMatchObject({ state: 'succeeded', attempts: [{}, {}, {}] });
  });

  test('a listener slower than the deadline fails the attempt as timed out', async () => {
    const signals: AbortSignal[] = [];
    const { createCounterpart, monite, records } = await subscribed(
      (request) => {
        signals.push(request.signal);
        return new Promise((resolve, reject) => {
          request.signal.addEventListener('abort', () => reject(new Error('aborted')));
          setTimeout(() => resolve(new Response('too late')), 1500);
        });
      },
      { timeoutMs: 30, retries: 0 },
    );
    await createCounterpart();
    await monite.webhooks.flush();
    expect(signals[0]!.aborted).toBe(true);
    expect(await records()).toMatchObject([
      { requests_made_count: 1, response_status_code: null, response: 'Timed out', was_successful: false },
    ]);
  });

  test('the deadline covers an attempt in flight only: a request answered in time is never aborted later', async () => {
    const signals: AbortSignal[] = [];
    const { createCounterpart, monite } = await subscribed(
      async (request) => {
        signals.push(request.signal);
        return new Response('ok');
      },
      { timeoutMs: 20 },
    );
    await createCounterpart();
    await monite.webhooks.flush();
    monite.close();
    await sleep(80);
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
  });
});

describe('deliveries while things change', () => {
  test('a subscription gets one request at a time, in order, even as events keep coming', async () => {
    const listener = heldListener();
    const { createCounterpart, call, monite } = await subscribed(listener.deliver);
    const counterpart = await createCounterpart();
    await call('PATCH', `/counterparts/${counterpart.id}`, { body: { organization: { legal_name: 'B' } } });
    await listener.until(1);
    expect(monite.webhooks.deliveries().map((delivery) => delivery.state)).toEqual(['pending', 'pending']);
    listener.release();
    await listener.until(2);
    // A third event arrives while the second delivery is with the listener.
    await call('DELETE', `/counterparts/${counterpart.id}`);
    await sleep(20);
    expect(listener.arrived).toEqual(['counterpart.created', 'counterpart.updated']);
    listener.release();
    await listener.until(3);
    listener.release();
    await monite.webhooks.flush();
    expect(listener.arrived).toEqual(['counterpart.created', 'counterpart.updated', 'counterpart.delete']);
    expect(listener.mostInFlight()).toBe(1);
  });

  test.each([
    ['disabled', (id: string) => ['POST', `/webhook_subscriptions/${id}/disable`]],
    ['deleted', (id: string) => ['DELETE', `/webhook_subscriptions/${id}`]],
  ])('a subscription %s while a delivery waits abandons it', async (_name, change) => {
    const listener = heldListener();
    const { createCounterpart, call, monite, subscription, records } = await subscribed(listener.deliver);
    await createCounterpart();
    await createCounterpart();
    await listener.until(1);
    const [method, path] = change(subscription.id);
    expect((await call(method!, path!, { entity: null })).status).toBeLessThan(300);
    listener.release();
    await monite.webhooks.flush();
    expect(listener.arrived).toHaveLength(1);
    expect(monite.webhooks.deliveries().map((delivery) => delivery.state)).toEqual(['succeeded', 'abandoned']);
    // The abandoned delivery's record shows no request.
    const counts = (await records()).map((record: { requests_made_count: number }) => record.requests_made_count);
    expect(counts.sort()).toEqual([0, 1]);
  });

  test('close abandons what is queued though the subscription stays; later events are delivered again', async () => {
    const listener = heldListener();
    const { createCounterpart, monite, records } = await subscribed(listener.deliver);
    await createCounterpart();
    await createCounterpart();
    await listener.until(1);
    monite.close();
    listener.release();
    await monite.webhooks.flush();
    expect(listener.arrived).toHaveLength(1);
    const [first, second] = monite.webhooks.deliveries();
    // The answer of a request made before close is not recorded either.
    expect([first!.state, second!.state]).toEqual(['abandoned', 'abandoned']);
    expect((await records()).map((record: { requests_made_count: number }) => record.requests_made_count)).toEqual([
      0, 0,
    ]);
    await createCounterpart();
    await listener.until(2);
    listener.release();
    await monite.webhooks.flush();
    expect(monite.webhooks.deliveries().at(-1)!.state).toBe('succeeded');
  });

  test('reset during an attempt leaves no record behind when the listener answers', async () => {
    const listener = heldListener();
    const { createCounterpart, monite } = await subscribed(listener.deliver);
    await createCounterpart();
    await listener.until(1);
    const [delivery] = monite.webhooks.deliveries();
    monite.reset();
    listener.release();
    await monite.webhooks.flush();
    expect(delivery!.state).toBe('abandoned');
    expect(delivery!.attempts).toHaveLength(1);
    // Reset forgets tokens: the store is read directly.
    expect(monite.list('/webhook_deliveries', ENTITY)).toEqual([]);
  });
});
