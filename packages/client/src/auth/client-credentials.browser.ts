// The browser build's stand-in for client-credentials.ts (tsup.config.ts swaps
// it in for bundlers that resolve the `browser` condition). A partner's client
// secret opens every entity of the partner, and anything shipped to a browser
// can be read by its user: so a browser never exchanges credentials, and its
// bundle does not carry the exchange (nor the error classes only it needs).
import type { ClientCredentialsAuth, TokenSource } from './types.js';
import type { TokenEndpointConfig } from './client-credentials.js';

/** What the refusal says; exported for the tests of both builds. */
export const BROWSER_CREDENTIALS_REFUSAL =
  'auth { clientId, clientSecret } is refused in the browser build of @monite-ts/client: a client secret sent to a browser can be read by anyone. Get the token on your server (POST /auth/token) and pass auth { token } or { getToken }';

/** Refuses client credentials: in a browser they would give the secret away. */
export function createClientCredentialsSource(_auth: ClientCredentialsAuth, _config: TokenEndpointConfig): TokenSource {
  throw new TypeError(BROWSER_CREDENTIALS_REFUSAL);
}
