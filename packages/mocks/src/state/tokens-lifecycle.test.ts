// The token registry as a client's 401 handling meets it: the
// instant a token expires, how long a dead token is still reported as such,
// who may revoke, and that restored or reset registries issue fresh tokens.
import { describe, expect, it } from 'vitest';
import { TOKEN_MEMORY_MS, TokenRegistry, type TokenRegistryOptions } from './tokens.js';

function registry(options: Partial<TokenRegistryOptions> = {}) {
  let now = 1_000_000;
  const tokens = new TokenRegistry({ lifetimeSeconds: 60, clock: () => now, seed: 't', ...options });
  return { tokens, advance: (ms: number) => (now += ms) };
}

describe('TokenRegistry rules', () => {
  it('issues a bearer token with its lifetime, refused as expired from exactly that lifetime on', () => {
    const { tokens, advance } = registry();
    const issued = tokens.issue('c');
    expect(issued).toEqual({
      access_token: expect.stringMatching(/^mock_[0-9a-f]{40}$/),
      expires_in: 60,
      token_type: 'Bearer',
    });
    advance(59_999);
    expect(tokens.check(issued.access_token)).toBe('ok');
    advance(1);
    expect(tokens.check(issued.access_token)).toBe('expired');
  });

  it('calls a missing or empty token missing, and one it never issued unknown', () => {
    const { tokens } = registry();
    expect(tokens.check(undefined)).toBe('missing');
    expect(tokens.check('')).toBe('missing');
    expect(tokens.check('mock_0000')).toBe('unknown');
  });

  it('accepts configured static tokens forever', () => {
    const { tokens, advance } = registry({ staticTokens: ['fixture-token'] });
    advance(10 * TOKEN_MEMORY_MS);
    expect(tokens.check('fixture-token')).toBe('ok');
  });

  it('remembers a dead token for TOKEN_MEMORY_MS exactly, then forgets it', () => {
    const { tokens, advance } = registry();
    const token = tokens.issue('c').access_token;
    advance(60_000 + TOKEN_MEMORY_MS);
    tokens.prune();
    expect(tokens.check(token)).toBe('expired');
    advance(1);
    tokens.prune();
    expect(tokens.check(token)).toBe('unknown');
  });

  it('counts the memory of a revoked token from its first revocation', () => {
    const { tokens, advance } = registry({ lifetimeSeconds: 86_400 });
    const token = tokens.issue('c').access_token;
    expect(tokens.revoke('c', token)).toBe(true);
    advance(TOKEN_MEMORY_MS);
    expect(tokens.revoke('c', token)).toBe(true);
    advance(1);
    tokens.prune();
    expect(tokens.check(token)).toBe('unknown');
  });

  it('refuses to revoke a token it never issued', () => {
    const { tokens } = registry();
    expect(tokens.revoke('c', 'mock_unknown')).toBe(false);
  });

  it('prunes dead tokens by itself as tokens are issued', () => {
    const { tokens, advance } = registry();
    const dead = tokens.issue('c').access_token;
    advance(60_000 + TOKEN_MEMORY_MS + 1);
    for (let i = 0; i < 254; i++) tokens.issue('c');
    // 255 issued: not yet pruned.
    expect(tokens.check(dead)).toBe('expired');
    tokens.issue('c');
    expect(tokens.check(dead)).toBe('unknown');
    expect(tokens.size).toBe(255);
  });

  it('with configured clients, accepts only their exact id and secret; without, everyone', () => {
    const { tokens } = registry({ clients: [{ clientId: 'a', clientSecret: 's' }] });
    expect(tokens.accepts('a', 's')).toBe(true);
    expect(tokens.accepts('a', 'x')).toBe(false);
    expect(tokens.accepts('b', 's')).toBe(false);
    expect(registry().tokens.accepts('anyone', 'anything')).toBe(true);
  });

  it('knows whom a token acts for', () => {
    const { tokens } = registry();
    const user = tokens.issue('c', 'user-1').access_token;
    expect(tokens.identity(user)).toEqual({ clientId: 'c', entityUserId: 'user-1' });
    expect(tokens.identity('mock_unknown')).toEqual({});
    expect(tokens.identity(undefined)).toEqual({});
  });

  it('keeps tokens across dump and load, and then issues tokens that differ from the restored ones', () => {
    const { tokens } = registry();
    const kept = tokens.issue('c', 'user-1').access_token;
    const restored = registry().tokens;
    restored.load(tokens.dump());
    expect(restored.check(kept)).toBe('ok');
    expect(restored.identity(kept)).toEqual({ clientId: 'c', entityUserId: 'user-1' });
    expect(restored.issue('c').access_token).not.toBe(kept);
  });

  it('after a restore, issues tokens that depend on the snapshot, the same for the same snapshot', () => {
    const snapshot = (seed: string) => {
      const source = new TokenRegistry({ lifetimeSeconds: 60, clock: () => 0, seed });
      source.issue('c');
      return source.dump();
    };
    const nextAfter = (dump: ReturnType<TokenRegistry['dump']>) => {
      const restored = registry().tokens;
      restored.load(dump);
      return restored.issue('c').access_token;
    };
    expect(nextAfter(snapshot('a'))).toBe(nextAfter(snapshot('a')));
    expect(nextAfter(snapshot('a'))).not.toBe(nextAfter(snapshot('b')));
    const empty = registry().tokens;
    empty.load([]);
    expect(empty.size).toBe(0);
    expect(empty.issue('c').access_token).toMatch(/^mock_/);
  });

  it('tells its observer of every issued and revoked token, and not of a restored one', () => {
    const { tokens } = registry();
    const seen: Array<[string, boolean]> = [];
    tokens.observer = (token, issued) => seen.push([token, issued.revoked]);
    const token = tokens.issue('c').access_token;
    tokens.revoke('c', token);
    tokens.restoreOne('mock_restored', { clientId: 'c', expiresAt: 1, revoked: false });
    expect(seen).toEqual([
      [token, false],
      [token, true],
    ]);
    expect(tokens.check('mock_restored')).toBe('expired');
  });

  it('clear forgets every token and issues the same sequence as a fresh registry with the seed', () => {
    const { tokens } = registry();
    const first = tokens.issue('c').access_token;
    tokens.issue('c');
    tokens.clear();
    expect(tokens.size).toBe(0);
    expect(tokens.check(first)).toBe('unknown');
    expect(tokens.issue('c').access_token).toBe(first);
  });
});
