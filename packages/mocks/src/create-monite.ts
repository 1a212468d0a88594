import type { HttpHandler } from 'msw';
import type { MockClient } from './state/tokens.js';
import { MoniteEngine } from './pipeline/engine.js';
import type { FaultRule } from './pipeline/faults.js';
import { createHandlers } from './http/msw-handlers.js';
import { DEFAULT_MAX_BODY_BYTES } from './wire/request-body.js';
import { operations } from './generated/operations.js';
import { fillPath } from './operations/path-templates.js';
import { PARTNER_SCOPE } from './state/store.js';
import { partnerScopeOf } from './domain/entities/access.js';
import type { StoredRecord } from './shared/stored-record.js';
import { type ClockMode, MockClock, parseClockMode } from './state/clock.js';
import { adminReply } from './http/admin.js';
import { paymentPageReply } from './http/payment-page.js';
import { exportState, importState, type MockSnapshot } from './pipeline/snapshot.js';
import type { FileContent } from './state/file-contents.js';
import type { WebhookDelivery, WebhookOptions } from './domain/webhooks/delivery.js';
import type { MoniteEvent } from './state/event-log.js';
import type { TimeEffects } from './domain/module.js';

/**
 * The `clock` option: `'real'` (objects are created now), `'fixed'` (at
 * `startTime`), `'fixed:<ISO time>'`, or (the older form) a function giving
 * the time tokens expire against, with data time fixed at `startTime`.
 */
export type ClockOption = 'real' | 'fixed' | `fixed:${string}` | (() => number);

/** The mock's clock, as a test sees it. */
export interface MockClockControl {
  /** `real` or `fixed`. */
  readonly mode: ClockMode['kind'];
  /** The mock's current time in ms since the epoch (what events, tokens and due dates are judged against). */
  now(): number;
  /**
   * Moves time forward and applies what fell due, each with its event:
   * tokens expire, issued invoices past due become `overdue`, active
   * recurrences issue their next invoice, payment links past `expires_at` expire,
   * batch payments waiting to run are carried out.
   */
  advance(ms: number): TimeEffects;
}

/** Events and webhook deliveries, for tests to wait for and inspect. */
export interface MockWebhooks {
  /** Resolves once every queued delivery has succeeded, failed (retries exhausted) or been abandoned. */
  flush(): Promise<void>;
  /** Every delivery so far, newest last: event, raw body, signature and answer of each attempt, outcome. */
  deliveries(): WebhookDelivery[];
  /** Every recorded event, oldest first. */
  events(): MoniteEvent[];
}

/** A resource to have in the store from the start (and after every `reset()`). */
export interface Fixture {
  /**
   * The collection path, concrete or as a template with `params`:
   * `/counterparts`, `/counterparts/{counterpart_id}/contacts`.
   */
  collection: string;
  /** Path parameter values for a templated `collection`. */
  params?: Record<string, string>;
  /** The owning entity (`x-monite-entity-id`); partner-level when absent. */
  entityId?: string;
  /**
   * For a partner-level object (an entity, a webhook subscription): the
   * client id of the partner it belongs to, among `clients`. Default: the
   * first client's partner (the only one without `clients`).
   */
  partner?: string;
  /** The stored object; `id`, `created_at` and `updated_at` are generated when absent. */
  data: Record<string, unknown>;
}

/** Options of `createMonite`. */
export interface CreateMoniteOptions {
  /** Seed of every generated value: the same seed and the same calls give the same data. Default `monite`. */
  seed?: string | number;
  /**
   * The partners: each client is one partner, and only these credentials get
   * tokens. Without it `POST /auth/token` issues a token for any client id that
   * is a UUID (another is a 422), with any secret, like a sandbox.
   */
  clients?: MockClient[];
  /** Bearer tokens accepted without `POST /auth/token` (they never expire). */
  tokens?: string[];
  /** Lifetime of issued tokens in seconds (`expires_in`). Default 86400. */
  tokenLifetimeSeconds?: number;
  /**
   * The mock's clock: `'fixed'` (default: data starts at `startTime` and moves
   * one second per write and with `monite.clock.advance`), `'fixed:<ISO time>'`,
   * or `'real'`. A function (the older form) is the time tokens expire against.
   */
  clock?: ClockOption;
  /** The first `created_at` of stored data (ISO 8601); each write advances one second. Default 2024-05-25T08:00:00Z. */
  startTime?: string;
  /** Delay before every answer, in milliseconds. */
  latencyMs?: number;
  /** Configured faults (429, 500, 503, ...) by operation and probability. */
  faults?: FaultRule[];
  /** Resources present from the start. */
  fixtures?: Fixture[];
  /**
   * Request bodies longer than this many bytes are not read and answer 413
   * with Monite's error body. Default 10 MiB (`DEFAULT_MAX_BODY_BYTES`).
   */
  maxBodyBytes?: number;
  /**
   * Webhook delivery: `deliver` (default `globalThis.fetch` at call time, so
   * your app's msw handlers receive deliveries), `retries`, `backoffMs`,
   * `timeoutMs`, `signatureTime`.
   */
  webhooks?: WebhookOptions;
  /** Whether changes are recorded as events and delivered. Default true. */
  recordEvents?: boolean;
}

