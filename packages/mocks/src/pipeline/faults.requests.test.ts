import { describe, expect, it } from 'vitest';
import { testClient } from '../test/helpers.js';

describe('faults', () => {
  it('forces a status with Prefer: code=NNN, with Retry-After on 429', async () => {
    const { call } = testClient();
    const limited = await call('GET', '/counterparts', { headers: { prefer: 'code=429' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.body).toEqual({ error: { message: expect.any(String) } });
    expect((await call('GET', '/counterparts', { headers: { prefer: 'code=503' } })).status).toBe(503);
    expect((await call('GET', '/counterparts', { headers: { prefer: 'code=500' } })).status).toBe(500);
    expect((await call('GET', '/counterparts')).status).toBe(200);
  });

  it('fails configured operations a number of times, then recovers', async () => {
    const { call } = testClient({
      faults: [{ status: 429, operationId: 'get_counterparts', times: 2, retryAfterSeconds: 3 }],
    });
    const first = await call('GET', '/counterparts');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect((await call('GET', '/counterparts')).status).toBe(429);
    expect((await call('GET', '/counterparts')).status).toBe(200);
    expect((await call('GET', '/tags')).status).toBe(200);
  });

  it('fails a share of requests, the same ones for the same seed', async () => {
    const run = async () => {
      const { call } = testClient({ seed: 3, faults: [{ status: 500, probability: 0.5 }] });
      const statuses = [];
      for (let i = 0; i < 20; i++) statuses.push((await call('GET', '/tags')).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('delays answers by the configured latency', async () => {
    const { call, monite } = testClient({ latencyMs: 120 });
    const started = performance.now();
    await call('GET', '/tags');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    monite.setLatency(0);
    expect((await call('GET', '/tags')).status).toBe(200);
  });
});
