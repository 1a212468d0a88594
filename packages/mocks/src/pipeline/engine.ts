import type { MockClock } from '../domain/clock.js';
import { errorBody } from '../domain/error-bodies.js';
import { operations } from '../generated/operations.js';
import { references } from '../generated/references.js';
import { schemaDocument } from '../generated/schemas.js';
import { bearerToken, declaredLength } from '../http/request-headers.js';
import { emptyResponse, jsonResponse, RATE_LIMIT_HEADERS } from '../http/responses.js';
import type { MockOperation } from '../operations/operation-table.js';
import { findRoute } from '../operations/router.js';
import { DataSequence } from '../state/data-sequence.js';
import { EventLog } from '../state/event-log.js';
import type { Change } from '../state/changes.js';
import { HistoryRecorder } from '../state/history.js';
import { finishOcrBeforeRead } from '../state/ocr-tasks.js';
import { receivablesSearch } from '../state/search-answers.js';
import { sectionRefusal } from '../state/section-refusals.js';
import { asStoredOperation, uploadBody } from '../state/uploads.js';
import { type Reply, Resources } from '../state/resources.js';
import { applyTimeEffects, type TimeEffects } from '../state/time-effects.js';
import { Store } from '../state/store.js';
import { FaultInjector, type FaultRule, sleep } from './faults.js';
import { eventEndpointReply } from './event-endpoints.js';
import { decideAccess, entityRefusal } from './access.js';
import { forcedReply } from './forced-reply.js';
import { type MeUpdate, meEndpointReply } from './me-endpoints.js';
import { validateRequest } from './request-validation.js';
import { tokenEndpointReply } from './token-endpoints.js';
import { type MockClient, TokenRegistry } from './tokens.js';
import { WebhookDispatcher, type WebhookOptions } from './webhooks.js';

/** Options of the in-memory Monite (see `createMonite`). */
export interface EngineOptions {
  seed: string;
  clients?: MockClient[];
  tokenLifetimeSeconds: number;
  staticTokens?: string[];
  /** The mock's time: data timestamps, token expiry, time-driven effects. */
  clock: MockClock;
  startTime: number;
  /** How webhooks are delivered and retried. */
  webhooks?: WebhookOptions;
  /** Whether changes are recorded as events (and delivered). Default true. */
  recordEvents?: boolean;
  latencyMs: number;
  faults: FaultRule[];
  /** Bytes of a request body read at most; longer bodies answer 413. */
  maxBodyBytes: number;
}

/** An operation of the table by its id. */
function operationById(operationId: string): MockOperation {
  return operations.find((operation) => operation.operationId === operationId) as MockOperation;
}

/** The 400 message for a URL path that does not decode. */
export const MALFORMED_PATH = 'The URL path is not valid percent-encoding.';

/** The 413 message: the cap, not the body, is what the caller needs to know. */
export const PAYLOAD_TOO_LARGE = 'Request body is too large.';

const MESSAGES_401: Record<string, string> = {
  missing: 'Authorization header is missing or is not a bearer token.',
  unknown: 'The access token is invalid.',
  expired: 'The access token has expired.',
  revoked: 'The access token has been revoked.',
};

/**
 * The request pipeline of the mock, in the order Monite applies its checks:
 * faults and latency, the API version, the bearer token, parameter and body
 * validation, then the stateful resource layer.
 */
export class MoniteEngine {
  readonly store = new Store();
  readonly tokens: TokenRegistry;
  readonly resources: Resources;
  readonly faults: FaultInjector;
  readonly clock: MockClock;
  readonly sequence: DataSequence;
  readonly events: EventLog;
  readonly webhooks: WebhookDispatcher;
  /** Payable and receivable history, written from the same changes as the events. */
  readonly history: HistoryRecorder;
  private requests = 0;
  /** Wall time of the last time-effects pass of a real clock (a fixed clock runs them when advanced). */
  private effectsRanAt = 0;
  latencyMs: number;

