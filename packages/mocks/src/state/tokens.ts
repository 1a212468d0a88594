import { createRandom, type Random } from '../schema/random.js';

/** A client the mock accepts at `POST /auth/token` when it is configured with a list. */
export interface MockClient {
  clientId: string;
  clientSecret: string;
}

/** Why a token was refused, or `ok`. */
export type TokenCheck = 'ok' | 'missing' | 'unknown' | 'expired' | 'revoked';

/** Who a token acts for. */
export interface Identity {
  clientId?: string;
  entityUserId?: string;
}

/** What the registry knows of an issued token. */
export interface IssuedToken {
  clientId: string;
  expiresAt: number;
  revoked: boolean;
  revokedAt?: number;
  entityUserId?: string;
}

/** How long a dead (expired or revoked) token is remembered, so it is refused as such: one hour. */
export const TOKEN_MEMORY_MS = 60 * 60 * 1000;
/** Most tokens the registry holds; past it the oldest go first. */
export const MAX_TOKENS = 10_000;
/** Pruning runs every this many issued tokens, so issuing stays O(1) on average. */
const PRUNE_EVERY = 256;

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
  private issuedSincePrune = 0;

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
    this.issuedSincePrune += 1;
    if (this.issuedSincePrune >= PRUNE_EVERY) this.prune();
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
    issued.revokedAt ??= this.options.clock();
    return true;
  }

  /** Who a live token acts for: the client it was issued to and, for entity-user tokens, the user. */
  identity(token: string | undefined): Identity {
    const issued = token ? this.tokens.get(token) : undefined;
    return issued ? { clientId: issued.clientId, entityUserId: issued.entityUserId } : {};
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

  /**
   * Forgets tokens that can no longer be used: expired or revoked more than
   * `TOKEN_MEMORY_MS` ago (until then a client still hears "expired" or
   * "revoked" rather than "invalid"), and, past `MAX_TOKENS`, the oldest. A
   * long-running mock that issues a token per test keeps a bounded registry.
   */
  prune(): void {
    this.issuedSincePrune = 0;
    const now = this.options.clock();
    for (const [token, issued] of this.tokens) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a live token's or a just-expired token's age is never past TOKEN_MEMORY_MS, so it stays either way
      const deadSince = issued.revokedAt ?? (now >= issued.expiresAt ? issued.expiresAt : undefined);
      // Stryker disable next-line ConditionalExpression: `now - undefined` is NaN, which is never past TOKEN_MEMORY_MS
      if (deadSince !== undefined && now - deadSince > TOKEN_MEMORY_MS) this.tokens.delete(token);
    }
    // Maps iterate in insertion order: the first keys are the oldest tokens.
    for (const token of this.tokens.keys()) {
      if (this.tokens.size <= MAX_TOKENS) break;
      this.tokens.delete(token);
    }
  }

  /** How many tokens the registry holds (issued and not yet pruned). */
  get size(): number {
    return this.tokens.size;
  }

  /** The issued tokens as plain data, for a state snapshot. */
  dump(): Array<{ token: string } & IssuedToken> {
    return [...this.tokens].map(([token, issued]) => ({ token, ...issued }));
  }

  /** Replaces the issued tokens with a snapshot's, so clients keep their tokens across a restart. */
  load(tokens: ReadonlyArray<{ token: string } & IssuedToken>): void {
    this.tokens.clear();
    for (const { token, ...issued } of tokens) this.tokens.set(token, issued);
    // A fresh stream per restored registry, so new tokens do not replay the restored ones.
    this.random = createRandom(`${this.options.seed}:tokens:${tokens.length}:${tokens.at(-1)?.token ?? ''}`);
  }

  /** Forgets every issued token. */
  clear(): void {
    this.tokens.clear();
    this.random = createRandom(`${this.options.seed}:tokens`);
  }
}
