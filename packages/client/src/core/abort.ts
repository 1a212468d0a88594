// Cancellation helpers: a per-call deadline combined with the caller's own
// signal, and a sleep that wakes up when either fires. Written by hand rather
// than with AbortSignal.any/timeout so they behave the same on every runtime
// the client supports and leave no timer behind.
import { MoniteTimeoutError } from '../errors/errors.js';

/** A signal for one call, and the means to release its timer. */
export interface CallSignal {
  /** Aborts when the caller aborts (with their reason) or the deadline passes (with a MoniteTimeoutError). */
  signal: AbortSignal;
  /** Clears the timer and the listener on the caller's signal; call when the call has settled. */
  dispose(): void;
}

/**
 * Combines the caller's signal with a timeout (a validated, positive number
 * of milliseconds: a call without a timeout makes no CallSignal at all).
 */
export function createCallSignal(callerSignal: AbortSignal | null | undefined, timeoutMs: number): CallSignal {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal!.reason);
  // A signal aborts once, and dispose() removes the listener in any case.
  if (callerSignal?.aborted) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener('abort', onCallerAbort);
  const timer = setTimeout(() => controller.abort(new MoniteTimeoutError(timeoutMs)), timeoutMs);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** Waits `ms`, rejecting with the signal's reason if it aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort);
  });
}

/** The signal's reason (every supported runtime sets one when a signal aborts). */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason;
}

/**
 * Lets one caller stop waiting for a promise when its signal aborts, without
 * cancelling the work for anyone else waiting on it (a shared token request,
 * or a fetch that does not honour the signal).
 */
export function waitWithSignal<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    // Nobody here waits for it any more; its own failure must not surface
    // as an unhandled rejection.
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort);
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
