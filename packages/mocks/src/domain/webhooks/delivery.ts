/**
 * What a webhook delivery is, as the dispatcher records it and as tests and
 * the admin surface read it: the options that shape sending and retrying,
 * one delivery with its attempts, and the retry schedule.
 */
import type { MoniteEvent } from '../../state/event-log.js';

/** Where delivery records are stored, per entity (the path of `GET /webhook_deliveries`). */
export const DELIVERIES_COLLECTION = '/webhook_deliveries';
/** Characters of a listener's answer kept in a delivery record. */
export const RESPONSE_LIMIT = 1000;

/** Sends one delivery request and answers with the listener's response. */
export type DeliverFunction = (request: Request) => Promise<Response>;

/** How deliveries are sent and retried. */
export interface WebhookOptions {
  /**
   * Sends a delivery. Default: `globalThis.fetch`, looked up at each call, so
   * msw handlers of your own app receive deliveries made in-process.
   */
  deliver?: DeliverFunction;
  /** Retries after a failed first attempt. Default 3 (in-process); `monite-mock` defaults to Monite-like 5. */
  retries?: number;
  /**
   * Waits before each retry, in ms: a list (the last value repeats) or a base
   * that doubles per retry. Default `[10, 20, 40]` in-process; `monite-mock`
   * waits 1 s, 5 s, 30 s, 2 min, 10 min like a production webhook sender.
   */
  backoffMs?: number | readonly number[];
  /** Deadline of one attempt in ms; a listener slower than this counts as failed. Default 10000. */
  timeoutMs?: number;
  /**
   * Time of the signature's `t=` in ms. Default `Date.now`: a listener checks
   * the signature's age against its own wall clock, whatever the mock's clock says.
   */
  signatureTime?: () => number;
}

/** The schedules a local Monite uses when nothing is configured. */
export const FAST_RETRIES = { retries: 3, backoffMs: [10, 20, 40] } as const;

/** One attempt of a delivery. */
export interface DeliveryAttempt {
  /** The `Monite-Signature` header sent. */
  signature: string;
  /** The listener's status; null after a network error or timeout. */
  status: number | null;
  /** The listener's answer (truncated), or the error. */
  response: string | null;
  /** When the attempt was sent, by the wall clock (ISO 8601): backoff waits are real time, whatever the mock's clock. */
  sentAt: string;
  /** How long the attempt took until its answer, error or timeout, in ms. */
  durationMs: number;
}

/** A delivery of one event to one subscription, with its attempts. */
export interface WebhookDelivery {
  /** The delivery record's id (as in `GET /webhook_deliveries`). */
  id: string;
  subscriptionId: string;
  /** The store scope of the partner the subscription belongs to. */
  partnerScope: string;
  url: string;
  /** The delivered event: the stored event plus `webhook_subscription_id`. */
  event: MoniteEvent & { webhook_subscription_id: string };
  /** The raw body sent (what a signature covers). */
  body: string;
  attempts: DeliveryAttempt[];
  /** pending, succeeded, failed (retries exhausted) or abandoned (subscription gone or disabled, mock reset or closed). */
  state: 'pending' | 'succeeded' | 'failed' | 'abandoned';
}

/** The wait before retry number `retry` (0-based). */
export function backoffFor(backoff: number | readonly number[], retry: number): number {
  if (typeof backoff === 'number') return backoff * 2 ** retry;
  return backoff[Math.min(retry, backoff.length - 1)] ?? 0;
}
