import { describe, expect, test } from 'vitest';
import { operations } from '../../generated/operations.js';
import { FaultInjector } from '../faults.js';
import { forcedReply } from './forced.js';

const op = operations.find((o) => o.operationId === 'get_counterparts')!;
const request = (prefer?: string) => new Request('https://mock/counterparts', { headers: prefer ? { prefer } : {} });

describe('forcedReply', () => {
  test('Prefer: code=429 answers 429 with Retry-After and an exhausted rate limit', () => {
    const forced = forcedReply(op, request('code=429'), new FaultInjector('s'));
    expect(forced?.reply.status).toBe(429);
    expect(forced?.headers).toMatchObject({ 'Retry-After': '1', 'RateLimit-Remaining': '0' });
    expect(forced?.reply.body).toEqual({ error: { message: expect.any(String) } });
  });
  test("a forced 422 has FastAPI's detail list", () => {
    const forced = forcedReply(op, request('code=422'), new FaultInjector('s'));
    expect(forced?.reply.body).toMatchObject({ detail: [{ loc: ['body'] }] });
  });
  test('2xx preferences and no preference change nothing', () => {
    expect(forcedReply(op, request('code=200'), new FaultInjector('s'))).toBeUndefined();
    expect(forcedReply(op, request(), new FaultInjector('s'))).toBeUndefined();
  });
  test('a configured fault answers with its own Retry-After', () => {
    const faults = new FaultInjector('s', [{ status: 503, retryAfterSeconds: 7 }]);
    const forced = forcedReply(op, request(), faults);
    expect(forced?.reply.status).toBe(503);
    expect(forced?.headers['Retry-After']).toBe('7');
  });
});
