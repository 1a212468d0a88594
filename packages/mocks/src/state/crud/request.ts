/** One validated request as the CRUD sees it, and what it answers. */
import type { MockOperation } from '../../operations/operation-table.js';
import { errorBody } from '../../shared/error-bodies.js';
import type { UploadedFile } from '../../shared/uploaded-file.js';
import { notFoundMessage } from '../object-names.js';

/** What an operation answers: a status and a body (undefined for none, bytes for a file). */
export interface Reply {
  status: number;
  body?: unknown;
}

/** One validated request, as the CRUD sees it. */
export interface ResourceRequest {
  operation: MockOperation;
  scope: string;
  entityId?: string;
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** The request's `x-monite-version`, carried into the events of its changes. */
  apiVersion?: string;
  body: unknown;
  /** Files uploaded with a multipart body, by form field. */
  files?: Readonly<Record<string, UploadedFile>>;
  /** The origin the request was sent to (`https://api.sandbox.monite.com`), for URLs the mock hands out. */
  origin?: string;
}

/** A refusal in Monite's error shape. */
export function refusal(status: number, message: string): Reply {
  return { status, body: errorBody(message) };
}

/** The 404 of an object a path names, in Monite's words ("Counterpart <id> was not found."). */
export function notFound(collectionSegment: string, id: string): Reply {
  return refusal(404, notFoundMessage(collectionSegment, id));
}

/**
 * The status of a refused change: 409 where the operation declares it; else
 * 400, the status Monite answers for a request it understood but will not
 * carry out in the object's current state. Never a 2xx.
 */
export function conflictStatus(op: MockOperation): 409 | 400 {
  return op.statuses.includes('409') ? 409 : 400;
}
