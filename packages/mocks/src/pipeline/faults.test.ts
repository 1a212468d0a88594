// Configured faults and Prefer-forced statuses: which requests a
// rule hits, for how long, and the headers and bodies a client's retry code
// reads.
import { describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.js';
import { FaultInjector, sleep } from './faults.js';
import { forcedReply } from './responders/forced.js';

const op = (id: string) => operations.find((o) => o.operationId === id)!;
const counterparts = op('get_counterparts');
const request = (prefer?: string) => new Request('https://mock/counterparts', { headers: prefer ? { prefer } : {} });

describe('FaultInjector', () => {
  it('hits only its operation, and every request when no operation is named', () => {
    const faults = new FaultInjector('s', [{ status: 500, operationId: 'get_counterparts' }]);
    expect(faults.pick(counterparts)?.status).toBe(500);
    expect(faults.pick(op('get_tags'))).toBeUndefined();
    expect(new FaultInjector('s', [{ status: 503 }]).pick(op('get_tags'))?.status).toBe(503);
  });

  it('stops after `times` hits, and with times 0 never fires', () => {
    const faults = new FaultInjector('s', [{ status: 500, times: 1 }]);
    expect(faults.pick(counterparts)).toBeDefined();
    expect(faults.pick(counterparts)).toBeUndefined();
    expect(new FaultInjector('s', [{ status: 500, times: 0 }]).pick(counterparts)).toBeUndefined();
  });

  it('with probability 0 never fires, with 1 always does', () => {
    const never = new FaultInjector('s', [{ status: 500, probability: 0 }]);
    const always = new FaultInjector('s', [{ status: 500, probability: 1 }]);
    for (let i = 0; i < 20; i++) {
      expect(never.pick(counterparts)).toBeUndefined();
      expect(always.pick(counterparts)).toBeDefined();
    }
  });

  it('falls through to the next rule when one does not apply', () => {
    const faults = new FaultInjector('s', [
      { status: 429, times: 1 },
      { status: 503, operationId: 'get_counterparts' },
    ]);
    expect(faults.pick(counterparts)?.status).toBe(429);
    expect(faults.pick(counterparts)?.status).toBe(503);
  });

  it('set replaces the rules, their counts and the random sequence', () => {
    const rules = [{ status: 500, probability: 0.5 }];
    const draw = (faults: FaultInjector) => Array.from({ length: 12 }, () => faults.pick(counterparts) !== undefined);
    const faults = new FaultInjector('s', rules);
    const first = draw(faults);
    faults.set(rules);
    expect(draw(faults)).toEqual(first);
    faults.set([]);
    expect(faults.pick(counterparts)).toBeUndefined();
  });
});

describe('FaultInjector seeds', () => {
  it('draw different failures for different seeds, at construction and after set', () => {
    const rules = [{ status: 500, probability: 0.5 }];
    const draw = (faults: FaultInjector) => Array.from({ length: 40 }, () => faults.pick(counterparts) !== undefined);
    expect(draw(new FaultInjector('a', rules))).not.toEqual(draw(new FaultInjector('b', rules)));
    const a = new FaultInjector('a', []);
    const b = new FaultInjector('b', []);
    a.set(rules);
    b.set(rules);
    expect(draw(a)).not.toEqual(draw(b));
  });
});

describe('forcedReply', () => {
  it.each([
    [400, 'Bad request.'],
    [401, 'The access token is invalid.'],
    [403, 'Access forbidden.'],
    [404, 'Not found.'],
    [409, 'Conflict.'],
    [500, 'Internal server error.'],
    [503, 'Service temporarily unavailable.'],
    [418, 'Forced status 418.'],
    [429, 'Too many requests. Retry after the number of seconds in Retry-After.'],
  ])('Prefer: code=%i answers with the message %j', (status, message) => {
    const forced = forcedReply(counterparts, request(`code=${status}`), new FaultInjector('s'));
    expect(forced?.reply).toEqual({ status, body: { error: { message } } });
  });

  it('sends Retry-After on 429 and 503 only, and the rate-limit headers on 429 only', () => {
    const headers = (status: number) =>
      forcedReply(counterparts, request(`code=${status}`), new FaultInjector('s'))?.headers;
    expect(headers(429)).toEqual({
      'Retry-After': '1',
      'RateLimit-Remaining': '0',
      'X-RateLimit-Remaining-Second': '0',
    });
    expect(headers(503)).toEqual({ 'Retry-After': '1' });
    expect(headers(500)).toEqual({});
  });

  it('lets Prefer win over a configured fault, and ignores configured statuses below 400', () => {
    const faults = new FaultInjector('s', [{ status: 503, retryAfterSeconds: 9 }]);
    expect(forcedReply(counterparts, request('code=404'), faults)?.reply.status).toBe(404);
    expect(forcedReply(counterparts, request(), new FaultInjector('s', [{ status: 302 }]))).toBeUndefined();
    expect(forcedReply(counterparts, request('code=399'), new FaultInjector('s'))).toBeUndefined();
  });

  it("a forced 422 has FastAPI's detail list", () => {
    const forced = forcedReply(counterparts, request('code=422'), new FaultInjector('s'));
    expect(forced?.reply).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body'], msg: 'Validation failed (forced by the mock).', type: 'value_error' }] },
    });
  });

  it('a 2xx or 3xx preference leaves a configured fault in force', () => {
    const faults = new FaultInjector('s', [{ status: 503 }]);
    expect(forcedReply(counterparts, request('code=200'), faults)?.reply.status).toBe(503);
  });

  it('a configured 429 sends its own Retry-After', () => {
    const forced = forcedReply(
      counterparts,
      request(),
      new FaultInjector('s', [{ status: 429, retryAfterSeconds: 4 }]),
    );
    expect(forced?.headers['Retry-After']).toBe('4');
  });
});

describe('sleep', () => {
  it('waits at least the time asked, and not at all for zero', async () => {
    const started = performance.now();
    await sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    const immediate = performance.now();
    await sleep(0);
    expect(performance.now() - immediate).toBeLessThan(25);
  });
});
