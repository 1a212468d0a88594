// Sends one logical request as many times as the retry policy allows. It
// sits beneath the request core (inside its `fetch`), so middleware sees one
// request and one response however many attempts were made.
import { sleep } from './abort.js';
import { MoniteNetworkError } from '../errors/errors.js';
import { nextDelay, parseRetryAfter, RETRYABLE_STATUSES, type ResolvedRetryOptions } from './retry-policy.js';

/** One run of the retry loop. */
export interface RetryLoopInput {
  /** Sends one attempt; called again for every retry, so it must build a fresh request. */
  attempt: () => Promise<Response>;
  /** Whether this request may be repeated at all (its method, or an explicit opt-in). */
  repeatable: boolean;
  /** The policy. */
  retry: ResolvedRetryOptions;
  /** Stops waiting and sending when it aborts. */
  signal: AbortSignal;
  /** Called before each wait; tests and logging hooks observe retries through it. */
  onRetry?: ((info: RetryInfo) => void) | undefined;
  /** Configured secrets to keep out of a MoniteNetworkError's message. */
  secrets?: readonly string[] | undefined;
}

/** What the loop tells `onRetry` before it waits. */
export interface RetryInfo {
  /** 1 for the first retry. */
  retry: number;
  /** How long it will wait, in milliseconds. */
  delayMs: number;
  /** The status that caused the retry, or undefined for a network error. */
  status: number | undefined;
}

/**
 * Runs attempts until one is final: a non-retryable status, an exhausted
 * budget, or success. A network error that cannot be retried becomes a
 * MoniteNetworkError; an abort rejects with the signal's reason.
 */
export async function runWithRetries(input: RetryLoopInput): Promise<Response> {
  const { attempt, repeatable, retry, signal, onRetry, secrets } = input;
  let retries = 0;
  let waitedMs = 0;
  for (;;) {
    let response: Response;
    try {
      response = await attempt();
    } catch (error) {
      // An abort is the caller's decision, not a network error to retry or wrap.
      if (signal.aborted) throw signal.reason;
      const delay = repeatable ? nextDelay(retries, waitedMs, undefined, retry) : undefined;
      if (delay === undefined) throw toNetworkError(error, retries, secrets);
      retries += 1;
      onRetry?.({ retry: retries, delayMs: delay, status: undefined });
      await sleep(delay, signal);
      waitedMs += delay;
      continue;
    }
    if (!repeatable || !RETRYABLE_STATUSES.has(response.status)) return response;
    const delay = nextDelay(retries, waitedMs, parseRetryAfter(response.headers.get('retry-after')), retry);
    if (delay === undefined) return response;
    // Free the connection before waiting; the body of a retried response is never read.
    discardBody(response);
    retries += 1;
    onRetry?.({ retry: retries, delayMs: delay, status: response.status });
    await sleep(delay, signal);
    waitedMs += delay;
  }
}

/**
 * Releases a response body nobody will read. Not awaited: cancelling a teed
 * stream (msw and some fetch wrappers tee responses) only settles once every
 * branch is cancelled, which may be never.
 */
export function discardBody(response: Response): void {
  response.body?.cancel().catch(() => {
    // Already consumed or errored: nothing to release.
  });
}

function toNetworkError(error: unknown, retries: number, secrets: readonly string[] | undefined): MoniteNetworkError {
  if (error instanceof MoniteNetworkError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  const tries = retries > 0 ? ` after ${retries + 1} attempts` : '';
  return new MoniteNetworkError(`Could not reach Monite${tries}: ${reason}`, { cause: error, secrets });
}
