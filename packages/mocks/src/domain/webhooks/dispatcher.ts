/**
 * Webhook deliveries: each recorded event goes, signed, to every enabled
 * subscription that asks for it. Delivery runs after the answer (it never
 * delays the API), in order per subscription, retried with backoff on a
 * non-2xx answer, a redirect, a timeout or a network error; every attempt is
 * visible in `GET /webhook_deliveries`. No timer keeps a process alive.
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import type { MockClock } from '../../state/clock.js';
import { DataSequence } from '../../state/data-sequence.js';
import type { MoniteEvent } from '../../state/event-log.js';
import { PARTNER_SCOPE, type Store } from '../../state/store.js';
import { ownersOfEntity } from '../entities/lookup.js';
import {
  backoffFor,
  DELIVERIES_COLLECTION,
  type DeliveryAttempt,
  FAST_RETRIES,
  RESPONSE_LIMIT,
  type WebhookDelivery,
  type WebhookOptions,
} from './delivery.js';
import { signatureHeader } from './signature.js';

/** Where subscriptions are stored (partner-level, as `POST /webhook_subscriptions` stores them). */
export const SUBSCRIPTIONS_COLLECTION = '/webhook_subscriptions';

/** Whether a subscription's `event_types` admits an event: empty or absent admits all; entries may be bare (`created`) or full (`counterpart.created`). */
export function subscriptionWants(eventTypes: unknown, action: string, eventName: string): boolean {
  if (!Array.isArray(eventTypes) || eventTypes.length === 0) return true;
  return eventTypes.includes(eventName) || eventTypes.includes(action);
}
/** Most deliveries kept for `monite.webhooks.deliveries()`; the store keeps its own records. */
const MAX_KEPT = 10_000;

function truncate(text: string): string {
  return text.length > RESPONSE_LIMIT ? `${text.slice(0, RESPONSE_LIMIT)}…` : text;
}

/** Queues, sends, retries and records webhook deliveries. */
export class WebhookDispatcher {
  private readonly sequence: DataSequence;
  private readonly chains = new Map<string, Promise<void>>();
  private readonly waits = new Set<{ timer: ReturnType<typeof setTimeout>; resolve: () => void }>();
  private readonly controllers = new Set<AbortController>();
  private readonly kept: WebhookDelivery[] = [];
  /** Bumped by reset and close: work of an older generation stops at its next step. */
  private generation = 0;

  constructor(
    private readonly store: Store,
    private readonly clock: MockClock,
    seed: string,
    private readonly options: WebhookOptions = {},
  ) {
    this.sequence = new DataSequence(`${seed}:deliveries`, 0);
  }

  /**
   * The partner scopes whose subscriptions hear an event: for an entity's
   * event, the partner that created the entity, else the default partner
   * (entities named only by header belong to it); for an event of no entity,
   * the partner it was recorded for (its scope).
   */
  private partnerScopesOf(entityId: string | null, scope: string): string[] {
    if (!entityId) return [scope];
    const owners = ownersOfEntity(this.store, entityId);
    return owners.length > 0 ? owners : [PARTNER_SCOPE];
  }

  /** Queues the event for every enabled subscription that wants it; returns at once. */
  enqueue(event: MoniteEvent, scope: string): void {
    const name = event.action.slice(event.object_type.length + 1);
    for (const partnerScope of this.partnerScopesOf(event.entity_id, scope)) {
      for (const subscription of this.store.list(partnerScope, SUBSCRIPTIONS_COLLECTION)) {
        if (subscription.status !== 'enabled' || subscription.object_type !== event.object_type) continue;
        if (!subscriptionWants(subscription.event_types, event.action, name)) continue;
        this.queue(this.open(event, scope, subscription, partnerScope), scope);
      }
    }
  }

  /** Creates the delivery and its record (no attempt yet). */
  private open(event: MoniteEvent, scope: string, subscription: StoredRecord, partnerScope: string): WebhookDelivery {
    const delivered = { ...event, webhook_subscription_id: subscription.id };
    const delivery: WebhookDelivery = {
      id: this.sequence.freshId(),
      subscriptionId: subscription.id,
      partnerScope,
      url: String(subscription.url),
      event: delivered,
      body: JSON.stringify(delivered),
      attempts: [],
      state: 'pending',
    };
    this.kept.push(delivery);
    if (this.kept.length > MAX_KEPT) this.kept.shift();
    this.record(scope, delivery, null);
    return delivery;
  }

  /** Writes the delivery's record as `GET /webhook_deliveries` serves it (extra fields serve its filters). */
  private record(scope: string, delivery: WebhookDelivery, wasSuccessful: boolean | null): void {
    const last = delivery.attempts.at(-1);
    const existing = this.store.get(scope, DELIVERIES_COLLECTION, delivery.id);
    const now = this.clock.iso();
    this.store.put(scope, DELIVERIES_COLLECTION, {
      id: delivery.id,
      created_at: existing?.created_at ?? now,
      updated_at: now,
      event_id: delivery.event.id,
      url: delivery.url,
      requests_made_count: delivery.attempts.length,
      response_status_code: last?.status ?? null,
      response: last?.response ?? null,
      was_successful: wasSuccessful,
      object_type: delivery.event.object_type,
      event_action: delivery.event.action,
      webhook_subscription_id: delivery.subscriptionId,
    });
  }

