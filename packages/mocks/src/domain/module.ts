/**
 * The shape of a domain module: one Monite object family (payables,
 * receivables, counterparts, ...) with everything Monite enforces for it: the
 * rules of its collections, the endpoints it answers itself, and what the
 * clock does to its objects. `registry.ts` lists the modules; the pipeline
 * and the CRUD consult that one table.
 */
import type { MockOperation } from '../operations/operation-table.js';
import type { MockClock } from '../state/clock.js';
import type { Crud } from '../state/crud/crud.js';
import type { Reply, ResourceRequest } from '../state/crud/request.js';
import type { EventLog } from '../state/event-log.js';
import type { CollectionRules, WriteContext } from '../state/rules.js';
import type { Store } from '../state/store.js';
import type { Identity, TokenRegistry } from '../state/tokens.js';
import type { UploadedFile } from '../shared/uploaded-file.js';

/** One request after validation and access, as a domain endpoint reads it: built once per request. */
export interface RequestContext {
  op: MockOperation;
  /** Path parameters, as routed. */
  path: Record<string, string>;
  /** Query parameters, coerced to their schemas. */
  query: Record<string, unknown>;
  /** The parsed body (form fields for multipart). */
  body: unknown;
  /** Files uploaded with a multipart body, by form field. */
  files?: Record<string, UploadedFile>;
  /** The store scope the request reads and writes. */
  scope: string;
  /** The request's entity, when the operation is entity-scoped and names one. */
  entityId?: string;
  /** The scope of the partner the token belongs to. */
  partnerScope: string;
  /** Who the token acts for. */
  identity: Identity;
  /** The origin the request was sent to, for URLs the mock hands out. */
  origin: string;
  /** The request's `x-monite-version`. */
  apiVersion?: string;
  store: Store;
  clock: MockClock;
  events: EventLog;
  tokens: TokenRegistry;
  crud: Crud;
  /** Shapes a value to the schema of a status of an operation. */
  present(op: MockOperation, status: number, value: unknown): unknown;
  /** Whether the token may act for an entity (its partner owns it, its user belongs to it). */
  mayActFor(entityId: string): boolean;
  /** A write context in a scope (the request's by default), for rules that write outside the CRUD. */
  write(scope?: string): WriteContext;
}

/**
 * An endpoint a domain module answers itself, before the generic CRUD: a
 * refusal that needs other objects, an answer computed from the store, an
 * operation that is another one in disguise. `answer` returns undefined to
 * let the next responder answer.
 */
export interface Endpoint {
  /** Whether the endpoint concerns this operation. */
  matches(op: MockOperation): boolean;
  answer(ctx: RequestContext): Reply | undefined;
}

/** What the clock changed, by kind: ids of the objects. */
export interface TimeEffects {
  /** Invoices that became `overdue`. */
  overdue: string[];
  /** Invoices issued by recurrences. */
  issued: string[];
  /** Recurrences that issued their last invoice (now `completed`). */
  completed: string[];
  /** Payment links that expired. */
  expired: string[];
  /** Quotes past their expiry date (now `expired`). */
  expiredQuotes: string[];
  /** Batch payments carried out (now `succeeded`, `partially_successful` or `failed`). */
  batchPayments: string[];
}

/** What a module does when time passes, in one scope of the store. */
export type ClockRule = (ctx: WriteContext, effects: TimeEffects) => void;

/** One Monite object family. */
export interface DomainModule {
  /** The family's name, for the architecture page and error messages. */
  name: string;
  collections?: readonly CollectionRules[];
  endpoints?: readonly Endpoint[];
  /** Applied in registry order when the clock moves (recurrences issue before invoices fall overdue). */
  clock?: ClockRule;
}

/** An endpoint for one method and path template. */
export function endpoint(
  method: MockOperation['method'],
  path: string,
  answer: (ctx: RequestContext) => Reply | undefined,
): Endpoint {
  return { matches: (op) => op.method === method && op.path === path, answer };
}

/**
 * Hands a request to the CRUD as it came, or with some of its parts replaced
 * (another operation, path or body): a domain endpoint that adds to what the
 * CRUD does gets the object's own rules, history and events first.
 */
export function viaCrud(ctx: RequestContext, replaced: Partial<ResourceRequest> = {}): Reply {
  return ctx.crud.handle({
    operation: ctx.op,
    scope: ctx.scope,
    entityId: ctx.entityId,
    path: ctx.path,
    query: ctx.query,
    body: ctx.body,
    files: ctx.files,
    origin: ctx.origin,
    apiVersion: ctx.apiVersion,
    ...replaced,
  });
}
