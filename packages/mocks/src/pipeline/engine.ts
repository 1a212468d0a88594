/**
 * The local Monite's engine: the state (store, tokens, events, history,
 * webhook deliveries, the clock) and the request pipeline, one ordered list
 * of responders walked in Monite's order: declared body size, forced faults,
 * API version, bearer token, validation, access, work the clock left due,
 * the domain's own endpoints, then the CRUD.
 */
import { entityRefusal } from '../domain/entities/access.js';
import type { RequestContext } from '../domain/module.js';
import { applyClockRules, ENDPOINTS, noEffects, ruleBook } from '../domain/registry.js';
import type { TimeEffects } from '../domain/module.js';
import type { WebhookOptions } from '../domain/webhooks/delivery.js';
import { WebhookDispatcher } from '../domain/webhooks/dispatcher.js';
import { operations } from '../generated/operations.js';
import { references } from '../generated/references.js';
import { schemaDocument } from '../generated/schemas.js';
import type { MockOperation } from '../operations/operation-table.js';
import { findRoute } from '../operations/router.js';
import { errorBody } from '../shared/error-bodies.js';
import type { Change } from '../state/changes.js';
import type { MockClock } from '../state/clock.js';
import type { WriteContext } from '../state/rules.js';
import { Crud } from '../state/crud/crud.js';
import type { Reply } from '../state/crud/request.js';
import { DataSequence } from '../state/data-sequence.js';
import { EventLog } from '../state/event-log.js';
import { HistoryRecorder } from '../state/history.js';
import { Store } from '../state/store.js';
import { type MockClient, TokenRegistry } from '../state/tokens.js';
import { emptyResponse, jsonResponse, RATE_LIMIT_HEADERS } from '../wire/responses.js';
import type { Answer, Exchange, Responder } from './exchange.js';
import { FaultInjector, type FaultRule, sleep } from './faults.js';
import { accessResponder } from './responders/access.js';
import { crudResponder, domainResponder } from './responders/answers.js';
import { forcedResponder } from './responders/forced.js';
import { authResponder, bodyCapResponder, versionResponder } from './responders/gates.js';
import { validationResponder } from './responders/validation.js';

export type { TimeEffects };

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

/** The 400 message for a URL path that does not decode. */
export const MALFORMED_PATH = 'The URL path is not valid percent-encoding.';

export { PAYLOAD_TOO_LARGE } from './responders/validation.js';

/** A real clock moves by itself: what fell due is applied before a request sees the state, at most once a minute. */
const REAL_CLOCK_EFFECTS_EVERY_MS = 60_000;

