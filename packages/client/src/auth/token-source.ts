// Turns the `auth` option into a TokenSource.
import { waitWithSignal } from '../core/abort.js';
import { createClientCredentialsSource, type TokenEndpointConfig } from './client-credentials.js';
import { assertSendableToken } from './token-check.js';
import type { MoniteAuth, TokenSource } from './types.js';

/** Creates the token source for an `auth` option (undefined when the client sends no token). */
export function createTokenSource(
  auth: MoniteAuth | undefined,
  endpoint: TokenEndpointConfig,
): TokenSource | undefined {
  if (auth === undefined) return undefined;
  if ('token' in auth) return staticTokenSource(auth.token);
  if ('getToken' in auth) return tokenFunctionSource(auth.getToken);
  if ('clientId' in auth && 'clientSecret' in auth) return createClientCredentialsSource(auth, endpoint);
  throw new TypeError('auth must be { token }, { getToken } or { clientId, clientSecret[, entityUserId] }');
}

function staticTokenSource(token: string): TokenSource {
  // Refused at construction: a token that can never be sent is a configuration mistake.
  assertSendableToken(token, 'auth.token');
  const value = Promise.resolve(token);
  return {
    description: 'static token',
    getToken: () => value,
    // The same token would be rejected again: let the 401 through.
    // Stryker disable next-line ArrowFunction: undefined and false both mean 'do not retry'
    invalidate: () => false,
  };
}

function tokenFunctionSource(getToken: (context: { forceRefresh: boolean }) => string | Promise<string>): TokenSource {
  let rejected: string | undefined;
  return {
    description: 'token function',
    async getToken(signal) {
      const forceRefresh = rejected !== undefined;
      const token = await waitWithSignal(Promise.resolve(getToken({ forceRefresh })), signal);
      assertSendableToken(token, 'the token returned by auth.getToken');
      // Stop forcing refreshes once the function hands out a different token.
      if (token !== rejected) rejected = undefined;
      return token;
    },
    invalidate(token) {
      rejected = token;
      return true;
    },
  };
}
