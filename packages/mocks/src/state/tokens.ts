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
/** Pruning runs every this many issued tokens, so issuing stays O(1) on average. */
const PRUNE_EVERY = 256;

/** Told of every token issued or revoked, so a journal can keep them across a restart. */
export type TokenObserver = (token: string, issued: IssuedToken) => void;

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
  /** Who is told of issued and revoked tokens; none by default. */
  observer: TokenObserver | undefined;

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
    const issued: IssuedToken = {
      clientId,
      entityUserId,
      revoked: false,
      expiresAt: this.options.clock() + this.options.lifetimeSeconds * 1000,
    };
    this.tokens.set(token, issued);
    this.observer?.(token, issued);
    return { access_token: token, expires_in: this.options.lifetimeSeconds, token_type: 'Bearer' };
  }

  /** Revokes a token of the given client; false when the token is not that client's. */
  revoke(clientId: string, token: string): boolean {
    const issued = this.tokens.get(token);
    if (!issued || issued.clientId !== clientId) return false;
    issued.revoked = true;
    issued.revokedAt ??= this.options.clock();
    this.observer?.(token, issued);
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
   * "revoked" rather than "invalid"). A live token is never forgotten, so
   * memory is bounded by how many tokens are live (or recently dead), not by
   * a count. Tokens are held in the order they were issued, which with one
   * lifetime is the order they expire: the scan stops at the first token
   * still in use, so pruning costs what it removes. A token revoked behind a
   * live one waits for the scan to reach it; it answers "revoked" meanwhile.
   */
  prune(): void {
    this.issuedSincePrune = 0;
    const now = this.options.clock();
    for (const [token, issued] of this.tokens) {
      const deadSince = issued.revokedAt ?? (now >= issued.expiresAt ? issued.expiresAt : undefined);
      if (deadSince === undefined || now - deadSince <= TOKEN_MEMORY_MS) break;
      this.tokens.delete(token);
    }
  }

  /** Adds or replaces one issued token (a journal replaying a restart); tells no observer. */
  restoreOne(token: string, issued: IssuedToken): void {
    this.tokens.set(token, issued);
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