/** The engine of a local Monite. */
export class MoniteEngine {
  readonly store = new Store();
  readonly tokens: TokenRegistry;
  readonly crud: Crud;
  readonly faults: FaultInjector;
  readonly clock: MockClock;
  readonly sequence: DataSequence;
  readonly events: EventLog;
  readonly webhooks: WebhookDispatcher;
  /** Payable and receivable history, written from the same changes as the events. */
  readonly history: HistoryRecorder;
  /** The pipeline, in the order Monite applies its checks. */
  readonly responders: readonly Responder[];
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
      ruleBook,
      options.seed,
      () => this.clock.iso(),
      (event, scope) => this.webhooks.enqueue(event, scope),
    );
    this.events.enabled = options.recordEvents ?? true;
    this.history = new HistoryRecorder(this.store, ruleBook, () => this.clock.iso());
    this.crud = new Crud({
      store: this.store,
      document: schemaDocument,
      operations,
      references,
      rules: ruleBook,
      seed: options.seed,
      startTime: options.startTime,
      clock: this.clock,
      sequence: this.sequence,
      onChange: (change) => this.recordChange(change),
    });
    this.faults = new FaultInjector(options.seed, options.faults);
    this.latencyMs = options.latencyMs;
    this.responders = [
      bodyCapResponder(options.maxBodyBytes),
      forcedResponder(this.faults),
      versionResponder,
      authResponder(this.tokens),
      validationResponder(options.maxBodyBytes),
      accessResponder({
        store: this.store,
        tokens: this.tokens,
        firstClientId: options.clients?.[0]?.clientId,
        context: (exchange, identity, access) => this.contextOf(exchange, identity, access),
      }),
      {
        name: 'what a real clock made due',
        matches: () => this.clock.mode.kind === 'real',
        answer: () => {
          if (Date.now() - this.effectsRanAt > REAL_CLOCK_EFFECTS_EVERY_MS) {
            this.effectsRanAt = Date.now();
            this.applyTimeEffects();
          }
          return undefined;
        },
      },
      domainResponder(ENDPOINTS),
      crudResponder(this.crud),
    ];
  }

  /** The request context of an admitted request: built once, read by the domain and the CRUD. */
  private contextOf(
    exchange: Exchange,
    identity: RequestContext['identity'],
    access: { scope: string; entityId?: string; partnerScope: string },
  ): RequestContext {
    const url = new URL(exchange.request.url);
    return {
      op: exchange.op,
      path: exchange.pathParams,
      query: exchange.params.query,
      body: exchange.body,
      files: exchange.files,
      scope: access.scope,
      entityId: access.entityId,
      partnerScope: access.partnerScope,
      identity,
      origin: url.origin,
      apiVersion: exchange.request.headers.get('x-monite-version') ?? undefined,
      store: this.store,
      clock: this.clock,
      events: this.events,
      tokens: this.tokens,
      crud: this.crud,
      present: (op, status, value) => this.crud.writer.present(op, status, value),
      mayActFor: (entityId) => !entityRefusal(identity, entityId, this.store, access.partnerScope),
      write: (scope = access.scope) =>
        this.crud.writer.writeContext(scope, (change) => this.recordChange(change), access.entityId),
    };
  }

  /** Forgets all state: stored resources, tokens, counters. */
  reset(): void {
    this.store.clear();
    this.tokens.clear();
    this.crud.reset();
    this.faults.set(this.options.faults);
    this.requests = 0;
    this.clock.reset();
    this.events.reset();
    this.webhooks.reset();
  }

  /**
   * Applies what is due at the clock's time, scope by scope, each change with
   * its event: recurrences issue, invoices fall overdue, quotes and payment
   * links expire. Tokens need nothing: they are checked against the clock when used.
   */
  applyTimeEffects(): TimeEffects {
    const effects = noEffects();
    for (const scope of this.store.scopeIds()) applyClockRules(this.writeContext(scope), effects);
    return effects;
  }

  /**
   * A write context in a scope whose changes are recorded as a request's are
   * (history, events, webhooks): for what changes state outside a request
   * (the clock, the mock's payment page).
   */
  writeContext(scope: string, entityId?: string): WriteContext {
    return this.crud.writer.writeContext(scope, (change) => this.recordChange(change), entityId);
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
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    const exchange: Exchange = { request, op, pathParams, params: { path: {}, query: {}, header: {} } };
    try {
      for (const responder of this.responders) {
        if (!responder.matches(exchange)) continue;
        const answer = await responder.answer(exchange);
        if (answer) return this.respond(op, answer, headers);
      }
      // The CRUD answers every request that reaches it; this is never reached.
      // Stryker disable next-line StringLiteral: never reached (the CRUD answers every request), so no one reads the message
      throw new Error('no responder answered');
    } catch (error) {
      return jsonResponse(500, errorBody(`Mock failure: ${(error as Error).message}`), headers);
    }
  }

  private respond(op: MockOperation, answer: Answer, standard: Record<string, string>): Response {
    const headers = { ...standard, ...answer.headers };
    const reply: Reply = answer;
    if (reply.body === undefined) return emptyResponse(reply.status, headers);
    if (reply.body instanceof Uint8Array) {
      return new Response(reply.body as unknown as BodyInit, {
        status: reply.status,
        // Only operations that declare a binary media type answer bytes (a template's PDF preview).
        headers: { ...headers, 'content-type': op.responseContentType as string },
      });
    }
    return jsonResponse(reply.status, reply.body, headers);
  }
}