  private queue(delivery: WebhookDelivery, scope: string): void {
    const generation = this.generation;
    const previous = this.chains.get(delivery.subscriptionId) ?? Promise.resolve();
    const next = previous.then(() => this.run(delivery, scope, generation));
    this.chains.set(delivery.subscriptionId, next);
    void next.then(() => {
      if (this.chains.get(delivery.subscriptionId) === next) this.chains.delete(delivery.subscriptionId);
    });
  }

  /** The subscription as it is now: deliveries follow disables, deletes and rotated secrets. */
  private liveSubscription(delivery: WebhookDelivery): StoredRecord | undefined {
    const subscription = this.store.get(delivery.partnerScope, SUBSCRIPTIONS_COLLECTION, delivery.subscriptionId);
    return subscription?.status === 'enabled' ? subscription : undefined;
  }

  private async run(delivery: WebhookDelivery, scope: string, generation: number): Promise<void> {
    const retries = this.options.retries ?? FAST_RETRIES.retries;
    const backoff = this.options.backoffMs ?? FAST_RETRIES.backoffMs;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await this.wait(backoffFor(backoff, attempt - 1));
      const subscription = generation === this.generation ? this.liveSubscription(delivery) : undefined;
      if (!subscription) {
        delivery.state = 'abandoned';
        return;
      }
      const outcome = await this.attempt(delivery, String(subscription.secret ?? ''));
      delivery.attempts.push(outcome);
      const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
      if (generation !== this.generation) {
        delivery.state = 'abandoned';
        return;
      }
      this.record(scope, delivery, ok);
      if (ok) {
        delivery.state = 'succeeded';
        return;
      }
    }
    delivery.state = 'failed';
  }

  /** One signed POST, with its own deadline; redirects are not followed (they count as failures). */
  private async attempt(delivery: WebhookDelivery, secret: string): Promise<DeliveryAttempt> {
    const sent = Date.now();
    const timing = () => ({ sentAt: new Date(sent).toISOString(), durationMs: Date.now() - sent });
    const seconds = Math.floor((this.options.signatureTime ?? Date.now)() / 1000);
    const signature = await signatureHeader(delivery.body, secret, seconds);
    const controller = new AbortController();
    this.controllers.add(controller);
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 10_000);
    // Stryker disable next-line OptionalChaining: Node's timers always have unref; the ?. is for browsers and workers (setTimeout gives a number there), which the mutation run does not use
    (timer as { unref?: () => void }).unref?.();
    try {
      const request = new Request(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'monite-signature': signature, 'user-agent': 'monite-ts-mock' },
        body: delivery.body,
        redirect: 'manual',
        signal: controller.signal,
      });
      const deliver = this.options.deliver ?? ((r: Request) => globalThis.fetch(r));
      const response = await deliver(request);
      const text = await response.text().catch(() => '');
      return { signature, status: response.status || null, response: truncate(text), ...timing() };
    } catch (error) {
      const message = controller.signal.aborted ? 'Timed out' : (error as Error).message || String(error);
      return { signature, status: null, response: truncate(message), ...timing() };
    } finally {
      clearTimeout(timer);
      this.controllers.delete(controller);
    }
  }

  /** A backoff wait that never keeps the process alive and ends at once on reset or close. */
  private wait(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const entry = {
        resolve,
        timer: setTimeout(() => {
          this.waits.delete(entry);
          resolve();
        }, ms),
      };
      // Stryker disable next-line OptionalChaining: Node's timers always have unref; the ?. is for browsers and workers (setTimeout gives a number there), which the mutation run does not use
      (entry.timer as { unref?: () => void }).unref?.();
      this.waits.add(entry);
    });
  }

  /** Resolves once every queued delivery has succeeded, failed or been abandoned. */
  async flush(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  /** Every delivery made so far (newest last), with its event, body, signatures and attempts. */
  deliveries(): WebhookDelivery[] {
    return [...this.kept];
  }

  /** Abandons queued and running deliveries: timers cleared, requests aborted. Later events are delivered again. */
  abandon(): void {
    // Stryker disable next-line AssignmentOperator: counting down also gives a number no earlier work holds, so older work stops just the same
    this.generation += 1;
    for (const wait of this.waits) {
      clearTimeout(wait.timer);
      wait.resolve();
    }
    this.waits.clear();
    for (const controller of this.controllers) controller.abort();
  }

  /** Abandons everything and forgets past deliveries (the store is cleared by its owner). */
  reset(): void {
    this.abandon();
    this.kept.length = 0;
    this.sequence.reset();
  }

  /** The id sequence's position, for a state snapshot. */
  position(): number {
    return this.sequence.position();
  }

  /** Puts the id sequence where a snapshot left it. */
  restore(position: number): void {
    this.sequence.restore(position);
  }
}
