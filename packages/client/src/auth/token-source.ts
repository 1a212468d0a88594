// Turns the `auth` option into a TokenSource.
import { waitWithSignal } from '../core/abort.js';
import { createClientCredentialsSource, type TokenEndpointConfig } from './client-credentials.js';
import { sendableToken } from './token-check.js';
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
  const value = Promise.resolve(sendableToken(token, 'auth.token'));
  return {
    description: 'static token',
    refreshable: false,
    getToken: () => value,
    // The same token would be rejected again: let the 401 through.
    invalidate: () => false,
  };
}

function tokenFunctionSource(getToken: (context: { forceRefresh: boolean }) => string | Promise<string>): TokenSource {
  let rejected: string | undefined;
  return {
    description: 'token function',
    refreshable: true,
    async getToken(signal) {
      const forceRefresh = rejected !== undefined;
      const given = await waitWithSignal(Promise.resolve(getToken({ forceRefresh })), signal);
      const token = sendableToken(given, 'the token returned by auth.getToken');
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
