import { errorBody } from '../domain/error-bodies.js';
import { operations } from '../generated/operations.js';
import { schemaDocument } from '../generated/schemas.js';
import { bearerToken } from '../http/request-headers.js';
import { emptyResponse, jsonResponse, RATE_LIMIT_HEADERS } from '../http/responses.js';
import type { MockOperation } from '../operations/operation-table.js';
import { type Reply, Resources } from '../state/resources.js';
import { PARTNER_SCOPE, Store } from '../state/store.js';
import { FaultInjector, type FaultRule, sleep } from './faults.js';
import { forcedReply } from './forced-reply.js';
import { validateRequest } from './request-validation.js';
import { tokenEndpointReply } from './token-endpoints.js';
import { type MockClient, TokenRegistry } from './tokens.js';

/** Options of the in-memory Monite (see `createMonite`). */
export interface EngineOptions {
  seed: string;
  clients?: MockClient[];
  tokenLifetimeSeconds: number;
  staticTokens?: string[];
  clock: () => number;
  startTime: number;
  latencyMs: number;
  faults: FaultRule[];
}

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
  private requests = 0;
  latencyMs: number;

  constructor(private readonly options: EngineOptions) {
    this.tokens = new TokenRegistry({
      clients: options.clients,
      lifetimeSeconds: options.tokenLifetimeSeconds,
      clock: options.clock,
      staticTokens: options.staticTokens,
      seed: options.seed,
    });
    this.resources = new Resources(this.store, schemaDocument, operations, options.seed, options.startTime);
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
  }

  /** Answers one request for an operation whose path parameters were already extracted. */
  async handle(op: MockOperation, request: Request, pathParams: Record<string, string>): Promise<Response> {
    this.requests += 1;
    const requestId = `mock-${this.requests.toString(16).padStart(8, '0')}`;
    const version = request.headers.get('x-monite-version');
    const headers: Record<string, string> = { 'x-request-id': requestId, ...RATE_LIMIT_HEADERS };
    if (version) headers['x-monite-version'] = version;
    if (this.latencyMs > 0) await sleep(this.latencyMs);
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
    const { params, body, issues } = await validateRequest(op, request, pathParams);
    if (issues.length > 0) return jsonResponse(422, { detail: issues }, headers);

    const entityId = op.entityScoped ? (params.header['x-monite-entity-id'] as string) : undefined;
    const scope = entityId ?? PARTNER_SCOPE;
    const reply =
      tokenEndpointReply(op, body, this.tokens, (o, s, v) => this.resources.present(o, s, v)) ??
      this.resources.handle({
        operation: op,
        scope,
        entityId,
        path: pathParams,
        query: params.query,
        body,
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
