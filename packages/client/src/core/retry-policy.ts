// When and how long to wait before sending a request again. Pure functions,
// so the policy can be tested without clocks or servers.
import { checkCount, checkMillis } from './options.js';

/** Retry settings; every field has a default. */
export interface RetryOptions {
  /** Retries after the first attempt (so at most `maxRetries + 1` requests). Default 2. */
  maxRetries?: number;
  /** Backoff base: the first retry waits up to this long. Default 500 ms. */
  initialDelayMs?: number;
  /**
   * Upper bound of a single wait. A `Retry-After` longer than this is not
   * waited for: the 429 is returned instead. Default 10 000 ms.
   */
  maxDelayMs?: number;
  /** Upper bound of all waits of one call added together. Default 20 000 ms. */
  maxTotalDelayMs?: number;
  /**
   * Also retry POST and PATCH. They are not idempotent: a retried POST can
   * create a resource twice when the first response was lost. Default false.
   */
  retryNonIdempotent?: boolean;
}

/** Retry settings with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** The defaults: two retries, 0.5 s base, 10 s per wait, 20 s in total, idempotent methods only. */
export const DEFAULT_RETRY: ResolvedRetryOptions = Object.freeze({
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 10_000,
  maxTotalDelayMs: 20_000,
  retryNonIdempotent: false,
});

/** Statuses that mean "try again later": the request was not processed. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

/**
 * Merges retry settings: `false` turns retries off, `undefined` keeps the
 * base, an object overrides field by field.
 * @throws TypeError naming the option when a count or delay is not a finite, non-negative number
 */
export function resolveRetry(
  base: ResolvedRetryOptions,
  override: RetryOptions | boolean | undefined,
): ResolvedRetryOptions {
  if (override === false) return { ...base, maxRetries: 0 };
  // `true` and undefined have no fields of their own (Object() makes them an
  // empty object and a Boolean): they give a copy of the base.
  const merged = { ...base };
  for (const [key, value] of Object.entries(Object(override)) as [keyof RetryOptions, never][]) {
    if (value !== undefined) merged[key] = value;
  }
  // `retries >= NaN` is never true: an unchecked NaN meant retrying until the time budget ran out.
  checkCount('retry.maxRetries', merged.maxRetries, 0);
  checkMillis('retry.initialDelayMs', merged.initialDelayMs);
  checkMillis('retry.maxDelayMs', merged.maxDelayMs);
  checkMillis('retry.maxTotalDelayMs', merged.maxTotalDelayMs);
  if (typeof merged.retryNonIdempotent !== 'boolean') throw new TypeError('retry.retryNonIdempotent must be a boolean');
  return merged;
}

/** Whether a request with this method may be sent again. */
export function isRetryableMethod(method: string, options: ResolvedRetryOptions): boolean {
  // RFC 9110's idempotent methods: repeating them has the effect of sending
  // once. POST and PATCH are the only others the client sends.
  return (
    options.retryNonIdempotent || ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'].includes(method.toUpperCase())
  );
}

/**
 * Exponential backoff with full jitter: a uniform wait between 0 and
 * `min(maxDelayMs, initialDelayMs * 2^retry)`. Full jitter spreads clients
 * that failed together, so they do not come back together.
 * @param retry 0 for the first retry
 * @param random a source in [0, 1), injectable for tests
 */
export function backoffDelay(retry: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}

/**
 * Reads `Retry-After` as delay-seconds or an HTTP date, in milliseconds from
 * `now`. Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  // An empty value fails both readings below.
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  // An HTTP date always names its day and month; without letters, Date.parse
  // would read '-1' or '2025' as a year.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * How long to wait before the next attempt, or undefined to stop: the
 * server's `Retry-After` when given (if within `maxDelayMs`), jittered
 * backoff otherwise, and never past the total budget.
 * @param retry 0 for the first retry
 * @param waitedMs what this call has already waited
 */
export function nextDelay(
  retry: number,
  waitedMs: number,
  retryAfterMs: number | undefined,
  options: ResolvedRetryOptions,
  random?: () => number,
): number | undefined {
  if (retry >= options.maxRetries) return undefined;
  let delay: number;
  if (retryAfterMs !== undefined) {
    if (retryAfterMs > options.maxDelayMs) return undefined;
    delay = retryAfterMs;
  } else {
    delay = backoffDelay(retry, options, random);
  }
  if (waitedMs + delay > options.maxTotalDelayMs) return undefined;
  return delay;
}
