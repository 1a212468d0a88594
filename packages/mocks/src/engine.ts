import { TokenRegistry, type MockClient } from './auth.js';
import { FaultInjector, sleep, type FaultRule } from './faults.js';
import { operations } from './generated/operations.js';
import { schemaDocument } from './generated/schemas.js';
import { bearerToken, emptyResponse, errorBody, jsonResponse, preferredStatus, RATE_LIMIT_HEADERS } from './http.js';
import type { MockOperation } from './operation.js';
import { readBody } from './request-body.js';
import { Resources, type Reply } from './resources.js';
import { PARTNER_SCOPE, Store } from './store.js';
import { readParameters, SpecValidator, type RequestParameters, type ValidationIssue } from './validation.js';

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

let sharedValidator: SpecValidator | undefined;

/**
 * The spec validator, shared by every mock in a process: compiled schemas do
 * not depend on state, and compiling them is the slow part of a first request.
 */
export function specValidator(): SpecValidator {
  sharedValidator ??= new SpecValidator(schemaDocument);
  return sharedValidator;
}

const MESSAGES_401: Record<string, string> = {
  missing: 'Authorization header is missing or is not a bearer token.',
  unknown: 'The access token is invalid.',
  expired: 'The access token has expired.',
  revoked: 'The access token has been revoked.',
};

const FORCED_MESSAGES: Record<number, string> = {
  400: 'Bad request.',
  401: 'The access token is invalid.',
  403: 'Access forbidden.',
  404: 'Not found.',
  409: 'Conflict.',
  429: 'Too many requests. Retry after the number of seconds in Retry-After.',
  500: 'Internal server error.',
  503: 'Service temporarily unavailable.',
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
    const forced = this.forcedReply(op, request);
    if (forced) return this.respond(op, forced.reply, { ...headers, ...forced.headers });
    if (!request.headers.get('x-monite-version')) {
      const message = 'The x-monite-version header is required. Send an API version such as 2024-05-25.';
      return jsonResponse(400, errorBody(message, 'missing_api_version'), headers);
    }
    if (op.secured) {
      const check = this.tokens.check(bearerToken(request.headers));
      if (check !== 'ok') return jsonResponse(401, errorBody(MESSAGES_401[check] as string), headers);
    }
    const validator = specValidator();
    const schemas = validator.schemasOf(op.operationId);
    const url = new URL(request.url);
    const issues: ValidationIssue[] = [];
    let params: RequestParameters = { path: {}, query: {}, header: {} };
    if (schemas) {
      params = readParameters(schemas, validator.document, url, request.headers, pathParams);
      issues.push(...validator.validateParameters(op.operationId, 'path', params.path));
      issues.push(...validator.validateParameters(op.operationId, 'header', params.header));
      // With a pagination token every other query parameter is ignored, as Monite documents.
      if (typeof params.query.pagination_token === 'string')
        params.query = { pagination_token: params.query.pagination_token };
      else issues.push(...validator.validateParameters(op.operationId, 'query', params.query));
    }
    const body = await readBody(request, schemas);
    issues.push(...body.issues);
    if (body.issues.length === 0 && body.value !== undefined)
      issues.push(...validator.validateBody(op.operationId, body.value));
    if (issues.length > 0) return jsonResponse(422, { detail: issues }, headers);

    const entityId = op.entityScoped ? (params.header['x-monite-entity-id'] as string) : undefined;
    const scope = entityId ?? PARTNER_SCOPE;
    const reply =
      this.special(op, body.value) ??
      this.resources.handle({
        operation: op,
        scope,
        entityId,
        path: pathParams,
        query: params.query,
        body: body.value,
      });
    return this.respond(op, reply, headers);
  }

  /** Authentication endpoints: they act on the token registry, not on stored resources. */
  private special(op: MockOperation, body: unknown): Reply | undefined {
    if (op.method !== 'POST' || (op.path !== '/auth/token' && op.path !== '/auth/revoke')) return undefined;
    const payload = (body ?? {}) as Record<string, string>;
    const clientId = payload.client_id ?? '';
    if (!this.tokens.accepts(clientId, payload.client_secret ?? '')) {
      return { status: 401, body: errorBody('Invalid client credentials.') };
    }
    if (op.path === '/auth/token') {
      if (payload.grant_type === 'entity_user' && !payload.entity_user_id) {
        return {
          status: 422,
          body: {
            detail: [
              { loc: ['body', 'entity_user_id'], msg: 'Field required for grant_type entity_user', type: 'missing' },
            ],
          },
        };
      }
      return { status: op.successStatus, body: this.tokens.issue(clientId, payload.entity_user_id) };
    }
    // Revoking a token that is unknown or another client's changes nothing, and says so no differently (as OAuth's revocation does).
    this.tokens.revoke(clientId, payload.token ?? '');
    return {
      status: op.successStatus,
      body: this.resources.present(op, op.successStatus, { message: 'Token revoked.' }),
    };
  }

  /** A fault from configuration or from `Prefer: code=NNN`; 2xx preferences change nothing. */
  private forcedReply(
    op: MockOperation,
    request: Request,
  ): { reply: Reply; headers: Record<string, string> } | undefined {
    const preferred = preferredStatus(request.headers);
    const rule: FaultRule | undefined =
      preferred !== undefined && preferred >= 400 ? { status: preferred } : this.faults.pick(op);
    if (!rule || rule.status < 400) return undefined;
    const status = rule.status;
    const extra: Record<string, string> = {};
    if (status === 429 || status === 503) extra['Retry-After'] = String(rule.retryAfterSeconds ?? 1);
    if (status === 429) Object.assign(extra, { 'RateLimit-Remaining': '0', 'X-RateLimit-Remaining-Second': '0' });
    const body =
      status === 422
        ? { detail: [{ loc: ['body'], msg: 'Validation failed (forced by the mock).', type: 'value_error' }] }
        : errorBody(FORCED_MESSAGES[status] ?? `Forced status ${status}.`);
    return { reply: { status, body }, headers: extra };
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
