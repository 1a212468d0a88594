/**
 * One request as it travels the pipeline: what routing found, what each
 * responder learned (parameters, body, scope), and the request context the
 * domain and the CRUD read, built once when access has been decided.
 */
import type { RequestContext } from '../domain/module.js';
import type { MockOperation } from '../operations/operation-table.js';
import type { RequestParameters } from '../schema/validation.js';
import type { UploadedFile } from '../shared/uploaded-file.js';
import type { Reply } from '../state/crud/request.js';

/** What a responder answers: a reply, and headers it adds to the standard ones. */
export interface Answer extends Reply {
  headers?: Record<string, string>;
}

/** One request in the pipeline. */
export interface Exchange {
  readonly request: Request;
  readonly op: MockOperation;
  /** Path parameters, as routed. */
  readonly pathParams: Record<string, string>;
  /** Parameters read and coerced by validation. */
  params: RequestParameters;
  /** The parsed body, once validation has read it. */
  body?: unknown;
  files?: Record<string, UploadedFile>;
  /** The request context, once access has been decided. */
  context?: RequestContext;
}

/**
 * One step of the pipeline. Responders are walked in order, the way msw
 * walks its handlers: the first whose `answer` returns something answers the
 * request; the others pass it on (and may have learned something on the way).
 */
export interface Responder {
  /** What the responder checks or answers, for the architecture page and traces. */
  readonly name: string;
  /** Whether the responder concerns this request at all. */
  matches(exchange: Exchange): boolean;
  /** Its answer, or undefined to pass the request on. */
  answer(exchange: Exchange): Answer | undefined | Promise<Answer | undefined>;
}

/** The request context; responders after access may rely on it. */
export function contextOf(exchange: Exchange): RequestContext {
  if (!exchange.context) throw new Error(`${exchange.op.operationId}: the request context is read before access`);
  return exchange.context;
}
