/**
 * Forced answers, the first step: a fault from configuration or from
 * `Prefer: code=NNN` (as Prism reads it) answers before any check, the way an
 * outage would. 2xx preferences change nothing.
 */
import type { MockOperation } from '../../operations/operation-table.js';
import { errorBody } from '../../shared/error-bodies.js';
import type { Reply } from '../../state/crud/request.js';
import { preferredStatus } from '../../wire/request-headers.js';
import type { Responder } from '../exchange.js';
import type { FaultInjector, FaultRule } from '../faults.js';

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

/** The forced answer of a request, if a fault or a `Prefer` header forces one. */
export function forcedReply(
  op: MockOperation,
  request: Request,
  faults: FaultInjector,
): { reply: Reply; headers: Record<string, string> } | undefined {
  const preferred = preferredStatus(request.headers);
  const rule: FaultRule | undefined = (preferred ?? 0) >= 400 ? { status: preferred as number } : faults.pick(op);
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

/** The forced-answer responder over the mock's fault injector. */
export function forcedResponder(faults: FaultInjector): Responder {
  return {
    name: 'forced answers (faults, Prefer: code=)',
    matches: () => true,
    answer: (exchange) => {
      const forced = forcedReply(exchange.op, exchange.request, faults);
      return forced && { ...forced.reply, headers: forced.headers };
    },
  };
}