  constructor(private readonly options: EngineOptions) {
    this.tokens = new TokenRegistry({
      clients: options.clients,
      lifetimeSeconds: options.tokenLifetimeSeconds,
      clock: () => options.clock.tokenNow(),
      staticTokens: options.staticTokens,
      seed: options.seed,
    });
    this.clock = options.clock;
    this.sequence = new DataSequence(options.seed, options.startTime, options.clock);
    this.webhooks = new WebhookDispatcher(this.store, this.clock, options.seed, options.webhooks);
    this.events = new EventLog(
      this.store,
      options.seed,
      () => this.clock.iso(),
      (event, scope) => this.webhooks.enqueue(event, scope),
    );
    this.events.enabled = options.recordEvents ?? true;
    this.history = new HistoryRecorder(this.store, () => this.clock.iso());
    this.resources = new Resources(
      this.store,
      schemaDocument,
      operations,
      options.seed,
      options.startTime,
      references,
      {
        onChange: (change) => this.recordChange(change),
        sequence: this.sequence,
      },
    );
    this.faults = new FaultInjector(options.seed, options.faults);
    this.latencyMs = options.latencyMs;
  }

  /** Forgets all state: stored resources, tokens, counters. */
  reset(): void {
    this.store.clear();
    this.tokens.clear();
    this.resources.reset();
    this.faults.set(this.options.faults);
    this.requests = 0;
    this.clock.reset();
    this.events.reset();
    this.webhooks.reset();
  }

  /**
   * Applies what is due at the clock's time: recurrences issue, invoices fall
   * overdue, payment links expire, each with its event. Tokens need nothing:
   * they are checked against the clock when used.
   */
  applyTimeEffects(): TimeEffects {
    return applyTimeEffects({
      store: this.store,
      clock: this.clock,
      freshId: () => this.resources.freshId(),
      stamp: () => this.resources.now(),
      complete: (collection, record) => this.resources.completeFixture(collection, record),
      report: (change) => this.recordChange(change),
    });
  }

  /** Every stored change, from a request or the clock: the document's history, then its event. */
  private recordChange(change: Change): void {
    this.history.record(change);
    this.events.record(change);
  }

  /** Moves the clock forward and applies what became due. */
  advance(ms: number): TimeEffects {
    this.clock.advance(ms);
    return this.applyTimeEffects();
  }

  /**
   * The headers every answer carries, errors included: a fresh request id,
   * the echo of the requested version, and the rate-limit headers.
   */
  standardHeaders(request: Request): Record<string, string> {
    this.requests += 1;
    const requestId = `mock-${this.requests.toString(16).padStart(8, '0')}`;
    const version = request.headers.get('x-monite-version');
    const headers: Record<string, string> = { 'x-request-id': requestId, ...RATE_LIMIT_HEADERS };
    if (version) headers['x-monite-version'] = version;
    return headers;
  }

  /**
   * An error answer for a request that reaches no operation (unknown path or
   * method, a body over the cap, a URL that does not decode), in Monite's
   * error shape and with the standard headers.
   */
  answerError(request: Request, status: number, message: string, extra: Record<string, string> = {}): Response {
    return jsonResponse(status, errorBody(message), { ...this.standardHeaders(request), ...extra });
  }

  /** The cap on request bodies, for the HTTP adapters that read bodies themselves. */
  get maxBodyBytes(): number {
    return this.options.maxBodyBytes;
  }

  /**
   * Answers any request: routes it, then runs the pipeline. Requests that
   * reach no operation get Monite's error body and the standard headers: 400
   * for a path that is not valid percent-encoding, 404 for an unknown path, 405
   * (with `Allow`) for a known path with another method.
   */
  async fetch(request: Request): Promise<Response> {
    const found = findRoute(request.method, new URL(request.url).pathname);
    if (!found) return this.answerError(request, 404, 'Not Found');
    if ('malformed' in found) return this.answerError(request, 400, MALFORMED_PATH);
    if ('methodNotAllowed' in found)
      return this.answerError(request, 405, 'Method Not Allowed', { allow: found.allow.join(', ') });
    return this.handle(found.route.operation, request, found.params);
  }

  /** Answers one request for an operation whose path parameters were already extracted. */
  async handle(op: MockOperation, request: Request, pathParams: Record<string, string>): Promise<Response> {
    const headers = this.standardHeaders(request);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: sleep(0) is an already-resolved promise, like not sleeping
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    // A body declared longer than the cap is refused before anything is read, as a proxy in front of Monite would.
    const declared = declaredLength(request.headers);
    if ((declared ?? 0) > this.options.maxBodyBytes) return jsonResponse(413, errorBody(PAYLOAD_TOO_LARGE), headers);
    try {
      return await this.process(op, request, pathParams, headers);
    } catch (error) {
      return jsonResponse(500, errorBody(`Mock failure: ${(error as Error).message}`), headers);
    }
  }

