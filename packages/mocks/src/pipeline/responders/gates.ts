/**
 * The checks Monite makes before it reads a request: a body declared over
 * the cap (413, before anything is read, as a proxy in front of Monite
 * answers), the API version header (400), the bearer token (401).
 */
import { errorBody } from '../../shared/error-bodies.js';
import type { TokenRegistry } from '../../state/tokens.js';
import { bearerToken, declaredLength } from '../../wire/request-headers.js';
import type { Responder } from '../exchange.js';
import { PAYLOAD_TOO_LARGE } from './validation.js';

/** A body declared longer than the cap is refused before it is read. */
export function bodyCapResponder(maxBodyBytes: number): Responder {
  return {
    name: 'declared body size',
    matches: (exchange) => (declaredLength(exchange.request.headers) ?? 0) > maxBodyBytes,
    answer: () => ({ status: 413, body: errorBody(PAYLOAD_TOO_LARGE) }),
  };
}

/** The message of a missing `x-monite-version`. */
export const MISSING_VERSION = 'The x-monite-version header is required. Send an API version such as 2024-05-25.';

/** Every operation needs `x-monite-version`. */
export const versionResponder: Responder = {
  name: 'API version',
  matches: (exchange) => !exchange.request.headers.get('x-monite-version'),
  answer: () => ({ status: 400, body: errorBody(MISSING_VERSION, 'missing_api_version') }),
};

const MESSAGES_401: Record<string, string> = {
  missing: 'Authorization header is missing or is not a bearer token.',
  unknown: 'The access token is invalid.',
  expired: 'The access token has expired.',
  revoked: 'The access token has been revoked.',
};

/** Secured operations need a token the registry accepts. */
export function authResponder(tokens: TokenRegistry): Responder {
  return {
    name: 'bearer token',
    matches: (exchange) => exchange.op.secured,
    answer: (exchange) => {
      const check = tokens.check(bearerToken(exchange.request.headers));
      return check === 'ok' ? undefined : { status: 401, body: errorBody(MESSAGES_401[check] as string) };
    },
  };
}
