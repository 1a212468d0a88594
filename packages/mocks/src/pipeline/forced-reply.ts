import { errorBody } from '../domain/error-bodies.js';
import { preferredStatus } from '../http/request-headers.js';
import type { MockOperation } from '../operations/operation-table.js';
import type { Reply } from '../state/resources.js';
import type { FaultInjector, FaultRule } from './faults.js';

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
 * The first step of the pipeline: a fault from configuration or from
 * `Prefer: code=NNN` (as Prism reads it) answers before any check, the way
 * an outage would. 2xx preferences change nothing.
 */
export function forcedReply(
  op: MockOperation,
  request: Request,
  faults: FaultInjector,
): { reply: Reply; headers: Record<string, string> } | undefined {
  const preferred = preferredStatus(request.headers);
  const rule: FaultRule | undefined =
    // Stryker disable next-line ConditionalExpression: `undefined >= 400` is false as well; the undefined check only narrows the type
    preferred !== undefined && preferred >= 400 ? { status: preferred } : faults.pick(op);
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