  private async process(
    op: MockOperation,
    request: Request,
    pathParams: Record<string, string>,
    headers: Record<string, string>,
  ): Promise<Response> {
    const forced = forcedReply(op, request, this.faults);
    if (forced) return this.respond(op, forced.reply, { ...headers, ...forced.headers });
    if (!request.headers.get('x-monite-version')) {
      const message = 'The x-monite-version header is required. Send an API version such as 2024-05-25.';
      return jsonResponse(400, errorBody(message, 'missing_api_version'), headers);
    }
    if (op.secured) {
      const check = this.tokens.check(bearerToken(request.headers));
      if (check !== 'ok') return jsonResponse(401, errorBody(MESSAGES_401[check] as string), headers);
    }
    const { params, body, issues, tooLarge, files } = await validateRequest(op, request, pathParams, {
      maxBodyBytes: this.options.maxBodyBytes,
    });
    if (tooLarge) return jsonResponse(413, errorBody(PAYLOAD_TOO_LARGE), headers);
    if (issues.length > 0) return jsonResponse(422, { detail: issues }, headers);

    const identity = this.tokens.identity(bearerToken(request.headers));
    const access = decideAccess(
      op,
      identity,
      op.entityScoped ? (params.header['x-monite-entity-id'] as string | undefined) : undefined,
      this.store,
      this.options.clients?.[0]?.clientId,
    );
    if ('refusal' in access) return jsonResponse(access.refusal.status, errorBody(access.refusal.message), headers);
    const { entityId, scope } = access;
    // A real clock moves by itself: what fell due is applied before the request sees the state, at most once a minute.
    if (this.clock.mode.kind === 'real' && Date.now() - this.effectsRanAt > 60_000) {
      this.effectsRanAt = Date.now();
      this.applyTimeEffects();
    }
    const present = (o: MockOperation, s: number, v: unknown) => this.resources.present(o, s, v);
    // OCR finishes on the first read after its upload (state/ocr-tasks.ts).
    finishOcrBeforeRead(op, {
      store: this.store,
      scope,
      freshId: () => this.resources.freshId(),
      stamp: () => this.resources.now(),
      complete: (collection, record) => this.resources.completeFixture(collection, record),
      report: (change) => this.recordChange({ ...change, entityId }),
    });
    const origin = new URL(request.url).origin;
    const apiVersion = request.headers.get('x-monite-version') ?? undefined;
    // A PATCH of `/entity_users/me` or `/entities/me` is the update of the stored user or entity it names.
    const updateMe = (target: MeUpdate) =>
      this.resources.handle({
        operation: operationById(target.operationId),
        scope: target.scope,
        entityId: target.entityId,
        path: target.path,
        query: params.query,
        body,
        origin,
        apiVersion,
      });
    const reply =
      tokenEndpointReply(op, body, this.tokens, present) ??
      eventEndpointReply(
        op,
        pathParams,
        this.events,
        present,
        (eventEntity) => !entityRefusal(identity, eventEntity, this.store, access.partnerScope),
        access.partnerScope,
      ) ??
      meEndpointReply(op, identity, access.partnerScope, this.store, present, updateMe) ??
      receivablesSearch(op, { scope, entityId, query: params.query, body }, this.store, present) ??
      sectionRefusal(op, { scope, path: pathParams, body }, this.store) ??
      this.resources.handle({
        operation: asStoredOperation(op),
        scope,
        entityId,
        path: pathParams,
        query: params.query,
        body: uploadBody(op, body, params.query),
        files,
        origin,
        apiVersion,
      });
    return this.respond(op, reply, headers);
  }

  private respond(op: MockOperation, reply: Reply, headers: Record<string, string>): Response {
    if (reply.body === undefined) return emptyResponse(reply.status, headers);
    if (reply.body instanceof Uint8Array) {
      return new Response(reply.body as unknown as BodyInit, {
        status: reply.status,
        headers: { ...headers, 'content-type': op.responseContentType ?? 'application/octet-stream' },
      });
    }
    return jsonResponse(reply.status, reply.body, headers);
  }
}
