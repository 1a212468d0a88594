import type { HttpHandler } from 'msw';
import type { MockClient } from './pipeline/tokens.js';
import { MoniteEngine } from './pipeline/engine.js';
import type { FaultRule } from './pipeline/faults.js';
import { createHandlers } from './http/msw-handlers.js';
import { DEFAULT_MAX_BODY_BYTES } from './http/request-body.js';
import { operations } from './generated/operations.js';
import { fillPath } from './operations/path-templates.js';
import { PARTNER_SCOPE } from './state/store.js';
import type { StoredRecord } from './domain/stored-record.js';

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
  /** The stored object; `id`, `created_at` and `updated_at` are generated when absent. */
  data: Record<string, unknown>;
}

/** Options of `createMonite`. */
export interface CreateMoniteOptions {
  /** Seed of every generated value: the same seed and the same calls give the same data. Default `monite`. */
  seed?: string | number;
  /** Accepted client credentials; without it `POST /auth/token` issues tokens for any client, like a sandbox. */
  clients?: MockClient[];
  /** Bearer tokens accepted without `POST /auth/token` (they never expire). */
  tokens?: string[];
  /** Lifetime of issued tokens in seconds (`expires_in`). Default 86400. */
  tokenLifetimeSeconds?: number;
  /** Time source for token expiry, in ms since the epoch. Default `Date.now`. */
  clock?: () => number;
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
  const engine = new MoniteEngine({
    seed: String(options.seed ?? 'monite'),
    clients: options.clients,
    staticTokens: options.tokens,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 86_400,
    clock: options.clock ?? (() => Date.now()),
    startTime: Date.parse(options.startTime ?? '2024-05-25T08:00:00Z'),
    latencyMs: options.latencyMs ?? 0,
    faults: options.faults ?? [],
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });

  const seedResource = (fixture: Fixture): Record<string, unknown> => {
    const scope = fixture.entityId ?? PARTNER_SCOPE;
    const collection = fillPath(fixture.collection, fixture.params ?? {});
    const now = engine.resources.now();
    const record = {
      created_at: now,
      updated_at: now,
      ...fixture.data,
      id: String(fixture.data.id ?? engine.resources.freshId()),
    } as StoredRecord;
    if (fixture.entityId) record.entity_id ??= fixture.entityId;
    const complete = engine.resources.completeFixture(fixture.collection, record);
    engine.store.put(scope, collection, complete);
    return complete;
  };
  const loadFixtures = (): void => {
    for (const fixture of options.fixtures ?? []) seedResource(fixture);
  };
  loadFixtures();

  const mock: MoniteMock = {
    handlers: createHandlers(engine),
    fetch: (request) => engine.fetch(request),
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
  };
  return { mock, engine };
}
