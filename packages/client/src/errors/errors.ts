// Typed errors. One base class so `catch (e) { if (e instanceof MoniteError) }`
// covers everything the client throws, a `kind` for switch statements, and a
// subclass per kind for `instanceof` checks.
import { redactSecrets, redactText, shorten } from './redact.js';

/** What went wrong, coarsely: what a caller usually branches on. */
export type MoniteErrorKind =
  | 'bad-request'
  | 'auth'
  | 'permission'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limit'
  | 'server'
  | 'http'
  | 'network'
  | 'timeout'
  | 'pagination';

/** One item of a 422 response's `detail` array (FastAPI's validation shape). */
export interface ValidationDetail {
  /** Where the problem is, e.g. `['body', 'address', 'country']`. */
  loc: (string | number)[];
  /** Human-readable description. */
  msg: string;
  /** Machine-readable error type, e.g. `missing`. */
  type: string;
}

/** Options of the MoniteError constructor. */
export interface MoniteErrorOptions {
  /** The underlying error. */
  cause?: unknown;
  /** Values to redact from the message besides bearer tokens and `whsec_` secrets (the client secret, a static token). */
  secrets?: readonly string[] | undefined;
}

/** Base class of every error the client throws. Its message never carries a bearer token or a known secret. */
export class MoniteError extends Error {
  /** What went wrong, coarsely. */
  readonly kind: MoniteErrorKind;

  constructor(kind: MoniteErrorKind, message: string, options?: MoniteErrorOptions) {
    // The one place every message passes: whatever a server or a lower layer
    // quoted, the secrets stay out of logs. The secrets are not kept.
    super(redactText(message, options?.secrets), options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MoniteError';
    this.kind = kind;
  }
}

/** What the client knows about a failed HTTP response. */
export interface MoniteApiErrorInit {
  status: number;
  requestId?: string | undefined;
  body?: unknown;
  method?: string | undefined;
  url?: string | undefined;
  retryAfterMs?: number | undefined;
  /** What to say instead of the server's message, when the client knows better (e.g. a token endpoint answered HTML). */
  message?: string | undefined;
  /** Values to redact from the message and the body (the client secret, a static token); not stored. */
  secrets?: readonly string[] | undefined;
}

/**
 * Monite answered with an error status. `status`, `requestId` (quote it to
 * Monite support), the API's `message`, the 422 `details` and the parsed
 * `body` are all here.
 */
export class MoniteApiError extends MoniteError {
  /** HTTP status of the response. */
  readonly status: number;
  /** The `x-request-id` response header, when Monite sent one. */
  readonly requestId: string | undefined;
  /** The 422 `detail` items (empty for other statuses). */
  readonly details: ValidationDetail[];
  /** The parsed response body (JSON when it was JSON, text otherwise). */
  readonly body: unknown;
  /** HTTP method of the failed call. */
  readonly method: string | undefined;
  /** URL of the failed call (without credentials; Monite puts none in URLs). */
  readonly url: string | undefined;

  constructor(init: MoniteApiErrorInit, kind: MoniteErrorKind = kindForStatus(init.status)) {
    // The body is redacted too: it is logged as often as the message.
    const body = redactSecrets(init.body, init.secrets);
    const details = validationDetails(body);
    // The message is redacted as a whole by MoniteError, the request id (a
    // header any proxy can set) on its own as well.
    super(kind, describe({ ...init, body }, details), { secrets: init.secrets });
    this.name = 'MoniteApiError';
    this.status = init.status;
    this.requestId = init.requestId === undefined ? undefined : redactText(init.requestId, init.secrets);
    this.details = details;
    this.body = body;
    this.method = init.method;
    this.url = init.url;
  }
}

/** 400 (and other 4xx without a dedicated class): the request was malformed. */
export class MoniteBadRequestError extends MoniteApiError {
  constructor(init: MoniteApiErrorInit) {
    super(init, 'bad-request');
    this.name = 'MoniteBadRequestError';
  }
}

/** 401: the token is missing, expired or revoked, or the credentials are wrong. */
export class MoniteAuthError extends MoniteApiError {
  constructor(init: MoniteApiErrorInit) {
    super(init, 'auth');
    this.name = 'MoniteAuthError';
  }
}

/** 403: the token is valid but may not do this (role, entity, partner). */
export class MonitePermissionError extends MoniteApiError {
  constructor(init: MoniteApiErrorInit) {
    super(init, 'permission');
    this.name = 'MonitePermissionError';
  }
}

/** 404: no such resource (for this entity). */
export class MoniteNotFoundError extends MoniteApiError {
  constructor(init: MoniteApiErrorInit) {
    super(init, 'not-found');
    this.name = 'MoniteNotFoundError';
  }
}

/** 409: the resource's state does not allow this (e.g. a duplicate, a wrong status). */
export class MoniteConflictError extends MoniteApiError {
  constructor(init: MoniteApiErrorInit) {
    super(init, 'conflict');
    this.name = 'MoniteConflictError';
  }
}

/** 422: the request body or parameters broke the API's rules; see `details`. */
export class MoniteValidationError extends MoniteApiError {
  constructor(init: MoniteApiErrorInit) {
    super(init, 'validation');
    this.name = 'MoniteValidationError';
  }
}

/** 429: rate limited, after the client's own retries (if any) gave up. */
export class MoniteRateLimitError extends MoniteApiError {
  /** How long Monite asked to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(init: MoniteApiErrorInit) {
    super(init, 'rate-limit');
    this.name = 'MoniteRateLimitError';
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 5xx: Monite failed; usually worth retrying later. */
export class MoniteServerError extends MoniteApiError {
  constructor(init: MoniteApiErrorInit) {
    super(init, 'server');
    this.name = 'MoniteServerError';
  }
}

/** The request never got a response: DNS, connection refused or reset, TLS. */
export class MoniteNetworkError extends MoniteError {
  constructor(message: string, options?: MoniteErrorOptions) {
    super('network', message, options);
    this.name = 'MoniteNetworkError';
  }
}

/**
 * The call took longer than its `timeoutMs` (retries and waits included).
 * Distinct from a caller's own abort, which rejects with the signal's reason.
 */
export class MoniteTimeoutError extends MoniteError {
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;

