import { createRandom, type Random } from '../schema/random.js';

/** A client the mock accepts at `POST /auth/token` when it is configured with a list. */
export interface MockClient {
  clientId: string;
  clientSecret: string;
}

/** Why a token was refused, or `ok`. */
export type TokenCheck = 'ok' | 'missing' | 'unknown' | 'expired' | 'revoked';

interface IssuedToken {
  clientId: string;
  expiresAt: number;
  revoked: boolean;
  entityUserId?: string;
}

/** Options of the token registry. */
export interface TokenRegistryOptions {
  /** Accepted credentials; when absent every client id and secret gets a token, as in a sandbox. */
  clients?: MockClient[];
  /** Lifetime of issued tokens, reported as `expires_in`. */
  lifetimeSeconds: number;
  /** Milliseconds since the epoch; injectable so tests can move time. */
  clock: () => number;
  /** Tokens accepted without being issued (never expire). */
  staticTokens?: string[];
  seed: string;
}

/**
 * The tokens the mock has issued, with their expiry and revocation, so the
 * 401 paths of a client can be tested: unknown, expired and revoked tokens
 * are refused like Monite refuses them.
 */
export class TokenRegistry {
  private readonly tokens = new Map<string, IssuedToken>();
  private random: Random;

  constructor(private readonly options: TokenRegistryOptions) {
    this.random = createRandom(`${options.seed}:tokens`);
  }

  /** Whether a client id and secret may obtain or revoke tokens. */
  accepts(clientId: string, clientSecret: string): boolean {
    const clients = this.options.clients;
    return !clients || clients.some((c) => c.clientId === clientId && c.clientSecret === clientSecret);
  }

  /** Issues a token; returns the body of `POST /auth/token`. */
  issue(clientId: string, entityUserId?: string): { access_token: string; expires_in: number; token_type: string } {
    const token = `mock_${this.random.hex(40)}`;
    this.tokens.set(token, {
      clientId,
      entityUserId,
      revoked: false,
      expiresAt: this.options.clock() + this.options.lifetimeSeconds * 1000,
    });
    return { access_token: token, expires_in: this.options.lifetimeSeconds, token_type: 'Bearer' };
  }

  /** Revokes a token of the given client; false when the token is not that client's. */
  revoke(clientId: string, token: string): boolean {
    const issued = this.tokens.get(token);
    if (!issued || issued.clientId !== clientId) return false;
    issued.revoked = true;
    return true;
  }

  /** Checks a bearer token. */
  check(token: string | undefined): TokenCheck {
    if (!token) return 'missing';
    if (this.options.staticTokens?.includes(token)) return 'ok';
    const issued = this.tokens.get(token);
    if (!issued) return 'unknown';
    if (issued.revoked) return 'revoked';
    if (this.options.clock() >= issued.expiresAt) return 'expired';
    return 'ok';
  }

  /** Forgets every issued token. */
  clear(): void {
    this.tokens.clear();
    this.random = createRandom(`${this.options.seed}:tokens`);
  }
}