/** A running in-memory Monite. */
export interface MoniteMock {
  /** msw request handlers for `setupServer` (Node) or `setupWorker` (browser). */
  handlers: HttpHandler[];
  /** Answers a fetch `Request` directly, without msw (used by the HTTP server). */
  fetch(request: Request): Promise<Response>;
  /** Empties the store, forgets tokens and reloads the fixtures: the state right after `createMonite`. */
  reset(): void;
  /** Replaces the configured faults at run time. */
  setFaults(faults: FaultRule[]): void;
  /** Changes the delay before every answer. */
  setLatency(ms: number): void;
  /** Issues a bearer token directly, as `POST /auth/token` would. */
  issueToken(clientId?: string): string;
  /** Stores a resource directly (same shape as a fixture); returns the stored object. */
  seedResource(fixture: Fixture): Record<string, unknown>;
  /** Reads the stored items of a collection (for assertions in tests). */
  list(collection: string, entityId?: string): Record<string, unknown>[];
  /** The number of operations with a handler (every operation of the bundled spec). */
  readonly operationCount: number;
  /** The mock's clock: read it, advance it. */
  readonly clock: MockClockControl;
  /** Recorded events and webhook deliveries. */
  readonly webhooks: MockWebhooks;
  /** The whole state as JSON data (objects, events, deliveries, tokens, clock), for `importState` or a file. */
  exportState(): MockSnapshot;
  /** Replaces the state with a snapshot from `exportState`; queued deliveries are abandoned. */
  importState(snapshot: unknown): void;
  /** Abandons queued webhook deliveries and their timers; the mock still answers. */
  close(): void;
  /** The content of an uploaded file (`POST /files`), as its `url` serves it; undefined once forgotten. */
  fileContent(fileId: string): FileContent | undefined;
}

/** Builds the clock from the `clock` and `startTime` options. */
function clockFrom(options: CreateMoniteOptions): MockClock {
  const start = Date.parse(options.startTime ?? '2024-05-25T08:00:00Z');
  const clock = options.clock;
  if (typeof clock === 'function') return new MockClock({ kind: 'fixed', start }, clock);
  return new MockClock(parseClockMode(clock ?? 'fixed', start));
}

/**
 * Creates an in-memory Monite: stateful per entity, validating against the
 * bundled spec, with deterministic data for a seed.
 *
 * @example
 * const monite = createMonite({ seed: 42 });
 * const server = setupServer(...monite.handlers);
 */
export function createMonite(options: CreateMoniteOptions = {}): MoniteMock {
  return buildMonite(options).mock;
}

/**
 * `createMonite` with its engine, for the package's own HTTP server, which
 * answers some requests (a body over the cap, an unsupported method) before
 * they can become a fetch `Request`. Not part of the public API.
 */
export function buildMonite(options: CreateMoniteOptions = {}): { mock: MoniteMock; engine: MoniteEngine } {
  const clock = clockFrom(options);
  const engine = new MoniteEngine({
    seed: String(options.seed ?? 'monite'),
    clients: options.clients,
    staticTokens: options.tokens,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 86_400,
    clock,
    startTime: clock.now(),
    webhooks: options.webhooks,
    recordEvents: options.recordEvents,
    latencyMs: options.latencyMs ?? 0,
    faults: options.faults ?? [],
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });

  const seedResource = (fixture: Fixture): Record<string, unknown> => {
    const scope = fixture.entityId ?? partnerScopeOf(fixture.partner, options.clients?.[0]?.clientId);
    const collection = fillPath(fixture.collection, fixture.params ?? {});
    const now = engine.crud.writer.now();
    const record = {
      created_at: now,
      updated_at: now,
      ...fixture.data,
      id: String(fixture.data.id ?? engine.crud.writer.freshId()),
    } as StoredRecord;
    if (fixture.entityId) record.entity_id ??= fixture.entityId;
    const complete = engine.crud.writer.completeFixture(fixture.collection, record);
    engine.store.put(scope, collection, complete);
    return complete;
  };
  const loadFixtures = (): void => {
    for (const fixture of options.fixtures ?? []) seedResource(fixture);
  };
  loadFixtures();

  const mock: MoniteMock = {
    handlers: createHandlers(engine),
    fetch: async (request) =>
      paymentPageReply(engine, request) ?? (await adminReply(mock, request)) ?? engine.fetch(request),
    reset() {
      engine.reset();
      loadFixtures();
    },
    setFaults: (faults) => engine.faults.set(faults),
    setLatency: (ms) => {
      engine.latencyMs = ms;
    },
    issueToken: (clientId = '00000000-0000-4000-8000-000000000000') => engine.tokens.issue(clientId).access_token,
    seedResource,
    list: (collection, entityId) => engine.store.list(entityId ?? PARTNER_SCOPE, collection),
    operationCount: operations.length,
    clock: {
      mode: clock.mode.kind,
      now: () => clock.now(),
      advance: (ms) => engine.advance(ms),
    },
    webhooks: {
      flush: () => engine.webhooks.flush(),
      deliveries: () => engine.webhooks.deliveries(),
      events: () => engine.events.all(),
    },
    exportState: () => exportState(engine),
    importState: (snapshot) => importState(engine, snapshot),
    close: () => engine.webhooks.abandon(),
    fileContent: (fileId) => engine.crud.fileContents.get(fileId),
  };
  return { mock, engine };
}
