// The public shapes of the `auth` option and the internal contract every
// token source fulfils.

/** A fixed bearer token (e.g. one your backend obtained for a browser). */
export interface StaticTokenAuth {
  /** The access token, sent as `Authorization: Bearer <token>`. */
  token: string;
}

/** What a token function is told about why it is called. */
export interface TokenRequestContext {
  /** True after Monite rejected the previous token with 401: return a fresh one, not a cached one. */
  forceRefresh: boolean;
}

/** Your own token function: the client calls it for every request, so cache inside it. */
export interface TokenFunctionAuth {
  /** Returns the access token to send. */
  getToken: (context: TokenRequestContext) => string | Promise<string>;
}

/**
 * Client credentials: the client exchanges them at `POST /auth/token`, caches
 * the token until shortly before it expires and refreshes it when needed.
 * With `entityUserId` it asks for an entity-user token (`grant_type:
 * entity_user`), otherwise for a partner token (`client_credentials`).
 */
export interface ClientCredentialsAuth {
  /** The partner's client id (a uuid). */
  clientId: string;
  /** The partner's client secret. Never logged, never put in errors. */
  clientSecret: string;
  /** Act as this entity user (`grant_type: entity_user`). */
  entityUserId?: string;
  /**
   * Deadline of one token exchange (its retries included), in milliseconds.
   * Calls waiting for a token fail with MoniteTimeoutError when it passes,
   * and the next call starts a fresh exchange. Default 30 000.
   */
  tokenTimeoutMs?: number;
}

/** The `auth` option: a token, a token function, or client credentials. */
export type MoniteAuth = StaticTokenAuth | TokenFunctionAuth | ClientCredentialsAuth;

/** Internal: where the transport gets tokens from. */
export interface TokenSource {
  /** A token to send now; concurrent callers share one acquisition. `signal` is the call's Request's. */
  getToken(signal: AbortSignal): Promise<string>;
  /**
   * Called when Monite answered 401 to `token`. Returns whether asking again
   * can give a different token (false for a static token).
   */
  invalidate(token: string): boolean;
  /** Whether a 401 can be answered with another token (false for a static token). */
  readonly refreshable: boolean;
  /** A description without secrets, for inspect/toJSON. */
  readonly description: string;
}
