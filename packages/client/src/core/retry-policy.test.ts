import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY,
  isRetryableMethod,
  nextDelay,
  parseRetryAfter,
  resolveRetry,
} from './retry-policy.js';

const policy = { ...DEFAULT_RETRY, initialDelayMs: 100, maxDelayMs: 1000, maxTotalDelayMs: 1500, maxRetries: 5 };

describe('backoffDelay (full jitter)', () => {
  it('spans 0 up to the exponential ceiling', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(0);
    expect(backoffDelay(0, policy, () => 0.999999)).toBe(99);
    expect(backoffDelay(1, policy, () => 0.999999)).toBe(199);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200);
  });

  it('never exceeds maxDelayMs however many retries', () => {
    expect(backoffDelay(20, policy, () => 0.999999)).toBe(999);
  });

  it('is random within the window by default', () => {
    const samples = new Set(Array.from({ length: 50 }, () => backoffDelay(3, policy)));
    expect(samples.size).toBeGreaterThan(5);
    for (const sample of samples) expect(sample).toBeLessThan(800);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });
  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
  });
});

describe('nextDelay', () => {
  it('uses Retry-After exactly when it fits', () => {
    expect(nextDelay(0, 0, 700, policy)).toBe(700);
  });
  it('gives up when Retry-After is longer than one wait may be', () => {
    expect(nextDelay(0, 0, 1001, policy)).toBeUndefined();
  });
  it('gives up when the total budget would be exceeded', () => {
    expect(nextDelay(1, 900, 700, policy)).toBeUndefined();
    expect(nextDelay(1, 800, 700, policy)).toBe(700);
  });
  it('gives up after maxRetries', () => {
    expect(nextDelay(4, 0, 0, policy)).toBe(0);
    expect(nextDelay(5, 0, 0, policy)).toBeUndefined();
  });
  it('falls back to jittered backoff without Retry-After', () => {
    expect(nextDelay(1, 0, undefined, policy, () => 0.5)).toBe(100);
  });
});

describe('methods', () => {
  it('retries idempotent methods only, unless POST/PATCH are opted in', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE', 'get'])
      expect(isRetryableMethod(method, DEFAULT_RETRY)).toBe(true);
    for (const method of ['POST', 'PATCH']) expect(isRetryableMethod(method, DEFAULT_RETRY)).toBe(false);
    const optedIn = resolveRetry(DEFAULT_RETRY, { retryNonIdempotent: true });
    for (const method of ['POST', 'PATCH', 'GET']) expect(isRetryableMethod(method, optedIn)).toBe(true);
  });
});

describe('resolveRetry', () => {
  it('turns retries off with false and overrides only given fields', () => {
    expect(resolveRetry(DEFAULT_RETRY, false).maxRetries).toBe(0);
    expect(resolveRetry(DEFAULT_RETRY, undefined)).toEqual(DEFAULT_RETRY);
    expect(resolveRetry(DEFAULT_RETRY, true)).toEqual(DEFAULT_RETRY);
    expect(resolveRetry(DEFAULT_RETRY, { maxRetries: 5, initialDelayMs: undefined })).toEqual({
      ...DEFAULT_RETRY,
      maxRetries: 5,
    });
  });
});
