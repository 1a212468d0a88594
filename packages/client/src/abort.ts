// Cancellation helpers: a per-call deadline combined with the caller's own
// signal, and a sleep that wakes up when either fires. Written by hand rather
// than with AbortSignal.any/timeout so they behave the same on every runtime
// the client supports and leave no timer behind.
import { MoniteTimeoutError } from './errors.js';

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
  const hasTimeout = timeoutMs !== undefined && Number.isFinite(timeoutMs) && timeoutMs > 0;
  if (!hasTimeout) {
    return { signal: callerSignal ?? undefined, dispose() {}, timedOut: false };
  }
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new MoniteTimeoutError(timeoutMs));
  }, timeoutMs);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
    get timedOut() {
      return timedOut;
    },
  };
}

/** Waits `ms`, rejecting with the signal's reason if it aborts first. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The signal's reason, or a standard AbortError when it has none. */
export function abortReason(signal: AbortSignal): unknown {
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