  /** @param what what timed out, for the message; default "Monite request" */
  constructor(timeoutMs: number, what = 'Monite request') {
    super('timeout', `${what} timed out after ${timeoutMs} ms`);
    this.name = 'MoniteTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** Why pagination stopped with an error. */
export type MonitePaginationErrorReason = 'repeated-token' | 'max-pages';

/**
 * Pagination was stopped because it would not have ended: the server sent a
 * `next_pagination_token` it had already sent (a loop, e.g. A, B, A), or
 * `maxPages` pages were fetched and there were still more. The items yielded
 * before it are complete pages, but the list is not.
 */
export class MonitePaginationError extends MoniteError {
  /** Why iteration stopped. */
  readonly reason: MonitePaginationErrorReason;
  /** Pages fetched before stopping. */
  readonly pages: number;
  /** The offending token, shortened: enough to recognise it in logs, not to reuse it. */
  readonly token: string | undefined;

  constructor(reason: MonitePaginationErrorReason, init: { path: string; pages: number; token?: string | undefined }) {
    const token = init.token === undefined ? undefined : shorten(init.token);
    super(
      'pagination',
      reason === 'repeated-token'
        ? `Pagination of ${init.path} stopped after ${init.pages} pages: the server repeated next_pagination_token ${token}`
        : `Pagination of ${init.path} stopped at maxPages (${init.pages}) with more pages left`,
    );
    this.name = 'MonitePaginationError';
    this.reason = reason;
    this.pages = init.pages;
    this.token = token;
  }
}

/** Maps a status to its error kind. */
export function kindForStatus(status: number): MoniteErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 422) return 'validation';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad-request';
  return 'http';
}

/** Builds the most specific error class for a failed response. */
export function createApiError(init: MoniteApiErrorInit): MoniteApiError {
  switch (kindForStatus(init.status)) {
    case 'auth':
      return new MoniteAuthError(init);
    case 'permission':
      return new MonitePermissionError(init);
    case 'not-found':
      return new MoniteNotFoundError(init);
    case 'conflict':
      return new MoniteConflictError(init);
    case 'validation':
      return new MoniteValidationError(init);
    case 'rate-limit':
      return new MoniteRateLimitError(init);
    case 'server':
      return new MoniteServerError(init);
    case 'bad-request':
      return new MoniteBadRequestError(init);
    default:
      return new MoniteApiError(init);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `detail` items of a FastAPI validation body, tolerating other shapes. */
function validationDetails(body: unknown): ValidationDetail[] {
  if (!isRecord(body) || !Array.isArray(body.detail)) return [];
  return body.detail.filter(isRecord).map((item) => ({
    loc: Array.isArray(item.loc) ? (item.loc as (string | number)[]) : [],
    msg: String(item.msg ?? ''),
    type: typeof item.type === 'string' ? item.type : '',
  }));
}

/** Monite's own message when the body has one (`{ error: { message } }`), else the status. */
function describe(init: MoniteApiErrorInit, details: ValidationDetail[]): string {
  const prefix = `Monite API ${init.status}${init.method && init.url ? ` on ${init.method} ${pathOf(init.url)}` : ''}`;
  const message = init.message ?? serverMessage(init.body, details);
  const suffix = init.requestId ? ` (request id ${init.requestId})` : '';
  return `${prefix}: ${message ?? 'request failed'}${suffix}`;
}

function serverMessage(body: unknown, details: ValidationDetail[]): string | undefined {
  if (isRecord(body) && isRecord(body.error) && typeof body.error.message === 'string') return body.error.message;
  if (isRecord(body) && typeof body.message === 'string') return body.message;
  if (details.length > 0) return details.map((d) => `${d.loc.join('.')}: ${d.msg}`).join('; ');
  if (typeof body === 'string' && body.length > 0 && body.length <= 200) return body;
  return undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
